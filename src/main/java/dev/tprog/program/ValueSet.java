package dev.tprog.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a categorical variable can take, in slot order: slot {@code i} of the one-hot
 * block is value {@code names.get(i)}. Values are strings (tokens) or integers (positions,
 * MLP outputs); the kind decides how emitters write them.
 */
public record ValueSet(Kind kind, List<String> names) {

    /** How a value is written in a program: {@code "3"} or {@code 3}. */
    public enum Kind { STRING, INTEGER }

    public ValueSet {
        names = List.copyOf(names);
        Map<String, Integer> seen = new HashMap<>();
        for (String name : names) {
            if (seen.put(name, seen.size()) != null) {
                throw new IllegalArgumentException("value '" + name + "' is listed twice");
            }
            if (kind == Kind.INTEGER && !name.matches("-?\\d+")) {
                throw new IllegalArgumentException("value '" + name + "' of an integer variable is not an integer");
            }
        }
    }

    /** The strings of a vocabulary. */
    public static ValueSet strings(List<String> names) {
        return new ValueSet(Kind.STRING, names);
    }

    /** The integers 0 .. count-1. */
    public static ValueSet range(int count) {
        return new ValueSet(Kind.INTEGER, java.util.stream.IntStream.range(0, count).mapToObj(Integer::toString).toList());
    }

    public int size() {
        return names.size();
    }

    public String name(int slot) {
        return names.get(slot);
    }

    /** The slot of {@code name}, or -1 when it is not a value of this set. */
    public int slotOf(String name) {
        return names.indexOf(name);
    }
}
