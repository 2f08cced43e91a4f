package dev.tprog.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    /**
     * Counts: {@code <s>} 3, b 2, a 3, c 1, {@code </s>} 3, d 1, e 1, in order of first occurrence;
     * {@code <unk>} 1 is not counted. (The reference's {@code get_tokenizer} gives the same lists.)
     */
    private static final List<Example> TRAIN = List.of(example("<s> b a c </s>"), example("<s> a d b </s>"),
            example("<s> e <unk> a </s>"));

    private static Example example(String input) {
        List<String> tokens = List.of(input.split(" "));
        return new Example(tokens, Arrays.asList(new String[tokens.size()]));
    }

    @Test
    void keepsTheMostFrequentTrainingTokensTiesToTheFirstSeenAfterPadAndUnk() {
        // the three of count 3 in order of first occurrence, then b; the cut falls inside the tie c, d, e
        assertThat(Vocabulary.ofMostFrequentInputs(TRAIN, 4).tokens())
                .containsExactly("<pad>", "<unk>", "<s>", "a", "</s>", "b");
        assertThat(Vocabulary.ofMostFrequentInputs(TRAIN, 5).tokens())
                .containsExactly("<pad>", "<unk>", "<s>", "a", "</s>", "b", "c");
        assertThat(Vocabulary.ofMostFrequentInputs(TRAIN, 100).tokens())
                .containsExactly("<pad>", "<unk>", "<s>", "a", "</s>", "b", "c", "d", "e");
        assertThat(Vocabulary.ofMostFrequentInputs(TRAIN, 1).tokens()).containsExactly("<pad>", "<unk>", "<s>");
    }

    @Test
    void aVocabularyWithUnkReadsEveryOtherTokenAsUnk() {
        Vocabulary kept = Vocabulary.ofMostFrequentInputs(TRAIN, 4);
        assertThat(kept.tokens()).doesNotContain("d");
        assertThat(kept.idOrUnknown("d")).isEqualTo(1);
        assertThat(kept.idOrUnknown("never seen")).isEqualTo(1);
        assertThat(kept.idOrUnknown("b")).isEqualTo(5);
        Vocabulary every = Vocabulary.ofInputs(TRAIN.subList(0, 2)); // no <unk>: nothing else reads as one
        assertThat(every.tokens()).containsExactly("<pad>", "</s>", "<s>", "a", "b", "c", "d");
        assertThat(every.idOrUnknown("e")).isEqualTo(-1);
    }
}
