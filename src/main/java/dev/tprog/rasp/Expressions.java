package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates expressions at the meta level: atoms, lists, dicts and functions are computed at
 * once, while s-op and selector expressions build graph nodes (evaluated later, per input).
 */
final class Expressions {
    private final Interpreter session;
    private final Names names;
    private final Operators operators;
    /** One all-true selector per session, as the reference's full_s: used by {@code atom in sop}. */
    private final Selector everything;

    Expressions(Interpreter session, Names names) {
        this.session = session;
        this.names = names;
        this.operators = new Operators(names);
        this.everything = names.name(new Selector.Select(Builtins.INDICES, Builtins.INDICES, Comparison.TRUE),
                "full average");
    }

    Value eval(Expr e, Environment env) {
        try {
            return evalUnplaced(e, env);
        } catch (RaspError error) {
            throw error.at(e.pos());
        }
    }

    private Value evalUnplaced(Expr e, Environment env) {
        if (e instanceof Expr.Variable v) {
            return env.get(v.name());
        }
        if (e instanceof Expr.Literal l) {
            return l.value();
        }
        if (e instanceof Expr.ListLiteral l) {
            return new Value.ListValue(evalAll(l.items(), env));
        }
        if (e instanceof Expr.DictLiteral d) {
            List<Atom> keys = new ArrayList<>();
            for (Expr key : d.keys()) {
                keys.add(dictKey(eval(key, env)));
            }
            return Value.DictValue.of(keys, evalAll(d.values(), env));
        }
        if (e instanceof Expr.Unary u) {
            return operators.unary(u.op(), eval(u.operand(), env));
        }
        if (e instanceof Expr.Binary b) {
            return operators.binary(b.op(), eval(b.left(), env), eval(b.right(), env));
        }
        if (e instanceof Expr.Ternary t) {
            return ternary(t, env);
        }
        if (e instanceof Expr.Select s) {
            return select(s, env);
        }
        if (e instanceof Expr.Closest c) {
            return closest(c, env);
        }
        if (e instanceof Expr.Aggregate a) {
            return aggregate(a, env);
        }
        if (e instanceof Expr.Call c) {
            return call(c, env);
        }
        return evalCollections(e, env);
    }

    private Value evalCollections(Expr e, Environment env) {
        if (e instanceof Expr.Index i) {
            return index(eval(i.target(), env), eval(i.index(), env), env);
        }
        if (e instanceof Expr.Range r) {
            return range(evalAll(r.bounds(), env));
        }
        if (e instanceof Expr.Comprehension c) {
            return comprehension(c, env);
        }
        if (e instanceof Expr.In in) {
            return contains(eval(in.element(), env), eval(in.container(), env));
        }
        if (e instanceof Expr.Zip z) {
            return zip(evalAll(z.lists(), env));
        }
        if (e instanceof Expr.Len l) {
            Value list = eval(l.list(), env);
            if (!(list instanceof Value.ListValue items)) {
                throw new RaspError("attempting to compute length of non-list: " + names.describe(list));
            }
            return new Value.Int(items.items().size());
        }
        throw new AssertionError(e);
    }

