package dev.tprog.rasp;

import java.util.List;

/** A RASP text and the name errors use for it: a file path, {@code <console>} or {@code <expr>}. */
public record Source(String name, String text) {
    /** Line {@code line} (from 1) without its line break, or null when there is no such line. */
    public String line(int line) {
        List<String> lines = text.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
