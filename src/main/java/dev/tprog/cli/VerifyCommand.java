package dev.tprog.cli;

import dev.tprog.program.Program;
import dev.tprog.program.RandomInputs;
import dev.tprog.program.RaspEmitter;
import dev.tprog.program.Verifier;
import dev.tprog.rasp.SOpFunction;
import dev.tprog.task.Example;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog verify}: every form of a program gives the same predictions. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that every form of a program predicts the same.",
                "",
                "Runs the simplified program and the Java, RASP and Python emissions (Python",
                "when python3 is on the PATH) on a dataset's inputs and on random inputs, and",
                "compares each with the program. Exit code 1 on any disagreement."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProgramArguments arguments;

    @Option(names = "--random", paramLabel = "N", defaultValue = "1000",
            description = "Random valid inputs to check as well (default: ${DEFAULT-VALUE}).")
    int random;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the random inputs.")
    long seed;

    /** The RASP emission, run by tprog's interpreter (skipped for programs RASP cannot spell). */
    private static Verifier withRasp(Verifier verifier, Program program) {
        String rasp;
        try {
            rasp = RaspEmitter.emit(program);
        } catch (IllegalArgumentException e) {
            return verifier.skip("rasp", e.getMessage());
        }
        SOpFunction prediction = SOpFunction.load("emitted.rasp", rasp, "prediction");
        return verifier.with("rasp", batch -> batch.stream().map(prediction::apply)
                .map(program.classifier()::predicted).toList());
    }

    /** Labels as a line, "-" where there is none (after position 0 of a pooled program). */
    private static String show(List<String> labels) {
        return String.join(" ", labels.stream().map(label -> label == null ? "-" : label).toList());
    }

    @Override
    public Integer call() {
        Program program = arguments.program();
        List<List<String>> inputs = new ArrayList<>();
        if (arguments.data != null) {
            arguments.examples().stream().map(Example::input).forEach(inputs::add);
        }
        if (arguments.input != null) {
            inputs.add(ProgramArguments.tokens(arguments.input));
        }
        inputs.addAll(RandomInputs.of(program, random, seed));
        List<Verifier.Outcome> outcomes;
        try {
            outcomes = withRasp(new Verifier(program), program).verify(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new dev.tprog.io.InputException("an input the program rejects: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d inputs%n", arguments.programFile, inputs.size());
        boolean agree = true;
        for (Verifier.Outcome outcome : outcomes) {
            if (outcome.skipped() != null) {
                out.printf("  %-11s skipped: %s%n", outcome.implementation(), outcome.skipped());
            } else if (outcome.agrees()) {
                out.printf("  %-11s agrees on all %d%n", outcome.implementation(), outcome.checked());
            } else {
                agree = false;
                Verifier.Disagreement first = outcome.first();
                out.printf("  %-11s DISAGREES on %d of %d; first on %s: expected %s, got %s%n", outcome.implementation(),
                        outcome.disagreements(), outcome.checked(), String.join(" ", first.input()),
                        show(first.expected()), show(first.actual()));
            }
        }
        out.flush();
        return agree ? 0 : 1;
    }
}
