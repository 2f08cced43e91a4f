package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.List;

/**
 * A named s-op of a RASP file, as a function from tokens to one string per position: how the
 * rest of tprog runs RASP (for example to check an emitted program against the executor).
 */
public final class SOpFunction {
    private final Interpreter session;
    private final SOp sop;

    private SOpFunction(Interpreter session, SOp sop) {
        this.session = session;
        this.sop = sop;
    }

    /** @throws RaspError with the first error's rendering when the file does not run or has no such s-op */
    public static SOpFunction load(String sourceName, String text, String name) {
        Interpreter session = new Interpreter();
        List<Diagnostic> errors = new ArrayList<>();
        session.run(new Source(sourceName, text), new Listener() {
            @Override
            public void diagnostic(Diagnostic diagnostic) {
                if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
                    errors.add(diagnostic);
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new RaspError(errors.get(0).render());
        }
        return new SOpFunction(session, session.sop(name));
    }

    /** The s-op's value at each position of {@code tokens}, written as the REPL writes atoms. */
    public List<String> apply(List<String> tokens) {
        Column column = (Column) session.evaluate(sop, Inputs.strings(tokens));
        List<String> values = new ArrayList<>(column.length());
        for (int i = 0; i < column.length(); i++) {
            Atom atom = column.atom(i);
            values.add(atom instanceof Value.Str str ? str.value() : Format.small(atom));
        }
        return values;
    }
}
