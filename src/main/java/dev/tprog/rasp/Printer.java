package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints named values in the reference REPL's layout (tabs and spacing included). */
final class Printer {
    /**
     * The examples to show values on (null: don't). With {@code fullRows} non-null, s-ops print as
     * aligned input/output rows, the input row being that example (the reference uses the
     * selector example there).
     */
    record Examples(List<Atom> sequence, List<Atom> selector, List<Atom> fullRows) {}

    private final PrintWriter out;
    private final Interpreter session;

    Printer(PrintWriter out, Interpreter session) {
        this.out = out;
        this.session = session;
    }

    /** The reference's print_named_val: {@code ntabs} tabs of indent, {@code extra} before the first line. */
    void named(String name, Value value, int ntabs, String extra, Examples examples) {
        String pref = "\t".repeat(ntabs);
        if (name == null && value instanceof Node node) {
            name = session.nameOf(node);
        }
        if (value instanceof SOp sop) {
            out.println(pref + " " + extra + "    s-op: " + name);
            if (examples.sequence() != null) {
                sequenceExample(name, sop, pref, examples);
            }
        } else if (value instanceof Selector sel) {
            out.println(pref + " " + extra + "    selector: " + name);
            if (examples.selector() != null) {
                out.println(pref + " \t Example:");
                matrix(out, pref, examples.selector(), (BitMatrix) session.evaluate(sel, examples.selector()));
            }
        } else if (value instanceof Value.Function f) {
            out.println(pref + " " + extra + "    " + creator(f) + " function: " + f.name() + "("
                    + String.join(", ", params(f)) + ")");
        } else if (value instanceof Value.ListValue || value instanceof Value.DictValue) {
            container(name, value, ntabs, extra, examples);
        } else {
            out.println(pref + "    value: " + (name == null ? "" : name + " = ") + " " + formatstr(value));
        }
    }

    private static String formatstr(Value value) {
        return value instanceof Value.Str s ? "\"" + s.value() + "\"" : Format.pyRepr(value);
    }

    private void sequenceExample(String name, SOp sop, String pref, Examples examples) {
        Column column = (Column) session.evaluate(sop, examples.sequence());
        if (examples.fullRows() != null) {
            out.print(pref + " \t Example:");
            fullSequence(out, pref, examples.fullRows(), column);
        } else {
            out.println(pref + " \t Example: " + name + "(" + Format.input(examples.sequence()) + ") = "
                    + Format.sequence(column));
        }
    }

    private static String creator(Value.Function f) {
        return f instanceof Value.Closure c ? c.scope().name() : "built-in";
    }

    private static List<String> params(Value.Function f) {
        if (f instanceof Value.Closure c) {
            return c.definition().params();
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < ((Value.Builtin) f).arity(); i++) {
            params.add("x" + (i + 1));
        }
        return params;
    }

    /** Flat containers print on one line (Python's repr); ones holding s-ops or containers list each item. */
    private void container(String name, Value value, int ntabs, String extra, Examples examples) {
        String pref = "\t".repeat(ntabs);
        boolean list = value instanceof Value.ListValue;
        String named = (list ? "   list: " : "   dict: ") + (name == null ? "" : name + " = ");
        List<Value> items = list ? ((Value.ListValue) value).items() : ((Value.DictValue) value).values();
        boolean flat = items.stream().noneMatch(v -> v instanceof Value.ListValue || v instanceof Value.DictValue
                || v instanceof Node);
        out.print(pref + " " + extra + " " + named);
        if (flat) {
            out.println(Format.pyRepr(value));
            return;
        }
        out.println(pref + (list ? " [" : " {"));
        for (int i = 0; i < items.size(); i++) {
            if (list) {
                named(null, items.get(i), ntabs + 2, "", examples);
            } else {
                named(null, items.get(i), ntabs + 3, formatstr(((Value.DictValue) value).keys().get(i)) + " : ",
                        examples);
            }
        }
        out.println(pref + " ".repeat(named.length() + 2) + (list ? "]" : "}"));
    }

    /** A selector as the reference prints it: the example along the top and down the side. */
    static void matrix(PrintWriter out, String pref, List<Atom> example, BitMatrix m) {
        List<String> labels = example.stream().map(Py::str).toList();
        int width = labels.stream().mapToInt(String::length).max().orElse(1);
        out.println(pref + " \t\t\t     " + String.join(" ", labels.stream().map(l -> pad(l, width)).toList()));
        for (int i = 0; i < m.size(); i++) {
            StringBuilder row = new StringBuilder();
            for (int j = 0; j < m.size(); j++) {
                row.append(j == 0 ? "" : " ").append(pad(m.get(i, j) ? "1" : " ", width));
            }
            out.println(pref + " \t\t\t " + pad(labels.get(i), width) + " | " + row);
        }
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** {@code full seq display on}: input and output as aligned rows. */
    static void fullSequence(PrintWriter out, String pref, List<Atom> example, Column column) {
        if (column.length() > 1 && Format.allEqual(column)) {
            out.println(" " + Format.sequence(column) + " [skipped full display: identical values]");
            return;
        }
        out.println();
        List<String> in = cells(example);
        List<Atom> values = new ArrayList<>();
        for (int i = 0; i < column.length(); i++) {
            values.add(column.atom(i));
        }
        List<String> res = cells(values);
        int width = 0;
        for (String s : in) {
            width = Math.max(width, s.length());
        }
        for (String s : res) {
            width = Math.max(width, s.length());
        }
        final int w = width;
        // The reference names the input's type after turning it into strings: always "strings".
        out.println(pref + " \t\tinput:   " + String.join(" ", in.stream().map(s -> pad(s, w)).toList())
                + " \t (strings)");
        out.println(pref + " \t\toutput:  " + String.join(" ", res.stream().map(s -> pad(s, w)).toList()) + " \t ("
                + column.typeName() + "s)");
    }

    /** Bools show only the rarer value (both when tied), so the pattern stands out, as in the reference. */
    private static List<String> cells(List<Atom> atoms) {
        if (!(atoms.get(0) instanceof Value.Bool)) {
            return atoms.stream().map(Py::str).toList();
        }
        long trues = atoms.stream().filter(a -> a instanceof Value.Bool b && b.value()).count();
        long falses = atoms.size() - trues;
        return atoms.stream().map(a -> Py.truthy(a) ? (trues <= falses ? "T" : "") : (falses <= trues ? "F" : ""))
                .toList();
    }
}
