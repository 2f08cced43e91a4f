package dev.tprog.synth;

import dev.tprog.rasp.Comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The goal-directed rules, as data next to the grammar: each inverts one production, turning
 * a goal and an exact cost into goals for the production's arguments, and builds the term
 * when they are met. {@link GoalSearch} tries them in list order; the productions they build
 * with come from the grammar. Every rule is sound: its subgoals are exact, so what it returns
 * meets its goal.
 */
sealed interface Decomposition {
    /** A term of exactly {@code cost} that meets {@code goal}, or null. */
    Term solve(Goal goal, int cost, GoalSearch search);

    /** Which side of an equality select is taken from the bank; the other side is solved for. */
    enum Enumerated { KEYS, QUERIES }

    /**
     * The rules of the standard grammar, in the order they are tried: bank lookup; gather from
     * values of cost at most 3 (tokens, indices, length and one operation on them); width; an
     * equality select with keys from the bank up to cost 3 (keys are positions such as
     * {@code indices} or {@code length - indices}; each enumerated key starts a search for the
     * queries, so all of the bank's thousands would multiply the search) or with queries from
     * the whole bank; and and/or combinations of up to three atoms, the outer ones having
     * distinct arguments of cost at most 4 together (such as {@code select(tokens, tokens, <)}
     * or {@code select(hist, hist, ==)} with {@code hist} of cost 4).
     */
    static List<Decomposition> standard(Grammar grammar) {
        Predicate<Operator> equality = op -> op instanceof Operator.Select s && s.comparison() == Comparison.EQ;
        List<Production> equalities = List.of(production(grammar, "select ==", equality, Type.NUM, Type.NUM),
                production(grammar, "select ==", equality, Type.CAT, Type.CAT));
        return List.of(
                new Lookup(),
                new Gather(production(grammar, "aggregate", Operator.Aggregate.class::isInstance, Type.SEL, Type.CAT),
                        production(grammar, "aggregate", Operator.Aggregate.class::isInstance, Type.SEL, Type.NUM), 3),
                new Width(production(grammar, "selector_width", Operator.Width.class::isInstance, Type.SEL)),
                new SelectEquals(equalities, Enumerated.KEYS, 3),
                new SelectEquals(equalities, Enumerated.QUERIES, Integer.MAX_VALUE),
                new Combine(production(grammar, "and", op -> op instanceof Operator.Combine c && c.and(), Type.SEL, Type.SEL),
                        production(grammar, "or", op -> op instanceof Operator.Combine c && !c.and(), Type.SEL, Type.SEL),
                        3, 4));
    }

    /**
     * An s-op goal below the target met by a term the bank kept. (The target itself was already
     * compared with every kept term while the bank was built.)
     */
    record Lookup() implements Decomposition {
        @Override
        public Term solve(Goal goal, int cost, GoalSearch search) {
            return goal instanceof SOpSpec spec && spec.depth() > 0 ? search.lookup(spec, cost) : null;
        }
    }

    /**
     * The target as {@code aggregate(sel, v)} with {@code v} a bank term of at most
     * {@code maxValueCost}: {@code sel} must select, on each row, exactly one key whose value
     * is right there ({@link SelectorSpec#gather}).
     */
    record Gather(Production categorical, Production numerical, int maxValueCost) implements Decomposition {
        @Override
        public Term solve(Goal goal, int cost, GoalSearch search) {
            if (!(goal instanceof SOpSpec spec) || spec.depth() > 0) {
                return null;
            }
            Production aggregate = spec.type() == Type.CAT ? categorical : numerical;
            for (int valueCost = 1; valueCost <= Math.min(maxValueCost, cost - 2); valueCost++) {
                for (Bank.Entry v : search.bank().level(spec.type(), valueCost)) {
                    if (v.term().constant()) {
                        continue;
                    }
                    SelectorSpec selector = SelectorSpec.gather(spec, v.values().sop());
                    Term sel = selector == null ? null : search.solve(selector, cost - 1 - valueCost);
                    if (sel != null) {
                        return Term.of(aggregate, List.of(sel, v.term()));
                    }
                }
            }
            return null;
        }
    }

    /** A numerical goal as {@code selector_width(sel)}: {@code sel} must select the right number of keys on each row. */
    record Width(Production width) implements Decomposition {
        @Override
        public Term solve(Goal goal, int cost, GoalSearch search) {
            if (!(goal instanceof SOpSpec spec) || spec.type() != Type.NUM || cost < 2) {
                return null;
            }
            SelectorSpec selector = SelectorSpec.widths(spec);
            Term sel = selector == null ? null : search.solve(selector, cost - 1);
            return sel == null ? null : Term.of(width, List.of(sel));
        }
    }

