package dev.tprog.rasp;

/** Evaluating an s-op or selector on an input failed at {@code node}. */
public final class EvalError extends RaspError {
    private final transient Node node;

    public EvalError(Node node, String message) {
        super(message);
        this.node = node;
    }

    public Node node() {
        return node;
    }
}
