package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.io.InputException;
import dev.tprog.nn.Adam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    @TempDir
    Path dir;

    private static Checkpoint sample() {
        return new Checkpoint(2, List.of(new Trainer.EpochReport(1, 3.0, 1.5, 0.25, 0.5, 0.125),
                new Trainer.EpochReport(2, 0.01, 0.75, 0.5, 0.25, 0.375)), List.of(new float[] {1f, -2.5f}, new float[] {0.125f}),
                new Adam.State(7, new float[][] {{0.1f, 0.2f}, {0.3f}}, new float[][] {{1f, 2f}, {3f}}));
    }

    @Test
    void roundTripsExactly() {
        Path file = dir.resolve(Checkpoint.FILE);
        sample().write(file);
        Checkpoint read = Checkpoint.read(file, List.of(2, 1));
        assertThat(read.epochsDone()).isEqualTo(2);
        assertThat(read.reports()).isEqualTo(sample().reports());
        assertThat(read.parameters()).containsExactly(new float[] {1f, -2.5f}, new float[] {0.125f});
        assertThat(read.adam().step()).isEqualTo(7);
        assertThat(read.adam().m()).isDeepEqualTo(new float[][] {{0.1f, 0.2f}, {0.3f}});
        assertThat(read.adam().v()).isDeepEqualTo(new float[][] {{1f, 2f}, {3f}});
    }

    /** A version 1 file, from before the sampled accuracy: the same payload without it, read as NaN. */
    @Test
    void readsTheVersionBeforeTheSampledAccuracy() throws Exception {
        java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(payload)) {
            out.writeInt(1); // epochs done
            out.writeInt(1); // one report: epoch, temperature, loss, validation accuracy, seconds
            out.writeInt(1);
            out.writeDouble(3.0);
            out.writeDouble(1.5);
            out.writeDouble(0.25);
            out.writeDouble(0.5);
            for (int arrays = 0; arrays < 3; arrays++) { // parameters, then Adam's step and moments
                out.writeInt(1);
                out.writeInt(1);
                out.writeFloat(arrays);
                if (arrays == 0) {
                    out.writeLong(4);
                }
            }
        }
        byte[] bytes = payload.toByteArray();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(whole)) {
            out.writeBytes("TPROGCKP");
            out.writeInt(1);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeLong(crc.getValue());
        }
        Path file = dir.resolve(Checkpoint.FILE);
        Files.write(file, whole.toByteArray());
        Checkpoint read = Checkpoint.read(file, List.of(1));
        assertThat(read.reports()).containsExactly(new Trainer.EpochReport(1, 3.0, 1.5, 0.25, 0.5, Double.NaN));
        assertThat(read.parameters()).containsExactly(new float[] {0f});
        assertThat(read.adam().step()).isEqualTo(4);
        assertThat(read.adam().v()).isDeepEqualTo(new float[][] {{2f}});
    }

    @Test
    void corruptOrForeignFilesAreNamed() throws Exception {
        Path file = dir.resolve(Checkpoint.FILE);
        sample().write(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThatThrownBy(() -> Checkpoint.read(file, List.of(3, 1))).isInstanceOf(InputException.class)
                .hasMessage(file + ": parameter 0 has 2 values, but this model's has 3 (a checkpoint of another configuration?)");
        assertThatThrownBy(() -> Checkpoint.read(file, List.of(2))).hasMessage(file
                + ": holds 2 parameters, but this model has 1 (a checkpoint of another configuration?)");
        bytes[30] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> Checkpoint.read(file, List.of(2, 1))).hasMessage(file + ": corrupt (checksum mismatch)");
        Files.write(file, java.util.Arrays.copyOf(bytes, 20));
        assertThatThrownBy(() -> Checkpoint.read(file, List.of(2, 1))).hasMessage(file + ": truncated or corrupt checkpoint");
        Files.writeString(file, "{\"not\": \"a checkpoint\"}");
        assertThatThrownBy(() -> Checkpoint.read(file, List.of(2, 1))).hasMessage(file + ": not a tprog checkpoint");
        assertThatThrownBy(() -> Checkpoint.read(dir.resolve("none"), List.of())).hasMessage(dir.resolve("none")
                + ": no such file");
    }
}
