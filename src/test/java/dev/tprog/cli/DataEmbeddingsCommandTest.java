package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.nlp.NlpFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataEmbeddingsCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String GLOVE = NlpFixtures.path(NlpFixtures.GLOVE).toString();

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void convertTheSampleCorpus() {
        data = dir.resolve("ner");
        CliRun run = CliRun.of("data", "convert", "--format", "conll", NlpFixtures.path(NlpFixtures.CONLL).toString(),
                "--out", data.resolve("train.jsonl").toString());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void reportsDimensionCoverageAndTheMissingWords() {
        CliRun run = CliRun.of("data", "embeddings", "--glove", GLOVE, "--data", data.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        // The 17 words: % . 12 1996 Acme Cup Doe Jane Oslo Paris Sales Thanks hired in rose starts today;
        // the sample GloVe file has . Paris hired in rose today (and "sales", not "Sales").
        assertThat(run.out()).isEqualTo(GLOVE + ": dimension 4" + NL
                + "found 6 of 17 training vocabulary words (35.3%); special tokens not looked up: <pad> </s> <s>" + NL
                + "missing (11): % 12 1996 Acme Cup Doe Jane Oslo Sales Thanks ..." + NL);
    }

    @Test
    void withAVocabSizeLooksUpOnlyTheWordsTrainingWouldKeep() {
        // the 5 most frequent: <s> and </s> (4 each), in and . (2 each), then Acme, the first of the rest
        CliRun run = CliRun.of("data", "embeddings", "--glove", GLOVE, "--data", data.toString(), "--vocab-size", "5");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(GLOVE + ": dimension 4" + NL
                + "found 2 of 3 training words kept by --vocab-size 5 (66.7%); special tokens not looked up: <pad> <unk>"
                + " <s> </s>" + NL
                + "missing (1): Acme" + NL);
        CliRun zero = CliRun.of("data", "embeddings", "--glove", GLOVE, "--data", data.toString(), "--vocab-size", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).startsWith("tprog data embeddings: --vocab-size must be at least 1, got 0");
    }

    @Test
    void showsTenMissingWordsAtMost() throws IOException {
        Path glove = dir.resolve("tiny.txt");
        Files.writeString(glove, "zebra 1 2\n");
        CliRun run = CliRun.of("data", "embeddings", "--glove", glove.toString(), "--data", data.toString());
        assertThat(run.out()).isEqualTo(glove + ": dimension 2" + NL
                + "found 0 of 17 training vocabulary words (0.0%); special tokens not looked up: <pad> </s> <s>" + NL
                + "missing (17): % . 12 1996 Acme Cup Doe Jane Oslo Paris ..." + NL);
    }

    @Test
    void aBadVectorIsOneLineWithItsLineNumber() throws IOException {
        Path glove = dir.resolve("bad.txt");
        Files.writeString(glove, "zebra 1 2\nPARIS x y\nParis 1 y\n");
        CliRun run = CliRun.of("data", "embeddings", "--glove", glove.toString(), "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tprog data embeddings: " + glove
                + ":3: 'y' is not a finite number (component 2 of 'Paris')" + NL);
    }

    @Test
    void missingFilesAndFlags() {
        Path absent = dir.resolve("absent.txt");
        CliRun run = CliRun.of("data", "embeddings", "--glove", absent.toString(), "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tprog data embeddings: " + absent + ": no such file" + NL);
        CliRun usage = CliRun.of("data", "embeddings", "--glove", GLOVE);
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("tprog data embeddings: Missing required option: '--data=PATH'");
    }
}
