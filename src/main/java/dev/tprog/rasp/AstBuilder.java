package dev.tprog.rasp;

import dev.tprog.rasp.parser.RaspBaseVisitor;
import dev.tprog.rasp.parser.RaspParser;
import dev.tprog.rasp.parser.RaspParser.ExprContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns ANTLR's parse tree into the {@link Stmt}/{@link Expr} records; the only class that sees
 * ANTLR types. It also warns where the reference's precedences probably surprise the writer.
 */
final class AstBuilder extends RaspBaseVisitor<Expr> {
    private final Source source;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    AstBuilder(Source source) {
        this.source = source;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    List<Stmt> program(RaspParser.ProgramContext ctx) {
        List<Stmt> statements = new ArrayList<>();
        for (RaspParser.StatementContext s : ctx.statement()) {
            statements.add(s.raspStatement() != null ? statement(s.raspStatement()) : repl(s.replStatement()));
        }
        return statements;
    }

    private Stmt statement(RaspParser.RaspStatementContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof RaspParser.ExprStatementContext c) {
            return new Stmt.ExprStmt(pos, expr(c.expr()));
        }
        if (ctx instanceof RaspParser.AssignContext c) {
            return new Stmt.Assign(pos, names(c.targets), exprs(c.values));
        }
        if (ctx instanceof RaspParser.DrawContext c) {
            return new Stmt.Draw(pos, expr(c.sop), c.example == null ? null : expr(c.example));
        }
        if (ctx instanceof RaspParser.LoadContext c) {
            return new Stmt.Load(pos, unquote(c.file));
        }
        if (ctx instanceof RaspParser.FunctionDefContext c) {
            return new Stmt.FunctionDef(pos, c.name.getText(), c.params == null ? List.of() : names(c.params),
                    statements(c.body), exprs(c.result));
        }
        if (ctx instanceof RaspParser.ForLoopContext c) {
            return new Stmt.ForLoop(pos, names(c.vars), expr(c.iterable), statements(c.body));
        }
        throw new AssertionError(ctx.getClass());
    }

    private List<Stmt> statements(List<RaspParser.RaspStatementContext> body) {
        return body.stream().map(this::statement).toList();
    }

