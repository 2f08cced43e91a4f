package dev.tprog.rasp;

import java.util.List;
import java.util.Objects;

/** A lazy n-by-n boolean matrix: row i (a query position) selects columns j (key positions). */
public sealed interface Selector extends Node
        permits Selector.Select, Selector.Closest, Selector.And, Selector.Or, Selector.Not {

    @Override
    default String typeName() {
        return "selector";
    }

    /** {@code select(keys, queries, op)}: row i selects j when {@code keys[j] op queries[i]}. */
    final class Select implements Selector {
        public final SOp keys;
        public final SOp queries;
        public final Comparison comparison;

        public Select(SOp keys, SOp queries, Comparison comparison) {
            this.keys = Objects.requireNonNull(keys);
            this.queries = Objects.requireNonNull(queries);
            this.comparison = Objects.requireNonNull(comparison);
        }

        @Override
        public List<Node> inputs() {
            return List.of(keys, queries);
        }
    }

    /**
     * tprog's {@code closest(selector)}: each row keeps only the one match a discretised attention
     * head attends to ({@link dev.tprog.program.ClosestMatch}); {@code select_closest(k, q, op)}
     * is {@code closest(select(k, q, op))}.
     */
    final class Closest implements Selector {
        public final Selector matches;

        public Closest(Selector matches) {
            this.matches = Objects.requireNonNull(matches);
        }

        @Override
        public List<Node> inputs() {
            return List.of(matches);
        }
    }

    final class And implements Selector {
        public final Selector left;
        public final Selector right;

        public And(Selector left, Selector right) {
            this.left = Objects.requireNonNull(left);
            this.right = Objects.requireNonNull(right);
        }

        @Override
        public List<Node> inputs() {
            return List.of(left, right);
        }
    }

    final class Or implements Selector {
        public final Selector left;
        public final Selector right;

        public Or(Selector left, Selector right) {
            this.left = Objects.requireNonNull(left);
            this.right = Objects.requireNonNull(right);
        }

        @Override
        public List<Node> inputs() {
            return List.of(left, right);
        }
    }

    final class Not implements Selector {
        public final Selector operand;

        public Not(Selector operand) {
            this.operand = Objects.requireNonNull(operand);
        }

        @Override
        public List<Node> inputs() {
            return List.of(operand);
        }
    }
}
