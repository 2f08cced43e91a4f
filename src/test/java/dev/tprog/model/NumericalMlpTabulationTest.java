package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.io.InputException;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import dev.tprog.program.NumericalMlp;
import dev.tprog.program.Program;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A numerical MLP of the last layer of a deep model reads counts of counts: with N = 6, a head of
 * layer l that sums the previous layer's head counts up to 6^(l+1). The discretiser tabulates the
 * MLP on every pair of counts, in blocks, and refuses beyond {@link Discretiser#MAX_TABULATED}.
 */
class NumericalMlpTabulationTest {
    private static final int N = RandomBatches.LENGTH;
    private static final List<String> VOCABULARY = List.of("<pad>", "a", "b", "c", "d", "e");
    private static final List<String> CLASSES = List.of("x", "y", "z");

    /** Layers of one numerical head each, which sums the latest count; the last layer's MLP reads the two latest. */
    private static ProgramModel chainOfCounts(int layers) {
        ModelConfig config = new ModelConfig(layers, 0, 1, 0, 1, 2, 8, N, false, Sampler.SOFT, null);
        ProgramModel model = new ProgramModel(config, N, N, CLASSES.size(), 5);
        for (ProgramModel.Layer layer : model.layers) {
            float[] value = layer.numericalHeads().get(0).value.phi.data();
            value[value.length - 1] = 100f; // the latest count (ones in layer 0)
        }
        Mlp last = model.layers.get(layers - 1).numericalMlps().get(0);
        float[] first = last.reads.get(0).phi.data();
        first[first.length - 1] = 100f; // this layer's head
        last.reads.get(1).phi.data()[first.length - 2] = 100f; // the previous layer's
        return model;
    }

    @Test
    void countsOfCountsAreTabulatedInBlocksAsTheModelComputesThem() {
        ProgramModel model = chainOfCounts(4); // the MLP reads counts up to 6^4 = 1296 and 6^3 = 216
        Program program = Discretiser.discretise(model, "deep", VOCABULARY, CLASSES);
        NumericalMlp mlp = program.operations().stream().filter(NumericalMlp.class::isInstance)
                .map(NumericalMlp.class::cast).filter(operation -> operation.name().equals("num_mlp_3_0_outputs"))
                .findFirst().orElseThrow();
        assertThat(mlp.inputs()).containsExactly("num_attn_3_0_outputs", "num_attn_2_0_outputs");
        Mlp network = model.layers.get(3).numericalMlps().get(0);
        Random random = new Random(2);
        for (int trial = 0; trial < 500; trial++) { // 1297 x 217 rows, 5 blocks: pairs from all of them
            int a = random.nextInt(1297);
            int b = random.nextInt(217);
            assertThat(mlp.outputFor(List.of(a, b))).as("(%d, %d)", a, b).isEqualTo(alone(network, a, b));
        }
    }

    @Test
    void tooManyCombinationsStopWithALineThatNamesTheMlp() {
        // 6^5 = 7776 and 6^4 = 1296: 7777 x 1297 = 10 086 769 combinations
        assertThatThrownBy(() -> Discretiser.discretise(chainOfCounts(5), "deeper", VOCABULARY, CLASSES))
                .isInstanceOf(InputException.class)
                .hasMessage("num_mlp_4_0_outputs: its inputs can take 10086769 value combinations, more than the 4194304"
                        + " a program tabulates (counts of counts grow with every layer: fewer layers, or fewer"
                        + " numerical heads or MLPs, keep them smaller)");
    }

    /** The MLP's output on the one row (a, b): the first largest logit. */
    private static int alone(Mlp network, int a, int b) {
        float[] logits = network.logits(Tensor.of(new float[] {a, b}, 1, 2), new Tape()).data();
        int best = 0;
        for (int c = 1; c < logits.length; c++) {
            best = logits[c] > logits[best] ? c : best;
        }
        return best;
    }
}
