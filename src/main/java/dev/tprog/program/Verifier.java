package dev.tprog.program;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that every form of a program computes the same predictions: the executor (the
 * definition), the simplified program, and the emitted Java, Python and other languages, on
 * each of many inputs. A disagreement is reported with the input that shows it.
 */
public final class Verifier {

    /** One implementation's result: how many inputs it ran, and the first it got wrong. */
    public record Outcome(String implementation, int checked, int disagreements, Disagreement first, String skipped) {
        public boolean agrees() {
            return skipped == null && disagreements == 0;
        }
    }

    /** An input on which an implementation's predictions differ from the executor's. */
    public record Disagreement(List<String> input, List<String> expected, List<String> actual) {}

    /** Something that runs a program on a batch of inputs, in order. */
    public interface Implementation {
        List<List<String>> run(List<List<String>> inputs) throws IOException;
    }

    private final Program program;
    private final Map<String, Implementation> implementations = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();

    public Verifier(Program program) {
        this.program = program;
        Executor simplified = new Executor(Simplifier.simplify(program));
        implementations.put("simplified", each(simplified::predict));
        EmittedJava java = EmittedJava.compile(program);
        implementations.put("java", each(java::run));
        if (EmittedPython.available()) {
            String module = PythonEmitter.emit(program);
            implementations.put("python", inputs -> EmittedPython.run(module, inputs));
        } else {
            unavailable.put("python", "python3 is not on the PATH");
        }
    }

    /** Adds another implementation to compare, e.g. the RASP emission run by the interpreter. */
    public Verifier with(String name, Implementation implementation) {
        implementations.put(name, implementation);
        return this;
    }

    /** Records an implementation that cannot run here, and why; it is reported, not counted as agreeing. */
    public Verifier skip(String name, String why) {
        unavailable.put(name, why);
        return this;
    }

    public List<Outcome> verify(List<List<String>> inputs) throws IOException {
        Executor executor = new Executor(program);
        List<List<String>> expected = inputs.stream().map(executor::predict).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, Implementation> entry : implementations.entrySet()) {
            outcomes.add(compare(entry.getKey(), inputs, expected, entry.getValue().run(inputs)));
        }
        unavailable.forEach((name, why) -> outcomes.add(new Outcome(name, 0, 0, null, why)));
        return outcomes;
    }

    private static Outcome compare(String name, List<List<String>> inputs, List<List<String>> expected,
            List<List<String>> actual) {
        int disagreements = 0;
        Disagreement first = null;
        for (int i = 0; i < inputs.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                disagreements++;
                if (first == null) {
                    first = new Disagreement(inputs.get(i), expected.get(i), actual.get(i));
                }
            }
        }
        return new Outcome(name, inputs.size(), disagreements, first, null);
    }

    private static Implementation each(Function<List<String>, List<String>> run) {
        return inputs -> inputs.stream().map(run).toList();
    }
}
