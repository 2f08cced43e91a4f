package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference's grammar and precedences, and tprog's syntax errors and warnings. */
class ParserTest {
    private static Expr expr(String text) {
        ParseResult r = SourceParser.parse(new Source("<t>", text + ";"));
        assertThat(r.errors()).isEmpty();
        return ((Stmt.ExprStmt) r.statements().get(0)).expr();
    }

    @Test
    void inBindsLooserThanNotAndOrAndTheTernary() {
        assertThat(expr("not a in b")).isInstanceOfSatisfying(Expr.In.class,
                in -> assertThat(in.element()).isInstanceOf(Expr.Unary.class));
        assertThat(expr("a == b and c in d")).isInstanceOfSatisfying(Expr.In.class,
                in -> assertThat(((Expr.Binary) in.element()).op()).isEqualTo(BinaryOp.AND));
        assertThat(expr("x if c else y in z")).isInstanceOfSatisfying(Expr.In.class,
                in -> assertThat(in.element()).isInstanceOf(Expr.Ternary.class));
    }

    @Test
    void andOrShareALevelAndNotBindsTighterThanComparison() {
        Expr.Binary andOr = (Expr.Binary) expr("a or b and c");
        assertThat(andOr.op()).isEqualTo(BinaryOp.AND);
        assertThat(((Expr.Binary) andOr.left()).op()).isEqualTo(BinaryOp.OR);
        Expr.Binary notEq = (Expr.Binary) expr("not a == b");
        assertThat(notEq.left()).isInstanceOf(Expr.Unary.class);
        Expr.Binary negPow = (Expr.Binary) expr("-a ^ b");
        assertThat(negPow.op()).isEqualTo(BinaryOp.POW);
        assertThat(negPow.left()).isInstanceOf(Expr.Unary.class);
        Expr.Binary arith = (Expr.Binary) expr("a + b * c");
        assertThat(arith.op()).isEqualTo(BinaryOp.ADD);
    }

    @Test
    void surprisingPrecedencesWarnWithPosition() {
        ParseResult r = SourceParser.parse(new Source("f.rasp", "x = 1;\ny = not tokens in [\"a\"];"));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.pos()).isEqualTo(new Pos(2, 4));
            assertThat(w.headline()).startsWith("f.rasp:2:5: warning: 'in' binds looser");
        });
        assertThat(SourceParser.parse(new Source("f", "x = (not a) in b;")).warnings()).isEmpty();
    }

    @Test
    void syntaxErrorShowsFileLineColumnLineAndCaret() {
        ParseResult r = SourceParser.parse(new Source("prog.rasp", "a = 1;\nb = select(a, a, ==;\n"));
        assertThat(r.ok()).isFalse();
        String rendered = r.errors().get(0).render().replace(System.lineSeparator(), "\n");
        assertThat(rendered).isEqualTo("prog.rasp:2:20: error: syntax error: missing ')' at ';'\n"
                + "  b = select(a, a, ==;\n"
                + "                     ^");
    }

    @Test
    void unfinishedInputIsIncompleteNotAnError() {
        assertThat(SourceParser.parse(new Source("<c>", "def f(x) {")).incomplete()).isTrue();
        assertThat(SourceParser.parse(new Source("<c>", "x = 1")).incomplete()).isTrue();
        assertThat(SourceParser.parse(new Source("<c>", "x = ;")).incomplete()).isFalse();
    }

    @Test
    void statementsOfEveryKindParse() {
        ParseResult r = SourceParser.parse(new Source("<c>", String.join("\n",
                "# comment", "a, b = 1, 2; # trailing", "def f(x, y) { z = x; return z, y; }",
                "for k, v in zip([1], [2]) { c = k; }", "load \"tasks\";", "draw(tokens, \"ab\");",
                "set s-op example [1, 2]", "show example", "selector examples off", "full seq display on",
                "d = {k: 1 for k in [\"a\"]}; e = [x for x in range(1, 3)]; l = len([1]);",
                "s = select_closest(indices, indices, TRUE); t = aggregate(s, tokens, \"-\");", "exit")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.statements()).hasSize(15);
        assertThat(r.statements().get(r.statements().size() - 1)).isInstanceOf(Stmt.Exit.class);
    }

    @Test
    void selectRejectsUnknownComparisonNames() {
        ParseResult r = SourceParser.parse(new Source("<c>", "s = select(a, b, FALSE);"));
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("TRUE"));
    }

    @Test
    void referenceTokensNeedTheirParenthesisAttached() {
        // 'select(' is one token in the reference grammar: 'select (' is a call of an unknown name.
        List<Diagnostic> d = RaspTesting.diagnostics("s = select (indices, indices, ==);");
        assertThat(d).isNotEmpty();
    }
}
