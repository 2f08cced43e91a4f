package dev.tprog.cli;

import dev.tprog.program.Accuracy;
import dev.tprog.program.Executor;
import dev.tprog.task.Example;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog run}: a program's predictions on one input, or its accuracy on a dataset. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a program on one input or a dataset.",
                "",
                "With --input, print the predicted label of each position (a pooled program's:",
                "the input's class); with --data, print the accuracy on the labelled positions",
                "of a dataset directory's split or of a JSONL file."})
final class RunCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    ProgramArguments arguments;

    @Override
    public void run() {
        if ((arguments.input == null) == (arguments.data == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --input and --data");
        }
        Executor executor = new Executor(arguments.program());
        PrintWriter out = spec.commandLine().getOut();
        if (arguments.input != null) {
            List<String> predictions = Inputs.predict(executor, ProgramArguments.tokens(arguments.input), "--input");
            out.println(switch (executor.program().classifier().readout()) {
                case EACH_POSITION -> String.join(" ", predictions);
                case POOLED -> predictions.get(0); // the input's one class
            });
        } else {
            List<Example> examples = arguments.examples();
            long start = System.nanoTime();
            List<List<String>> predictions = examples.stream()
                    .map(example -> Inputs.predict(executor, example.input(), arguments.data)).toList();
            double seconds = (System.nanoTime() - start) / 1e9;
            Accuracy accuracy = Accuracy.of(predictions, examples.stream().map(Example::output).toList());
            out.printf(Locale.ROOT, "%s: token accuracy %.2f%% (%d of %d labelled positions), sequence accuracy %.2f%%"
                    + " (%d of %d), %.0f sequences/s%n", arguments.data, 100 * accuracy.tokenAccuracy(), accuracy.correct(),
                    accuracy.scored(), 100 * accuracy.sequenceAccuracy(), accuracy.correctSequences(), accuracy.sequences(),
                    examples.size() / Math.max(seconds, 1e-9));
        }
        out.flush();
    }
}
