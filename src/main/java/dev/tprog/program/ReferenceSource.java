package dev.tprog.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The Python subset that the reference decompiler writes (black-formatted, machine-generated),
 * read as a tree of logical statements: each statement is its tokens (lines joined inside
 * brackets, comments dropped, a trailing comma before a closing bracket dropped) and, when it
 * ends with a colon, the indented block below it. Templates ({@link #match}) recognise the few
 * statement shapes the generator writes.
 */
final class ReferenceSource {
    private static final Set<String> TWO_CHAR_OPERATORS = Set.of("==", "!=", "<=", ">=", "**", "//", "->", "+=", "-=",
            "*=", "/=");
    private static final String ONE_CHAR_OPERATORS = "()[]{},:.;=+-*/%<>@~^&|!";

    private ReferenceSource() {}

    enum Kind { NAME, NUMBER, STRING, OP }

    /** A token; for a string, {@code text} is its value without quotes. */
    record Token(Kind kind, String text, int line) {
        boolean is(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        boolean isName(String name) {
            return kind == Kind.NAME && text.equals(name);
        }

        /** How the token reads in a message. */
        String show() {
            return kind == Kind.STRING ? '"' + text + '"' : text;
        }
    }

    /** One logical statement and the block it opens (empty unless it ends with a colon). */
    record Statement(int line, List<Token> tokens, List<Statement> body) {
        /** The statement as one line of text, shortened for messages. */
        String show() {
            StringBuilder text = new StringBuilder();
            Token previous = null;
            for (Token token : tokens) {
                if (previous != null && spaced(previous, token)) {
                    text.append(' ');
                }
                text.append(token.show());
                previous = token;
            }
            return text.length() > 70 ? text.substring(0, 67) + "..." : text.toString();
        }

        private static boolean spaced(Token previous, Token token) {
            if (token.is(",") || token.is(")") || token.is("]") || token.is("}") || token.is(":") || token.is(".")) {
                return false;
            }
            if (previous.is("(") || previous.is("[") || previous.is("{") || previous.is(".")) {
                return false;
            }
            return !((token.is("(") || token.is("[")) && (previous.kind() == Kind.NAME || previous.is(")")
                    || previous.is("]")));
        }
    }

    /** Something in the source that is not the generator's Python, at a line (counted from 1). */
    static final class SourceError extends RuntimeException {
        final int line;

        SourceError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The module's top-level statements. */
    static List<Statement> parse(String text) {
        List<Line> lines = new Lexer(text, false).lines();
        Deque<Line> queue = new ArrayDeque<>(lines);
        List<Statement> statements = block(queue, 0);
        if (!queue.isEmpty()) {
            Line line = queue.peek();
            throw new SourceError(line.number, "the indentation does not match any enclosing block");
        }
        return statements;
    }

    /** A template's tokens: like source, plus placeholders {@code $n $s $i $v $g} (see {@link #match}). */
    static List<Token> template(String text) {
        List<Line> lines = new Lexer(text, true).lines();
        if (lines.size() != 1) {
            throw new IllegalArgumentException("a template is one logical line: " + text);
        }
        return lines.get(0).tokens;
    }

    /**
     * Matches tokens against a template and returns what each placeholder captured, in order, or
     * null. Placeholders: {@code $n} a name, {@code $s} a string, {@code $i} an integer,
     * {@code $v} a string or integer, {@code $g} a bracketed group (captured with its brackets).
     * Any other template token must equal the token at its place (strings by value).
     */
    static List<List<Token>> match(List<Token> tokens, List<Token> template) {
        List<List<Token>> captures = new ArrayList<>();
        int t = 0;
        for (Token expected : template) {
            if (t >= tokens.size()) {
                return null;
            }
            Token actual = tokens.get(t);
            if (expected.kind() == Kind.NAME && expected.text().startsWith("$")) {
                switch (expected.text()) {
                    case "$n" -> {
                        if (actual.kind() != Kind.NAME) {
                            return null;
                        }
                    }
                    case "$s" -> {
                        if (actual.kind() != Kind.STRING) {
                            return null;
                        }
                    }
                    case "$i" -> {
                        if (!isInteger(actual)) {
                            return null;
                        }
                    }
                    case "$v" -> {
                        if (actual.kind() != Kind.STRING && !isInteger(actual)) {
                            return null;
                        }
                    }
                    case "$g" -> {
                        int end = groupEnd(tokens, t);
                        if (end < 0) {
                            return null;
                        }
                        captures.add(List.copyOf(tokens.subList(t, end)));
                        t = end;
                        continue;
                    }
                    default -> throw new IllegalArgumentException("unknown placeholder " + expected.text());
                }
                captures.add(List.of(actual));
                t++;
            } else if (expected.kind() == actual.kind() && expected.text().equals(actual.text())) {
                t++;
            } else {
                return null;
            }
        }
        return t == tokens.size() ? captures : null;
    }

    static boolean isInteger(Token token) {
        return token.kind() == Kind.NUMBER && token.text().chars().allMatch(Character::isDigit);
    }

    /** The index after the bracket that closes the one at {@code start}, or -1. */
    private static int groupEnd(List<Token> tokens, int start) {
        if (!(tokens.get(start).is("(") || tokens.get(start).is("[") || tokens.get(start).is("{"))) {
            return -1;
        }
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static List<Statement> block(Deque<Line> queue, int indent) {
        List<Statement> statements = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().indent == indent) {
            Line line = queue.poll();
            List<Statement> body = List.of();
            boolean opens = line.tokens.get(line.tokens.size() - 1).is(":");
            if (opens) {
                if (queue.isEmpty() || queue.peek().indent <= indent) {
                    throw new SourceError(line.number, "expected an indented block after this line");
                }
                body = block(queue, queue.peek().indent);
            }
            statements.add(new Statement(line.number, line.tokens, body));
            if (!queue.isEmpty() && queue.peek().indent > indent) {
                throw new SourceError(queue.peek().number, "unexpected indentation");
            }
        }
        return statements;
    }

    /** One logical line: its indentation, first physical line, and tokens. */
    private record Line(int indent, int number, List<Token> tokens) {}

    private static final class Lexer {
        private final String text;
        private final boolean template;
        private int pos;
        private int line = 1;

        Lexer(String text, boolean template) {
            this.text = text;
            this.template = template;
        }

        List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            while (pos < text.length()) {
                int indent = indentation();
                if (pos >= text.length()) {
                    break;
                }
                char c = text.charAt(pos);
                if (c == '\n' || c == '\r' || c == '#') {
                    skipRestOfLine();
                    continue;
                }
                int first = line;
                List<Token> tokens = logicalLine();
                lines.add(new Line(indent, first, dropTrailingCommas(tokens)));
            }
            return lines;
        }

        private int indentation() {
            int indent = 0;
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                if (text.charAt(pos) == '\t') {
                    throw new SourceError(line, "a tab in the indentation (the generator indents with spaces)");
                }
                indent++;
                pos++;
            }
            return indent;
        }

        private void skipRestOfLine() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
            if (pos < text.length()) {
                pos++;
                line++;
            }
        }

        /** The tokens up to the newline that ends the logical line (newlines inside brackets join lines). */
        private List<Token> logicalLine() {
            List<Token> tokens = new ArrayList<>();
            Deque<Token> open = new ArrayDeque<>();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    pos++;
                    line++;
                    if (open.isEmpty()) {
                        return tokens;
                    }
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '#') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                } else if (c == '"' || c == '\'') {
                    tokens.add(string(c));
                } else if (Character.isDigit(c)) {
                    tokens.add(number());
                } else if (Character.isLetter(c) || c == '_' || (template && c == '$')) {
                    int start = pos++;
                    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                        pos++;
                    }
                    tokens.add(new Token(Kind.NAME, text.substring(start, pos), line));
                } else {
                    Token op = operator();
                    tokens.add(op);
                    if (op.is("(") || op.is("[") || op.is("{")) {
                        open.push(op);
                    } else if (op.is(")") || op.is("]") || op.is("}")) {
                        if (open.isEmpty() || !closes(open.pop(), op)) {
                            throw new SourceError(op.line(), "unbalanced bracket '" + op.text() + "'");
                        }
                    }
                }
            }
            if (!open.isEmpty()) {
                throw new SourceError(open.peekLast().line(), "bracket '" + open.peekLast().text() + "' is never closed");
            }
            return tokens;
        }

        private static boolean closes(Token open, Token close) {
            return (open.is("(") && close.is(")")) || (open.is("[") && close.is("]")) || (open.is("{") && close.is("}"));
        }

        private Token string(char quote) {
            int start = line;
            if (text.startsWith(String.valueOf(quote).repeat(3), pos)) {
                throw new SourceError(line, "a triple-quoted string (the generator writes none)");
            }
            pos++;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (pos >= text.length() || text.charAt(pos) == '\n') {
                    throw new SourceError(start, "a string that is never closed");
                }
                char c = text.charAt(pos++);
                if (c == quote) {
                    return new Token(Kind.STRING, value.toString(), start);
                }
                if (c == '\\' && pos < text.length()) {
                    char escaped = text.charAt(pos++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case '\\', '\'', '"' -> value.append(escaped);
                        default -> value.append('\\').append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
        }

        private Token number() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Kind.NUMBER, text.substring(start, pos), line);
        }

        private Token operator() {
            if (pos + 1 < text.length() && TWO_CHAR_OPERATORS.contains(text.substring(pos, pos + 2))) {
                pos += 2;
                return new Token(Kind.OP, text.substring(pos - 2, pos), line);
            }
            char c = text.charAt(pos);
            if (ONE_CHAR_OPERATORS.indexOf(c) < 0) {
                throw new SourceError(line, "unexpected character '" + c + "'");
            }
            pos++;
            return new Token(Kind.OP, String.valueOf(c), line);
        }

        /** Drops a comma right before a closing bracket: black's "magic trailing comma". */
        private static List<Token> dropTrailingCommas(List<Token> tokens) {
            List<Token> kept = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                boolean trailing = token.is(",") && i + 1 < tokens.size()
                        && (tokens.get(i + 1).is(")") || tokens.get(i + 1).is("]") || tokens.get(i + 1).is("}"));
                if (!trailing) {
                    kept.add(token);
                }
            }
            return List.copyOf(kept);
        }
    }
}
