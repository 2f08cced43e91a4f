package dev.tprog.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each task's labels on small inputs worked out by hand. */
class LabelFunctionTest {

    private static List<String> tokens(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static List<String> labels(String text) {
        return Arrays.stream(text.split(" ")).map(label -> label.equals("_") ? null : label).toList();
    }

    @Test
    void reverse() {
        assertThat(new ReverseTask().labels(tokens("3 1 4 1 5"))).isEqualTo(tokens("5 1 4 1 3"));
    }

    @Test
    void sortUsesStringOrderAsPythonDoes() {
        assertThat(new SortTask().labels(tokens("3 1 4 1 0"))).isEqualTo(tokens("0 1 1 3 4"));
        assertThat(new SortTask().labels(tokens("10 9 2"))).isEqualTo(tokens("10 2 9"));
    }

    @Test
    void hist() {
        assertThat(new HistTask().labels(tokens("3 1 3 3 2 1"))).isEqualTo(tokens("3 2 3 3 1 2"));
    }

    @Test
    void doubleHistCountsTokensSharingACount() {
        // counts: 5 -> 2, 6 -> 2, 7 -> 1; count 2 is shared by two tokens, count 1 by one.
        assertThat(new DoubleHistTask().labels(tokens("5 5 6 6 7"))).isEqualTo(tokens("2 2 2 2 1"));
        assertThat(new DoubleHistTask().labels(tokens("0 0 1 2 2 2"))).isEqualTo(tokens("1 1 1 1 1 1"));
    }

    @Test
    void mostFreqOrdersByCountThenFirstOccurrenceAndFillsWithBos() {
        assertThat(new MostFreqTask().labels(tokens("2 1 1 3 2 1"))).isEqualTo(tokens("1 2 3 <s> <s> <s>"));
        assertThat(new MostFreqTask().labels(tokens("4 3 3 4 0"))).isEqualTo(tokens("4 3 0 <s> <s>"));
    }

    @Test
    void dyckPtfLabels() {
        assertThat(DyckTask.labels(tokens("( ( ) )"))).isEqualTo(tokens("P P P T"));
        assertThat(DyckTask.labels(tokens("( ) ) ("))).isEqualTo(tokens("P T F F"));
        assertThat(DyckTask.labels(tokens("( { ) }"))).isEqualTo(tokens("P P F F"));
        assertThat(DyckTask.labels(tokens("( ) { }"))).isEqualTo(tokens("P T P T"));
        assertThat(DyckTask.labels(tokens(") ( )"))).isEqualTo(tokens("F F F"));
    }

    @Test
    void inductionRecallsTheDigitAfterTheEarlierOccurrence() {
        assertThat(InductionTask.labels(tokens("<s> a 1 b 0 a"))).isEqualTo(labels("_ <unk> _ <unk> _ 1"));
        assertThat(InductionTask.labels(tokens("<s> 2 a 1 a 1 b"))).isEqualTo(labels("_ _ <unk> _ 1 _ <unk>"));
    }
}