    List<Value> evalAll(List<Expr> exprs, Environment env) {
        List<Value> values = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            values.add(eval(e, env));
        }
        return values;
    }

    private Atom dictKey(Value key) {
        if (!(key instanceof Atom atom)) {
            throw new RaspError("dictionary keys can only be atoms, but instead got: " + names.describe(key));
        }
        return atom;
    }

    /** With an s-op condition, element-wise; with an atom, only the chosen branch is evaluated (loops rely on it). */
    private Value ternary(Expr.Ternary t, Environment env) {
        Value cond = eval(t.cond(), env);
        if (cond instanceof Selector) {
            throw new RaspError("a ternary's condition must be an s-op or an atom, got a selector");
        }
        if (!(cond instanceof SOp c)) {
            return eval(Py.truthy(cond) ? t.then() : t.otherwise(), env);
        }
        SOp then = operators.toSeq(eval(t.then(), env));
        SOp otherwise = operators.toSeq(eval(t.otherwise(), env));
        return names.name(new SOp.Choose(c, then, otherwise),
                names.of(then) + " if " + names.of(c) + " else " + names.of(otherwise));
    }

    private Value select(Expr.Select s, Environment env) {
        SOp keys = operators.toSeq(eval(s.keys(), env));
        SOp queries = operators.toSeq(eval(s.queries(), env));
        Selector select = new Selector.Select(keys, queries, s.comparison());
        String arguments = names.of(keys) + ", " + names.of(queries) + ", " + s.comparison().symbol() + ")";
        return s.closest() ? names.name(new Selector.Closest(select), "select_closest(" + arguments)
                : names.name(select, "select(" + arguments);
    }

    private Value closest(Expr.Closest c, Environment env) {
        Value matches = eval(c.selector(), env);
        if (!(matches instanceof Selector selector)) {
            throw new RaspError("closest needs a selector, got " + Py.typeName(matches));
        }
        return names.name(new Selector.Closest(selector), "closest(" + names.of(selector) + ")");
    }

    private Value aggregate(Expr.Aggregate a, Environment env) {
        Value sel = eval(a.selector(), env);
        Value sop = eval(a.sop(), env);
        Value fallback = a.fallback() == null ? new Value.Int(0) : eval(a.fallback(), env);
        if (!(sel instanceof Selector selector)) {
            throw new RaspError("Expected selector, got: " + names.describe(sel));
        }
        SOp values = sop instanceof Atom ? operators.toSeq(sop) : null;
        if (!(sop instanceof SOp) && values == null) {
            throw new RaspError("Expected sequence, got: " + names.describe(sop));
        }
        if (!(fallback instanceof Atom atom)) {
            throw new RaspError("Expected atom, got: " + names.describe(fallback));
        }
        return names.name(new SOp.Aggregate(selector, values == null ? (SOp) sop : values, atom), "s-op");
    }

    private Value call(Expr.Call c, Environment env) {
        Value callee = eval(c.callee(), env);
        if (callee instanceof Node node) {
            return applied(node, apply(node, c, env));
        }
        if (!(callee instanceof Value.Function function)) {
            throw new RaspError("cannot call " + names.describe(callee) + ": it is not a function, s-op or selector");
        }
        List<Value> args = evalAll(c.args(), env);
        Value result = session.call(function, args, c.pos());
        if (result instanceof Node) {
            List<String> described = new ArrayList<>();
            for (Value arg : args) {
                String text = names.describe(arg);
                described.add(text.length() > 20 ? "(" + arg.typeName() + ")" : text);
            }
            names.name(result, function.name() + "(" + String.join(" , ", described) + ")");
        }
        return result;
    }

    /** {@code sop(input)}: the s-op or selector evaluated on a concrete input. */
    Result.Applied apply(Node node, Expr.Call c, Environment env) {
        if (c.args().size() != 1) {
            throw new RaspError("wrong number of args for evaluate unfinished- expected: 1, got: " + c.args().size()
                    + ".");
        }
        List<Atom> input = Inputs.of(eval(c.args().get(0), env));
        return new Result.Applied(node, input, session.evaluate(node, input));
    }

    /** Inside a larger expression an applied s-op is the list of its values (a selector: list of rows). */
    private static Value applied(Node node, Result.Applied applied) {
        List<Value> items = new ArrayList<>();
        if (applied.value() instanceof Column column) {
            for (int i = 0; i < column.length(); i++) {
                items.add(column.atom(i));
            }
        } else {
            BitMatrix m = (BitMatrix) applied.value();
            for (int i = 0; i < m.size(); i++) {
                List<Value> row = new ArrayList<>();
                for (int j = 0; j < m.size(); j++) {
                    row.add(Value.Bool.of(m.get(i, j)));
                }
                items.add(new Value.ListValue(row));
            }
        }
        return new Value.ListValue(items);
    }

    private Value index(Value target, Value index, Environment env) {
        if (target instanceof SOp sop) {
            return loadFrom(sop, index, env);
        }
        if (target instanceof Value.ListValue || target instanceof Value.DictValue || target instanceof Value.Str) {
            if (index instanceof SOp i) {
                return names.name(new SOp.Lookup(target, i), "(" + target.typeName() + ")[" + names.of(i) + "]");
            }
            if (!(index instanceof Atom atom)) {
                throw new RaspError("index has to be s-op or atom, got: " + names.describe(index));
            }
            return Lookups.at(target, atom);
        }
        throw new RaspError("can only index into a list, dict, string, or sequence, but instead got: "
                + names.describe(target));
    }

    /** {@code sop[i]}: every position reads position i (from the end when negative, using {@code length}). */
    private Value loadFrom(SOp sop, Value index, Environment env) {
        if (!Py.isIntLike(index)) {
            throw new RaspError("index into sequence has to be integer, got: " + names.describe(index));
        }
        long i = Py.asLong(index);
        SOp position = i >= 0 ? operators.toSeq(new Value.Int(i))
                : (SOp) operators.binary(BinaryOp.ADD, env.get("length"), new Value.Int(i));
        Selector from = new Selector.Select(Builtins.INDICES, position, Comparison.EQ);
        names.name(from, "load from " + i);
        return names.name(new SOp.Aggregate(from, sop, new Value.Int(0)), names.of(sop) + "[" + i + "]");
    }

    private static Value range(List<Value> bounds) {
        if (bounds.isEmpty() || bounds.size() > 3) {
            throw new RaspError("wrong number of inputs to range, expected: 1, 2, or 3, got: " + bounds.size());
        }
        long[] b = new long[bounds.size()];
        for (int i = 0; i < b.length; i++) {
            if (!Py.isIntLike(bounds.get(i))) {
                throw new RaspError("range expects all integer inputs, but got: " + Format.describe(
                        new Value.ListValue(bounds)));
            }
            b[i] = Py.asLong(bounds.get(i));
        }
        long start = b.length == 1 ? 0 : b[0];
        long stop = b.length == 1 ? b[0] : b[1];
        long step = b.length == 3 ? b[2] : 1;
        if (step == 0) {
            throw new RaspError("range() arg 3 must not be zero");
        }
        List<Value> items = new ArrayList<>();
        for (long v = start; step > 0 ? v < stop : v > stop; v += step) {
            if (items.size() >= 10_000_000) {
                throw new RaspError("range too long for tprog (at most 10 000 000 items)");
            }
            items.add(new Value.Int(v));
        }
        return new Value.ListValue(items);
    }

    private Value comprehension(Expr.Comprehension c, Environment env) {
        List<Value> items = iterate(eval(c.iterable(), env), c.key() == null ? "list comprehension"
                : "dict comprehension");
        List<Value> values = new ArrayList<>();
        List<Atom> keys = new ArrayList<>();
        for (Value item : items) {
            Environment scope = env.nested();
            bind(scope, c.vars(), item);
            if (c.key() != null) {
                keys.add(dictKey(eval(c.key(), scope)));
            }
            values.add(eval(c.value(), scope));
        }
        return c.key() == null ? new Value.ListValue(values) : Value.DictValue.of(keys, values);
    }

    /** The items a loop or comprehension goes over: a list's items or a dict's keys. */
    List<Value> iterate(Value iterable, String what) {
        if (iterable instanceof Value.ListValue list) {
            return list.items();
        }
        if (iterable instanceof Value.DictValue dict) {
            return List.copyOf(dict.keys());
        }
        throw new RaspError(what + " should have got a list or dict to loop over, but got: "
                + names.describe(iterable));
    }

    /** Binds loop variables: one takes the whole item, several unpack it. */
    void bind(Environment env, List<String> vars, Value item) {
        if (vars.size() == 1) {
            env.set(vars.get(0), item);
            return;
        }
        List<Value> parts = item instanceof Value.ListValue list ? list.items() : null;
        if (parts == null) {
            throw new RaspError("iterating with multiple iterator names, but got single iterator value: "
                    + names.describe(item));
        }
        if (parts.size() != vars.size()) {
            throw new RaspError("iterating with " + vars.size() + " names but got " + parts.size() + " values ("
                    + names.describe(item) + ")");
        }
        for (int i = 0; i < vars.size(); i++) {
            env.set(vars.get(i), parts.get(i));
        }
    }

    private Value contains(Value element, Value container) {
        if (element instanceof SOp sop) {
            if (!(container instanceof Value.ListValue list)) {
                throw new RaspError("\"[s-op] in X\" expects X to be list of atoms, but got non-list: "
                        + names.describe(container));
            }
            return names.name(new SOp.Member(sop, Lookups.atoms(list)), names.of(sop) + " in " + names.describe(list));
        }
        if (element instanceof Atom atom) {
            if (container instanceof Value.ListValue list) {
                return Value.Bool.of(list.items().stream().anyMatch(item -> Py.equal(atom, item)));
            }
            if (container instanceof SOp sop) {
                return anyEquals(sop, atom);
            }
            throw new RaspError("\"[atom] in X\" expects X to be list or s-op, but got: " + names.describe(container));
        }
        if (element instanceof Selector || element instanceof Value.Function) {
            throw new RaspError("don't check if " + element.typeName() + " is contained in list/dict: unless exact "
                    + "same instance, unable to check equivalence of " + element.typeName() + "s");
        }
        throw new RaspError("\"A in X\" expects A to be s-op or atom, but got A: " + names.describe(element));
    }

    /** {@code atom in sop}: whether any position holds the atom, via an all-true selector (as the reference). */
    private Value anyEquals(SOp sop, Atom atom) {
        Value equal = operators.unary(UnaryOp.INDICATOR, operators.binary(BinaryOp.EQ, sop, atom));
        SOp share = names.name(new SOp.Aggregate(everything, (SOp) equal, new Value.Int(0)), "s-op");
        return operators.binary(BinaryOp.GT, share, new Value.Int(0));
    }

    private Value zip(List<Value> lists) {
        if (lists.isEmpty()) {
            throw new RaspError("zip needs at least one list");
        }
        int n = -1;
        for (int i = 0; i < lists.size(); i++) {
            if (!(lists.get(i) instanceof Value.ListValue list)) {
                throw new RaspError("attempting to zip lists, but " + (i + 1) + "-th element is not list: "
                        + names.describe(lists.get(i)));
            }
            if (n >= 0 && list.items().size() != n) {
                throw new RaspError("attempting to zip lists of length " + n + ", but " + (i + 1)
                        + "-th list has length " + list.items().size());
            }
            n = list.items().size();
        }
        List<Value> tuples = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Value> tuple = new ArrayList<>();
            for (Value list : lists) {
                tuple.add(((Value.ListValue) list).items().get(k));
            }
            tuples.add(new Value.ListValue(tuple));
        }
        return new Value.ListValue(tuples);
    }
}
