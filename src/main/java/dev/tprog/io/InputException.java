package dev.tprog.io;

import java.nio.file.Path;

/**
 * Bad input from a user's file or arguments. Its message is the one line a user sees:
 * {@code FILE:LINE: what is wrong}, or just what is wrong when no file is involved.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at a line of a file (line numbers count from 1). */
    public static InputException at(Path file, int line, String message) {
        return new InputException(file + ":" + line + ": " + message);
    }

    /** An error about a whole file. */
    public static InputException in(Path file, String message) {
        return new InputException(file + ": " + message);
    }
}
