package dev.tprog.rasp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the file of {@code load "name";}: {@code name.rasp} in the working directory (as the
 * reference looks), then beside the file that loads it, then tprog's bundled library
 * ({@code src/main/resources/dev/tprog/rasp/lib}).
 */
public final class Library {
    /** The library every session starts with (as the reference's rasplib). */
    public static final String BASE = "rasplib";

    private Library() {}

    public static Source find(String name, String loadingSource) {
        Path own = Path.of(name + ".rasp");
        Path beside = loadingSource.startsWith("<") ? null : parentOf(loadingSource).resolve(own);
        try {
            for (Path candidate : new Path[] {own, beside}) {
                if (candidate != null && Files.isRegularFile(candidate)) {
                    return new Source(candidate.toString(), Files.readString(candidate));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RaspError("could not read " + own + ": " + e.getMessage());
        }
        Source bundled = bundled(name);
        if (bundled == null) {
            throw new RaspError("could not find file: " + own);
        }
        return bundled;
    }

    /** A file of tprog's bundled library, or null. */
    public static Source bundled(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            return null;
        }
        try (InputStream in = Library.class.getResourceAsStream("lib/" + name + ".rasp")) {
            return in == null ? null
                    : new Source("<lib>/" + name + ".rasp", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path parentOf(String file) {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
