package dev.tprog.rasp;

/**
 * A RASP type or value error, as the reference raises them: a message, and where it happened
 * when that is known. The interpreter turns it into a {@link Diagnostic}.
 */
public class RaspError extends RuntimeException {
    private final Pos pos;

    public RaspError(String message) {
        this(Pos.NONE, message);
    }

    public RaspError(Pos pos, String message) {
        super(message);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }

    /** The same error, placed at {@code pos} unless it already has a place. */
    public RaspError at(Pos pos) {
        return this.pos.equals(Pos.NONE) ? new RaspError(pos, getMessage()) : this;
    }
}
