package dev.tprog.rasp;

/** Receives what running statements produces; the REPL prints it, tests collect it. */
public interface Listener {
    default void result(Result result) {}

    default void diagnostic(Diagnostic diagnostic) {}

    /** A bug in tprog surfaced while running a statement; reported like an error, the run goes on. */
    default void internalError(Diagnostic diagnostic, RuntimeException bug) {
        diagnostic(diagnostic);
    }

    /** A REPL command met while running; return false to stop running (exit). */
    default boolean command(Stmt command) {
        return true;
    }

    /**
     * Called with every new s-op or selector before it is bound, as the reference test-runs them
     * on the running example; throw a {@link RaspError} to reject the statement.
     */
    default void check(Node node) {}
}
