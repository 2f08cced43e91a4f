package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.List;

/** How values print, following the reference REPL (which prints Python's str and repr). */
final class Format {
    private Format() {}

    /** The reference's strdesc: strings in double quotes, lists and dicts spelled out. */
    static String describe(Value v) {
        if (v instanceof Value.Str s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof Atom a) {
            return Py.str(a);
        }
        if (v instanceof Value.ListValue l) {
            return "[" + String.join(", ", l.items().stream().map(Format::describe).toList()) + "]";
        }
        if (v instanceof Value.DictValue d) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                entries.add(describe(d.keys().get(i)) + ": " + describe(d.values().get(i)));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (v instanceof Value.Function f) {
            return f.name();
        }
        return v.typeName();
    }

    /** Python's repr: what the reference prints for lists and dicts. */
    static String pyRepr(Value v) {
        if (v instanceof Value.Str s) {
            String text = s.value();
            char quote = text.contains("'") && !text.contains("\"") ? '"' : '\'';
            String escaped = text.replace("\\", "\\\\");
            if (quote == '\'') {
                escaped = escaped.replace("'", "\\'");
            }
            return quote + escaped + quote;
        }
        if (v instanceof Atom a) {
            return Py.str(a);
        }
        if (v instanceof Value.ListValue l) {
            return "[" + String.join(", ", l.items().stream().map(Format::pyRepr).toList()) + "]";
        }
        if (v instanceof Value.DictValue d) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                entries.add(pyRepr(d.keys().get(i)) + ": " + pyRepr(d.values().get(i)));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        return describe(v);
    }

    static String number(double v, boolean isInt) {
        return isInt ? Long.toString((long) v) : Py.floatRepr(v);
    }

    /** One sequence element as the reference shows it: floats to 3 places, bools as T/F. */
    static String small(Atom a) {
        if (a instanceof Value.Float f) {
            return Py.floatRepr(Py.round3(f.value()));
        }
        if (a instanceof Value.Bool b) {
            return b.value() ? "T" : "F";
        }
        return Py.str(a);
    }

    /** {@code [a, b, c] (strings)}, or {@code [a]*3 (strings)} when all values are equal. */
    static String sequence(Column c) {
        String type = " (" + c.typeName() + "s)";
        if (c.length() > 1 && allEqual(c)) {
            return "[" + small(c.atom(0)) + "]*" + c.length() + type;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < c.length(); i++) {
            items.add(small(c.atom(i)));
        }
        return "[" + String.join(", ", items) + "]" + type;
    }

    static boolean allEqual(Column c) {
        Atom first = c.atom(0);
        for (int i = 1; i < c.length(); i++) {
            if (!Py.equal(first, c.atom(i))) {
                return false;
            }
        }
        return true;
    }

    /** The values of a column as a Python list, for error messages. */
    static String values(Column c) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < c.length(); i++) {
            items.add(pyRepr(c.atom(i)));
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** An input as the reference shows the running example: {@code "hello"} or {@code [1, 2, 3]}. */
    static String input(List<Atom> input) {
        boolean chars = input.stream().allMatch(a -> a instanceof Value.Str s && s.value().codePointCount(0,
                s.value().length()) == 1);
        if (chars) {
            StringBuilder text = new StringBuilder("\"");
            input.forEach(a -> text.append(((Value.Str) a).value()));
            return text.append('"').toString();
        }
        return pyRepr(new Value.ListValue(new ArrayList<>(input)));
    }
}
