package dev.tprog.program;

import static dev.tprog.program.HandBuiltPrograms.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pooled classifier: one class per input, at position 0, from the mean of every position's logits. */
class PooledProgramTest {
    private static final ValueSet TOKENS = ValueSet.strings(List.of("<pad>", "a", "b", "<s>"));

    @TempDir
    Path dir;

    /**
     * {@code a_count} holds the number of a's at every position; the classes are yes and no. Per
     * position the logits are {@code tokens row + 0.25 · a_count} for yes, {@code tokens row} for no.
     */
    private static Program aCount(Classifier.Readout readout) {
        NumericalAttention count = new NumericalAttention("a_count", "tokens", "tokens", "ones",
                new Predicate(new int[] {1, 1, 1, 1})); // every query value matches the key value a
        List<ClassifierTerm> terms = List.of(
                ClassifierTerm.Categorical.of("tokens", new float[][] {{0f, 0f}, {0.5f, 0f}, {0f, 0.5f}, {0f, 1f}}),
                new ClassifierTerm.Numerical("a_count", new Weights(0.25f, 0f)));
        return new Program("a_count", TOKENS, 4, false, List.of(), List.of(new Layer(List.of(count))),
                new Classifier(List.of("yes", "no"), terms, readout));
    }

    private static List<String> labels(String... labels) {
        return Arrays.asList(labels);
    }

    @Test
    void predictsPositionZeroFromTheMeanOfEveryPositionsLogits() {
        Executor executor = new Executor(aCount(Classifier.Readout.POOLED));
        // one a: <s> (0.25, 1), a (0.75, 0), b (0.25, 0.5), b (0.25, 0.5); sums (1.5, 2), means (0.375, 0.5)
        Trace trace = executor.trace(executor.encode(tokens("<s> a b b")));
        assertThat(trace.pooled()).containsExactly(0.375, 0.5);
        assertThat(trace.predictions()).containsExactly(1, -1, -1, -1);
        assertThat(executor.predict(tokens("<s> a b b"))).isEqualTo(labels("no", null, null, null));
        // two a's: (0.5, 1), (1, 0), (1, 0), (0.5, 0.5); means (0.75, 0.375)
        assertThat(executor.predict(tokens("<s> a a b"))).isEqualTo(labels("yes", null, null, null));
        // a tie, (0.25, 1) + (0.75, 0): the first class
        assertThat(executor.trace(executor.encode(tokens("<s> a"))).pooled()).containsExactly(0.5, 0.5);
        assertThat(executor.predict(tokens("<s> a"))).isEqualTo(labels("yes", null));
        // the same classifier at each position
        assertThat(new Executor(aCount(Classifier.Readout.EACH_POSITION)).predict(tokens("<s> a b b")))
                .containsExactly("no", "yes", "no", "no");
    }

    @Test
    void scoresOnlyPositionZeroAndALabelElsewhereIsMissed() {
        Executor executor = new Executor(aCount(Classifier.Readout.POOLED));
        List<List<String>> predictions = List.of(executor.predict(tokens("<s> a b b")), executor.predict(tokens("<s> a a b")));
        Accuracy classification = Accuracy.of(predictions, List.of(labels("no", null, null, null),
                labels("no", null, null, null)));
        assertThat(classification).isEqualTo(new Accuracy(1, 2, 1, 2));
        Accuracy tagging = Accuracy.of(predictions.subList(0, 1), List.of(labels("no", "yes", null, null)));
        assertThat(tagging).isEqualTo(new Accuracy(1, 2, 0, 1));
    }

    @Test
    void theReadoutRoundTripsAndFilesWithoutItPredictEachPosition() {
        Program pooled = aCount(Classifier.Readout.POOLED);
        String json = ProgramFormat.toJson(pooled);
        assertThat(json).contains("\"classifier\" : {\n    \"readout\" : \"pooled\",");
        assertThat(ProgramFormat.fromJson(json)).isEqualTo(pooled);
        assertThat(ProgramFormat.toJson(ProgramFormat.fromJson(json))).isEqualTo(json);
        String perPosition = ProgramFormat.toJson(aCount(Classifier.Readout.EACH_POSITION));
        assertThat(perPosition).doesNotContain("readout"); // as every file from before pooling
        assertThat(ProgramFormat.fromJson(perPosition).classifier().readout()).isEqualTo(Classifier.Readout.EACH_POSITION);
        assertThat(ProgramFormat.fromJson(json.replace("\"pooled\"", "\"each_position\"")))
                .isEqualTo(aCount(Classifier.Readout.EACH_POSITION));
        assertThatThrownBy(() -> ProgramFormat.fromJson(json.replace("\"pooled\"", "\"mean\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("classifier: 'readout' must be \"each_position\" or \"pooled\", got \"mean\"");
    }

    @Test
    void simplifyingKeepsThePooling() {
        Program pooled = HandBuiltPrograms.pooled(HandBuiltPrograms.reverse());
        Program simplified = Simplifier.simplify(pooled);
        assertThat(simplified.classifier().readout()).isEqualTo(Classifier.Readout.POOLED);
        Executor original = new Executor(pooled);
        Executor simple = new Executor(simplified);
        for (List<String> input : RandomInputs.of(pooled, 200, 3)) {
            assertThat(simple.predict(input)).isEqualTo(original.predict(input));
        }
    }

    @Test
    void theExplanationGivesTheMeanLogitsAndTheTermsBehindThem() {
        String explanation = Explanation.of(aCount(Classifier.Readout.POOLED), tokens("<s> a b b"));
        // tokens' rows average to (0.125, 0.5) and a_count's to (0.25, 0): tokens favour no by 0.375
        assertThat(explanation).contains("  class      no   -  -  -\n")
                .contains("  0, from the mean over all positions: no (logit 0.500) over yes (0.375): tokens +0.375"
                        + " a_count -0.250\n");
    }

    @Test
    void everyFormAgreesWithTheExecutor() throws IOException {
        Program pooled = aCount(Classifier.Readout.POOLED);
        List<Verifier.Outcome> outcomes = new Verifier(pooled).verify(RandomInputs.of(pooled, 200, 5));
        assertThat(outcomes).extracting(Verifier.Outcome::implementation).contains("simplified", "java");
        for (Verifier.Outcome outcome : outcomes) {
            assertThat(outcome.skipped() != null || outcome.agrees()).as(outcome.toString()).isTrue();
        }
    }

    @Test
    void theEmittedPythonPrintsTheInputsClass() throws Exception {
        assumeTrue(EmittedPython.available(), "python3 is not on the PATH");
        Path module = dir.resolve("a_count.py");
        Files.writeString(module, PythonEmitter.emit(aCount(Classifier.Readout.POOLED)));
        Process process = new ProcessBuilder("python3", module.toString(), "<s> a b b").redirectErrorStream(true).start();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("no\n");
        assertThat(process.waitFor()).isZero();
    }
}
