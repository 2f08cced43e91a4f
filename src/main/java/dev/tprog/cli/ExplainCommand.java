package dev.tprog.cli;

import dev.tprog.io.InputException;
import dev.tprog.program.Explanation;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog explain}: how a program arrives at its predictions on one input. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how a program computes its predictions on one input.", "",
                "Prints every variable at every position, where each head attended, and which",
                "features decided each prediction."})
final class ExplainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "A program.json file.")
    Path programFile;

    @Option(names = "--input", required = true, paramLabel = "TOKENS",
            description = "The input, tokens separated by spaces, e.g. \"<s> 3 1 4\".")
    String input;

    @Override
    public void run() {
        var program = dev.tprog.program.ProgramFormat.read(programFile);
        try {
            spec.commandLine().getOut().print(Explanation.of(program, ProgramArguments.tokens(input)));
        } catch (IllegalArgumentException e) {
            throw new InputException("--input: " + e.getMessage());
        }
        spec.commandLine().getOut().flush();
    }
}
