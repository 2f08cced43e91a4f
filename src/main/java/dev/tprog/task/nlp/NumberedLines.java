package dev.tprog.task.nlp;

import dev.tprog.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A UTF-8 text file read one line at a time, remembering the line number so that every
 * reader reports errors the same way: {@code FILE:LINE: what is wrong}.
 */
final class NumberedLines implements AutoCloseable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final BufferedReader in;
    private int number;

    private NumberedLines(Path file, BufferedReader in) {
        this.file = file;
        this.in = in;
    }

    static NumberedLines open(Path file) {
        try {
            return new NumberedLines(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
    }

    /** The next line without its line end (LF or CRLF), or null at the end of the file. */
    String next() {
        String line;
        try {
            line = in.readLine();
        } catch (MalformedInputException e) {
            // The decoder reads ahead, so the bad bytes may lie some lines further on: no line number.
            throw InputException.in(file, "not UTF-8 text");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        if (line == null) {
            return null;
        }
        number++;
        // Editors on Windows may start a UTF-8 file with a byte order mark; it is not text.
        return number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    /** The number of the line {@link #next()} returned last, counting from 1. */
    int number() {
        return number;
    }

    /** An error at the current line. */
    InputException error(String message) {
        return InputException.at(file, number, message);
    }

    /** An error about the whole file. */
    InputException fileError(String message) {
        return InputException.in(file, message);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
    }
}
