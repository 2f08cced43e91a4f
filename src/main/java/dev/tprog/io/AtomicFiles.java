package dev.tprog.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that a reader never sees half done: content goes to a temporary file next to the
 * target and is renamed over it only once complete. A failed write leaves the target as it was.
 */
public final class AtomicFiles {

    /** Writes text through {@code body}. */
    public interface WriterBody {
        void write(Writer out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {}

    public static void writeString(Path target, String content) {
        write(target, out -> out.write(content));
    }

    public static void writeBytes(Path target, byte[] content) {
        writeStream(target, out -> out.write(content));
    }

    public static void write(Path target, WriterBody body) {
        writeStream(target, out -> {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(writer);
            writer.flush();
        });
    }

    /** Writes bytes through {@code body}. */
    private interface StreamBody {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static void writeStream(Path target, StreamBody body) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = parent.resolve(temporaryName(target));
            try (java.io.OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                body.write(out);
            }
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Fills a fresh temporary directory beside {@code target} through {@code body}, then moves
     * its files into {@code target} (creating it if needed), each file by an atomic rename.
     */
    public static void writeDirectory(Path target, DirectoryBody body) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createDirectory(parent.resolve(temporaryName(target)));
            body.write(temp);
            Files.createDirectories(target);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
                for (Path file : files) {
                    move(file, target.resolve(file.getFileName()));
                }
            }
            Files.delete(temp);
        } catch (IOException e) {
            deleteTree(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    /** Writes the files of a directory. */
    public interface DirectoryBody {
        void write(Path directory) throws IOException;
    }

    /**
     * A hidden name beside the target. Files.createTempFile would make the file readable by its
     * owner only, and the rename would keep that; these get the usual permissions.
     */
    private static String temporaryName(Path target) {
        return "." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: the temporary file is hidden and named as such.
        }
    }

    private static void deleteTree(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException ignored) {
            // Best effort, as above.
        }
        deleteQuietly(directory);
    }
}
