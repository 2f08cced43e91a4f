package dev.tprog.synth;

import java.util.List;

/** One rule of the grammar: an operator, the types it takes and gives, and what it costs. */
public record Production(String name, int cost, Type result, List<Type> arguments, Operator operator) {
    public Production {
        if (cost < 1) {
            throw new IllegalArgumentException("production " + name + " must cost at least 1, got " + cost);
        }
        arguments = List.copyOf(arguments);
    }

    public int arity() {
        return arguments.size();
    }
}
