package dev.tprog.cli;

import dev.tprog.io.AtomicFiles;
import dev.tprog.program.Program;
import dev.tprog.program.ProgramFormat;
import dev.tprog.program.Simplifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog emit}: a program as Python, Java or RASP source. */
@Command(name = "emit", mixinStandardHelpOptions = true,
        description = {"Write a program as Python, Java or RASP source.",
                "",
                "The source is readable, self-contained and computes exactly the same",
                "predictions. Unreachable branches and unused variables are removed first",
                "unless --no-simplify is given."})
final class EmitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "A program.json file.")
    Path programFile;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "python, java or rasp.")
    Language language;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Option(names = "--no-simplify", description = "Emit the program as it is, without removing what cannot matter.")
    boolean keepEverything;

    @Option(names = "--class-name", paramLabel = "NAME",
            description = "Java class name (default: the --out file's name, else the program's name).")
    String className;

    @Override
    public void run() {
        Program program = ProgramFormat.read(programFile);
        Program emitted = keepEverything ? program : Simplifier.simplify(program);
        String source;
        try {
            source = language.emit(emitted, javaClassName(program));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(source);
        } else {
            AtomicFiles.writeString(out, source);
            long lines = source.lines().count();
            String before = keepEverything ? ""
                    : String.format(Locale.ROOT, " (%d before simplification)", language.emit(program, javaClassName(program))
                            .lines().count());
            stdout.printf("wrote %s: %s, %d lines%s%n", out, language.label(), lines, before);
        }
        stdout.flush();
    }

    private String javaClassName(Program program) {
        if (className != null) {
            return className;
        }
        if (out == null) {
            return Language.javaClassName(program.name()); // as tprog train --emit names it
        }
        String stem = out.getFileName().toString().replaceFirst("\\.java$", "");
        return Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }
}
