package dev.tprog.rasp;

import java.util.List;

/** What a statement shows when run in the REPL or a file. */
public sealed interface Result {
    /** A value that got a name: an assignment, a def, or {@code out} for an expression statement. */
    record Named(String name, Value value) implements Result {}

    /** An s-op or selector applied to a concrete input: its column or matrix. */
    record Applied(Node node, List<Value.Atom> input, Object value) implements Result {}

    /** The public names a {@code load} defined, each with its last value. */
    record Loaded(List<Named> names) implements Result {
        public Loaded {
            names = List.copyOf(names);
        }
    }

    /** The layer analysis that {@code draw(...)} prints in tprog. */
    record Drawn(String text) implements Result {}
}