    private Stmt repl(RaspParser.ReplStatementContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof RaspParser.SetExampleContext c) {
            return new Stmt.SetExample(pos, subset(c.subset), expr(c.example));
        }
        if (ctx instanceof RaspParser.ShowExampleContext c) {
            return new Stmt.ShowExample(pos, subset(c.subset));
        }
        if (ctx instanceof RaspParser.ToggleExamplesContext c) {
            return new Stmt.ToggleExamples(pos, subset(c.subset), c.toggle.getText().equals("on"));
        }
        if (ctx instanceof RaspParser.ToggleFullSeqContext c) {
            return new Stmt.ToggleFullSeq(pos, c.toggle.getText().equals("on"));
        }
        if (ctx instanceof RaspParser.ExitContext) {
            return new Stmt.Exit(pos);
        }
        throw new AssertionError(ctx.getClass());
    }

    private static Stmt.Subset subset(Token token) {
        if (token == null) {
            return Stmt.Subset.BOTH;
        }
        return token.getText().equals("s-op") ? Stmt.Subset.SOP : Stmt.Subset.SELECTOR;
    }

    private Expr expr(ExprContext ctx) {
        return visit(ctx);
    }

    private List<Expr> exprs(RaspParser.ExprsContext ctx) {
        return ctx == null ? List.of() : ctx.expr().stream().map(this::expr).toList();
    }

    private static List<String> names(RaspParser.NamesContext ctx) {
        return ctx.ID().stream().map(TerminalNode::getText).toList();
    }

    @Override
    public Expr visitParens(RaspParser.ParensContext ctx) {
        return expr(ctx.inner);
    }

    @Override
    public Expr visitIndex(RaspParser.IndexContext ctx) {
        return new Expr.Index(pos(ctx.getStart()), expr(ctx.target), expr(ctx.index));
    }

    @Override
    public Expr visitCall(RaspParser.CallContext ctx) {
        return new Expr.Call(pos(ctx), expr(ctx.callee), exprs(ctx.args));
    }

    @Override
    public Expr visitUnary(RaspParser.UnaryContext ctx) {
        return new Expr.Unary(pos(ctx), UnaryOp.of(ctx.op.getText()), expr(ctx.operand));
    }

    @Override
    public Expr visitBinary(RaspParser.BinaryContext ctx) {
        BinaryOp op = BinaryOp.of(ctx.op.getText());
        warnAboutPrecedence(op, ctx);
        return new Expr.Binary(pos(ctx.op), op, expr(ctx.left), expr(ctx.right));
    }

    @Override
    public Expr visitSelect(RaspParser.SelectContext ctx) {
        return new Expr.Select(pos(ctx), expr(ctx.keys), expr(ctx.queries), comparison(ctx.comparison()), false);
    }

    @Override
    public Expr visitSelectClosest(RaspParser.SelectClosestContext ctx) {
        return new Expr.Select(pos(ctx), expr(ctx.keys), expr(ctx.queries), comparison(ctx.comparison()), true);
    }

    @Override
    public Expr visitClosest(RaspParser.ClosestContext ctx) {
        return new Expr.Closest(pos(ctx), expr(ctx.sel));
    }

    private Comparison comparison(RaspParser.ComparisonContext ctx) {
        Comparison c = Comparison.of(ctx.getText());
        if (c == null) {
            errors.add(Diagnostic.error(source, pos(ctx), "syntax error: select needs ==, <, >, <=, >=, != or TRUE, got '"
                    + ctx.getText() + "'"));
            return Comparison.EQ;
        }
        return c;
    }

    @Override
    public Expr visitTernary(RaspParser.TernaryContext ctx) {
        return new Expr.Ternary(pos(ctx), expr(ctx.then), expr(ctx.cond), expr(ctx.otherwise));
    }

    @Override
    public Expr visitVariable(RaspParser.VariableContext ctx) {
        return new Expr.Variable(pos(ctx), ctx.getText());
    }

    @Override
    public Expr visitAtom(RaspParser.AtomContext ctx) {
        RaspParser.LiteralContext literal = ctx.literal();
        Pos pos = pos(ctx);
        if (literal.String() != null) {
            return new Expr.Literal(pos, new Value.Str(unquote(literal.String().getSymbol())));
        }
        if (literal.Float() != null) {
            return new Expr.Literal(pos, new Value.Float(Double.parseDouble(literal.getText())));
        }
        try {
            return new Expr.Literal(pos, new Value.Int(Long.parseLong(literal.getText())));
        } catch (NumberFormatException e) {
            errors.add(Diagnostic.error(source, pos, "integer too large for tprog (64-bit): " + literal.getText()));
            return new Expr.Literal(pos, new Value.Int(0));
        }
    }

    @Override
    public Expr visitListLiteral(RaspParser.ListLiteralContext ctx) {
        return new Expr.ListLiteral(pos(ctx), exprs(ctx.items));
    }

    @Override
    public Expr visitDictLiteral(RaspParser.DictLiteralContext ctx) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (RaspParser.EntryContext entry : ctx.entry()) {
            keys.add(expr(entry.key));
            values.add(expr(entry.value));
        }
        return new Expr.DictLiteral(pos(ctx), keys, values);
    }

    @Override
    public Expr visitAggregate(RaspParser.AggregateContext ctx) {
        return new Expr.Aggregate(pos(ctx), expr(ctx.sel), expr(ctx.sop),
                ctx.fallback == null ? null : expr(ctx.fallback));
    }

    @Override
    public Expr visitRange(RaspParser.RangeContext ctx) {
        return new Expr.Range(pos(ctx), exprs(ctx.bounds));
    }

    @Override
    public Expr visitListComprehension(RaspParser.ListComprehensionContext ctx) {
        return new Expr.Comprehension(pos(ctx), null, expr(ctx.value), names(ctx.vars), expr(ctx.iterable));
    }

    @Override
    public Expr visitDictComprehension(RaspParser.DictComprehensionContext ctx) {
        return new Expr.Comprehension(pos(ctx), expr(ctx.key), expr(ctx.value), names(ctx.vars), expr(ctx.iterable));
    }

    @Override
    public Expr visitIn(RaspParser.InContext ctx) {
        ExprContext element = ctx.element;
        if (isLogic(element) || element instanceof RaspParser.TernaryContext) {
            warn(ctx.element, "'in' binds looser than 'not', 'and', 'or' and 'if' (as in the reference): this is ("
                    + text(element) + ") in ...; add parentheses if you meant otherwise");
        }
        return new Expr.In(pos(inToken(ctx)), expr(element), expr(ctx.container));
    }

    private static Token inToken(RaspParser.InContext ctx) {
        return ((TerminalNode) ctx.getChild(1)).getSymbol(); // element 'in' container
    }

    @Override
    public Expr visitZip(RaspParser.ZipContext ctx) {
        return new Expr.Zip(pos(ctx), exprs(ctx.lists));
    }

    @Override
    public Expr visitLen(RaspParser.LenContext ctx) {
        return new Expr.Len(pos(ctx), expr(ctx.list));
    }

    /** Warns where the reference's precedence (kept) differs from Python's, which writers expect. */
    private void warnAboutPrecedence(BinaryOp op, RaspParser.BinaryContext ctx) {
        if ((op == BinaryOp.AND || op == BinaryOp.OR) && ctx.left instanceof RaspParser.BinaryContext left
                && isLogic(left) && !left.op.getText().equals(ctx.op.getText())) {
            warn(ctx.left, "'and' and 'or' bind equally tightly and group left to right (as in the reference): this"
                    + " is (" + text(left) + ") " + ctx.op.getText() + " ...");
        }
        if (op.isComparison() && ctx.left instanceof RaspParser.UnaryContext unary
                && unary.op.getText().equals("not")) {
            warn(ctx.left, "'not' binds tighter than '" + op.symbol() + "' (as in the reference): this is ("
                    + text(unary) + ") " + op.symbol() + " ...");
        }
    }

    private static boolean isLogic(ExprContext ctx) {
        if (ctx instanceof RaspParser.UnaryContext unary) {
            return unary.op.getText().equals("not");
        }
        return ctx instanceof RaspParser.BinaryContext binary
                && (binary.op.getText().equals("and") || binary.op.getText().equals("or"));
    }

    private void warn(ParserRuleContext ctx, String message) {
        warnings.add(Diagnostic.warning(source, pos(ctx), message));
    }

    /** The source text of a subtree, spaces included. */
    private static String text(ParserRuleContext ctx) {
        return ctx.getStart().getInputStream().getText(Interval.of(ctx.getStart().getStartIndex(),
                ctx.getStop().getStopIndex()));
    }

    private static String unquote(Token string) {
        String text = string.getText();
        return text.substring(1, text.length() - 1);
    }

    private static Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    private static Pos pos(Token token) {
        return new Pos(token.getLine(), token.getCharPositionInLine());
    }
}
