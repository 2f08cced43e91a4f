package dev.tprog.cli;

import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog data generate}: a task's dataset, exactly as the reference generates it. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate a task's dataset as the reference implementation does (same",
                "examples for the same seed),",
                "",
                "split 81/9/10 into train.jsonl, val.jsonl and test.jsonl, with dataset.json",
                "beside them."})
final class DataGenerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--task", required = true, paramLabel = "NAME",
            description = "Task: reverse, sort, hist, double_hist, most_freq, dyck1, dyck2, induction ('tprog data tasks').")
    String taskName;

    @Option(names = "--vocab-size", paramLabel = "V",
            description = "Vocabulary size including the special tokens (default: the task's; fixed for dyck).")
    Integer vocabSize;

    @Option(names = "--min-length", paramLabel = "N", description = "Minimum length parameter (default: the task's).")
    Integer minLength;

    @Option(names = "--max-length", paramLabel = "N", description = "Maximum length parameter (default: the task's).")
    Integer maxLength;

    @Option(names = "--size", paramLabel = "N", defaultValue = "20000",
            description = "Examples to generate before the split (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the generator and of the split, 0 to 4294967295 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-unique", description = "Keep repeated inputs (the reference's --unique 0).")
    boolean keepRepeats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the dataset into.")
    Path out;

    @Override
    public void run() {
        Dataset dataset = generate();
        DatasetFiles.write(dataset, out);
        PrintWriter stdout = spec.commandLine().getOut();
        if (dataset.size() < size) {
            stdout.printf("note: only %d distinct inputs in %d draws, fewer than the %d requested (as in the reference)%n",
                    dataset.size(), 5L * size, size);
        }
        stdout.printf("wrote %s: %s %d examples (train %d, val %d, test %d)%n", out, dataset.task(), dataset.size(),
                dataset.get(Split.TRAIN).size(), dataset.get(Split.VAL).size(), dataset.get(Split.TEST).size());
        stdout.flush();
    }

    private Dataset generate() {
        try {
            Task task = Tasks.byName(taskName);
            TaskParams defaults = task.defaults();
            TaskParams params = new TaskParams(orDefault(vocabSize, defaults.vocabSize()),
                    orDefault(minLength, defaults.minLength()), orDefault(maxLength, defaults.maxLength()));
            return DatasetGenerator.generate(new Generation(task.name(), params, size, seed, !keepRepeats));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
