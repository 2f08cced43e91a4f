package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void generateWritesTheSplitsAndSaysWhat() throws IOException {
        Path out = dir.resolve("sort");
        CliRun run = CliRun.of("data", "generate", "--task", "sort", "--size", "20000", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(
                "note: only 14124 distinct inputs in 100000 draws, fewer than the 20000 requested (as in the reference)" + NL
                        + "wrote " + out + ": sort 14124 examples (train 11439, val 1272, test 1413)" + NL);
        try (Stream<String> lines = Files.lines(out.resolve("train.jsonl"))) {
            assertThat(lines.count()).isEqualTo(11439);
        }
    }

    @Test
    void showPrintsMetadataStatisticsAndExamples() {
        Path out = dir.resolve("hist");
        CliRun.of("data", "generate", "--task", "hist", "--size", "1000", "--seed", "3", "--out", out.toString());
        CliRun run = CliRun.of("data", "show", out.toString(), "--examples", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                out + ": task hist" + NL,
                "generated: vocab size 8, lengths 1-8, 1000 requested, seed 3, unique inputs" + NL,
                "input vocab (8): <pad> 0 1 2 3 4 5 <s>" + NL,
                "first 1 of train:" + NL);
        assertThat(run.out()).containsPattern("train\\s+810 ").containsPattern("val\\s+90 ").containsPattern("test\\s+100 ");
        assertThat(run.out()).containsPattern("  input  <s>( \\d)+" + NL + "  output -  ( \\d)+" + NL);
    }

    @Test
    void showReadsASingleFile() throws IOException {
        Path file = dir.resolve("custom.jsonl");
        Files.writeString(file, "{\"input\":[\"<s>\",\"x\",\"yy\"],\"output\":[null,\"A\",\"B\"]}\n"
                + "{\"input\":[\"<s>\",\"yy\"],\"output\":[\"C\",\"B\"]}\n");
        CliRun run = CliRun.of("data", "show", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("input vocab (4): <pad> <s> x yy", "output vocab (4): <pad> A B C",
                "  input  <s> x yy" + NL + "  output -   A B" + NL);
        assertThat(run.out()).containsPattern("custom.jsonl\\s+2\\s+2/ 2.50/3\\s+4  B \\(50.0%\\)");
    }

    @Test
    void showCutsALargeVocabularyShortAndReportsWhatAVocabSizeKeeps() throws IOException {
        Path file = dir.resolve("words.jsonl");
        // "a" 4 times, "b" 3 times, "c" twice, "d" once: 10 tokens
        Files.writeString(file, "{\"input\":[\"a\",\"b\",\"c\",\"d\"],\"output\":[\"X\",\"X\",\"X\",\"X\"]}\n"
                + "{\"input\":[\"a\",\"b\",\"c\"],\"output\":[\"X\",\"X\",\"X\"]}\n"
                + "{\"input\":[\"a\",\"b\",\"a\"],\"output\":[\"X\",\"X\",\"X\"]}\n");
        CliRun run = CliRun.of("data", "show", file.toString(), "--tokens", "3", "--vocab-size", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("input vocab (5): <pad> a b ... and 2 more (--tokens)" + NL,
                "output vocab (2): <pad> X" + NL,
                // a and b kept; c (2) and d (1) read as <unk>: 3 of 10
                "--vocab-size 2: keeps 2 of 4 training tokens; tokens read as <unk>: words.jsonl 30.0%" + NL);
        assertThat(CliRun.of("data", "show", file.toString(), "--vocab-size", "0").err())
                .startsWith("tprog data show: --vocab-size must be at least 1, got 0");
        CliRun negative = CliRun.of("data", "show", file.toString(), "--examples", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).startsWith("tprog data show: --examples must be at least 0, got -1");
        assertThat(negative.out()).isEmpty();
    }

    @Test
    void impossibleParametersAreUsageErrorsAndWriteNothing() {
        Path out = dir.resolve("never");
        CliRun run = CliRun.of("data", "generate", "--task", "reverse", "--vocab-size", "3", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tprog data generate: reverse: vocab size must be at least 4 (3 entries are taken"
                + " by <pad> and the special tokens), got 3 (see 'tprog data generate --help')" + NL);
        assertThat(CliRun.of("data", "generate", "--task", "nope", "--out", out.toString()).err())
                .startsWith("tprog data generate: unknown task 'nope' (known: reverse, sort, hist, double_hist, most_freq,"
                        + " dyck1, dyck2, induction)");
        assertThat(CliRun.of("data", "generate", "--task", "sort", "--size", "0", "--out", out.toString()).exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("data", "generate", "--task", "sort", "--seed", "-4", "--out", out.toString()).err())
                .contains("seed must be between 0 and 4294967295, got -4");
        assertThat(CliRun.of("data", "generate", "--task", "sort", "--size", "many", "--out", out.toString()).err())
                .contains("Invalid value for option '--size': 'many' is not an int");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedFileIsOneLineWithExitCodeOneAndVerboseAddsTheTrace() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"input\":[\"a\"],\"output\":[null]}\n{\"input\":[\"a\"]}\n");
        CliRun run = CliRun.of("data", "show", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tprog data show: " + file + ":2: missing field 'output'" + NL);
        CliRun verbose = CliRun.of("--verbose", "data", "show", file.toString());
        assertThat(verbose.err()).contains("missing field 'output'", "at dev.tprog.");
    }
}
