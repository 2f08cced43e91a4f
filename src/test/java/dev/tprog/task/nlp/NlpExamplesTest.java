package dev.tprog.task.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.task.Example;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpExamplesTest {
    private static final NlpExamples REFERENCE_CONLL = new NlpExamples(1, 32, false, false);

    private static List<String> list(String... items) {
        return Arrays.asList(items);
    }

    @Test
    void taggingFramesTheSentenceAndIgnoresTheAddedPositions() {
        List<Example> examples = REFERENCE_CONLL.tagging(List.of(
                new TaggedSentence(List.of("Oslo", "Cup", "starts"), List.of("B-MISC", "I-MISC", "O"))));
        assertThat(examples).containsExactly(new Example(list("<s>", "Oslo", "Cup", "starts", "</s>"),
                list(null, "B-MISC", "I-MISC", "O", null)));
    }

    @Test
    void classificationPutsTheLabelAtTheBeginningOfSequence() {
        List<Example> examples = new NlpExamples(1, 64, false, false).classification(List.of(
                new LabelledSentence("LOC", List.of("Where", "is", "Lake", "Titicaca", "?"))));
        assertThat(examples).containsExactly(new Example(list("<s>", "Where", "is", "Lake", "Titicaca", "?", "</s>"),
                list("LOC", null, null, null, null, null, null)));
    }

    @Test
    void keepsSentencesOfMinToMaxMinusTwoWords() {
        NlpExamples conversion = new NlpExamples(2, 6, false, false);
        assertThat(conversion.keeps(1)).isFalse();
        assertThat(conversion.keeps(2)).isTrue();
        assertThat(conversion.keeps(4)).isTrue();
        assertThat(conversion.keeps(5)).isFalse();
        List<Example> examples = conversion.classification(List.of(
                new LabelledSentence("a", List.of("one")),
                new LabelledSentence("b", List.of("one", "two")),
                new LabelledSentence("c", List.of("1", "2", "3", "4")),
                new LabelledSentence("d", List.of("1", "2", "3", "4", "5"))));
        assertThat(examples).extracting(example -> example.label(0)).containsExactly("b", "c");
        assertThat(examples).extracting(Example::length).containsExactly(4, 6);
    }

    @Test
    void lowerCasesAndReplacesDigitRunsInWordsOnly() {
        NlpExamples conversion = new NlpExamples(1, 32, true, true);
        List<Example> examples = conversion.tagging(List.of(new TaggedSentence(
                List.of("Sales", "rose", "12", "%", "in", "1996", "to", "1,250.75", "B-52s"),
                List.of("O", "O", "O", "O", "O", "O", "O", "O", "B-MISC"))));
        assertThat(examples.get(0).input())
                .containsExactly("<s>", "sales", "rose", "@", "%", "in", "@", "to", "@,@.@", "b-@s", "</s>");
        assertThat(examples.get(0).output()).containsExactly(null, "O", "O", "O", "O", "O", "O", "O", "O", "B-MISC", null);

        List<Example> classified = conversion.classification(List.of(new LabelledSentence("NUM2", List.of("Year", "2024"))));
        assertThat(classified.get(0).input()).containsExactly("<s>", "year", "@", "</s>");
        assertThat(classified.get(0).label(0)).isEqualTo("NUM2");
    }

    @Test
    void convertsTheSampleCorpusAsTheReferenceWould() {
        List<Example> examples = new NlpExamples(2, 9, false, true)
                .tagging(new ConllReader().read(NlpFixtures.path(NlpFixtures.CONLL)));
        assertThat(examples).containsExactly(
                new Example(list("<s>", "Acme", "hired", "Jane", "Doe", "in", "Paris", ".", "</s>"),
                        list(null, "B-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O", null)),
                new Example(list("<s>", "Sales", "rose", "@", "%", "in", "@", ".", "</s>"),
                        list(null, "O", "O", "O", "O", "O", "O", "O", null)),
                new Example(list("<s>", "Oslo", "Cup", "starts", "today", "</s>"),
                        list(null, "B-MISC", "I-MISC", "O", "O", null)));
    }

    @Test
    void impossibleLengthsAreRejected() {
        assertThatThrownBy(() -> new NlpExamples(-1, 10, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("min length must be at least 0, got -1");
        assertThatThrownBy(() -> new NlpExamples(4, 5, false, false))
                .hasMessage("max length must be at least min length + 2, got min 4 and max 5"
                        + " (a sentence of n words is kept when min <= n < max - 1)");
        assertThat(new NlpExamples(4, 6, false, false).keeps(4)).isTrue();
    }
}
