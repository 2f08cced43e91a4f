package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The RASP REPL without a terminal: lines in, the reference's printout out. A statement may span
 * lines (it runs once it parses); every new s-op prints with its value on the running example,
 * every selector as a 0/1 matrix. The JLine front end ({@link InteractiveRepl}) and the tests
 * both drive this class.
 */
public final class Repl implements Listener {
    public static final String PROMPT = ">> ";
    public static final String CONTINUATION = ".. ";

    private final Interpreter session = new Interpreter();
    private final PrintWriter out;
    private final PrintWriter err;
    private final StringBuilder pending = new StringBuilder();
    private String sourceName = "<console>";
    private Value sequenceExample = new Value.Str("hello");
    private Value selectorExample = new Value.Str("hello");
    private boolean showSequences = true;
    private boolean showSelectors = true;
    private boolean fullSeqDisplay;
    private boolean exited;
    private boolean blankLines;
    private boolean verbose;
    private boolean quiet;
    private String lastSopName;
    private int errors;
    private final List<Diagnostic> reported = new java.util.ArrayList<>();

    public Repl(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public Interpreter session() {
        return session;
    }

    /** With verbose on, internal errors come with their stack trace. */
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    /** With quiet on, results are not printed (errors still are). */
    public void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    /** The name of the last s-op a statement assigned, or null. */
    public String lastSopName() {
        return lastSopName;
    }

    /** Every error and warning reported so far. */
    public List<Diagnostic> reported() {
        return List.copyOf(reported);
    }

    /** How many statements failed so far. */
    public int errors() {
        return errors;
    }

    /** The first lines the interactive REPL prints. */
    public void greet() {
        out.println("RASP 0.1 (tprog)");
        out.println("running example is: " + Format.describe(sequenceExample));
        out.flush();
    }

    /** Sets the running example of both s-ops and selectors. */
    public void setExample(Value example) {
        Inputs.of(example);
        sequenceExample = example;
        selectorExample = example;
    }

    /**
     * Reads statements until the reader ends or an exit command, echoing prompts as the
     * reference does when its input is piped (so transcripts read like a session).
     */
    public void run(BufferedReader in, boolean echoPrompts) throws IOException {
        while (!exited) {
            if (echoPrompts) {
                out.print(prompt());
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                out.println();
                break;
            }
            feed(line);
        }
        out.flush();
    }

    /** Adds a line; runs the statement(s) once they parse. Returns false after an exit command. */
    public boolean feed(String line) {
        pending.append(line).append('\n');
        Source source = new Source(sourceName, pending.toString());
        ParseResult parsed = SourceParser.parse(source);
        if (parsed.incomplete()) {
            return true;
        }
        pending.setLength(0);
        // Blank and comment-only lines get the ".." prompt next, as in the reference; they are not
        // kept, so line numbers in messages count from the statement's first line.
        blankLines = parsed.ok() && parsed.statements().isEmpty();
        if (blankLines) {
            return true;
        }
        run(source);
        return !exited;
    }

    /** The prompt for the next line: indented by the number of open defs, as the reference does. */
    public String prompt() {
        if (pending.length() == 0) {
            return blankLines ? CONTINUATION : PROMPT;
        }
        long defs = java.util.Arrays.stream(pending.toString().split("\\s+")).filter("def"::equals).count();
        return CONTINUATION + "  ".repeat((int) defs);
    }

    /** Drops a partly typed statement (Ctrl-C). */
    public void cancel() {
        pending.setLength(0);
        blankLines = false;
    }

    /** Runs a whole text at once (a file): a statement cut off at the end is an error. */
    public void run(Source source) {
        String previous = sourceName;
        sourceName = source.name();
        try {
            Interpreter.Outcome outcome = session.run(source, this);
            exited |= outcome.exited();
        } finally {
            sourceName = previous;
            out.flush();
            err.flush();
        }
    }

    public boolean exited() {
        return exited;
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
        reported.add(diagnostic);
        if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
            errors++;
        }
        out.flush();
        err.println(diagnostic.render());
        err.flush();
    }

    @Override
    public void internalError(Diagnostic diagnostic, RuntimeException bug) {
        diagnostic(diagnostic);
        if (verbose) {
            bug.printStackTrace(err);
            err.flush();
        }
    }

    @Override
    public void check(Node node) {
        session.evaluate(node, Inputs.of(sequenceExample));
    }

    @Override
    public boolean command(Stmt command) {
        if (command instanceof Stmt.SetExample c) {
            Value example = session.evaluate(c.example());
            try {
                Inputs.of(example);
            } catch (RaspError e) {
                diagnostic(Diagnostic.error(new Source(sourceName, pending.toString()), c.pos(),
                        "example not iterable: " + Format.describe(example)));
                return true;
            }
            sequenceExample = c.subset() == Stmt.Subset.SELECTOR ? sequenceExample : example;
            selectorExample = c.subset() == Stmt.Subset.SOP ? selectorExample : example;
        } else if (command instanceof Stmt.ShowExample c) {
            showExamples(c.subset());
        } else if (command instanceof Stmt.ToggleExamples c) {
            showSequences = c.subset() == Stmt.Subset.SELECTOR ? showSequences : c.on();
            showSelectors = c.subset() == Stmt.Subset.SOP ? showSelectors : c.on();
        } else if (command instanceof Stmt.ToggleFullSeq c) {
            fullSeqDisplay = c.on();
        } else if (command instanceof Stmt.Exit) {
            exited = true;
            return false;
        } else {
            throw new AssertionError(command);
        }
        return true;
    }

    private void showExamples(Stmt.Subset subset) {
        if (subset != Stmt.Subset.SELECTOR) {
            out.println("\ts-op example: " + Format.describe(sequenceExample));
        }
        if (subset != Stmt.Subset.SOP) {
            out.println("\tselector example: " + Format.describe(selectorExample));
        }
    }

    @Override
    public void result(Result result) {
        if (result instanceof Result.Named named && named.value() instanceof SOp) {
            lastSopName = named.name();
        }
        if (quiet) {
            return;
        }
        if (result instanceof Result.Named named) {
            new Printer(out, session).named(named.name(), named.value(), 0, "", examples(true));
        } else if (result instanceof Result.Applied applied) {
            printApplied(applied);
        } else if (result instanceof Result.Loaded loaded) {
            Printer printer = new Printer(out, session);
            loaded.names().forEach(n -> printer.named(n.name(), n.value(), 0, "", examples(false)));
        } else if (result instanceof Result.Drawn drawn) {
            out.print(drawn.text());
        } else {
            throw new AssertionError(result);
        }
        out.flush();
    }

    private Printer.Examples examples(boolean on) {
        return new Printer.Examples(on && showSequences ? Inputs.of(sequenceExample) : null,
                on && showSelectors ? Inputs.of(selectorExample) : null, fullSeqDisplay ? Inputs.of(selectorExample)
                : null);
    }

    private void printApplied(Result.Applied applied) {
        if (applied.value() instanceof Column column) {
            if (fullSeqDisplay) {
                out.print("\t = ");
                Printer.fullSequence(out, "", applied.input(), column);
            } else {
                out.println("\t =  " + Format.sequence(column));
            }
        } else {
            out.println("\t = ");
            Printer.matrix(out, "", applied.input(), (BitMatrix) applied.value());
        }
    }

    /** The running example of s-ops, as atoms. */
    public List<Atom> sequenceExample() {
        return Inputs.of(sequenceExample);
    }
}
