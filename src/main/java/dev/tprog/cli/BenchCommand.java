package dev.tprog.cli;

import picocli.CommandLine.Command;

/** {@code tprog bench}: performance measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure how fast tprog runs things.",
        subcommands = {BenchRaspCommand.class, BenchSynthCommand.class})
final class BenchCommand extends CommandGroup {}
