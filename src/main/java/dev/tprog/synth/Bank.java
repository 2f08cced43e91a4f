package dev.tprog.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms the bottom-up enumeration kept, by type and cost, one per distinct value vector
 * (observational equivalence; constants are kept as leaves but never deduplicated). The
 * goal-directed search reads it as its supply of leaves.
 */
final class Bank {
    /** A kept term and its values on the visible inputs. */
    record Entry(Term term, Values values) {}

    private final Map<Type, List<List<Entry>>> levels = new EnumMap<>(Type.class);
    private final Map<Type, Map<Values, Term>> seen = new EnumMap<>(Type.class);
    private long size;

    Bank() {
        for (Type type : Type.values()) {
            levels.put(type, new ArrayList<>(List.of(List.of())));
            seen.put(type, new HashMap<>());
        }
    }

    /** Opens the next cost level for every type. */
    void openLevel() {
        for (Type type : Type.values()) {
            levels.get(type).add(new ArrayList<>());
        }
    }

    /** The highest cost level opened so far. */
    int maxCost() {
        return levels.get(Type.CAT).size() - 1;
    }

    /** The kept terms of this type and cost, in the order they were kept (empty beyond the top level). */
    List<Entry> level(Type type, int cost) {
        List<List<Entry>> byCost = levels.get(type);
        return cost < byCost.size() ? byCost.get(cost) : List.of();
    }

    /** Whether a non-constant term of this type already has these values. Safe to call from several threads while nothing is added. */
    boolean contains(Type type, Values values) {
        return seen.get(type).containsKey(values);
    }

    /** Keeps the entry at its cost unless an earlier term has the same values; false if it was a duplicate. */
    boolean add(Entry entry) {
        Term term = entry.term();
        if (!term.constant() && seen.get(term.type()).putIfAbsent(entry.values(), term) != null) {
            return false;
        }
        levels.get(term.type()).get(term.cost()).add(entry);
        size++;
        return true;
    }

    /** Terms kept, over all types and costs. */
    long size() {
        return size;
    }
}
