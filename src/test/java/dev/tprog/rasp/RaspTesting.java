package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Helpers: run RASP text in a fresh session, evaluate s-ops on inputs, read selector matrices. */
final class RaspTesting {
    private RaspTesting() {}

    /** A session that has run {@code text} without errors. */
    static Interpreter session(String text) {
        Interpreter session = new Interpreter();
        List<Diagnostic> errors = new ArrayList<>();
        session.run(new Source("<test>", text), new Listener() {
            @Override
            public void diagnostic(Diagnostic d) {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    errors.add(d);
                }
            }
        });
        assertThat(errors).as("errors running %s", text).isEmpty();
        return session;
    }

    /** The value of s-op {@code name} on {@code input} (a string of one-character tokens), as the REPL shows it. */
    static String eval(Interpreter session, String name, String input) {
        Column c = (Column) session.evaluate(session.sop(name), Inputs.of(new Value.Str(input)));
        return Format.sequence(c);
    }

    /** A selector's matrix on {@code input}, rows joined by '/', e.g. {@code 100/010/001}. */
    static String matrix(Interpreter session, String name, String input) {
        BitMatrix m = (BitMatrix) session.evaluate((Node) session.get(name), Inputs.of(new Value.Str(input)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
            out.append(i == 0 ? "" : "/");
            for (int j = 0; j < m.size(); j++) {
                out.append(m.get(i, j) ? '1' : '0');
            }
        }
        return out.toString();
    }

    /** Everything reported while running {@code text} in a fresh REPL (new s-ops are tried on its example). */
    static List<Diagnostic> diagnostics(String text) {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        Repl repl = new Repl(sink, sink);
        repl.run(new Source("<test>", text));
        return repl.reported();
    }
}
