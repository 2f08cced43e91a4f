package dev.tprog.program;

import static dev.tprog.program.HandBuiltPrograms.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Example;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.TaskParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutorTest {

    private static boolean[] matching(String keys) {
        boolean[] matches = new boolean[keys.length()];
        for (int j = 0; j < matches.length; j++) {
            matches[j] = keys.charAt(j) == '1';
        }
        return matches;
    }

    @Test
    void closestMatchPrefersTheNearestLeftOnTiesAndSelfLast() {
        // query 2: matches at 1 and 3 are both at distance 1: the left one wins
        assertThat(ClosestMatch.select(2, matching("0101001"))).isEqualTo(1);
        // query 3 matches itself, but 1 (distance 2) is preferred over self
        assertThat(ClosestMatch.select(3, matching("0101001"))).isEqualTo(1);
        // query 5: 6 at distance 1 beats 3 at distance 2
        assertThat(ClosestMatch.select(5, matching("0101001"))).isEqualTo(6);
        // nothing matches: BOS
        assertThat(ClosestMatch.select(4, matching("0000000"))).isZero();
        // self is chosen when it is the only match
        assertThat(ClosestMatch.select(1, matching("010"))).isEqualTo(1);
        // causal: query 5 sees keys 0..5 only, so 3 wins over 6
        assertThat(ClosestMatch.select(5, matching("010100"))).isEqualTo(3);
    }

    private static double accuracy(Program program, String task) {
        Executor executor = new Executor(program);
        List<Example> examples = DatasetGenerator.generate(new Generation(task, new TaskParams(8, 1, 8), 2000, 1, true))
                .get(Split.TEST);
        int correct = 0;
        int scored = 0;
        for (Example example : examples) {
            List<String> predicted = executor.predict(example.input());
            for (int i = 0; i < example.length(); i++) {
                if (example.label(i) != null) {
                    scored++;
                    correct += predicted.get(i).equals(example.label(i)) ? 1 : 0;
                }
            }
        }
        return (double) correct / scored;
    }

    @Test
    void handBuiltHistAndReverseAreExact() {
        assertThat(accuracy(HandBuiltPrograms.hist(), "hist")).isEqualTo(1.0);
        assertThat(accuracy(HandBuiltPrograms.reverse(), "reverse")).isEqualTo(1.0);
    }

    @Test
    void traceKeepsIntermediateValuesAndAttention() {
        Executor executor = new Executor(HandBuiltPrograms.reverse());
        Trace trace = executor.trace(executor.encode(tokens("<s> 3 1 4 </s>")));
        assertThat(trace.values("eos_position")).containsExactly(4, 4, 4, 4, 4);
        assertThat(trace.values("source_position")).containsExactly(4, 3, 2, 1, 0);
        assertThat(trace.attended()[1]).containsExactly(4, 3, 2, 1, 0);
        assertThat(executor.predict(tokens("<s> 3 1 4 </s>")).subList(1, 4)).containsExactly("4", "1", "3");
        Executor hist = new Executor(HandBuiltPrograms.hist());
        assertThat(hist.trace(hist.encode(tokens("<s> 2 5 2 2"))).values("token_count")).containsExactly(1, 3, 1, 3, 3);
    }

    @Test
    void causalHeadsSeeOnlyTheLeft() {
        Program reverse = HandBuiltPrograms.reverse();
        Program causal = new Program("causal", reverse.vocabulary(), reverse.maxLength(), true, List.of(),
                reverse.layers(), reverse.classifier());
        Executor executor = new Executor(causal);
        // no </s> to the left of the first positions: they fall back to BOS (position 0)
        assertThat(executor.trace(executor.encode(tokens("<s> 3 </s> 4"))).values("eos_position"))
                .containsExactly(0, 0, 2, 2);
    }

    @Test
    void badInputsAreNamed() {
        Executor executor = new Executor(HandBuiltPrograms.hist());
        assertThatThrownBy(() -> executor.encode(tokens("<s> 9"))).hasMessage(
                "token '9' at position 1 is not in the program's vocabulary");
        assertThatThrownBy(() -> executor.encode(tokens("<s> 1 1 1 1 1 1 1 1"))).hasMessage(
                "the input has 9 tokens, but the program handles at most 8");
        assertThatThrownBy(() -> executor.encode(tokens("<s> <pad>"))).hasMessage(
                "token <pad> at position 1 is reserved for padding");
        assertThatThrownBy(() -> executor.trace(new int[] {0, 12})).hasMessage(
                "token id 12 is not in the program's vocabulary");
    }

    @Test
    void aProgramWithUnkReadsEveryTokenOutsideItsVocabularyAsUnk() {
        Executor executor = new Executor(HandBuiltPrograms.reverseReadingUnknown());
        assertThat(executor.predict(tokens("<s> 3 zebra 4 </s>"))).containsExactly("0", "4", "<unk>", "3", "0");
        assertThat(executor.predict(tokens("<s> 3 <unk> 4 </s>"))).containsExactly("0", "4", "<unk>", "3", "0");
        assertThat(Explanation.of(executor.program(), tokens("<s> 3 zebra 4 </s>")))
                .startsWith("input                <s>   3  zebra  4  </s>\ntokens               <s>   3  <unk>  4  </s>\n");
        assertThatThrownBy(() -> executor.encode(tokens("<s> <pad>"))).hasMessage(
                "token <pad> at position 1 is reserved for padding");
        assertThat(Explanation.of(executor.program(), tokens("<s> 3 4 </s>"))).startsWith("tokens "); // all known
    }

    @Test
    void tiesGoToTheFirstClass() {
        assertThat(Classifier.argmax(new double[] {1, 3, 3, 2})).isEqualTo(1);
        assertThat(Classifier.argmax(new double[] {0, 0})).isZero();
    }
}
