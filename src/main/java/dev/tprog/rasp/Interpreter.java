package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A RASP session: runs statements (parse, then execute each; a failing statement is reported
 * and skipped, as in the reference REPL), keeps the environment, the names of the graph nodes it
 * built and their encodings. Starts like the reference: the base library loaded as protected
 * constants, then {@code tokens = tokens_str;}.
 */
public final class Interpreter {
    private final Names names = new Names();
    private final Expressions expressions = new Expressions(this, names);
    private final Map<SOp, Encoding> encodings = new IdentityHashMap<>();
    private final Environment top = new Environment("console", null, null);
    /** What a loaded file starts from: the base library and tokens, not the loader's own names. */
    private final Environment base;
    private Listener listener = new Listener() {};
    private int depth;

    public Interpreter() {
        top.assignConstants(true);
        Outcome loaded = run(Library.bundled(Library.BASE), new Listener() {});
        top.assignConstants(false);
        if (loaded.errors() > 0) {
            throw new IllegalStateException("the bundled base library does not run");
        }
        top.set("tokens", Builtins.TOKENS_STR);
        names.name(Builtins.TOKENS_STR, "tokens");
        base = top.snapshot();
    }

    /** How a run went: how many statements failed, and whether it stopped at exit. */
    public record Outcome(int errors, boolean exited) {}

    /** Parses and runs {@code source} at the top level, reporting to {@code listener}. */
    public Outcome run(Source source, Listener listener) {
        Listener outer = this.listener;
        this.listener = listener;
        try {
            return runIn(source, top);
        } finally {
            this.listener = outer;
        }
    }

    private Outcome runIn(Source source, Environment env) {
        ParseResult parsed = SourceParser.parse(source);
        parsed.warnings().forEach(listener::diagnostic);
        parsed.errors().forEach(listener::diagnostic);
        int errors = parsed.errors().size();
        for (Stmt statement : parsed.statements()) {
            if (isCommand(statement)) {
                if (!listener.command(statement)) {
                    return new Outcome(errors, true);
                }
                continue;
            }
            try {
                execute(statement, env, true);
            } catch (RaspError e) {
                errors++;
                Pos pos = e.pos().equals(Pos.NONE) ? statement.pos() : e.pos();
                listener.diagnostic(Diagnostic.error(source, pos, e.getMessage()));
            } catch (StackOverflowError e) {
                errors++;
                listener.diagnostic(Diagnostic.error(source, statement.pos(), "recursion too deep"));
            } catch (RuntimeException bug) {
                errors++;
                listener.internalError(Diagnostic.error(source, statement.pos(), "internal error: " + bug
                        + " (please report it; --verbose shows where)"), bug);
            }
        }
        return new Outcome(errors, false);
    }

    private static boolean isCommand(Stmt s) {
        return s instanceof Stmt.SetExample || s instanceof Stmt.ShowExample || s instanceof Stmt.ToggleExamples
                || s instanceof Stmt.ToggleFullSeq || s instanceof Stmt.Exit;
    }

    /** The value bound to {@code name} at the top level. */
    public Value get(String name) {
        return top.get(name);
    }

    /** The s-op bound to {@code name}, or an error saying what is there instead. */
    public SOp sop(String name) {
        Value v = get(name);
        if (!(v instanceof SOp sop)) {
            throw new RaspError("'" + name + "' is a " + v.typeName() + ", not an s-op");
        }
        return sop;
    }

    /** Evaluates an expression (in the REPL's environment) without running it as a statement. */
    public Value evaluate(Expr expr) {
        return expressions.eval(expr, top);
    }

    public String nameOf(Node node) {
        return names.of(node);
    }

    /** The encoding {@code categorical(...)}/{@code numerical(...)} gave an s-op, or null. */
    public Encoding encodingOf(SOp sop) {
        return encodings.get(sop);
    }

    void annotate(SOp sop, Encoding encoding) {
        encodings.put(sop, encoding);
    }

    /** Evaluates a node on an input, naming the node and the input when it fails. */
    public Object evaluate(Node node, List<Atom> input) {
        try {
            Evaluator.Results results = Evaluator.of(node).run(input);
            return node instanceof SOp sop ? results.column(sop) : results.matrix((Selector) node);
        } catch (EvalError e) {
            throw new RaspError("evaluation failed in: [ " + names.of(e.node()) + " ] on input "
                    + Format.input(input) + ": " + e.getMessage());
        }
    }

