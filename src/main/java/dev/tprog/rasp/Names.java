package dev.tprog.rasp;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The names of graph nodes, kept beside the immutable graph. Assigning names a node (the last
 * assignment wins, as in the reference); other nodes get a description of how they were made,
 * and long descriptions shrink to {@code s-op} or {@code sel} as in the reference.
 */
final class Names {
    private static final int MAX_LENGTH = 30;

    private final Map<Node, String> names = new IdentityHashMap<>();

    Names() {
        Builtins.constants().forEach((name, value) -> {
            if (value instanceof Node node) {
                names.put(node, name);
            }
        });
    }

    /** Names {@code node} (an assignment) or describes it (a new anonymous node). */
    <T extends Value> T name(T value, String name) {
        if (value instanceof Node node) {
            names.put(node, name.length() > MAX_LENGTH ? (node instanceof SOp ? "s-op" : "sel") : name);
        }
        return value;
    }

    String of(Node node) {
        String name = names.get(node);
        return name != null ? name : node instanceof SOp ? "s-op" : "sel";
    }

    /** How a value appears inside another's description: its name, or its text when it is an atom. */
    String describe(Value value) {
        return value instanceof Node node ? of(node) : Format.describe(value);
    }
}
