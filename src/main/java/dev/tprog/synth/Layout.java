package dev.tprog.synth;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Where each visible example sits in a concatenated value vector, and the string table: every
 * string a categorical s-op can hold, sorted, so that a string's code orders as the string does
 * (as the interpreter's select ranks strings).
 */
final class Layout {
    /** A selector row is one {@code long}, so inputs are at most this long. */
    static final int MAX_LENGTH = 64;

    private final int[] start;
    private final int[] length;
    private final int positions;
    private final String[] strings;

    Layout(List<List<String>> inputs, Collection<String> constants) {
        start = new int[inputs.size()];
        length = new int[inputs.size()];
        int at = 0;
        TreeSet<String> table = new TreeSet<>(constants);
        for (int e = 0; e < inputs.size(); e++) {
            start[e] = at;
            length[e] = inputs.get(e).size();
            at += length[e];
            table.addAll(inputs.get(e));
        }
        positions = at;
        strings = table.toArray(String[]::new);
    }

    int examples() {
        return start.length;
    }

    int start(int example) {
        return start[example];
    }

    int length(int example) {
        return length[example];
    }

    /** The number of positions of all visible inputs together. */
    int positions() {
        return positions;
    }

    /** The code of {@code s}, or -1 when no categorical s-op can hold it. */
    int code(String s) {
        int code = Arrays.binarySearch(strings, s);
        return code < 0 ? -1 : code;
    }

    String string(int code) {
        return strings[code];
    }

    List<String> strings() {
        return List.of(strings);
    }
}