    private void execute(Stmt s, Environment env, boolean report) {
        if (s instanceof Stmt.ExprStmt e) {
            exprStatement(e, env, report);
        } else if (s instanceof Stmt.Assign a) {
            assign(a, env, report);
        } else if (s instanceof Stmt.FunctionDef f) {
            Value.Closure closure = new Value.Closure(f, env);
            env.set(f.name(), closure);
            report(report, new Result.Named(f.name(), closure));
        } else if (s instanceof Stmt.ForLoop f) {
            for (Value item : expressions.iterate(expressions.eval(f.iterable(), env), "for loop")) {
                expressions.bind(env, f.vars(), item);
                for (Stmt body : f.body()) {
                    execute(body, env, false);
                }
            }
        } else if (s instanceof Stmt.Load l) {
            load(l, env, report);
        } else if (s instanceof Stmt.Draw d) {
            draw(d, env, report);
        } else {
            throw new RaspError(s.pos(), "REPL commands cannot be used here");
        }
    }

    private void exprStatement(Stmt.ExprStmt e, Environment env, boolean report) {
        if (e.expr() instanceof Expr.Call call && expressions.eval(call.callee(), env) instanceof Node node) {
            report(report, expressions.apply(node, call, env));
            return;
        }
        Value v = checked(expressions.eval(e.expr(), env));
        env.setOut(v);
        report(report, new Result.Named(e.expr() instanceof Expr.Variable var ? var.name() : "out", v));
    }

    private void assign(Stmt.Assign a, Environment env, boolean report) {
        List<Value> values = expressions.evalAll(a.values(), env);
        if (a.targets().size() == 1) {
            bindAndReport(env, a.targets().get(0), values.size() == 1 ? values.get(0) : new Value.ListValue(values),
                    report);
            return;
        }
        List<Value> unpacked = values.size() == 1 && values.get(0) instanceof Value.ListValue list ? list.items()
                : values;
        if (unpacked.size() != a.targets().size()) {
            throw new RaspError("expected " + a.targets().size() + " values, but got: " + unpacked.size());
        }
        for (int i = 0; i < unpacked.size(); i++) {
            bindAndReport(env, a.targets().get(i), unpacked.get(i), report);
        }
    }

    private void bindAndReport(Environment env, String name, Value value, boolean report) {
        checked(value);
        env.set(name, value);
        names.name(value, name);
        report(report, new Result.Named(name, value));
    }

    private Value checked(Value v) {
        if (v instanceof Node node) {
            listener.check(node);
        }
        return v;
    }

    private void report(boolean report, Result result) {
        if (report) {
            listener.result(result);
        }
    }

    /** Runs the file in its own environment (base names only); its public names land in {@code env}. */
    private void load(Stmt.Load l, Environment env, boolean report) {
        if (depth > 20) {
            throw new RaspError(l.pos(), "load nested too deeply (a file loading itself?)");
        }
        Source file = Library.find(l.name(), "<console>");
        Map<String, Result.Named> last = new LinkedHashMap<>();
        Listener outer = listener;
        listener = new Listener() {
            @Override
            public void result(Result result) {
                if (result instanceof Result.Named named && !named.name().startsWith("_")
                        && !named.name().equals("out")) {
                    last.remove(named.name());
                    last.put(named.name(), named);
                }
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                outer.diagnostic(diagnostic);
            }

            @Override
            public boolean command(Stmt command) {
                return outer.command(command);
            }

            @Override
            public void check(Node node) {
                outer.check(node);
            }
        };
        depth++;
        try {
            runIn(file, new Environment(l.name(), base == null ? null : base, env));
        } finally {
            depth--;
            listener = outer;
        }
        report(report, new Result.Loaded(new ArrayList<>(last.values())));
    }

    private void draw(Stmt.Draw d, Environment env, boolean report) {
        Value v = expressions.eval(d.sop(), env);
        if (!(v instanceof SOp sop)) {
            throw new RaspError(d.sop().pos(), "draw expects unfinished sequence, got: " + names.describe(v));
        }
        List<Atom> example = d.example() == null ? null : Inputs.of(expressions.eval(d.example(), env));
        report(report, new Result.Drawn(Analysis.of(this, sop).render(example)));
    }

    /** Calls a user function (body in a fresh scope inside its definition's) or a built-in. */
    Value call(Value.Function function, List<Value> args, Pos pos) {
        if (function instanceof Value.Builtin builtin) {
            checkArity(function.name(), builtin.arity(), args.size());
            return builtin.body().apply(this, args, pos);
        }
        Value.Closure closure = (Value.Closure) function;
        Stmt.FunctionDef def = closure.definition();
        checkArity(def.name(), def.params().size(), args.size());
        Environment scope = closure.scope().nested();
        for (int i = 0; i < args.size(); i++) {
            scope.set(def.params().get(i), args.get(i));
        }
        for (Stmt s : def.body()) {
            execute(s, scope, false);
        }
        List<Value> results = expressions.evalAll(def.result(), scope);
        return results.size() == 1 ? results.get(0) : new Value.ListValue(results);
    }

    private static void checkArity(String name, int expected, int got) {
        if (expected != got) {
            throw new RaspError("wrong number of args for " + name + "- expected: " + expected + ", got: " + got + ".");
        }
    }
}
