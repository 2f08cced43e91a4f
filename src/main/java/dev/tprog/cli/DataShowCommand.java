package dev.tprog.cli;

import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.Example;
import dev.tprog.task.Split;
import dev.tprog.task.SplitStatistics;
import dev.tprog.task.Tokens;
import dev.tprog.task.Vocabulary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog data show}: a dataset's metadata, statistics and first examples. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a dataset directory's or JSONL file's metadata, statistics per split and a few examples.")
final class DataShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A dataset directory or one JSONL file.")
    Path path;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
            description = "How many examples to print (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--tokens", paramLabel = "N", defaultValue = "40",
            description = "How many tokens of each vocabulary to print; a larger one is cut short (default: ${DEFAULT-VALUE}).")
    int tokens;

    @Option(names = "--vocab-size", paramLabel = "V",
            description = "Also report what 'tprog train --vocab-size V' would keep: how many training tokens, and the"
                    + " share of each split's tokens it would read as <unk>.")
    Integer vocabSize;

    private PrintWriter out;

    @Override
    public void run() {
        out = spec.commandLine().getOut();
        if (examples < 0 || tokens < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), (examples < 0 ? "--examples" : "--tokens")
                    + " must be at least 0, got " + Math.min(examples, tokens));
        }
        if (vocabSize != null && vocabSize < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--vocab-size must be at least 1, got " + vocabSize);
        }
        if (Files.isDirectory(path)) {
            showDataset(DatasetFiles.load(path, 0));
        } else {
            showFile(DatasetFiles.readExamples(path));
        }
        out.flush();
    }

    private void showDataset(Dataset dataset) {
        out.printf("%s: task %s%s%n", path, dataset.task(), dataset.causal() ? " (causal)" : "");
        dataset.generation().ifPresent(generation -> out.printf(
                "generated: vocab size %d, lengths %d-%d, %d requested, seed %d, %s%n", generation.params().vocabSize(),
                generation.params().minLength(), generation.params().maxLength(), generation.requestedSize(),
                generation.seed(), generation.unique() ? "unique inputs" : "repeats kept"));
        printVocabulary("input vocab", dataset.inputVocabulary());
        printVocabulary("output vocab", dataset.outputVocabulary());
        printKept(dataset.get(Split.TRAIN), Split.values().length, split -> dataset.get(Split.values()[split]),
                split -> Split.values()[split].fileStem());
        printStatisticsHeader();
        for (Split split : Split.values()) {
            printStatistics(split.fileStem(), dataset.get(split));
        }
        printExamples(dataset.get(Split.TRAIN), "train");
    }

    private void showFile(List<Example> file) {
        printVocabulary("input vocab", Vocabulary.ofInputs(file));
        printVocabulary("output vocab", Vocabulary.ofOutputs(file));
        printKept(file, 1, split -> file, split -> path.getFileName().toString());
        printStatisticsHeader();
        printStatistics(path.getFileName().toString(), file);
        printExamples(file, path.getFileName().toString());
    }

    private void printVocabulary(String name, Vocabulary vocabulary) {
        List<String> all = vocabulary.tokens();
        String more = all.size() > tokens ? " ... and " + (all.size() - tokens) + " more (--tokens)" : "";
        out.printf("%s (%d): %s%s%n", name, vocabulary.size(), String.join(" ", all.subList(0, Math.min(tokens, all.size()))),
                more);
    }

    /**
     * With --vocab-size: the training tokens {@code tprog train --vocab-size} would keep (the most
     * frequent, as it chooses them) and the share of each split's tokens it would read as {@code <unk>}.
     */
    private void printKept(List<Example> train, int splits, java.util.function.IntFunction<List<Example>> split,
            java.util.function.IntFunction<String> name) {
        if (vocabSize == null) {
            return;
        }
        Vocabulary kept = Vocabulary.ofMostFrequentInputs(train, vocabSize);
        int unk = kept.idOrUnknown(Tokens.UNK);
        int distinct = Vocabulary.ofInputs(train).size() - 1; // without <pad>
        StringBuilder shares = new StringBuilder();
        for (int s = 0; s < splits; s++) {
            long all = split.apply(s).stream().mapToLong(Example::length).sum();
            long unknown = split.apply(s).stream().flatMap(example -> example.input().stream())
                    .filter(token -> kept.idOrUnknown(token) == unk).count();
            shares.append(String.format(Locale.ROOT, "%s%s %.1f%%", s == 0 ? "" : ", ", name.apply(s),
                    all == 0 ? 0.0 : 100.0 * unknown / all));
        }
        out.printf("--vocab-size %d: keeps %d of %d training tokens; tokens read as <unk>: %s%n", vocabSize,
                kept.size() - 2, distinct, shares);
    }

    private void printStatisticsHeader() {
        out.printf("%n%-12s %8s %16s %10s  %s%n", "split", "examples", "length min/mean/max", "labelled", "most frequent label");
    }

    private void printStatistics(String name, List<Example> split) {
        SplitStatistics statistics = SplitStatistics.of(split);
        String majority = statistics.majorityLabel() == null ? "-"
                : String.format(Locale.ROOT, "%s (%.1f%%)", statistics.majorityLabel(), 100 * statistics.majorityShare());
        out.printf(Locale.ROOT, "%-12s %8d %6d/%5.2f/%-6d %10d  %s%n", name, statistics.examples(), statistics.minLength(),
                statistics.meanLength(), statistics.maxLength(), statistics.labelledPositions(), majority);
    }

    /** Each example as two aligned rows; an ignored position's label shows as '-'. */
    private void printExamples(List<Example> split, String name) {
        int shown = Math.min(examples, split.size());
        if (shown == 0) {
            return;
        }
        out.printf("%nfirst %d of %s:%n", shown, name);
        for (Example example : split.subList(0, shown)) {
            StringBuilder input = new StringBuilder("  input ");
            StringBuilder output = new StringBuilder("  output");
            for (int i = 0; i < example.length(); i++) {
                String label = example.label(i) == null ? "-" : example.label(i);
                int width = Math.max(example.input().get(i).length(), label.length());
                input.append(' ').append(pad(example.input().get(i), width));
                output.append(' ').append(pad(label, width));
            }
            out.println(input.toString().stripTrailing());
            out.println(output.toString().stripTrailing());
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
