package dev.tprog.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The search of one {@link Decomposition.Combine} goal: an atom of the exact cost, or
 * {@code a op x} for an outer atom {@code a} and {@code x} meeting the residual goal
 * ({@link SelectorSpec#or}, {@link SelectorSpec#and}) with one atom fewer; the innermost
 * argument is looked up. Since and/or commute, the inner argument's id exceeds the outer one's
 * where both could be outer (and in a chain of one connective the ids rise), so each
 * combination is tried once. The outermost loop is forked.
 */
final class Combination {
    /** The connectives applied so far, outermost first, with their left arguments. */
    private record Chain(Chain outer, boolean and, Atoms.Atom atom) {
        /** The whole selector once {@code rows} is the innermost argument. */
        long[] compose(long[] rows) {
            long[] out = rows;
            for (Chain c = this; c != null; c = c.outer) {
                long[] next = new long[out.length];
                long[] left = c.atom.rows();
                for (int i = 0; i < next.length; i++) {
                    next[i] = c.and ? left[i] & out[i] : left[i] | out[i];
                }
                out = next;
            }
            return out;
        }

        Term build(Term inner, Decomposition.Combine rule) {
            Term out = inner;
            for (Chain c = this; c != null; c = c.outer) {
                out = Term.of(c.and ? rule.and() : rule.or(), List.of(c.atom.term(), out));
            }
            return out;
        }
    }

    private final Decomposition.Combine rule;
    private final SelectorSpec goal;
    private final GoalSearch search;
    private final Atoms atoms;

    Combination(Decomposition.Combine rule, SelectorSpec goal, GoalSearch search) {
        this.rule = rule;
        this.goal = goal;
        this.search = search;
        this.atoms = search.atoms();
    }

    Term find(int cost) {
        Term single = single(null, goal, cost);
        if (single != null || rule.maxAtoms() < 2) {
            return single;
        }
        List<Supplier<Term>> items = new ArrayList<>();
        for (boolean and : new boolean[] {false, true}) {
            for (int atomCost = 1; atomCost <= cost - 2; atomCost++) {
                List<Atoms.Atom> outer = atoms.outer(atomCost);
                int rest = cost - 1 - atomCost;
                for (int from = 0; from < outer.size(); from += GoalSearch.ITEM) {
                    List<Atoms.Atom> block = outer.subList(from, Math.min(outer.size(), from + GoalSearch.ITEM));
                    items.add(() -> {
                        for (Atoms.Atom a : block) {
                            Term found = extend(null, goal, and, a, rest, rule.maxAtoms() - 1);
                            if (found != null) {
                                return found;
                            }
                        }
                        return null;
                    });
                }
            }
        }
        return search.fork().first(items);
    }

    /** A term meeting {@code spec} of exactly {@code cost} with at most {@code atomsLeft} atoms, inside {@code chain}. */
    private Term find(Chain chain, SelectorSpec spec, int cost, int atomsLeft) {
        Term single = single(chain, spec, cost);
        if (single != null || atomsLeft < 2) {
            return single;
        }
        for (boolean and : new boolean[] {false, true}) {
            for (int atomCost = 1; atomCost <= cost - 2; atomCost++) {
                for (Atoms.Atom a : atoms.outer(atomCost)) {
                    if (and == chain.and() && a.id() <= chain.atom().id()) {
                        continue; // the same connective again: ids rise along the chain
                    }
                    Term found = extend(chain, spec, and, a, cost - 1 - atomCost, atomsLeft - 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** {@code a and x} or {@code a or x} inside {@code chain}, for x of exactly {@code cost}. */
    private Term extend(Chain chain, SelectorSpec spec, boolean and, Atoms.Atom a, int cost, int atomsLeft) {
        search.deadline().check();
        SelectorSpec residual = and ? spec.and(a.rows()) : spec.or(a.rows());
        return residual == null ? null : find(new Chain(chain, and, a), residual, cost, atomsLeft);
    }

    /**
     * The first atom of exactly {@code cost} completing {@code chain} to a selector that meets
     * the goal. Residual specs are exact, so only the distinct widths need the whole selector.
     */
    private Term single(Chain chain, SelectorSpec spec, int cost) {
        Atoms.Atom atom = atoms.first(cost, spec, chain == null ? -1 : chain.atom().id(), !goal.distinctWidths() ? null
                : rows -> goal.acceptsWhole(chain == null ? rows : chain.compose(rows)));
        if (atom == null) {
            return null;
        }
        return chain == null ? atom.term() : chain.build(atom.term(), rule);
    }
}
