package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimplifierTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void simplifiedProgramsPredictExactlyTheSame(long seed) {
        Program program = RandomPrograms.generate(seed);
        Program simplified = Simplifier.simplify(program);
        Executor original = new Executor(program);
        Executor smaller = new Executor(simplified);
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            List<String> input = RandomInputs.one(program, random);
            assertThat(smaller.predict(input)).isEqualTo(original.predict(input));
        }
        assertThat(Simplifier.simplify(simplified)).isEqualTo(simplified);
        assertThat(simplified.operations().size()).isLessThanOrEqualTo(program.operations().size());
    }

    @Test
    void unusedOperationsGoAndConstantFeaturesBecomeConstantTerms() {
        Program hist = HandBuiltPrograms.hist();
        int[] anyToBos = new int[8];
        java.util.Arrays.fill(anyToBos, 7);
        // A head nothing reads and the classifier weighs the same for every value: removable.
        CategoricalAttention unused = new CategoricalAttention("unused", "tokens", "tokens", "positions",
                new Predicate(anyToBos));
        // A head nothing reads with zero weights: removable without a trace.
        CategoricalAttention silent = new CategoricalAttention("silent", "tokens", "tokens", "tokens",
                new Predicate(anyToBos));
        List<Operation> operations = new ArrayList<>(hist.layers().get(0).operations());
        operations.add(0, silent);
        operations.add(0, unused);
        float[][] sameRows = new float[8][7];
        for (float[] row : sameRows) {
            row[2] = 0.5f;
        }
        List<ClassifierTerm> terms = new ArrayList<>(hist.classifier().terms());
        terms.add(0, ClassifierTerm.Categorical.of("unused", sameRows));
        terms.add(ClassifierTerm.Categorical.of("silent", new float[8][7]));
        Program padded = new Program("hist", hist.vocabulary(), 8, false, List.of(), List.of(new Layer(operations)),
                hist.classifier().withTerms(terms));

        Program simplified = Simplifier.simplify(padded);

        assertThat(simplified.operations()).extracting(Operation::name).containsExactly("token_count", "count_category");
        assertThat(simplified.classifier().terms()).hasSize(2);
        assertThat(simplified.classifier().terms().get(0))
                .isEqualTo(new ClassifierTerm.Constant("unused", new Weights(sameRows[0])));
        // <pad> never occurs, so the count head's <pad> row is no match (it already was)
        NumericalAttention count = (NumericalAttention) simplified.operations().get(0);
        assertThat(count.predicate().keyOf(0)).isEqualTo(Predicate.NONE);
        assertThat(PythonEmitter.emit(simplified).lines().count())
                .isLessThan(PythonEmitter.emit(padded).lines().count() - 8);
    }

    @Test
    void unreachableBranchesDisappearFromTheEmittedCode() {
        Program reverse = HandBuiltPrograms.reverse();
        String before = PythonEmitter.emit(reverse);
        String after = PythonEmitter.emit(Simplifier.simplify(reverse));
        // <pad> is never an input token, so no predicate mentions it after simplification
        assertThat(before).contains("    if q_token in {\"<pad>\", \"0\"");
        assertThat(after).doesNotContain("if q_token in {\"<pad>\"")
                .contains("    if q_token in {\"0\", \"1\", \"2\", \"3\", \"4\", \"</s>\", \"<s>\"}:\n"
                        + "        return \"</s>\"\n")
                .contains("def match_reversed(q_source_position):\n"
                        + "    \"\"\"The positions value that a source_position value matches.\"\"\"\n"
                        + "    return q_source_position\n");
    }
}
