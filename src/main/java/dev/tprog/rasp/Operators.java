package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;

/**
 * The operators on values as the reference dispatches them: on atoms they compute at once; with
 * an s-op among the operands they build an element-wise node (atoms become constant s-ops); on
 * selectors only {@code and}, {@code or} and {@code not} are defined.
 */
final class Operators {
    private final Names names;

    Operators(Names names) {
        this.names = names;
    }

    Value unary(UnaryOp op, Value v) {
        if (v instanceof SOp sop) {
            String label = op == UnaryOp.INDICATOR ? "I(" + names.of(sop) + ")" : "( " + op.symbol() + " "
                    + names.of(sop) + " )";
            return names.name(new SOp.Map(op, sop), label);
        }
        if (v instanceof Selector sel && op == UnaryOp.NOT) {
            return names.name(new Selector.Not(sel), "( not " + names.of(sel) + " )");
        }
        if (v instanceof Atom || op == UnaryOp.NOT) {
            return Py.unary(op, v);
        }
        if (op == UnaryOp.INDICATOR) {
            throw new RaspError("indicator operator expects s-op, got: " + names.describe(v));
        }
        throw new RaspError("bad operand type for " + op.symbol() + ": " + v.typeName());
    }

    Value binary(BinaryOp op, Value left, Value right) {
        boolean logic = op == BinaryOp.AND || op == BinaryOp.OR;
        boolean sequences = left instanceof SOp || right instanceof SOp;
        boolean selectors = left instanceof Selector || right instanceof Selector;
        if (selectors) {
            if (!logic) {
                throw new RaspError("Cannot apply " + op.symbol() + " to selector(s)");
            }
            if (!(left instanceof Selector l && right instanceof Selector r)) {
                throw new RaspError("Cannot apply and/or between selector and non-selector");
            }
            Selector combined = op == BinaryOp.AND ? new Selector.And(l, r) : new Selector.Or(l, r);
            return names.name(combined, "( " + names.of(l) + " " + op.symbol() + " " + names.of(r) + " )");
        }
        if (sequences) {
            SOp l = toSeq(left);
            SOp r = toSeq(right);
            return names.name(new SOp.Zip(op, l, r), "( " + names.of(l) + " " + op.symbol() + " " + names.of(r) + " )");
        }
        if (left instanceof Value.Function || right instanceof Value.Function) {
            if (op == BinaryOp.EQ) {
                return Value.Bool.of(left == right);
            }
            if (!logic) {
                throw new RaspError("Cannot apply " + op.symbol() + " to function(s)");
            }
        }
        return Py.binary(op, left, right);
    }

    /** An atom as a constant s-op (the reference's toseq); s-ops pass through. */
    SOp toSeq(Value v) {
        if (v instanceof SOp sop) {
            return sop;
        }
        if (v instanceof Atom atom) {
            return names.name(new SOp.Constant(atom), Format.describe(atom));
        }
        throw new RaspError("attempted to create sequence with illegal val types (vals must be bool, float, int or "
                + "string): got " + names.describe(v));
    }
}
