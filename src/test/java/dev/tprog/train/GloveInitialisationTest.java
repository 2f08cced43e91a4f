package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tprog.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GloveInitialisationTest {
    private static final Path SAMPLE = Path.of("src/test/resources/nlp/glove-sample.txt");

    @TempDir
    Path dir;

    @Test
    void projectsTheFilesVectorsLinearlyAndDrawsTheMissingOnesFromTheSeed() throws Exception {
        Path file = Files.writeString(dir.resolve("glove.txt"), "a 1 0 0\nb 0 2 0\nc 1 2 0\n");
        List<String> words = List.of("<pad>", "a", "b", "c");
        float[][] logits = GloveInitialisation.vectors(file, words, 6, 0);
        assertThat(logits).hasDimensions(4, 6);
        for (int j = 0; j < 6; j++) { // c = a + b, so its projection is theirs added
            assertThat(logits[3][j]).isCloseTo(logits[1][j] + logits[2][j], within(1e-5f));
        }
        float[][] otherSeed = GloveInitialisation.vectors(file, words, 6, 1);
        assertThat(otherSeed[1]).isEqualTo(logits[1]); // the projection is fixed, as the reference's random_state 0
        assertThat(otherSeed[0]).isNotEqualTo(logits[0]); // <pad> has no vector: a random one from the run's seed
        assertThat(GloveInitialisation.vectors(file, words, 6, 0)).isDeepEqualTo(logits);
    }

    @Test
    void readsTheSampleFileWithItsWordsWithSpaces() {
        float[][] logits = GloveInitialisation.vectors(SAMPLE, List.of("<pad>", "at", "paris", "Paris"), 8, 0);
        assertThat(logits).hasDimensions(4, 8);
        assertThat(logits[2]).isNotEqualTo(logits[3]); // case matters
    }

    @Test
    void aMalformedFileIsOneLineNamingFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), "a 1 2\nb 1 x\n");
        assertThatThrownBy(() -> GloveInitialisation.vectors(file, List.of("a", "b"), 4, 0))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":2: 'x' is not a finite number (component 2 of 'b')");
    }
}
