package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.train.Trainer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static String run(boolean quiet, boolean terminal) {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), 250, quiet, terminal);
        progress.step(12, 8, 16, 1.25, 0.5);
        progress.epoch(new Trainer.EpochReport(12, 1.2, 0.4312, 0.912, 0.8, 0.87));
        return text.toString();
    }

    @Test
    void aTerminalSeesTheBarThenTheEpochLine() {
        assertThat(run(false, true)).isEqualTo("\repoch   12/250 [===============               ] step 8/16  loss 0.5000"
                + "  tau 1.2500\r\033[Kepoch   12/250  loss 0.4312  val 91.20% (sampled 87.00%)  tau 1.2000  0.8 s" + System.lineSeparator());
    }

    @Test
    void aPipeGetsOnlyEpochLinesAndQuietNothing() {
        assertThat(run(false, false)).isEqualTo("epoch   12/250  loss 0.4312  val 91.20% (sampled 87.00%)  tau 1.2000  0.8 s"
                + System.lineSeparator());
        assertThat(run(true, true)).isEmpty();
    }

    @Test
    void aStandardTransformerHasNoTemperatureOrSampledAccuracy() {
        StringWriter text = new StringWriter();
        new Progress(new PrintWriter(text), 20, false, false).epoch(new Trainer.EpochReport(3, Double.NaN, 1.5, 0.5, 0.2, Double.NaN));
        assertThat(text.toString()).isEqualTo("epoch    3/20  loss 1.5000  val 50.00%  0.2 s" + System.lineSeparator());
    }
}
