package dev.tprog.train;

import dev.tprog.io.InputException;
import dev.tprog.nn.Adam;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The state of a run after a whole number of epochs: enough to continue it exactly as if it had
 * never stopped (docs/model.md, "Checkpoints"). The file, {@code checkpoint.bin}, is:
 * <pre>
 *   "TPROGCKP" (8 bytes), version (int 2), payload length (int), payload, CRC-32 of the payload (long)
 *   payload: epochs done (int); reports (int count; per epoch: int epoch, double temperature,
 *            double loss, double validation accuracy, double seconds, double sampled validation
 *            accuracy); parameters (int count; per parameter: int length, floats); Adam step
 *            (long); Adam moments m then v (per parameter: int length, floats)
 * </pre>
 * Big-endian (Java's DataOutputStream). Written atomically (temporary file, then rename). Version
 * 1, from before the sampled accuracy was recorded, is read too: its reports have NaN there.
 */
public record Checkpoint(int epochsDone, List<Trainer.EpochReport> reports, List<float[]> parameters, Adam.State adam) {
    public static final String FILE = "checkpoint.bin";
    private static final byte[] MAGIC = "TPROGCKP".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int VERSION = 2;

    public void write(Path file) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(epochsDone);
            out.writeInt(reports.size());
            for (Trainer.EpochReport report : reports) {
                out.writeInt(report.epoch());
                out.writeDouble(report.temperature());
                out.writeDouble(report.trainLoss());
                out.writeDouble(report.validationAccuracy());
                out.writeDouble(report.seconds());
                out.writeDouble(report.sampledValidationAccuracy());
            }
            writeArrays(out, parameters.toArray(float[][]::new));
            out.writeLong(adam.step());
            writeArrays(out, adam.m());
            writeArrays(out, adam.v());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(whole)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dev.tprog.io.AtomicFiles.writeBytes(file, whole.toByteArray());
    }

    private static void writeArrays(DataOutputStream out, float[][] arrays) throws IOException {
        out.writeInt(arrays.length);
        for (float[] array : arrays) {
            out.writeInt(array.length);
            for (float value : array) {
                out.writeFloat(value);
            }
        }
    }

    /**
     * @param sizes the model's parameter sizes, which the file must match
     * @throws InputException naming the file and what is wrong with it
     */
    public static Checkpoint read(Path file, List<Integer> sizes) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            require(java.util.Arrays.equals(magic, MAGIC), file, "not a tprog checkpoint");
            int version = in.readInt();
            require(version == 1 || version == VERSION, file,
                    "checkpoint version " + version + " (this tprog reads versions 1 and " + VERSION + ")");
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            CRC32 crc = new CRC32();
            crc.update(payload);
            require(in.readLong() == crc.getValue() && in.available() == 0, file, "corrupt (checksum mismatch)");
            return payload(new DataInputStream(new ByteArrayInputStream(payload)), version, file, sizes);
        } catch (EOFException | NegativeArraySizeException | OutOfMemoryError e) {
            throw InputException.in(file, "truncated or corrupt checkpoint");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
    }

    private static Checkpoint payload(DataInputStream in, int version, Path file, List<Integer> sizes) throws IOException {
        int epochs = in.readInt();
        List<Trainer.EpochReport> reports = new ArrayList<>();
        for (int r = in.readInt(); r > 0; r--) {
            reports.add(new Trainer.EpochReport(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), version == 1 ? Double.NaN : in.readDouble()));
        }
        float[][] parameters = readArrays(in, file, sizes);
        long step = in.readLong();
        Adam.State adam = new Adam.State(step, readArrays(in, file, sizes), readArrays(in, file, sizes));
        return new Checkpoint(epochs, reports, List.of(parameters), adam);
    }

    private static float[][] readArrays(DataInputStream in, Path file, List<Integer> sizes) throws IOException {
        int count = in.readInt();
        require(count == sizes.size(), file, "holds " + count + " parameters, but this model has " + sizes.size()
                + " (a checkpoint of another configuration?)");
        float[][] arrays = new float[count][];
        for (int p = 0; p < count; p++) {
            int length = in.readInt();
            require(length == sizes.get(p), file, "parameter " + p + " has " + length + " values, but this model's has "
                    + sizes.get(p) + " (a checkpoint of another configuration?)");
            arrays[p] = new float[length];
            for (int i = 0; i < length; i++) {
                arrays[p][i] = in.readFloat();
            }
        }
        return arrays;
    }

    private static void require(boolean condition, Path file, String message) {
        if (!condition) {
            throw InputException.in(file, message);
        }
    }
}
