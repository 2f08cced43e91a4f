package dev.tprog.cli;

import dev.tprog.io.InputException;
import dev.tprog.program.Program;
import dev.tprog.program.ProgramFormat;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.Example;
import dev.tprog.task.Split;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments every program command shares: the program file and where inputs come from. */
final class ProgramArguments {
    @Parameters(index = "0", paramLabel = "PROGRAM", description = "A program.json file.")
    Path programFile;

    @Option(names = "--input", paramLabel = "TOKENS", description = "One input, tokens separated by spaces, e.g. \"<s> 3 1 4\".")
    String input;

    @Option(names = "--data", paramLabel = "PATH", description = "A dataset directory or JSONL file of inputs and labels.")
    Path data;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
            description = "Which split of a dataset directory to use: train, val or test (default: ${DEFAULT-VALUE}).")
    Split split;

    Program program() {
        return ProgramFormat.read(programFile);
    }

    static List<String> tokens(String input) {
        List<String> tokens = Arrays.asList(input.trim().split("\\s+"));
        if (input.isBlank()) {
            throw new InputException("--input is empty");
        }
        return tokens;
    }

    /** The examples of {@code --data}: a directory's chosen split, or every line of a file. */
    List<Example> examples() {
        if (Files.isDirectory(data)) {
            return DatasetFiles.load(data, 0).get(split);
        }
        return DatasetFiles.readExamples(data);
    }
}
