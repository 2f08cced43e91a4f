package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tprog rasp -e SOURCE --input ...}: runs statements, then shows the value of the last one
 * (an expression, or the last name assigned) on one input, as one line for scripts.
 */
public final class OneShot {
    /** The printed value, or the diagnostics that stopped it. */
    public record Outcome(String value, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        }
    }

    private OneShot() {}

    public static Outcome run(String text, List<Atom> input) {
        String source = text.strip().endsWith(";") || text.strip().endsWith("}") ? text : text + ";";
        Interpreter session = new Interpreter();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Value[] last = new Value[1];
        session.run(new Source("<expr>", source), new Listener() {
            @Override
            public void result(Result result) {
                if (result instanceof Result.Named named) {
                    last[0] = named.value();
                } else if (result instanceof Result.Applied applied) {
                    last[0] = null;
                }
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                diagnostics.add(diagnostic);
            }
        });
        if (diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) || last[0] == null) {
            return new Outcome(null, diagnostics);
        }
        try {
            return new Outcome(show(session, last[0], input), diagnostics);
        } catch (RaspError e) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, "<expr>", Pos.NONE, e.getMessage(), null));
            return new Outcome(null, diagnostics);
        }
    }

    private static String show(Interpreter session, Value value, List<Atom> input) {
        if (!(value instanceof Node node)) {
            return Format.describe(value);
        }
        Object result = session.evaluate(node, input);
        if (result instanceof Column column) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < column.length(); i++) {
                cells.add(Format.small(column.atom(i)));
            }
            return String.join(" ", cells);
        }
        BitMatrix m = (BitMatrix) result;
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                rows.append(j == 0 ? "" : " ").append(m.get(i, j) ? '1' : '0');
            }
            rows.append(i + 1 < m.size() ? System.lineSeparator() : "");
        }
        return rows.toString();
    }
}
