package dev.tprog.rasp;

import java.util.List;
import java.util.Objects;

/** The RASP expressions, one record per form of the grammar's {@code expr} rule. */
public sealed interface Expr {
    Pos pos();

    record Variable(Pos pos, String name) implements Expr {}

    record Literal(Pos pos, Value.Atom value) implements Expr {}

    record ListLiteral(Pos pos, List<Expr> items) implements Expr {
        public ListLiteral {
            items = List.copyOf(items);
        }
    }

    record DictLiteral(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
        public DictLiteral {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }

    record Index(Pos pos, Expr target, Expr index) implements Expr {}

    /** {@code f(a, b)}: calls a function, or applies an s-op or selector to an input. */
    record Call(Pos pos, Expr callee, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    record Unary(Pos pos, UnaryOp op, Expr operand) implements Expr {}

    record Binary(Pos pos, BinaryOp op, Expr left, Expr right) implements Expr {}

    record Select(Pos pos, Expr keys, Expr queries, Comparison comparison, boolean closest) implements Expr {}

    /** tprog's {@code closest(selector)}. */
    record Closest(Pos pos, Expr selector) implements Expr {}

    record Ternary(Pos pos, Expr then, Expr cond, Expr otherwise) implements Expr {}

    /** {@code aggregate(sel, sop[, fallback])}; {@code fallback} is null when absent (default 0). */
    record Aggregate(Pos pos, Expr selector, Expr sop, Expr fallback) implements Expr {}

    record Range(Pos pos, List<Expr> bounds) implements Expr {
        public Range {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code [value for vars in iterable]}, or with {@code key} non-null {@code {key: value for ...}}. */
    record Comprehension(Pos pos, Expr key, Expr value, List<String> vars, Expr iterable) implements Expr {
        public Comprehension {
            Objects.requireNonNull(value);
            vars = List.copyOf(vars);
        }
    }

    record In(Pos pos, Expr element, Expr container) implements Expr {}

    record Zip(Pos pos, List<Expr> lists) implements Expr {
        public Zip {
            lists = List.copyOf(lists);
        }
    }

    record Len(Pos pos, Expr list) implements Expr {}
}
