package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.List;

/** Turns a RASP value into an input sequence: a string is its characters, a list its atoms. */
public final class Inputs {
    private Inputs() {}

    public static List<Atom> of(Value value) {
        List<Atom> input = new ArrayList<>();
        if (value instanceof Value.Str s) {
            s.value().codePoints().forEach(c -> input.add(new Value.Str(new String(Character.toChars(c)))));
        } else if (value instanceof Value.ListValue list) {
            for (Value item : list.items()) {
                if (!(item instanceof Atom atom)) {
                    throw new RaspError("an input sequence holds atoms only, got: " + Format.describe(item));
                }
                input.add(atom);
            }
        } else if (value instanceof Value.DictValue dict) {
            input.addAll(dict.keys());
        } else {
            throw new RaspError("Applying unfinished expects iterable input, got: " + Format.describe(value));
        }
        if (input.isEmpty()) {
            throw new RaspError("RASP sequences/selectors expect non-empty iterables, got: " + Format.describe(value));
        }
        return input;
    }

    /** Tokens as string atoms: what a task example's input is. */
    public static List<Atom> strings(List<String> tokens) {
        return tokens.stream().<Atom>map(Value.Str::new).toList();
    }
}
