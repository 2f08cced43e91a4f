package dev.tprog.cli;

import dev.tprog.io.InputException;
import dev.tprog.synth.Limits;
import dev.tprog.synth.SearchResult;
import dev.tprog.synth.SimpleTask;
import dev.tprog.synth.Specification;
import dev.tprog.synth.Synthesized;
import dev.tprog.synth.Synthesizer;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.Example;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog synth}: a RASP program from input/output examples (docs/synth.md). */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Synthesize a RASP program from input/output examples.",
                "",
                "Bottom-up enumeration with observational equivalence, then a goal-directed",
                "search from the target down to the enumerated terms; prints the program",
                "with its size, the search statistics and its held-out accuracy."})
final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--task", paramLabel = "NAME", description = "Examples from a task generator "
                + "(the task layer's, or length, count, shift, running_max).")
        String task;

        @Option(names = "--data", paramLabel = "FILE", description = "Examples from a JSONL file in tprog's format.")
        Path data;
    }

    @Option(names = "--vocab-size", paramLabel = "V", description = "With --task: vocabulary size (default: the task's).")
    Integer vocabSize;

    @Option(names = "--min-length", paramLabel = "N", description = "With --task: minimum length (default: the task's).")
    Integer minLength;

    @Option(names = "--max-length", paramLabel = "N", description = "With --task: maximum length (default: the task's).")
    Integer maxLength;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "20",
            description = "Examples the search sees (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--held-out", paramLabel = "M", defaultValue = "200",
            description = "Examples held out to score the program (default: ${DEFAULT-VALUE}).")
    int heldOut;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the task generator (default: 0).")
    long seed;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the search after this long (default: ${DEFAULT-VALUE}).")
    double timeout;

    @picocli.CommandLine.Mixin
    SearchCostOptions cost;

    @Option(names = "--max-terms", paramLabel = "N", defaultValue = "2000000",
            description = "Most terms to keep in memory (default: ${DEFAULT-VALUE}).")
    int maxTerms;

    @Option(names = "--out", paramLabel = "FILE.rasp", description = "Write the program here (nothing is written when none is found).")
    Path out;

    @Override
    public Integer call() {
        Specification specification = specification();
        Synthesizer.Outcome outcome = Synthesizer.run(specification, limits());
        PrintWriter stdout = spec.commandLine().getOut();
        SearchResult search = outcome.search();
        if (search instanceof SearchResult.Stopped stopped) {
            spec.commandLine().getErr().println("tprog synth: " + stopped.reason() + "; "
                    + search.statistics().describe() + "; nothing written");
            return ErrorReporter.RUNTIME_ERROR;
        }
        Synthesized program = outcome.program();
        stdout.print(program.source());
        stdout.printf("size: %d nodes%n", program.term().size());
        stdout.printf("search: %s%n", search.statistics().describe());
        stdout.printf("held-out accuracy: %s%n", program.describeAccuracy());
        if (out != null) {
            write(program);
            stdout.printf("wrote %s%n", out);
        }
        stdout.flush();
        return 0;
    }

    private Specification specification() {
        if (examples < 1 || heldOut < 0) {
            throw new ParameterException(spec.commandLine(), "--examples must be at least 1 and --held-out at least 0");
        }
        if (source.data != null) {
            List<Example> all = DatasetFiles.readExamples(source.data);
            return Specification.split(source.data.toString(), all, examples, heldOut);
        }
        try {
            Task task = SimpleTask.byName(source.task);
            TaskParams d = task.defaults();
            TaskParams params = new TaskParams(vocabSize == null ? d.vocabSize() : vocabSize,
                    minLength == null ? d.minLength() : minLength, maxLength == null ? d.maxLength() : maxLength);
            return Specification.split(task.name(), task.generate(params, examples + heldOut, seed), examples, heldOut);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private Limits limits() {
        try {
            return new Limits(Duration.ofMillis(Math.round(timeout * 1000)), cost.maxCost, maxTerms, cost.bankCost);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private void write(Synthesized program) {
        try {
            Files.writeString(out, program.source());
        } catch (IOException e) {
            throw InputException.in(out, "cannot write: " + e.getMessage());
        }
    }
}
