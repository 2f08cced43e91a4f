package dev.tprog.rasp;

import java.util.List;

/**
 * What {@link SourceParser} makes of a text: the statements, or the errors that stopped it, plus
 * warnings about parses that are legal but probably not what was meant. {@code incomplete} says
 * the text ended in the middle of a statement (the REPL then reads another line).
 */
public record ParseResult(List<Stmt> statements, List<Diagnostic> errors, List<Diagnostic> warnings,
        boolean incomplete) {
    public ParseResult {
        statements = List.copyOf(statements);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
