package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.List;

/** Indexing into a fixed list, string or dict, as the reference does (negative list indices allowed). */
final class Lookups {
    private Lookups() {}

    static Value at(Value table, Atom index) {
        if (table instanceof Value.DictValue dict) {
            Value v = dict.get(index);
            if (v == null) {
                throw new RaspError("index [ " + Format.describe(index) + " ] not in dict.");
            }
            return v;
        }
        if (table instanceof Value.ListValue list) {
            return list.items().get(position(index, list.items().size(), "list"));
        }
        if (table instanceof Value.Str s) {
            int at = position(index, s.value().length(), "string");
            return new Value.Str(s.value().substring(at, at + 1));
        }
        throw new RaspError("can only index into a list, dict, string, or sequence, but instead got: "
                + Format.describe(table));
    }

    private static int position(Atom index, int size, String kind) {
        if (!Py.isIntLike(index)) {
            throw new RaspError("index into " + kind + " has to be s-op or integer, got: " + Format.describe(index));
        }
        long i = Py.asLong(index);
        if (i >= size || -i > size) {
            throw new RaspError("index " + i + " out of range for " + kind + " of length " + size);
        }
        return (int) (i < 0 ? i + size : i);
    }

    /** The atoms of a list, or an error naming what is not an atom (for {@code sop in list}). */
    static List<Atom> atoms(Value.ListValue list) {
        for (Value v : list.items()) {
            if (!(v instanceof Atom)) {
                throw new RaspError("\"[s-op] in X\" expects X to be list of atoms, but got list with values: "
                        + Format.describe(list));
            }
        }
        return list.items().stream().map(Atom.class::cast).toList();
    }
}
