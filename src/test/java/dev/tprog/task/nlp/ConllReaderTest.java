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

class ConllReaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("sample.conll");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsWordsAndEntityTagsSkippingDocumentStarts() {
        List<TaggedSentence> sentences = new ConllReader().read(NlpFixtures.path(NlpFixtures.CONLL));
        assertThat(sentences).containsExactly(
                new TaggedSentence(List.of("Acme", "hired", "Jane", "Doe", "in", "Paris", "."),
                        List.of("B-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O")),
                new TaggedSentence(List.of("Sales", "rose", "12", "%", "in", "1996", "."),
                        List.of("O", "O", "O", "O", "O", "O", "O")),
                new TaggedSentence(List.of("Thanks"), List.of("O")),
                new TaggedSentence(List.of("Oslo", "Cup", "starts", "today"), List.of("B-MISC", "I-MISC", "O", "O")));
    }

    @Test
    void otherColumnsCanBeTheTagsAndNegativeColumnsCountFromTheEnd() {
        Path file = NlpFixtures.path(NlpFixtures.CONLL);
        assertThat(new ConllReader(0, 1).read(file).get(2)).isEqualTo(new TaggedSentence(List.of("Thanks"), List.of("NNS")));
        assertThat(new ConllReader(0, -2).read(file).get(3).tags()).containsExactly("B-NP", "I-NP", "B-VP", "B-NP");
        assertThat(new ConllReader(1, 0).read(file).get(3).tokens()).containsExactly("NNP", "NNP", "VBZ", "NN");
    }

    @Test
    void toleratesCrlfTabsExtraBlankLinesAndAByteOrderMark() throws IOException {
        Path file = write("\uFEFF-DOCSTART-\t-X-\tO\r\n\r\n\r\nEU\tB-ORG\r\nrejects  O\r\n\r\n \r\nit O\r\n");
        assertThat(new ConllReader().read(file)).containsExactly(
                new TaggedSentence(List.of("EU", "rejects"), List.of("B-ORG", "O")),
                new TaggedSentence(List.of("it"), List.of("O")));
    }

    @Test
    void aDocumentStartAlsoEndsASentence() throws IOException {
        Path file = write("a O\n-DOCSTART- O\nb O\n");
        assertThat(new ConllReader().read(file)).extracting(TaggedSentence::tokens)
                .containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void anEmptyFileHasNoSentences() throws IOException {
        assertThat(new ConllReader().read(write(""))).isEmpty();
    }

    @Test
    void everyTokenLineNeedsTheColumnsOfTheFirst() throws IOException {
        Path file = write("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nGerman JJ B-NP\n");
        assertThatThrownBy(() -> new ConllReader().read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":6: found 3 columns, but line 3 has 4 (every token line needs the same columns)");
    }

    @Test
    void aColumnBeyondTheFirstLineIsAnError() throws IOException {
        Path file = write("EU NNP B-NP B-ORG\n");
        assertThatThrownBy(() -> new ConllReader(0, 4).read(file))
                .hasMessage(file + ":1: found 4 columns, so there is no tag column 4");
        assertThatThrownBy(() -> new ConllReader(-5, -1).read(file))
                .hasMessage(file + ":1: found 4 columns, so there is no token column -5");
    }

    @Test
    void aSingleColumnHasNoTags() throws IOException {
        Path file = write("\nEU\nrejects\n");
        assertThatThrownBy(() -> new ConllReader().read(file))
                .hasMessage(file + ":2: found 1 column, but the token column (0) and the tag column (-1) are the same one");
    }

    @Test
    void paddingIsReserved() throws IOException {
        Path file = write("EU B-ORG\n<pad> O\n");
        assertThatThrownBy(() -> new ConllReader().read(file))
                .hasMessage(file + ":2: '<pad>' is reserved for padding and cannot be a token or tag");
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path file = dir.resolve("absent.conll");
        assertThatThrownBy(() -> new ConllReader().read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void bytesThatAreNotUtf8AreAnInputError() throws IOException {
        Path file = dir.resolve("latin1.conll");
        Files.write(file, new byte[] {'K', (byte) 0xF6, 'l', 'n', ' ', 'O', '\n'});
        assertThatThrownBy(() -> new ConllReader().read(file)).hasMessage(file + ": not UTF-8 text");
    }
}
