package dev.tprog.cli;

import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.Split;
import dev.tprog.task.Tokens;
import dev.tprog.task.Vocabulary;
import dev.tprog.task.nlp.GloveReader;
import dev.tprog.task.nlp.GloveVectors;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog data embeddings}: how much of a dataset's vocabulary a GloVe file covers. */
@Command(name = "embeddings", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Report how much of a dataset's vocabulary a GloVe text file covers.",
                "",
                "The file is streamed and only the lines of training-split input words are",
                "parsed (docs/nlp-data.md)."})
final class DataEmbeddingsCommand implements Runnable {
    /** The reference's run logs the first ten missing words too. */
    private static final int MISSING_SHOWN = 10;
    /** Special tokens are not words: no embedding file has them, and the reference gives them random vectors. */
    private static final Set<String> SPECIAL = Set.of(Tokens.PAD, Tokens.BOS, Tokens.EOS, Tokens.UNK);

    @Spec
    CommandSpec spec;

    @Option(names = "--glove", required = true, paramLabel = "FILE",
            description = "A GloVe text file (word v1 ... vd per line; a word2vec 'N D' header line is accepted).")
    Path glove;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "A dataset directory or one JSONL file.")
    Path data;

    @Option(names = "--vocab-size", paramLabel = "V",
            description = "Look up only the V most frequent training words: those 'tprog train --vocab-size V' keeps.")
    Integer vocabSize;

    @Override
    public void run() {
        if (vocabSize != null && vocabSize < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--vocab-size must be at least 1, got " + vocabSize);
        }
        Dataset dataset = DatasetFiles.load(data, 0);
        Vocabulary vocabulary = vocabSize == null ? dataset.inputVocabulary()
                : Vocabulary.ofMostFrequentInputs(dataset.get(Split.TRAIN), vocabSize);
        List<String> words = new ArrayList<>(vocabulary.tokens());
        List<String> special = words.stream().filter(SPECIAL::contains).toList();
        words.removeAll(special);
        GloveVectors vectors = GloveReader.read(glove, words);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: dimension %d%n", glove, vectors.dimension());
        out.printf(Locale.ROOT, "found %d of %d %s (%.1f%%)%s%n", vectors.found(), vectors.wanted(),
                vocabSize == null ? "training vocabulary words" : "training words kept by --vocab-size " + vocabSize,
                vectors.wanted() == 0 ? 0.0 : 100.0 * vectors.found() / vectors.wanted(),
                special.isEmpty() ? "" : "; special tokens not looked up: " + String.join(" ", special));
        List<String> missing = vectors.missing();
        if (!missing.isEmpty()) {
            out.printf("missing (%d): %s%s%n", missing.size(),
                    String.join(" ", missing.subList(0, Math.min(MISSING_SHOWN, missing.size()))),
                    missing.size() > MISSING_SHOWN ? " ..." : "");
        }
        out.flush();
    }
}
