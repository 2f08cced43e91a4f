package dev.tprog.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tprog.io.AtomicFiles;
import dev.tprog.program.Executor;
import dev.tprog.program.Throughput;
import dev.tprog.task.Example;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog bench-program} (hidden, for bench/program-speed.sh): the executor's sequences per second. */
@Command(name = "bench-program", hidden = true, mixinStandardHelpOptions = true,
        description = {"Time the executor on a program's inputs: sequences per second on one thread,",
                "over repeated passes after a warm-up. Used by bench/program-speed.sh."})
final class ProgramBenchCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ProgramArguments arguments;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N inputs (default: all).")
    int limit;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "2",
            description = "Untimed running first (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "3",
            description = "Least time to measure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write the predictions, one JSON list per input, in input order.")
    Path predictionsFile;

    @Override
    public void run() {
        if ((arguments.input == null) == (arguments.data == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --input and --data");
        }
        if (limit < 0 || warmup < 0 || seconds < 0) {
            throw new ParameterException(spec.commandLine(), "--limit, --warmup and --seconds cannot be negative");
        }
        Executor executor = new Executor(arguments.program());
        List<List<String>> inputs = new ArrayList<>();
        Object source = arguments.input != null ? "--input" : arguments.data;
        if (arguments.input != null) {
            inputs.add(ProgramArguments.tokens(arguments.input));
        } else {
            arguments.examples().stream().map(Example::input).forEach(inputs::add);
        }
        if (limit > 0 && inputs.size() > limit) {
            inputs = new ArrayList<>(inputs.subList(0, limit));
        }
        if (inputs.isEmpty()) {
            throw new dev.tprog.io.InputException(source + ": no inputs to time");
        }
        StringBuilder predictions = new StringBuilder();
        for (List<String> input : inputs) {
            List<String> predicted = Inputs.predict(executor, input, source);
            try {
                predictions.append(JSON.writeValueAsString(predicted)).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (predictionsFile != null) {
            AtomicFiles.writeString(predictionsFile, predictions.toString());
        }
        Throughput.Measurement measurement = Throughput.measure(executor, inputs, warmup, seconds);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d inputs, %.0f sequences/s (executor, 1 thread: %d passes in %.2f s after %.2f s"
                        + " of warm-up)%n", arguments.programFile, measurement.inputs(), measurement.sequencesPerSecond(),
                measurement.passes(), measurement.seconds(), measurement.warmupSeconds());
        out.flush();
    }
}
