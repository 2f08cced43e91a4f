package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Random token soup and random well-formed programs through the parser, the interpreter and the
 * evaluator (seeded, so a failure replays): errors must come back as diagnostics, never as an
 * uncaught exception, and never as an internal error.
 */
class FuzzTest {
    private static final List<String> SOUP = List.of("x", "y", "tokens", "indices", "length", "select(", "aggregate(",
            "select_closest(", "range(", "zip(", "len(", "(", ")", "[", "]", "{", "}", ",", ";", ":", "=", "==", "<",
            ">", "<=", ">=", "!=", "+", "-", "*", "/", "%", "^", "not", "and", "or", "if", "else", "in", "for", "def",
            "return", "round", "indicator", "1", "0", "2.5", "\"a\"", "\"\"", "True", "TRUE", "#c\n", "\n", "load",
            "set", "example", "full seq display", "on", "off", "draw", "@", "\"", "99999999999999999999");

    @RepeatedTest(300)
    void tokenSoupNeverEscapes(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            text.append(SOUP.get(random.nextInt(SOUP.size()))).append(random.nextBoolean() ? " " : "");
        }
        runSafely(text.toString());
    }

    @RepeatedTest(300)
    void wellFormedProgramsNeverEscape(RepetitionInfo info) {
        Random random = new Random(1000L + info.getCurrentRepetition());
        StringBuilder text = new StringBuilder("set example " + example(random) + "\n");
        for (int i = 0; i < 6; i++) {
            text.append("v").append(i).append(" = ").append(expr(random, 3, i)).append(";\n");
        }
        text.append("draw(v5);\n");
        runSafely(text.toString());
    }

    private static String example(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "\"hello\"";
            case 1 -> "[1, 2, 3, 0]";
            default -> "[\"<s>\", \"(\", \")\", \"{\"]";
        };
    }

    /** A random expression over the earlier variables v0..v{defined-1}. */
    private static String expr(Random random, int depth, int defined) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return leaf(random, defined);
        }
        String a = expr(random, depth - 1, defined);
        String b = expr(random, depth - 1, defined);
        String[] ops = {"+", "-", "*", "/", "%", "^", "==", "<", ">", "and", "or"};
        String[] cmps = {"==", "<", ">", "<=", ">=", "!=", "TRUE"};
        return switch (random.nextInt(9)) {
            case 0 -> "(" + a + " " + ops[random.nextInt(ops.length)] + " " + b + ")";
            case 1 -> "select(" + a + ", " + b + ", " + cmps[random.nextInt(cmps.length)] + ")";
            case 2 -> "select_closest(" + a + ", " + b + ", " + cmps[random.nextInt(cmps.length)] + ")";
            case 3 -> "aggregate(select(" + a + ", " + b + ", " + cmps[random.nextInt(6)] + "), " + leaf(random, defined)
                    + (random.nextBoolean() ? ", 0)" : ")");
            case 4 -> "(" + a + " if " + b + " else " + leaf(random, defined) + ")";
            case 5 -> (random.nextBoolean() ? "round(" : "indicator(") + a + ")";
            case 6 -> "(not " + a + ")";
            case 7 -> "selector_width(select(" + a + ", " + b + ", ==))";
            default -> "(" + a + " in [1, \"a\", True])";
        };
    }

    private static String leaf(Random random, int defined) {
        if (defined > 0 && random.nextInt(3) == 0) {
            return "v" + random.nextInt(defined);
        }
        String[] leaves = {"tokens", "indices", "length", "tokens_int", "tokens_float", "tokens_bool", "1", "0",
            "2.5", "\"a\"", "True", "tokens_asis"};
        return leaves[random.nextInt(leaves.length)];
    }

    private static void runSafely(String text) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Repl repl = new Repl(sink, sink);
        for (String line : text.split("\n", -1)) {
            repl.feed(line);
        }
        repl.run(new Source("<fuzz>", text));
        assertThat(repl.reported()).as(text).noneSatisfy(d -> assertThat(d.message()).startsWith("internal error"));
    }
}
