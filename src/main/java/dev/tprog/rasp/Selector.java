package dev.tprog.rasp;

import java.util.List;
import java.util.Objects;

/** A lazy n-by-n boolean matrix: row i (a query position) selects columns j (key positions). */
public sealed interface Selector extends Node
        permits Selector.Select, Selector.And, Selector.Or, Selector.Not {

    @Override
    default String typeName() {
        return "selector";
    }

    /**
     * {@code select(keys, queries, op)}: row i selects j when {@code keys[j] op queries[i]}. With
     * {@code closest} (tprog's select_closest) each row keeps only the match {@link ClosestMatch} picks.
     */
    final class Select implements Selector {
        public final SOp keys;
        public final SOp queries;
        public final Comparison comparison;
        public final boolean closest;

        public Select(SOp keys, SOp queries, Comparison comparison, boolean closest) {
            this.keys = Objects.requireNonNull(keys);
            this.queries = Objects.requireNonNull(queries);
            this.comparison = Objects.requireNonNull(comparison);
            this.closest = closest;
        }

        @Override
        public List<Node> inputs() {
            return List.of(keys, queries);
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
