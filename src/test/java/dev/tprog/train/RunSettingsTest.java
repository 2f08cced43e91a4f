package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.model.LearnedEmbedding;
import dev.tprog.model.LossAggregation;
import dev.tprog.model.ModelConfig;
import dev.tprog.nn.Sampler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSettingsTest {
    @TempDir
    Path dir;

    private static RunSettings settings(LearnedEmbedding embedding, int gumbelSamples) {
        return new RunSettings("sort", null, null, null, null, 100, true,
                new ModelConfig(1, 2, 0, 1, 0, 2, 8, 0, false, Sampler.SOFT, embedding), null,
                new TrainConfig(2, 32, 0.05f, 3.0, 0.01, 0, 7, gumbelSamples));
    }

    private static RunSettings perSeqLinspace() {
        RunSettings settings = settings(null, 1);
        return new RunSettings("sort", null, null, null, null, 100, true, settings.model(), null,
                new TrainConfig(2, 32, 0.05f, 3.0, 0.01, 0, 7, 1, LossAggregation.PER_SEQ, TemperatureSpacing.LINEAR));
    }

    @Test
    void theNewSettingsSurviveConfigJson() throws Exception {
        for (RunSettings settings : new RunSettings[] {settings(new LearnedEmbedding(3, "glove.txt"), 4),
                settings(new LearnedEmbedding(2, null), 1), settings(null, 1), perSeqLinspace()}) {
            settings.write(dir);
            assertThat(RunSettings.read(dir)).isEqualTo(settings);
        }
        // a one-hot run's config.json names no embedding
        assertThat(Files.readString(dir.resolve(RunSettings.FILE))).doesNotContain("embedding");
    }

    @Test
    void aConfigJsonFromBeforeTheseSettingsLoadsWithTheirDefaults() throws Exception {
        Files.writeString(dir.resolve(RunSettings.FILE), """
                {"task": "sort", "data": null, "vocabSize": null, "minLength": null, "maxLength": null, "size": 100,
                 "unique": true,
                 "model": {"layers": 1, "categoricalHeads": 2, "numericalHeads": 0, "categoricalMlps": 1,
                           "numericalMlps": 0, "mlpVarsIn": 2, "mlpWidth": 8, "valuesPerVariable": 0, "causal": false,
                           "sampler": "SOFT"},
                 "training": {"epochs": 2, "batchSize": 32, "learningRate": 0.05, "initialTemperature": 3.0,
                              "finalTemperature": 0.01, "maxGradNorm": 0.0, "seed": 7}}
                """);
        assertThat(RunSettings.read(dir)).isEqualTo(settings(null, 1));
    }
}
