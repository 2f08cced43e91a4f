package dev.tprog.rasp;

import java.util.List;

/** The RASP statements and REPL commands. */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr expr) implements Stmt {}

    /** {@code a, b = e1, e2;} — one value per target, or one function result unpacked. */
    record Assign(Pos pos, List<String> targets, List<Expr> values) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
            values = List.copyOf(values);
        }
    }

    /** {@code draw(sop[, example]);}: in tprog, prints the layer analysis instead of a PDF. */
    record Draw(Pos pos, Expr sop, Expr example) implements Stmt {}

    record Load(Pos pos, String name) implements Stmt {}

    record FunctionDef(Pos pos, String name, List<String> params, List<Stmt> body, List<Expr> result)
            implements Stmt {
        public FunctionDef {
            params = List.copyOf(params);
            body = List.copyOf(body);
            result = List.copyOf(result);
        }
    }

    record ForLoop(Pos pos, List<String> vars, Expr iterable, List<Stmt> body) implements Stmt {
        public ForLoop {
            vars = List.copyOf(vars);
            body = List.copyOf(body);
        }
    }

    /** Which running example a REPL command is about. */
    enum Subset { BOTH, SOP, SELECTOR }

    record SetExample(Pos pos, Subset subset, Expr example) implements Stmt {}

    record ShowExample(Pos pos, Subset subset) implements Stmt {}

    record ToggleExamples(Pos pos, Subset subset, boolean on) implements Stmt {}

    record ToggleFullSeq(Pos pos, boolean on) implements Stmt {}

    record Exit(Pos pos) implements Stmt {}
}
