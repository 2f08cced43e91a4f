package dev.tprog.cli;

import picocli.CommandLine.Command;

/** {@code tprog data}: make and inspect datasets. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Generate, convert and inspect datasets (JSON Lines; see docs/datasets.md).",
        subcommands = {DataTasksCommand.class, DataGenerateCommand.class, DataShowCommand.class, DataConvertCommand.class,
                DataEmbeddingsCommand.class})
final class DataCommand extends CommandGroup {}
