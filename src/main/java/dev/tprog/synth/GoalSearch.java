package dev.tprog.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Top-down search from the target, beyond the cost the bank reached: a goal of an exact cost
 * is met by the first {@link Decomposition} rule, in list order, that meets it; rules call back
 * for their subgoals, and the bank's terms and {@link Atoms} are the leaves. Costs are exact,
 * so each way of splitting a cost among the arguments is tried once over the whole search,
 * and a program is found at the first cost at which one exists (for these rules).
 */
final class GoalSearch {
    /** Bank terms or outer atoms per forked item. */
    static final int ITEM = 32;

    private final Bank bank;
    private final List<Decomposition> rules;
    private final Atoms atoms;
    private final Fork fork;
    private final Deadline deadline;
    private final Layout layout;
    /** Per type and cost, the kept non-constant terms whose values differ within every example. */
    private final Map<Type, List<List<Bank.Entry>>> distinct = new EnumMap<>(Type.class);
    /** Per type and cost, indexes of all kept terms and of the distinct ones. */
    private final Map<Type, List<ValueIndex>> indexAll = new EnumMap<>(Type.class);
    private final Map<Type, List<ValueIndex>> indexDistinct = new EnumMap<>(Type.class);
    private final LongAdder lookups = new LongAdder();

    GoalSearch(Bank bank, Grammar grammar, List<Decomposition> rules, Evaluator evaluator, long maxAtoms, Fork fork,
            Deadline deadline) {
        this.bank = bank;
        this.rules = List.copyOf(rules);
        this.fork = fork;
        this.deadline = deadline;
        this.layout = evaluator.layout();
        int outerArgumentCost = rules.stream().filter(r -> r instanceof Decomposition.Combine)
                .mapToInt(r -> ((Decomposition.Combine) r).outerArgumentCost()).max().orElse(0);
        this.atoms = Atoms.of(bank, grammar, evaluator, outerArgumentCost, maxAtoms, fork, deadline);
        for (Type type : List.of(Type.CAT, Type.NUM)) {
            List<List<Bank.Entry>> byCost = new ArrayList<>();
            for (int cost = 0; cost <= bank.maxCost(); cost++) {
                byCost.add(bank.level(type, cost).stream()
                        .filter(e -> !e.term().constant() && SOpSpec.distinctPerExample(layout, e.values().sop())).toList());
            }
            distinct.put(type, byCost);
            List<List<Bank.Entry>> levels = java.util.stream.IntStream.rangeClosed(0, bank.maxCost())
                    .mapToObj(cost -> bank.level(type, cost)).toList();
            indexAll.put(type, fork.map(levels, level -> new ValueIndex(level, layout.positions())));
            indexDistinct.put(type, fork.map(byCost, level -> new ValueIndex(level, layout.positions())));
        }
    }

    /** A program of exactly {@code cost} meeting one of the target's goals (tried in order), or null. */
    Term solve(List<SOpSpec> targets, int cost) {
        for (SOpSpec target : targets) {
            Term found = solve(target, cost);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A term of exactly {@code cost} meeting {@code goal}, from the first rule that finds one; null if none does. */
    Term solve(Goal goal, int cost) {
        deadline.check();
        for (Decomposition rule : rules) {
            Term found = rule.solve(goal, cost, this);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first non-constant bank term of exactly {@code cost} that meets {@code spec}. */
    Term lookup(SOpSpec spec, int cost) {
        List<ValueIndex> byCost = (spec.distinct() ? indexDistinct : indexAll).get(spec.type());
        return cost < byCost.size() ? byCost.get(cost).first(spec, lookups) : null;
    }

    /** The kept non-constant terms of this type and cost whose values differ within every example. */
    List<Bank.Entry> distinct(Type type, int cost) {
        List<List<Bank.Entry>> byCost = distinct.get(type);
        return byCost == null || cost >= byCost.size() ? List.of() : byCost.get(cost);
    }

    /** Candidates checked so far: bank terms against s-op goals, and lookups of atoms for selector goals. */
    long checks() {
        return lookups.sum() + atoms.queries();
    }

    Bank bank() {
        return bank;
    }

    Atoms atoms() {
        return atoms;
    }

    Fork fork() {
        return fork;
    }

    Deadline deadline() {
        return deadline;
    }
}
