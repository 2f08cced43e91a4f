package dev.tprog.cli;

import dev.tprog.synth.Limits;
import picocli.CommandLine.Option;

/** The synthesis search's cost options, shared by {@code synth} and {@code bench synth}. */
final class SearchCostOptions {
    @Option(names = "--max-cost", paramLabel = "C", defaultValue = "30",
            description = "Largest program cost to search (default: ${DEFAULT-VALUE}).")
    int maxCost;

    @Option(names = "--bank-cost", paramLabel = "C", defaultValue = "" + Limits.BANK_COST,
            description = "Enumerate terms up to this cost before the goal-directed search (default: ${DEFAULT-VALUE}).")
    int bankCost;
}
