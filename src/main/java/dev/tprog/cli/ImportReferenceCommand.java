package dev.tprog.cli;

import dev.tprog.program.CategoricalAttention;
import dev.tprog.program.CategoricalMlp;
import dev.tprog.program.Classifier;
import dev.tprog.program.NumericalAttention;
import dev.tprog.program.NumericalMlp;
import dev.tprog.program.Operation;
import dev.tprog.program.Program;
import dev.tprog.program.ProgramFormat;
import dev.tprog.program.ReferenceImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog import-reference}: a program written by the reference decompiler, as program.json. */
@Command(name = "import-reference", mixinStandardHelpOptions = true,
        description = {"Import a program written by the reference's decompiler.",
                "",
                "Converts the decompiled program of \"Learning Transformer Programs\" (its",
                "<name>.py and <name>_weights.csv) into a program.json.",
                "",
                "Categorical heads then use the trained model's selection rule, which can",
                "differ from the generated select_closest on a few inputs; see",
                "docs/program.md."})
final class ImportReferenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The generated Python program.")
    Path programFile;

    @Option(names = "--weights", paramLabel = "FILE.csv",
            description = "Its classifier weights (default: <name>_weights.csv next to the program).")
    Path weights;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The program.json to write.")
    Path out;

    @Option(names = "--max-length", paramLabel = "N",
            description = "Number of positions (default: the weights file's positions rows; given both, they must agree).")
    Integer maxLength;

    @Override
    public void run() {
        if (maxLength != null && maxLength < 1) {
            throw new ParameterException(spec.commandLine(), "--max-length must be at least 1, got " + maxLength);
        }
        Program program = ReferenceImport.read(programFile, weights, maxLength);
        ProgramFormat.write(program, out);
        List<Operation> operations = program.operations();
        long categoricalHeads = operations.stream().filter(CategoricalAttention.class::isInstance).count();
        long numericalHeads = operations.stream().filter(NumericalAttention.class::isInstance).count();
        long categoricalMlps = operations.stream().filter(CategoricalMlp.class::isInstance).count();
        long numericalMlps = operations.stream().filter(NumericalMlp.class::isInstance).count();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %s: %s, %d layer%s, %d heads (%d categorical, %d numerical), %d MLPs (%d categorical,"
                        + " %d numerical), %d classes, max length %d%s%s%n", out, program.name(), program.layers().size(),
                program.layers().size() == 1 ? "" : "s", categoricalHeads + numericalHeads, categoricalHeads,
                numericalHeads, categoricalMlps + numericalMlps, categoricalMlps, numericalMlps,
                program.classifier().classes().size(), program.maxLength(), program.causal() ? ", causal" : "",
                program.classifier().readout() == Classifier.Readout.POOLED ? ", pooled" : "");
        stdout.flush();
    }
}