    /**
     * An exactly-one selector goal as {@code select(k, q, ==)} with one side a bank term whose
     * values are distinct within each example, so each row selects at most one key.
     * <ul>
     *   <li>Keys from the bank: row i selects the key j with {@code k[j] == q[i]}, so the
     *       queries' goal is {@code q[i]} in {k[j] : j a right key of row i}.
     *   <li>Queries from the bank: every row must select a key and no two rows the same one, so
     *       the keys must be a bijection onto the query values: {@code k[j]} in {q[i] : j a right
     *       key of row i}, distinct within each example. Only where every row is constrained, and
     *       only if the rows can be matched to distinct right keys at all. A row that may read any
     *       key (a free position) is taken to read itself, which keeps the keys' goals tight (sort's
     *       BOS and EOS).
     * </ul>
     */
    record SelectEquals(List<Production> equalities, Enumerated enumerated, int maxEnumeratedCost) implements Decomposition {
        @Override
        public Term solve(Goal goal, int cost, GoalSearch search) {
            if (!(goal instanceof SelectorSpec exactlyOne) || !exactlyOne.exactlyOne()) {
                return null;
            }
            SelectorSpec spec = enumerated == Enumerated.KEYS ? exactlyOne : exactlyOne.readingItselfWhereFree();
            if (enumerated == Enumerated.QUERIES && !(spec.exactlyOneEverywhere() && spec.perfectMatching())) {
                return null;
            }
            List<Supplier<Term>> items = new ArrayList<>();
            for (Production select : equalities) {
                Type side = select.arguments().get(enumerated == Enumerated.KEYS ? 0 : 1);
                Type other = select.arguments().get(enumerated == Enumerated.KEYS ? 1 : 0);
                for (int sideCost = 1; sideCost <= Math.min(maxEnumeratedCost, cost - 2); sideCost++) {
                    List<Bank.Entry> distinct = search.distinct(side, sideCost);
                    int otherCost = cost - 1 - sideCost;
                    for (int from = 0; from < distinct.size(); from += GoalSearch.ITEM) {
                        List<Bank.Entry> block = distinct.subList(from, Math.min(distinct.size(), from + GoalSearch.ITEM));
                        items.add(() -> solveBlock(select, other, block, spec, otherCost, search));
                    }
                }
            }
            return search.fork().first(items);
        }

        private Term solveBlock(Production select, Type other, List<Bank.Entry> block, SelectorSpec spec, int otherCost,
                GoalSearch search) {
            for (Bank.Entry known : block) {
                search.deadline().check();
                double[] values = known.values().sop();
                SOpSpec goal = enumerated == Enumerated.KEYS ? queriesFor(spec, values, other)
                        : keysFor(spec, values, other);
                Term solved = goal.impossible() ? null : search.solve(goal, otherCost);
                if (solved != null) {
                    return Term.of(select, enumerated == Enumerated.KEYS ? List.of(known.term(), solved)
                            : List.of(solved, known.term()));
                }
            }
            return null;
        }

        /** Row i's query must be the key value of one of its right keys. */
        static SOpSpec queriesFor(SelectorSpec spec, double[] keys, Type type) {
            Layout layout = spec.layout();
            double[][] allowed = new double[layout.positions()][];
            for (int k = 0; k < spec.rows(); k++) {
                int s = layout.start(spec.exampleOf(k));
                long right = spec.within(k);
                double[] values = new double[Long.bitCount(right)];
                int n = 0;
                for (long r = right; r != 0; r &= r - 1) {
                    values[n++] = keys[s + Long.numberOfTrailingZeros(r)];
                }
                allowed[spec.position(k)] = values;
            }
            return new SOpSpec(layout, type, allowed, false, spec.depth() + 1);
        }

        /** Key j must be the query value of a row it is right for; keys distinct per example. */
        static SOpSpec keysFor(SelectorSpec spec, double[] queries, Type type) {
            Layout layout = spec.layout();
            int[] count = new int[layout.positions()];
            for (int k = 0; k < spec.rows(); k++) {
                int s = layout.start(spec.exampleOf(k));
                for (long r = spec.within(k); r != 0; r &= r - 1) {
                    count[s + Long.numberOfTrailingZeros(r)]++;
                }
            }
            double[][] allowed = new double[layout.positions()][];
            for (int p = 0; p < allowed.length; p++) {
                allowed[p] = new double[count[p]];
                count[p] = 0;
            }
            for (int k = 0; k < spec.rows(); k++) {
                int s = layout.start(spec.exampleOf(k));
                for (long r = spec.within(k); r != 0; r &= r - 1) {
                    int key = s + Long.numberOfTrailingZeros(r);
                    allowed[key][count[key]++] = queries[spec.position(k)];
                }
            }
            return new SOpSpec(layout, type, allowed, true, spec.depth() + 1);
        }
    }

    /**
     * A selector goal as an atom or an and/or combination of up to {@code maxAtoms} atoms
     * ({@link Atoms}), one argument at a time through the residual goals of
     * {@link SelectorSpec#or} and {@link SelectorSpec#and}. Atoms whose distinct arguments cost
     * at most {@code outerArgumentCost} are enumerated as the outer arguments; the innermost
     * argument is looked up among all atoms.
     */
    record Combine(Production and, Production or, int maxAtoms, int outerArgumentCost) implements Decomposition {
        @Override
        public Term solve(Goal goal, int cost, GoalSearch search) {
            return goal instanceof SelectorSpec spec ? new Combination(this, spec, search).find(cost) : null;
        }
    }

    private static Production production(Grammar grammar, String what, Predicate<Operator> operator, Type... arguments) {
        return grammar.productions().stream()
                .filter(p -> operator.test(p.operator()) && p.arguments().equals(List.of(arguments))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the grammar has no " + what + " over " + List.of(arguments)));
    }
}
