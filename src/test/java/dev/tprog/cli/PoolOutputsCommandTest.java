package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.ClassificationExamples;
import dev.tprog.task.DatasetFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tprog train --pool-outputs}: sequence classification from the command line. */
class PoolOutputsCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void trainsOnAClassificationFileAndRunsItsProgramOnAnInput() {
        Path data = dir.resolve("majority.jsonl");
        DatasetFiles.writeExamples(ClassificationExamples.majority(400, 3), data);
        Path out = dir.resolve("run");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--pool-outputs", "--layers", "1", "--cat-heads", "2",
                "--epochs", "12", "--batch-size", "32", "--out", out.toString(), "--emit", "python", "--quiet");
        assertThat(train.err()).isEmpty();
        assertThat(train.exitCode()).isZero();
        assertThat(train.out()).startsWith("train majority: 324/36/40 examples, length 8, k 8, 1 layers, 2+0 heads, 1+0"
                + " MLPs per layer, pooled outputs" + NL)
                .containsPattern("test   model (\\d+\\.\\d\\d)%  program \\1%  \\(40 positions\\)");
        CliRun run = CliRun.of("run", out.resolve("program.json").toString(), "--input", "<s> 1 3 1 2 1 </s>");
        assertThat(run.out()).isEqualTo("1" + NL); // the input's class alone
        CliRun verify = CliRun.of("verify", out.resolve("program.json").toString(), "--random", "200");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("rasp        agrees on all 200");
    }

    @Test
    void dataLabelledAfterPositionZeroIsAUsageError() {
        CliRun run = CliRun.of("train", "--task", "reverse", "--size", "100", "--pool-outputs", "--out",
                dir.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tprog train: --pool-outputs predicts one class per sequence, at position 0, but"
                + " train example 1 has a label at position 1 (pooling is for sequence classification: a label at"
                + " position 0, null elsewhere) (see 'tprog train --help')" + NL);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
