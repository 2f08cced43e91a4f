package dev.tprog.rasp;

import dev.tprog.rasp.parser.RaspLexer;
import dev.tprog.rasp.parser.RaspParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** The first stage: RASP text to statements ({@link Stmt}), with positioned syntax errors. */
public final class SourceParser {
    private SourceParser() {}

    public static ParseResult parse(Source source) {
        Errors errors = new Errors(source);
        RaspLexer lexer = new RaspLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        RaspParser parser = new RaspParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        RaspParser.ProgramContext tree = parser.program();
        if (!errors.found.isEmpty()) {
            return new ParseResult(List.of(), errors.found, List.of(), errors.atEnd);
        }
        AstBuilder builder = new AstBuilder(source);
        List<Stmt> statements = builder.program(tree);
        return new ParseResult(statements, builder.errors(), builder.warnings(), false);
    }

    /** Keeps the first syntax error (later ones are mostly echoes of it), in our words. */
    private static final class Errors extends BaseErrorListener {
        private final Source source;
        private final List<Diagnostic> found = new ArrayList<>();
        private boolean atEnd;

        Errors(Source source) {
            this.source = source;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                RecognitionException e) {
            if (!found.isEmpty()) {
                return;
            }
            boolean eof = offending instanceof Token token && token.getType() == Token.EOF;
            atEnd = eof;
            found.add(Diagnostic.error(source, new Pos(line, column), "syntax error: " + reword(msg, eof)));
        }

        private static String reword(String msg, boolean eof) {
            if (eof) {
                return "unexpected end of input (missing ';'?)";
            }
            int expecting = msg.indexOf(" expecting {");
            if (expecting >= 0 && msg.length() - expecting > 80) {
                msg = msg.substring(0, expecting); // ANTLR's full list of expected tokens helps nobody
            }
            return msg.replace("mismatched input", "unexpected").replace("extraneous input", "unexpected")
                    .replace("token recognition error at:", "unexpected character");
        }
    }
}
