package dev.tprog.cli;

import dev.tprog.io.InputException;
import dev.tprog.program.Executor;
import java.util.List;

/** Runs a program on a user's input, turning a rejected input into a message that says where it came from. */
final class Inputs {
    private Inputs() {}

    static List<String> predict(Executor executor, List<String> tokens, Object source) {
        try {
            return executor.predict(tokens);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": input " + String.join(" ", tokens) + ": " + e.getMessage());
        }
    }
}
