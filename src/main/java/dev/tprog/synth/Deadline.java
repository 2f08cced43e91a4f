package dev.tprog.synth;

/** The moment the search must stop: {@link #check} throws {@link Expired} once it has passed. */
record Deadline(long nanos) {
    /** Thrown out of the search, from any thread, when the deadline has passed. */
    static final class Expired extends RuntimeException {
        Expired() {
            super("deadline passed", null, false, false);
        }
    }

    static Deadline after(java.time.Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    boolean passed() {
        return System.nanoTime() > nanos;
    }

    void check() {
        if (passed()) {
            throw new Expired();
        }
    }
}
