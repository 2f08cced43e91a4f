package dev.tprog.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first examples of each generator at seed 0 and the standard parameters, as printed by
 * the reference's {@code make_<task>(..., seed=0)} (princeton-nlp/TransformerPrograms, HEAD
 * 59970de, numpy 1.24). bench/compare-datasets.sh compares whole datasets the same way.
 */
class ReferenceGoldenTest {

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource(delimiter = '|', textBlock = """
            reverse     | 0 | <s> 0 3 3 3 1 </s> | <pad> 1 3 3 3 0 <pad>
            reverse     | 1 | <s> 2 4 0 0 </s>   | <pad> 0 0 4 2 <pad>
            sort        | 0 | <s> 0 3 3 3 1 </s> | <pad> 0 1 3 3 3 <pad>
            sort        | 2 | <s> 2 1 0 1 1 </s> | <pad> 0 1 1 1 2 <pad>
            hist        | 0 | <s> 5 0 3 3 3      | <pad> 1 1 3 3 3
            hist        | 2 | <s> 4 0 0          | <pad> 1 2 2
            double_hist | 0 | <s> 5 0 3 3 3      | <pad> 2 2 1 1 1
            most_freq   | 0 | <s> 5 0 3 3 3      | <pad> 3 5 0 <s> <s>
            most_freq   | 2 | <s> 4 0 0          | <pad> 0 4 <s>
            dyck1       | 1 | <s> ( ( ) ( ) ) ( ( ) ) ) ) ( ) ( | <pad> P P P P P T P P P T F F F F F
            dyck1       | 2 | <s> ( ( ( ( ( ) ) ) ( ) ) ) ( ) ( | <pad> P P P P P P P P P P P T P T P
            dyck2       | 1 | <s> ( { ) { } } { ( ) ) ) ) ( ) ( | <pad> P P F F F F F F F F F F F F F
            dyck2       | 2 | <s> { { { ( ) { } } ( ) { } } } { | <pad> P P P P P P P P P P P P P T P
            induction   | 0 | <s> 3 d 0 d 0 d 0 d 0 | <pad> <pad> <unk> <pad> 0 <pad> 0 <pad> 0 <pad>
            induction   | 1 | <s> c 0 a 1 a 1 a 1 b | <pad> <unk> <pad> <unk> <pad> 1 <pad> 1 <pad> <unk>
            """)
    void firstExamplesMatchTheReference(String taskName, int index, String input, String output) {
        Task task = Tasks.byName(taskName);
        Example example = task.generate(task.defaults(), 3, 0).get(index);
        assertThat(example.input()).isEqualTo(Arrays.asList(input.split(" ")));
        List<String> labels = Arrays.stream(output.split(" ")).map(l -> l.equals(Tokens.PAD) ? null : l).toList();
        assertThat(example.output()).isEqualTo(labels);
    }

    @Test
    void vocabulariesAreBuiltFromTrainInSortedOrder() {
        Dataset reverse = DatasetGenerator.generate(new Generation("reverse", new TaskParams(8, 1, 8), 20000, 0, true));
        assertThat(reverse.inputVocabulary().tokens()).containsExactly("<pad>", "0", "1", "2", "3", "4", "</s>", "<s>");
        assertThat(reverse.outputVocabulary().tokens()).containsExactly("<pad>", "0", "1", "2", "3", "4");
        Dataset induction = DatasetGenerator.generate(new Generation("induction", new TaskParams(10, 9, 9), 20000, 6, true));
        assertThat(induction.inputVocabulary().tokens())
                .containsExactly("<pad>", "0", "1", "2", "3", "<s>", "a", "b", "c", "d");
        assertThat(induction.outputVocabulary().tokens()).containsExactly("<pad>", "0", "1", "2", "3", "<unk>");
        Dataset mostFreq = DatasetGenerator.generate(new Generation("most_freq", new TaskParams(8, 1, 8), 20000, 0, true));
        assertThat(mostFreq.outputVocabulary().tokens()).containsExactly("<pad>", "0", "1", "2", "3", "4", "5", "<s>");
    }
}
