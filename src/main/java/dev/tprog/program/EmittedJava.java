package dev.tprog.program;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/** An emitted Java program, compiled in memory, callable as {@code run(List<String>)}. */
public final class EmittedJava {
    private final MethodHandle run;

    private EmittedJava(MethodHandle run) {
        this.run = run;
    }

    public static EmittedJava compile(Program program) {
        String className = "Emitted_" + Integer.toHexString(program.name().hashCode() & 0x7fffffff);
        Class<?> compiled = JavaCompiler.compile(className, JavaEmitter.emit(program, className));
        try {
            return new EmittedJava(MethodHandles.publicLookup().findStatic(compiled, "run",
                    MethodType.methodType(List.class, List.class)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the emitted class has no run(List<String>)", e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> run(List<String> tokens) {
        try {
            return (List<String>) run.invoke(tokens);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
