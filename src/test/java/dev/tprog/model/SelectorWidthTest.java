package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.nn.Sampler;
import dev.tprog.nn.Workers;
import dev.tprog.program.NumericalAttention;
import dev.tprog.program.Program;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code --selector-width}: every numerical head's value read is frozen on {@code ones}, so it counts. */
class SelectorWidthTest {
    private static final int K = RandomBatches.LENGTH;

    private static ProgramModel model(boolean selectorWidth) {
        ModelConfig config = new ModelConfig(2, 1, 2, 1, 0, 2, 8, K, false, Sampler.SOFT, null, false, selectorWidth);
        return new ProgramModel(config, K, RandomBatches.LENGTH, RandomBatches.CLASSES, 3);
    }

    @Test
    void theValueReadIsNoParameterAndStaysFixedThroughTraining() {
        ProgramModel model = model(true);
        // 2 layers x 2 numerical heads: four value reads fewer to learn
        assertThat(model.parameters()).hasSize(model(false).parameters().size() - 4);
        try (Workers workers = new Workers(1)) {
            BatchGradient.lossAndGradient(model, RandomBatches.of(40, new Random(1), false), 1, 3f, Sampler.SOFT, 9, workers);
        }
        for (ProgramModel.Layer layer : model.layers) {
            for (NumericalHead head : layer.numericalHeads()) {
                assertThat(head.value.phi.requiresGrad()).isFalse();
                float[] expected = new float[head.value.phi.size()];
                java.util.Arrays.fill(expected, -10f);
                expected[0] = 10f; // ones, the numerical stream's first variable
                assertThat(head.value.phi.data()).containsExactly(expected);
            }
        }
        // the rest learns: the reads and predicates of those heads have gradients
        assertThat(model.layers.get(0).numericalHeads().get(0).psi.grad()).isNotEqualTo(new float[K * K]);
    }

    @Test
    void theProgramsNumericalHeadsCountMatches() {
        Program program = Discretiser.discretise(model(true), "counts", List.of("<pad>", "a", "b", "c", "d", "e"),
                List.of("x", "y", "z"));
        List<NumericalAttention> heads = program.operations().stream().filter(NumericalAttention.class::isInstance)
                .map(NumericalAttention.class::cast).toList();
        assertThat(heads).hasSize(4).allSatisfy(head -> assertThat(head.value()).isEqualTo(Program.ONES));
    }
}
