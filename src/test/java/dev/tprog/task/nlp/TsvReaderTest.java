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

class TsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("sample.tsv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsLabelsAndTokenizedText() {
        List<LabelledSentence> sentences = TsvReader.read(NlpFixtures.path(NlpFixtures.TSV));
        assertThat(sentences).containsExactly(
                new LabelledSentence("DESC", List.of("How", "do", "bees", "make", "honey", "?")),
                new LabelledSentence("HUM", List.of("Who", "wrote", "the", "novel", "\"", "Middlemarch", "\"", "?")),
                new LabelledSentence("LOC", List.of("Where", "is", "Lake", "Titicaca", "?")),
                new LabelledSentence("NUM", List.of("How", "many", "moons", "does", "Mars", "have", "?")),
                new LabelledSentence("ENTY", List.of("What's", "the", "fastest-growing", "plant", "?")),
                new LabelledSentence("ABBR", List.of("What", "does", "NASA", "stand", "for", "?")));
    }

    @Test
    void splitsAtTheFirstTabAndSkipsBlankLines() throws IOException {
        Path file = write(" pos \tgood\tfun\r\n\r\nneg\t\n");
        assertThat(TsvReader.read(file)).containsExactly(
                new LabelledSentence("pos", List.of("good", "fun")),
                new LabelledSentence("neg", List.of()));
    }

    @Test
    void aLineWithoutATabIsAnError() throws IOException {
        Path file = write("pos\tgood\nneg bad\n");
        assertThatThrownBy(() -> TsvReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":2: no tab: expected a label, a tab, then the text");
    }

    @Test
    void anEmptyLabelIsAnError() throws IOException {
        Path file = write("pos\tgood\n\n  \tbad\n");
        assertThatThrownBy(() -> TsvReader.read(file)).hasMessage(file + ":3: empty label before the tab");
    }

    @Test
    void paddingIsNoLabel() throws IOException {
        Path file = write("<pad>\tgood\n");
        assertThatThrownBy(() -> TsvReader.read(file))
                .hasMessage(file + ":1: '<pad>' is reserved for padding and cannot be a label");
    }
}
