package dev.tprog.rasp;

import java.util.List;
import java.util.Objects;

/** A sequence operator: a lazy function from an input sequence to a sequence of the same length. */
public sealed interface SOp extends Node
        permits SOp.Tokens, SOp.Indices, SOp.Constant, SOp.Map, SOp.Zip, SOp.Choose, SOp.Lookup, SOp.Member,
        SOp.Aggregate {

    @Override
    default String typeName() {
        return "s-op";
    }

    /** How {@code tokens_*} convert each input element (Python's str, int, float, bool, identity). */
    enum Conversion { STR, INT, FLOAT, BOOL, ASIS }

    /** {@code tokens_str}, {@code tokens_int}, ...: the input, converted element by element. */
    final class Tokens implements SOp {
        public final Conversion conversion;

        public Tokens(Conversion conversion) {
            this.conversion = Objects.requireNonNull(conversion);
        }

        @Override
        public List<Node> inputs() {
            return List.of();
        }
    }

    /** {@code indices}: 0, 1, ..., n - 1. */
    final class Indices implements SOp {
        @Override
        public List<Node> inputs() {
            return List.of();
        }
    }

    /** An atom used where an s-op is needed: the same value at every position. */
    final class Constant implements SOp {
        public final Value.Atom value;

        public Constant(Value.Atom value) {
            this.value = Objects.requireNonNull(value);
        }

        @Override
        public List<Node> inputs() {
            return List.of();
        }
    }

    /** A unary operator applied at every position (an MLP in a transformer). */
    final class Map implements SOp {
        public final UnaryOp op;
        public final SOp operand;

        public Map(UnaryOp op, SOp operand) {
            this.op = Objects.requireNonNull(op);
            this.operand = Objects.requireNonNull(operand);
        }

        @Override
        public List<Node> inputs() {
            return List.of(operand);
        }
    }

    /** A binary operator applied position by position (the reference's zipmap). */
    final class Zip implements SOp {
        public final BinaryOp op;
        public final SOp left;
        public final SOp right;

        public Zip(BinaryOp op, SOp left, SOp right) {
            this.op = Objects.requireNonNull(op);
            this.left = Objects.requireNonNull(left);
            this.right = Objects.requireNonNull(right);
        }

        @Override
        public List<Node> inputs() {
            return List.of(left, right);
        }
    }

    /** {@code then if cond else otherwise}, position by position. */
    final class Choose implements SOp {
        public final SOp cond;
        public final SOp then;
        public final SOp otherwise;

        public Choose(SOp cond, SOp then, SOp otherwise) {
            this.cond = Objects.requireNonNull(cond);
            this.then = Objects.requireNonNull(then);
            this.otherwise = Objects.requireNonNull(otherwise);
        }

        @Override
        public List<Node> inputs() {
            return List.of(cond, then, otherwise);
        }
    }

    /** {@code table[index]} with a fixed list, dict or string and an s-op index: a lookup table. */
    final class Lookup implements SOp {
        public final Value table;
        public final SOp index;

        public Lookup(Value table, SOp index) {
            if (!(table instanceof Value.ListValue || table instanceof Value.DictValue
                    || table instanceof Value.Str)) {
                throw new IllegalArgumentException("lookup table must be a list, dict or string: " + table);
            }
            this.table = table;
            this.index = Objects.requireNonNull(index);
        }

        @Override
        public List<Node> inputs() {
            return List.of(index);
        }
    }

    /** {@code element in [atoms]}, position by position. */
    final class Member implements SOp {
        public final SOp element;
        public final List<Value.Atom> container;

        public Member(SOp element, List<Value.Atom> container) {
            this.element = Objects.requireNonNull(element);
            this.container = List.copyOf(container);
        }

        @Override
        public List<Node> inputs() {
            return List.of(element);
        }
    }

    /**
     * {@code aggregate(selector, sop, fallback)}: per query, the one selected value, the mean of
     * several (numbers only) or {@code fallback} when none is selected (an attention head).
     */
    final class Aggregate implements SOp {
        public final Selector selector;
        public final SOp sop;
        public final Value.Atom fallback;

        public Aggregate(Selector selector, SOp sop, Value.Atom fallback) {
            this.selector = Objects.requireNonNull(selector);
            this.sop = Objects.requireNonNull(sop);
            this.fallback = Objects.requireNonNull(fallback);
        }

        @Override
        public List<Node> inputs() {
            return List.of(selector, sop);
        }
    }
}
