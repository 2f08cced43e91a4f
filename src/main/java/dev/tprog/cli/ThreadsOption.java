package dev.tprog.cli;

import dev.tprog.nn.Workers;
import picocli.CommandLine.Option;

/** {@code --threads}, shared by the commands that train or score a model. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for training and scoring (default: the machine's processors); results do not depend on it.")
    int threads = Workers.available();
}
