package dev.tprog.rasp;

/**
 * An error or warning at a place in a source: what the CLI and the REPL print, one line
 * {@code source:line:col: severity: message}, then for syntax errors the line and a caret.
 */
public record Diagnostic(Severity severity, String source, Pos pos, String message, String lineText) {
    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(Source source, Pos pos, String message) {
        return new Diagnostic(Severity.ERROR, source.name(), pos, message, source.line(pos.line()));
    }

    public static Diagnostic warning(Source source, Pos pos, String message) {
        return new Diagnostic(Severity.WARNING, source.name(), pos, message, source.line(pos.line()));
    }

    /** The headline alone: {@code file:3:7: error: message}. */
    public String headline() {
        String where = pos.equals(Pos.NONE) ? source : source + ":" + pos;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }

    /** The headline, then the offending line and a caret under the column (when the line is known). */
    public String render() {
        if (lineText == null || lineText.isBlank()) {
            return headline();
        }
        String indent = lineText.substring(0, Math.min(pos.column(), lineText.length())).replaceAll("[^\t]", " ");
        return headline() + System.lineSeparator() + "  " + lineText + System.lineSeparator() + "  " + indent + "^";
    }
}
