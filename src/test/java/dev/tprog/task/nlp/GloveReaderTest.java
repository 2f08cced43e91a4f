package dev.tprog.task.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GloveReaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("vectors.txt");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsTheWantedVectorsExactlyAndListsTheMissingInOrder() {
        GloveVectors vectors = GloveReader.read(NlpFixtures.path(NlpFixtures.GLOVE),
                List.of("Paris", "at", "Acme", "in", "the", "Jane"));
        assertThat(vectors.dimension()).isEqualTo(4);
        assertThat(vectors.vectors()).containsOnlyKeys("Paris", "at", "in", "the");
        assertThat(vectors.vectors().keySet()).containsExactly("Paris", "at", "in", "the");
        assertThat(vectors.vectors().get("Paris")).containsExactly(0.625f, 1.25f, -2f, 2.5f);
        assertThat(vectors.vectors().get("at")).containsExactly(1f, 2f, 3f, 4f);
        assertThat(vectors.vectors().get("in")).containsExactly(0.25f, 0.25f, -0.75f, 0f);
        assertThat(vectors.vectors().get("the")).containsExactly(0.5f, -0.25f, 1f, 0f);
        assertThat(vectors.missing()).containsExactly("Acme", "Jane");
        assertThat(vectors.found()).isEqualTo(4);
        assertThat(vectors.wanted()).isEqualTo(6);
    }

    @Test
    void wordsMatchWithTheirCase() {
        GloveVectors vectors = GloveReader.read(NlpFixtures.path(NlpFixtures.GLOVE), List.of("paris", "PARIS"));
        assertThat(vectors.vectors().get("paris")).containsExactly(0.5f, 1.5f, -2.5f, 3f);
        assertThat(vectors.missing()).containsExactly("PARIS");
    }

    @Test
    void aWordIsEverythingBeforeTheLastDimensionFields() {
        GloveVectors vectors = GloveReader.read(NlpFixtures.path(NlpFixtures.GLOVE), List.of("at name@domain.com"));
        assertThat(vectors.vectors().get("at name@domain.com")).containsExactly(9f, 9f, 9f, 9f);
    }

    @Test
    void unwantedLinesAreNeverParsed() throws IOException {
        Path file = write("first not numbers\na 1 2\nb x\nc 1 2 3 4 5 6 7\nd 3 4\n");
        GloveVectors vectors = GloveReader.read(file, List.of("a", "d"));
        assertThat(vectors.dimension()).isEqualTo(2);
        assertThat(vectors.vectors().get("a")).containsExactly(1f, 2f);
        assertThat(vectors.vectors().get("d")).containsExactly(3f, 4f);
        assertThat(vectors.missing()).isEmpty();
    }

    @Test
    void aWantedLineWithTooFewNumbersIsAnError() throws IOException {
        Path file = write("a 1 2\nb 3\n");
        assertThatThrownBy(() -> GloveReader.read(file, List.of("b")))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":2: expected 2 numbers after 'b' (the dimension set by line 1) but found 1");
    }

    @Test
    void aWantedLineWithABadNumberIsAnError() throws IOException {
        Path file = write("a 1 2\nb 3 4x\nc 5 NaN\n");
        assertThatThrownBy(() -> GloveReader.read(file, List.of("b")))
                .hasMessage(file + ":2: '4x' is not a finite number (component 2 of 'b')");
        assertThatThrownBy(() -> GloveReader.read(file, List.of("c")))
                .hasMessage(file + ":3: 'NaN' is not a finite number (component 2 of 'c')");
    }

    @Test
    void aWord2vecHeaderGivesTheDimensionAndTheCount() throws IOException {
        Path file = write("2 3\na 1 2 3 \nb 4 5 6 \n");
        GloveVectors vectors = GloveReader.read(file, List.of("b"));
        assertThat(vectors.dimension()).isEqualTo(3);
        assertThat(vectors.vectors().get("b")).containsExactly(4f, 5f, 6f);

        Path truncated = write("3 3\na 1 2 3\nb 4 5 6\n");
        assertThatThrownBy(() -> GloveReader.read(truncated, List.of("b")))
                .hasMessage(truncated + ": the header on line 1 announces 3 vectors but the file has 2");
    }

    @Test
    void toleratesCrlfBlankLinesAndTrailingSpaces() throws IOException {
        Path file = write("a 1 2 \r\n\r\nb 3 4\r\n");
        assertThat(GloveReader.read(file, List.of("b")).vectors().get("b")).containsExactly(3f, 4f);
    }

    @Test
    void aLaterLineForTheSameWordWins() throws IOException {
        Path file = write("a 1\na 2\n");
        assertThat(GloveReader.read(file, List.of("a")).vectors().get("a")).containsExactly(2f);
    }

    @Test
    void aFileWithoutVectorsIsAnError() throws IOException {
        Path empty = write("\n");
        assertThatThrownBy(() -> GloveReader.read(empty, List.of("a"))).hasMessage(empty + ": no vectors in this file");
        Path wordsOnly = write("a\nb\n");
        assertThatThrownBy(() -> GloveReader.read(wordsOnly, List.of("a")))
                .hasMessage(wordsOnly + ":1: expected a word followed by the numbers of its vector");
        Path noDimension = write("\n5 0\n");
        assertThatThrownBy(() -> GloveReader.read(noDimension, List.of("a")))
                .hasMessage(noDimension + ":2: the header gives dimension 0");
    }
}
