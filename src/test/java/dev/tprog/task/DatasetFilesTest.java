package dev.tprog.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetFilesTest {
    @TempDir
    Path dir;

    private static Dataset small() {
        return DatasetGenerator.generate(new Generation("most_freq", new TaskParams(8, 1, 8), 300, 2, true));
    }

    @Test
    void linesAreTheDocumentedFormat() throws IOException {
        Example example = new Example(Arrays.asList("<s>", "3", "1", "</s>"), Arrays.asList(null, "1", "3", null));
        DatasetFiles.writeExamples(List.of(example), dir.resolve("one.jsonl"));
        assertThat(Files.readString(dir.resolve("one.jsonl")))
                .isEqualTo("{\"input\":[\"<s>\",\"3\",\"1\",\"</s>\"],\"output\":[null,\"1\",\"3\",null]}\n");
    }

    @Test
    void aWrittenDatasetLoadsBackEqual() {
        Dataset dataset = small();
        DatasetFiles.write(dataset, dir.resolve("data"));
        Dataset loaded = DatasetFiles.load(dir.resolve("data"), 0);
        assertThat(loaded).isEqualTo(dataset);
        assertThat(loaded.generation()).contains(new Generation("most_freq", new TaskParams(8, 1, 8), 300, 2, true));
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        DatasetFiles.write(small(), dir.resolve("a"));
        DatasetFiles.write(small(), dir.resolve("b"));
        for (String file : List.of("train.jsonl", "val.jsonl", "test.jsonl", "dataset.json")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void metadataRecordsGenerationSplitsAndVocabularies() throws IOException {
        DatasetFiles.write(small(), dir);
        String metadata = Files.readString(dir.resolve("dataset.json"));
        assertThat(metadata).contains("\"format\" : \"tprog-dataset\"", "\"version\" : 1", "\"task\" : \"most_freq\"",
                "\"seed\" : 2", "\"train\" : 243", "\"val\" : 27", "\"test\" : 30");
        assertThat(metadata.replaceAll("\\s", "")).contains("\"output_vocab\":[\"<pad>\",\"0\",\"1\",\"2\",\"3\",\"4\",\"5\",\"<s>\"]");
    }

    @Test
    void aDirectoryWithoutMetadataIsACustomTask() throws IOException {
        Files.writeString(dir.resolve("train.jsonl"), "{\"input\":[\"a\",\"b\"],\"output\":[\"x\",null]}\n\n");
        Dataset dataset = DatasetFiles.load(dir, 0);
        assertThat(dataset.task()).isEqualTo("custom");
        assertThat(dataset.get(Split.TRAIN)).hasSize(1);
        assertThat(dataset.get(Split.TEST)).isEmpty();
        assertThat(dataset.outputVocabulary().tokens()).containsExactly("<pad>", "x");
    }

    @Test
    void aSingleFileIsSplitLikeGeneratedData() {
        Dataset generated = small();
        List<Example> all = new java.util.ArrayList<>();
        // Undo the split's order: loading a file splits again with the same rule.
        all.addAll(generated.get(Split.TRAIN));
        DatasetFiles.writeExamples(all, dir.resolve("all.jsonl"));
        Dataset loaded = DatasetFiles.load(dir.resolve("all.jsonl"), 2);
        assertThat(loaded.get(Split.TEST)).hasSize(25);
        assertThat(loaded.get(Split.VAL)).hasSize(22);
        assertThat(loaded.get(Split.TRAIN)).hasSize(196);
        assertThat(loaded.get(Split.TEST)).isEqualTo(TrainTestSplit.of(all, 0.1, 2).test());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not json        | {"input": [                              | :2: not valid JSON
            not an object   | ["a"]                                    | :2: expected a JSON object
            no output       | {"input": ["a"]}                         | :2: missing field 'output'
            length mismatch | {"input": ["a","b"], "output": ["x"]}    | :2: 'output' has 1 labels but 'input' has 2 tokens
            number token    | {"input": [1], "output": ["x"]}          | :2: 'input'[0] must be a string, got 1
            null token      | {"input": [null], "output": ["x"]}       | :2: 'input'[0] must be a string, got null
            pad label       | {"input": ["a"], "output": ["<pad>"]}    | :2: 'output'[0] is <pad>, which is reserved (write null
            empty input     | {"input": [], "output": []}              | :2: 'input' is empty
            """)
    void malformedLinesNameFileAndLine(String why, String line, String message) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"input\":[\"a\"],\"output\":[null]}\n" + line + "\n");
        assertThatThrownBy(() -> DatasetFiles.readExamples(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + message.strip());
    }

    @Test
    void missingAndForeignFilesAreReported() throws IOException {
        assertThatThrownBy(() -> DatasetFiles.load(dir.resolve("nope.jsonl"), 0))
                .hasMessage(dir.resolve("nope.jsonl") + ": no such file");
        assertThatThrownBy(() -> DatasetFiles.load(dir, 0)).hasMessage(dir + ": no train.jsonl in this directory");
        Files.write(dir.resolve("latin1.jsonl"), new byte[] {'{', (byte) 0xe9, '}', '\n'});
        assertThatThrownBy(() -> DatasetFiles.readExamples(dir.resolve("latin1.jsonl"))).hasMessageContaining("not UTF-8");
    }

    @Test
    void metadataThatDisagreesWithTheFilesIsRejected() throws IOException {
        DatasetFiles.write(small(), dir);
        Path metadata = dir.resolve("dataset.json");
        String original = Files.readString(metadata);
        Files.writeString(metadata, original.replace("\"version\" : 1", "\"version\" : 7"));
        assertThatThrownBy(() -> DatasetFiles.load(dir, 0))
                .hasMessage(metadata + ": unsupported version 7 (this tprog reads version 1)");
        Files.writeString(metadata, original.replace("\"train\" : 243", "\"train\" : 244"));
        assertThatThrownBy(() -> DatasetFiles.load(dir, 0))
                .hasMessage(metadata + ": says train has 244 examples, but train.jsonl has 243");
        Files.writeString(metadata, original.replaceFirst("\"<s>\" ]", "\"<t>\" ]"));
        assertThatThrownBy(() -> DatasetFiles.load(dir, 0)).hasMessage(metadata
                + ": 'input_vocab' [<pad>, 0, 1, 2, 3, 4, 5, <t>] is not the vocabulary of train.jsonl [<pad>, 0, 1, 2, 3, 4, 5, <s>]");
        Files.writeString(metadata, "{ \"format\": \"tprog-dataset\", ");
        assertThatThrownBy(() -> DatasetFiles.load(dir, 0)).hasMessageStartingWith(metadata + ":1: not valid JSON");
    }

    @Test
    void aFailedWriteLeavesNoPartialOutput() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a directory should go");
        assertThatThrownBy(() -> DatasetFiles.write(small(), blocked)).isInstanceOf(java.io.UncheckedIOException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("blocked");
        }
        assertThat(Files.readString(blocked)).isEqualTo("a file where a directory should go");
    }
}
