package dev.tprog.cli;

import dev.tprog.rasp.Benchmark;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog bench rasp}: milliseconds per evaluation of the task programs (docs/benchmarks.md). */
@Command(name = "rasp", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time RASP evaluation: sort, hist, reverse, most_freq and dyck2 from the",
                "bundled tasks.rasp,",
                "",
                "median ms per evaluation on fresh random inputs, after a warm-up."})
final class BenchRaspCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--lengths", split = ",", paramLabel = "N,...", defaultValue = "8,32,128,1024",
            description = "Input lengths, BOS (and EOS) included (default: ${DEFAULT-VALUE}).")
    int[] lengths;

    @Option(names = "--millis", paramLabel = "MS", defaultValue = "1000",
            description = "Warm-up time and then measuring time per cell, each (default: ${DEFAULT-VALUE}).")
    long millis;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the inputs (default: 0).")
    long seed;

    @Override
    public void run() {
        for (int n : lengths) {
            if (n < 3) {
                throw new ParameterException(spec.commandLine(), "--lengths must be at least 3, got " + n);
            }
        }
        if (millis < 1) {
            throw new ParameterException(spec.commandLine(), "--millis must be positive, got " + millis);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("RASP evaluation, ms per run (median), %d ms warm-up + %d ms per cell, %s, %d cores%n", millis,
                millis, "Java " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Benchmark.print(Benchmark.run(Benchmark.all(), lengths, millis, seed), out);
    }
}
