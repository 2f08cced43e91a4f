package dev.tprog.cli;

import dev.tprog.synth.Benchmark;
import dev.tprog.synth.Limits;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog bench synth}: synthesis of every task, time to solution and held-out accuracy (docs/benchmarks.md). */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Synthesize a program for every task: time, size and held-out accuracy.",
                "",
                "Every task of the task layer at its standard size and the simple tasks",
                "(length, count, shift, running_max); one row per task, then the Markdown table."})
final class BenchSynthCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Search time per task (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "20", description = "Visible examples (default: 20).")
    int examples;

    @Option(names = "--held-out", paramLabel = "M", defaultValue = "200", description = "Held-out examples (default: 200).")
    int heldOut;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the generators (default: 0).")
    long seed;

    @Option(names = "--tasks", split = ",", paramLabel = "NAME,...", description = "Only these tasks (default: all).")
    List<String> only;

    @picocli.CommandLine.Mixin
    SearchCostOptions cost;

    @Override
    public void run() {
        Limits limits;
        try {
            limits = new Limits(Duration.ofSeconds(timeout), cost.maxCost, Limits.defaults().maxTerms(), cost.bankCost);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        var tasks = Benchmark.tasks().stream().filter(t -> only == null || only.contains(t.name())).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("synthesis benchmark: %d visible + %d held-out examples, seed %d, timeout %d s per task, max cost %d,"
                + " bank cost %d, Java %s, %d cores%n", examples, heldOut, seed, timeout, cost.maxCost, cost.bankCost,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.println();
        out.print(Benchmark.table(Benchmark.run(tasks, examples, heldOut, seed, limits, out)));
        out.flush();
    }
}
