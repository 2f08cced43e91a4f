package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.model.ModelConfig;
import dev.tprog.model.StandardConfig;
import dev.tprog.nn.Sampler;
import dev.tprog.program.Classifier;
import dev.tprog.program.Executor;
import dev.tprog.task.ClassificationExamples;
import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Example;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.TaskParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training with pooled outputs ({@code --pool-outputs}): sequence classification. */
class PooledTrainingTest {
    private static final Dataset MAJORITY = Dataset.split("majority", false, Optional.empty(),
            ClassificationExamples.majority(600, 1), 0);

    @TempDir
    Path dir;

    private static ModelConfig pooledProgram() {
        return new ModelConfig(1, 2, 0, 1, 0, 2, 16, 8, false, Sampler.SOFT, null, true, false);
    }

    private static TrainConfig training(int epochs, float learningRate) {
        return new TrainConfig(epochs, 32, learningRate, 3.0, 0.01, 0, 2, 1);
    }

    @Test
    void learnsMajorityAndItsPooledProgramScoresExactlyAsTheModel() {
        Trainer.Result result = new Trainer(MAJORITY, pooledProgram(), training(20, 0.05f), 2).train("majority", r -> {});
        assertThat(result.program().classifier().readout()).isEqualTo(Classifier.Readout.POOLED);
        for (Trainer.SplitScore score : result.scores()) {
            assertThat(score.program()).isEqualTo(score.model());
            assertThat(score.program().scored()).isEqualTo(MAJORITY.get(score.split()).size()); // one label per input
        }
        assertThat(result.scores().get(2).program().tokenAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(new Executor(result.program()).predict(List.of("<s>", "1", "3", "1", "2", "</s>")))
                .isEqualTo(Arrays.asList("1", null, null, null, null, null));
    }

    @Test
    void aStandardTransformerPoolsToo() {
        Trainer.Result result = new Trainer(MAJORITY, new StandardConfig(1, 16, 2, 16, false, true), training(20, 0.01f), 2)
                .train("majority", r -> {});
        assertThat(result.program()).isNull();
        assertThat(result.scores().get(2).model().scored()).isEqualTo(MAJORITY.get(Split.TEST).size());
        assertThat(result.scores().get(2).model().tokenAccuracy()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void dataLabelledAfterPositionZeroCannotBePooled() {
        Dataset reverse = DatasetGenerator.generate(new Generation("reverse", new TaskParams(5, 1, 5), 100, 0, false));
        assertThatThrownBy(() -> new Trainer(reverse, pooledProgram(), training(1, 0.05f), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--pool-outputs predicts one class per sequence, at position 0, but train example 1 has a label"
                        + " at position 1 (pooling is for sequence classification: a label at position 0, null elsewhere)");
    }

    @Test
    void aHeldOutTokenTheTrainingSplitLacksIsNamedBeforeTraining() {
        List<Example> val = new ArrayList<>(MAJORITY.get(Split.VAL));
        val.set(1, new Example(List.of("<s>", "1", "7", "</s>"), Arrays.asList("1", null, null, null)));
        Dataset unseen = new Dataset("majority", false, Optional.empty(),
                Map.of(Split.TRAIN, MAJORITY.get(Split.TRAIN), Split.VAL, val, Split.TEST, MAJORITY.get(Split.TEST)));
        assertThatThrownBy(() -> new Trainer(unseen, pooledProgram(), training(1, 0.05f), 1))
                .hasMessage("val example 2 has the token '7', which no training example has, and a program reads only"
                        + " those (the training split has 5 distinct tokens): with --data, give --vocab-size N to keep"
                        + " the N most frequent training tokens and read every other token as <unk>; with --task, give"
                        + " a larger --size");
        // a standard transformer has no program: it masks the token as the reference does
        new Trainer(unseen, new StandardConfig(1, 16, 2, 16, false, true), training(1, 0.01f), 1);
    }

    @Test
    void poolingSurvivesConfigJsonAndIsAbsentWhenOff() throws Exception {
        TrainConfig training = training(2, 0.05f);
        RunSettings program = new RunSettings(null, "data", null, null, null, 100, true, pooledProgram(), null, training);
        RunSettings standard = new RunSettings(null, "data", null, null, null, 100, true, null,
                new StandardConfig(1, 16, 2, 16, false, true), training);
        for (RunSettings settings : List.of(program, standard)) {
            settings.write(dir);
            assertThat(Files.readString(dir.resolve(RunSettings.FILE))).contains("\"poolOutputs\" : true");
            assertThat(RunSettings.read(dir)).isEqualTo(settings);
        }
        new RunSettings(null, "data", null, null, null, 100, true,
                new ModelConfig(1, 2, 0, 1, 0, 2, 16, 8, false, Sampler.SOFT, null), null, training).write(dir);
        assertThat(Files.readString(dir.resolve(RunSettings.FILE))).doesNotContain("poolOutputs");
    }
}
