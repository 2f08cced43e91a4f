package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.model.LearnedEmbedding;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.StandardConfig;
import dev.tprog.nn.Sampler;
import dev.tprog.program.ClassifierTerm;
import dev.tprog.program.ProgramFormat;
import dev.tprog.program.TokenEmbedding;
import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Generation;
import dev.tprog.task.TaskParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {
    /** reverse with vocabulary 5 (2 digits) and length 5 (1 to 3 digits), repeats kept: learnable in seconds. */
    private static final Dataset TINY_REVERSE =
            DatasetGenerator.generate(new Generation("reverse", new TaskParams(5, 1, 5), 1000, 0, false));

    private static Trainer.Result train(long seed, int epochs) {
        return train(seed, epochs, 2);
    }

    private static Trainer.Result train(long seed, int epochs, int threads) {
        ModelConfig model = new ModelConfig(2, 4, 0, 1, 0, 2, 16, 5, false, Sampler.SOFT, null);
        TrainConfig training = new TrainConfig(epochs, 64, 0.05f, 3.0, 0.01, 0, seed, 1);
        return new Trainer(TINY_REVERSE, model, training, threads).train("reverse", report -> {});
    }

    @Test
    void learnsTinyReverseAndItsProgramScoresExactlyAsTheModel() {
        Trainer.Result result = train(0, 60);
        for (Trainer.SplitScore score : result.scores()) {
            assertThat(score.program().correct()).isEqualTo(score.model().correct());
            assertThat(score.program().scored()).isEqualTo(score.model().scored());
        }
        assertThat(result.scores().get(2).program().tokenAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.epochs()).hasSize(60);
        Trainer.EpochReport first = result.epochs().get(0);
        Trainer.EpochReport last = result.epochs().get(59);
        assertThat(last.temperature()).isEqualTo(0.01);
        // the sampled model is scored at each epoch's temperature: far from the discrete one at
        // tau near 3, at 0.01 almost one-hot, so it agrees with the argmax model to a few positions
        assertThat(first.sampledValidationAccuracy()).isBetween(0.0, 1.0).isNotEqualTo(first.validationAccuracy());
        assertThat(last.sampledValidationAccuracy()).isCloseTo(last.validationAccuracy(), within(0.02));
    }

    @Test
    void theSameSeedGivesTheSameProgramByteForByte() {
        assertThat(ProgramFormat.toJson(train(3, 3).program())).isEqualTo(ProgramFormat.toJson(train(3, 3).program()));
        assertThat(ProgramFormat.toJson(train(4, 3).program())).isNotEqualTo(ProgramFormat.toJson(train(3, 3).program()));
    }

    @Test
    void theThreadCountDoesNotChangeTheResult() {
        Trainer.Result one = train(6, 3, 1);
        Trainer.Result three = train(6, 3, 3);
        assertThat(ProgramFormat.toJson(three.program())).isEqualTo(ProgramFormat.toJson(one.program()));
        assertThat(three.epochs()).extracting(Trainer.EpochReport::trainLoss)
                .isEqualTo(one.epochs().stream().map(Trainer.EpochReport::trainLoss).toList());
        assertThat(three.epochs()).extracting(Trainer.EpochReport::sampledValidationAccuracy)
                .isEqualTo(one.epochs().stream().map(Trainer.EpochReport::sampledValidationAccuracy).toList());
    }

    private static Trainer.Result trainLearned(long seed, int epochs, int gumbelSamples, int threads) {
        ModelConfig model = new ModelConfig(2, 4, 0, 1, 0, 2, 16, 5, false, Sampler.SOFT, new LearnedEmbedding(2, null));
        TrainConfig training = new TrainConfig(epochs, 64, 0.05f, 3.0, 0.01, 0, seed, gumbelSamples);
        return new Trainer(TINY_REVERSE, model, training, threads).train("reverse", report -> {});
    }

    @Test
    void learnsTinyReverseWithTwoLearnedTokenVariablesAndItsProgramScoresExactlyAsTheModel() {
        // a learned embedding needs more steps than the one-hot one: seeds 0-5 end at 91-100% after 40
        // epochs and five of them at 100% after 60
        Trainer.Result result = trainLearned(0, 60, 1, 2);
        for (Trainer.SplitScore score : result.scores()) {
            assertThat(score.program().correct()).isEqualTo(score.model().correct());
        }
        assertThat(result.scores().get(2).program().tokenAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.program().embeddings()).extracting(TokenEmbedding::name)
                .containsExactly("var0_embeddings", "var1_embeddings");
        // the learned variables replace tokens at the start of the stream
        assertThat(result.program().classifier().terms().stream().filter(ClassifierTerm.Categorical.class::isInstance)
                .map(term -> ((ClassifierTerm.Categorical) term).variable()))
                .startsWith("var0_embeddings", "var1_embeddings", "positions").doesNotContain("tokens");
    }

    @Test
    void severalGumbelSamplesDependOnTheSeedAloneNotOnTheThreadCount() {
        Trainer.Result one = trainLearned(6, 2, 3, 1);
        Trainer.Result three = trainLearned(6, 2, 3, 3);
        assertThat(ProgramFormat.toJson(three.program())).isEqualTo(ProgramFormat.toJson(one.program()));
        assertThat(three.epochs()).extracting(Trainer.EpochReport::trainLoss)
                .isEqualTo(one.epochs().stream().map(Trainer.EpochReport::trainLoss).toList());
        assertThat(trainLearned(6, 2, 1, 1).epochs().get(0).trainLoss()).isNotEqualTo(one.epochs().get(0).trainLoss());
    }

    /** Thrown by a checkpoint saver to stop a run as if it had been killed. */
    private static final class Killed extends RuntimeException {}

    /** The last checkpoint of a run killed as it saved its second epoch. */
    private static Checkpoint killedAfterTwoEpochs(Trainer trainer) {
        Checkpoint[] saved = new Checkpoint[1];
        assertThatThrownBy(() -> trainer.train("reverse", report -> {}, null, checkpoint -> {
            saved[0] = checkpoint;
            if (checkpoint.epochsDone() == 2) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);
        return saved[0];
    }

    @Test
    void aResumedRunEndsExactlyAsAnUninterruptedOne() {
        ModelConfig model = new ModelConfig(1, 2, 1, 1, 1, 2, 16, 5, false, Sampler.SOFT, null);
        Trainer trainer = new Trainer(TINY_REVERSE, model, new TrainConfig(4, 64, 0.05f, 3.0, 0.01, 0, 5, 1));
        Trainer.Result uninterrupted = trainer.train("reverse", report -> {});
        // numerical heads and MLPs too: the program scores exactly as the model
        for (Trainer.SplitScore score : uninterrupted.scores()) {
            assertThat(score.program().correct()).isEqualTo(score.model().correct());
        }
        assertThat(uninterrupted.program().operations()).extracting(op -> op.getClass().getSimpleName())
                .contains("NumericalAttention", "NumericalMlp");
        Checkpoint killed = killedAfterTwoEpochs(trainer);
        Trainer.Result resumed = trainer.train("reverse", report -> {}, killed, checkpoint -> {});
        assertThat(ProgramFormat.toJson(resumed.program())).isEqualTo(ProgramFormat.toJson(uninterrupted.program()));
        assertThat(resumed.epochs()).extracting(Trainer.EpochReport::trainLoss)
                .isEqualTo(uninterrupted.epochs().stream().map(Trainer.EpochReport::trainLoss).toList());
        assertThat(ProgramFormat.toJson(trainer.discretise("reverse", killed).program()))
                .isNotEqualTo(ProgramFormat.toJson(uninterrupted.program()));
    }

    private static Trainer standardTrainer(int epochs, int threads) {
        StandardConfig model = new StandardConfig(2, 16, 2, 16, false);
        return new Trainer(TINY_REVERSE, model, new TrainConfig(epochs, 64, 0.01f, 3.0, 0.01, 0, 6, 1), threads);
    }

    /** The final parameters of a run. */
    private static List<float[]> finalParameters(Trainer trainer, Checkpoint resume) {
        Checkpoint[] last = new Checkpoint[1];
        trainer.train("reverse", report -> {}, resume, checkpoint -> last[0] = checkpoint);
        return last[0].parameters();
    }

    @Test
    void theStandardTransformerLearnsTinyReverseAndHasNoProgram() {
        Trainer.Result result = standardTrainer(8, 2).train("reverse", report -> {});
        assertThat(result.program()).isNull();
        assertThat(result.scores()).allSatisfy(score -> assertThat(score.program()).isNull());
        assertThat(result.scores().get(2).model().tokenAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.epochs()).allSatisfy(epoch -> assertThat(epoch.temperature()).isNaN());
    }

    @Test
    void theStandardTransformerDependsNeitherOnTheThreadCountNorOnAResume() {
        List<float[]> oneThread = finalParameters(standardTrainer(3, 1), null);
        assertThat(finalParameters(standardTrainer(3, 3), null)).containsExactlyElementsOf(oneThread);
        Trainer trainer = standardTrainer(3, 2);
        Checkpoint killed = killedAfterTwoEpochs(trainer);
        assertThat(killed.parameters().get(0)).isNotEqualTo(oneThread.get(0)); // a third epoch is still to come
        assertThat(finalParameters(trainer, killed)).containsExactlyElementsOf(oneThread);
    }

    @Test
    void impossibleConfigurationsAreRejectedBeforeTraining() {
        TrainConfig training = new TrainConfig(1, 32, 0.05f, 3.0, 0.01, 0, 0, 1);
        assertThatThrownBy(() -> new Trainer(TINY_REVERSE, new ModelConfig(1, 1, 0, 0, 0, 2, 8, 3, false, Sampler.SOFT, null),
                training)).hasMessage("--d-var (k = 3) must be at least the vocabulary size 5");
        assertThatThrownBy(() -> new Trainer(TINY_REVERSE, new ModelConfig(0, 1, 0, 0, 0, 2, 8, 5, false, Sampler.SOFT, null),
                training)).hasMessage("heads and MLPs need at least one layer");
        assertThatThrownBy(() -> new Trainer(TINY_REVERSE, new ModelConfig(1, 1, 0, 0, 0, 2, 8, 5, false, Sampler.SOFT, null),
                new TrainConfig(0, 32, 0.05f, 3.0, 0.01, 0, 0, 1))).hasMessage("--epochs must be at least 1");
        assertThatThrownBy(() -> new Trainer(TINY_REVERSE, new StandardConfig(1, 10, 3, 8, false), training, 1))
                .hasMessage("--d-model (10) must be a multiple of --n-heads (3)");
    }
}
