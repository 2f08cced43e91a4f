package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.nlp.NlpFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataConvertCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String CONLL = NlpFixtures.path(NlpFixtures.CONLL).toString();
    private static final String TSV = NlpFixtures.path(NlpFixtures.TSV).toString();

    @TempDir
    Path dir;

    @Test
    void convertsCoNllWithTheReferenceDefaults() throws IOException {
        Path out = dir.resolve("ner.jsonl");
        CliRun run = CliRun.of("data", "convert", "--format", "conll", CONLL, "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("wrote " + out + ": kept 4 of 4 sentences, dropped 0 (kept: 1 to 30 words)" + NL);
        assertThat(Files.readString(out)).isEqualTo(
                "{\"input\":[\"<s>\",\"Acme\",\"hired\",\"Jane\",\"Doe\",\"in\",\"Paris\",\".\",\"</s>\"],"
                        + "\"output\":[null,\"B-ORG\",\"O\",\"B-PER\",\"I-PER\",\"O\",\"B-LOC\",\"O\",null]}\n"
                + "{\"input\":[\"<s>\",\"Sales\",\"rose\",\"12\",\"%\",\"in\",\"1996\",\".\",\"</s>\"],"
                        + "\"output\":[null,\"O\",\"O\",\"O\",\"O\",\"O\",\"O\",\"O\",null]}\n"
                + "{\"input\":[\"<s>\",\"Thanks\",\"</s>\"],\"output\":[null,\"O\",null]}\n"
                + "{\"input\":[\"<s>\",\"Oslo\",\"Cup\",\"starts\",\"today\",\"</s>\"],"
                        + "\"output\":[null,\"B-MISC\",\"I-MISC\",\"O\",\"O\",null]}\n");
    }

    @Test
    void lengthsCaseNumbersAndColumnsAreOptions() throws IOException {
        Path out = dir.resolve("pos.jsonl");
        CliRun run = CliRun.of("data", "convert", "--format", "conll", CONLL, "--out", out.toString(), "--min-length", "2",
                "--max-length", "8", "--lower", "--replace-numbers", "--tag-column", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + ": kept 1 of 4 sentences, dropped 3 (kept: 2 to 6 words)" + NL);
        assertThat(Files.readString(out)).isEqualTo("{\"input\":[\"<s>\",\"oslo\",\"cup\",\"starts\",\"today\",\"</s>\"],"
                + "\"output\":[null,\"NNP\",\"NNP\",\"VBZ\",\"NN\",null]}\n");
    }

    @Test
    void convertsClassificationWithTheLabelAtTheBeginningOfSequence() throws IOException {
        Path out = dir.resolve("trec.jsonl");
        CliRun run = CliRun.of("data", "convert", "--format", "tsv", TSV, "--out", out.toString(), "--max-length", "8",
                "--lower");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + ": kept 4 of 6 sentences, dropped 2 (kept: 1 to 6 words)" + NL);
        assertThat(Files.readAllLines(out)).containsExactly(
                "{\"input\":[\"<s>\",\"how\",\"do\",\"bees\",\"make\",\"honey\",\"?\",\"</s>\"],"
                        + "\"output\":[\"DESC\",null,null,null,null,null,null,null]}",
                "{\"input\":[\"<s>\",\"where\",\"is\",\"lake\",\"titicaca\",\"?\",\"</s>\"],"
                        + "\"output\":[\"LOC\",null,null,null,null,null,null]}",
                "{\"input\":[\"<s>\",\"what's\",\"the\",\"fastest-growing\",\"plant\",\"?\",\"</s>\"],"
                        + "\"output\":[\"ENTY\",null,null,null,null,null,null]}",
                "{\"input\":[\"<s>\",\"what\",\"does\",\"nasa\",\"stand\",\"for\",\"?\",\"</s>\"],"
                        + "\"output\":[\"ABBR\",null,null,null,null,null,null,null]}");
    }

    @Test
    void theOutputLoadsAsACustomDataset() {
        Path data = dir.resolve("ner");
        CliRun.of("data", "convert", "--format", "conll", CONLL, "--out", data.resolve("train.jsonl").toString());
        CliRun run = CliRun.of("data", "show", data.toString(), "--examples", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("output vocab (8): <pad> B-LOC B-MISC B-ORG B-PER I-MISC I-PER O" + NL);
    }

    @Test
    void badFlagsAreUsageErrors() {
        String out = dir.resolve("never.jsonl").toString();
        CliRun wrongFormat = CliRun.of("data", "convert", "--format", "xml", CONLL, "--out", out);
        assertThat(wrongFormat.exitCode()).isEqualTo(2);
        assertThat(wrongFormat.err()).startsWith("tprog data convert: Invalid value for option '--format'");

        CliRun impossible = CliRun.of("data", "convert", "--format", "conll", CONLL, "--out", out, "--min-length", "5",
                "--max-length", "6");
        assertThat(impossible.exitCode()).isEqualTo(2);
        assertThat(impossible.err()).isEqualTo("tprog data convert: max length must be at least min length + 2, got min 5"
                + " and max 6 (a sentence of n words is kept when min <= n < max - 1) (see 'tprog data convert --help')" + NL);

        CliRun columns = CliRun.of("data", "convert", "--format", "tsv", TSV, "--out", out, "--tag-column", "1");
        assertThat(columns.exitCode()).isEqualTo(2);
        assertThat(columns.err()).isEqualTo("tprog data convert: --token-column and --tag-column apply to --format conll only"
                + " (see 'tprog data convert --help')" + NL);

        assertThat(CliRun.of("data", "convert", "--format", "tsv", TSV).exitCode()).isEqualTo(2);
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void aBadFileIsOneLineAndLeavesNoOutput() throws IOException {
        Path input = dir.resolve("broken.conll");
        Files.writeString(input, "EU NNP B-ORG\nrejects VBZ O\n\nGerman B-MISC\n");
        Path out = dir.resolve("broken.jsonl");
        CliRun run = CliRun.of("data", "convert", "--format", "conll", input.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tprog data convert: " + input
                + ":4: found 2 columns, but line 1 has 3 (every token line needs the same columns)" + NL);
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(input);
        }
    }

    @Test
    void aFileWithNothingToKeepWritesNothing() throws IOException {
        Path out = dir.resolve("short.jsonl");
        CliRun run = CliRun.of("data", "convert", "--format", "tsv", TSV, "--out", out.toString(), "--min-length", "9");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tprog data convert: " + TSV
                + ": no sentence of 9 to 62 words among the 6 read; nothing written" + NL);
        assertThat(out).doesNotExist();

        Path missing = dir.resolve("absent.tsv");
        assertThat(CliRun.of("data", "convert", "--format", "tsv", missing.toString(), "--out", out.toString()).err())
                .isEqualTo("tprog data convert: " + missing + ": no such file" + NL);
    }
}
