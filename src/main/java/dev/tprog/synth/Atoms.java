package dev.tprog.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The atomic selectors the goal-directed search combines with and/or: every selector the
 * bank kept, and {@code select} applied beyond the bank's cost to two families of bank s-ops
 * {@code f}: self-relations {@code select(f, f, op)} (same count, earlier copy, ...) and key
 * filters {@code select(f, c, op)} with a constant {@code c} (the same keys in every row).
 * One atom per distinct selector, the cheapest; ids run over the <em>outer</em> atoms first
 * (those whose distinct arguments are cheap: the search enumerates them), then the rest (only
 * ever looked up), each part by cost.
 *
 * <p>Lookups go through an index: the atoms of a cost are sorted by their rows on a few short
 * examples, so a spec is checked once per distinct block of rows there rather than once per
 * atom.
 */
final class Atoms {
    /** A selector and its rows on the visible inputs. */
    record Atom(int id, Term term, long[] rows) {}

    /** Examples whose rows pack into one long (at most 8 tokens) can key the index. */
    private static final int PACKED_LENGTH = 8;
    private static final int INDEX_LEVELS = 3;
    /** Candidates evaluated at a time: bounds the memory of values not yet deduplicated. */
    private static final int CHUNK = 4096;
    /** Remembered lookups at most: a few tens of bytes each. */
    private static final int MEMO_ENTRIES = 1_000_000;

    private final List<Atom> atoms;
    private final Map<Integer, List<Atom>> outerByCost = new HashMap<>();
    private final Map<Integer, Index> byCost = new HashMap<>();
    private final int[] indexExamples;
    private final Layout layout;
    /** Lookups so far (one each, remembered or not, so the count does not depend on the threads). */
    private final LongAdder queries = new LongAdder();
    /** By spec fingerprint and cost: the ids of the atoms meeting the spec, ascending. */
    private final Map<Long, int[]> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /** Numbers the atoms, outer first, each part in the order given (by cost). */
    private Atoms(Layout layout, List<Atom> outer, List<Atom> inner) {
        this.layout = layout;
        this.indexExamples = indexExamples(layout);
        this.atoms = new ArrayList<>(outer.size() + inner.size());
        Map<Integer, List<Atom>> all = new HashMap<>();
        for (List<Atom> part : List.of(outer, inner)) {
            for (Atom unnumbered : part) {
                Atom atom = new Atom(atoms.size(), unnumbered.term(), unnumbered.rows());
                atoms.add(atom);
                int cost = atom.term().cost();
                all.computeIfAbsent(cost, c -> new ArrayList<>()).add(atom);
                if (part == outer) {
                    outerByCost.computeIfAbsent(cost, c -> new ArrayList<>()).add(atom);
                }
            }
        }
        all.forEach((cost, list) -> byCost.put(cost, new Index(list)));
    }

    /**
     * The atoms from a bank.
     *
     * @param outerArgumentCost the most an outer atom's distinct arguments may cost together
     * @param maxAtoms the most atoms to keep (the cheapest are kept)
     */
    static Atoms of(Bank bank, Grammar grammar, Evaluator evaluator, int outerArgumentCost, long maxAtoms, Fork fork,
            Deadline deadline) {
        List<Production> selects = grammar.productions().stream()
                .filter(p -> p.operator() instanceof Operator.Select && p.arity() == 2).toList();
        Map<Values, Boolean> seen = new HashMap<>();
        Set<KeyMasks> seenMasks = new HashSet<>();
        List<Atom> outer = new ArrayList<>();
        List<Atom> inner = new ArrayList<>();
        for (int cost = 1; cost <= 2 * bank.maxCost() + 1; cost++) {
            List<Candidate> candidates = candidates(bank, selects, cost);
            candidates.sort(Comparator.comparing((Candidate c) -> !isOuter(c.term(), outerArgumentCost)));
            for (int from = 0; from < candidates.size(); from += CHUNK) {
                deadline.check();
                List<Candidate> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
                List<Object> computed = fork.map(chunk, c -> c.compute(evaluator));
                for (int i = 0; i < chunk.size(); i++) {
                    Values v;
                    if (computed.get(i) instanceof KeyMasks masks) {
                        if (!seenMasks.add(masks)) {
                            continue; // the same keys as an earlier key filter: no rows to build
                        }
                        v = evaluator.rowsOf(masks.bits());
                    } else {
                        v = (Values) computed.get(i);
                    }
                    if (v == null || seen.putIfAbsent(v, Boolean.TRUE) != null) {
                        continue;
                    }
                    if (outer.size() + inner.size() >= maxAtoms) {
                        return new Atoms(evaluator.layout(), outer, inner);
                    }
                    Term term = chunk.get(i).term();
                    (isOuter(term, outerArgumentCost) ? outer : inner).add(new Atom(-1, term, v.rows()));
                }
            }
        }
        return new Atoms(evaluator.layout(), outer, inner);
    }

    /** A selector to make an atom of: a bank term with its values, or a select over bank s-ops still to evaluate. */
    private record Candidate(Term term, Values known, Values[] arguments) {
        /** Its values; for a key filter only the keys it selects in each example ({@link KeyMasks}). */
        Object compute(Evaluator evaluator) {
            if (known != null) {
                return known;
            }
            if (term.arguments().get(1).constant()) {
                Operator.Select select = (Operator.Select) term.production().operator();
                return new KeyMasks(evaluator.keyMasks(select.comparison(), arguments[0].sop(), arguments[1].sop()[0]));
            }
            return evaluator.apply(term.production(), arguments);
        }
    }

    /** The keys a key filter selects in each example (every row of an example selects the same keys). */
    private record KeyMasks(long[] bits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof KeyMasks k && Arrays.equals(bits, k.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }
    }

    /** The selectors of exactly this cost: the bank's, then self-relations and key filters over bank s-ops. */
    private static List<Candidate> candidates(Bank bank, List<Production> selects, int cost) {
        List<Candidate> out = new ArrayList<>();
        for (Bank.Entry entry : bank.level(Type.SEL, cost)) {
            out.add(new Candidate(entry.term(), entry.values(), null));
        }
        if (cost <= bank.maxCost()) {
            return out; // the bank enumerated every select of this cost
        }
        for (Production p : selects) {
            if ((cost - 1) % 2 == 0) {
                for (Bank.Entry f : bank.level(p.arguments().get(0), (cost - 1) / 2)) {
                    if (!f.term().constant()) {
                        out.add(new Candidate(Term.of(p, List.of(f.term(), f.term())), null,
                                new Values[] {f.values(), f.values()}));
                    }
                }
            }
            List<Bank.Entry> constants = bank.level(p.arguments().get(1), 1).stream().filter(c -> c.term().constant())
                    .toList();
            for (Bank.Entry f : bank.level(p.arguments().get(0), cost - 2)) {
                if (!f.term().constant()) {
                    for (Bank.Entry c : constants) {
                        out.add(new Candidate(Term.of(p, List.of(f.term(), c.term())), null,
                                new Values[] {f.values(), c.values()}));
                    }
                }
            }
        }
        return out;
    }

    /** An outer atom is a select whose distinct arguments are cheap, or the full selector. */
    private static boolean isOuter(Term term, int outerArgumentCost) {
        if (!(term.production().operator() instanceof Operator.Select)) {
            return false;
        }
        if (term.arguments().isEmpty()) {
            return true;
        }
        Term keys = term.arguments().get(0);
        Term queries = term.arguments().get(1);
        return (keys.equals(queries) ? keys.cost() : keys.cost() + queries.cost()) <= outerArgumentCost;
    }

    int size() {
        return atoms.size();
    }

    /** Every atom, by id. */
    List<Atom> all() {
        return atoms;
    }

    /** The outer atoms of exactly this cost, by id. */
    List<Atom> outer(int cost) {
        return outerByCost.getOrDefault(cost, List.of());
    }

    /** Lookups of an atom for a spec so far. */
    long queries() {
        return queries.sum();
    }

    /**
     * The atom of exactly this cost with the smallest id above {@code minId} that meets
     * {@code spec} and whose rows pass {@code whole}; null if none does. The atoms meeting a
     * spec are remembered by the spec's fingerprint: and/or chains lead to the same residual
     * spec many times. (What is remembered is checked again, so a fingerprint collision could
     * at worst hide an atom, never pass a wrong one.)
     */
    Atom first(int cost, SelectorSpec spec, int minId, Predicate<long[]> whole) {
        Index index = byCost.get(cost);
        if (index == null) {
            return null;
        }
        queries.increment();
        long key = spec.fingerprint() * 31 + cost;
        int[] ids = memo.get(key);
        if (ids == null) {
            ids = index.all(spec);
            if (memo.size() < MEMO_ENTRIES) {
                memo.put(key, ids);
            }
        }
        int from = Arrays.binarySearch(ids, minId + 1);
        for (int i = from < 0 ? -from - 1 : from; i < ids.length; i++) {
            Atom atom = atoms.get(ids[i]);
            if (spec.accepts(atom.rows()) && (whole == null || whole.test(atom.rows()))) {
                return atom;
            }
        }
        return null;
    }

    /** Up to {@link #INDEX_LEVELS} short examples, the longest first: their rows key the index. */
    private static int[] indexExamples(Layout layout) {
        return java.util.stream.IntStream.range(0, layout.examples()).boxed()
                .filter(e -> layout.length(e) <= PACKED_LENGTH)
                .sorted(Comparator.comparingInt((Integer e) -> -layout.length(e)).thenComparingInt(e -> e))
                .limit(INDEX_LEVELS).mapToInt(Integer::intValue).toArray();
    }

    /** A growing list of ints. */
    private static final class IdList {
        int[] ids = new int[8];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
            }
            ids[size++] = id;
        }
    }

    /** The rows of example {@code e}, packed (row r at bit r * n). */
    private long block(long[] rows, int e) {
        int s = layout.start(e);
        int n = layout.length(e);
        long packed = 0;
        for (int r = 0; r < n; r++) {
            packed |= rows[s + r] << (r * n);
        }
        return packed;
    }

    /** The atoms of one cost sorted by their blocks on the index examples, then by id. */
    private final class Index {
        private final Atom[] sorted;
        private final long[][] keys;

        Index(List<Atom> list) {
            int levels = indexExamples.length;
            long[][] blocks = new long[list.size()][levels];
            Integer[] order = new Integer[list.size()];
            for (int i = 0; i < list.size(); i++) {
                order[i] = i;
                for (int l = 0; l < levels; l++) {
                    blocks[i][l] = block(list.get(i).rows(), indexExamples[l]);
                }
            }
            Arrays.sort(order, (a, b) -> {
                for (int l = 0; l < levels; l++) {
                    int c = Long.compare(blocks[a][l], blocks[b][l]);
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(list.get(a).id(), list.get(b).id());
            });
            sorted = new Atom[list.size()];
            keys = new long[levels][list.size()];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = list.get(order[i]);
                for (int l = 0; l < levels; l++) {
                    keys[l][i] = blocks[order[i]][l];
                }
            }
        }

        /** The ids of every atom meeting {@code spec}, ascending. */
        int[] all(SelectorSpec spec) {
            IdList found = new IdList();
            scan(0, 0, sorted.length, spec, found);
            int[] ids = Arrays.copyOf(found.ids, found.size);
            Arrays.sort(ids);
            return ids;
        }

        /** Adds the atoms among sorted[from, to) that meet {@code spec}; they agree on the blocks of the levels above. */
        private void scan(int level, int from, int to, SelectorSpec spec, IdList found) {
            if (level == keys.length) {
                for (int i = from; i < to; i++) {
                    if (spec.accepts(sorted[i].rows())) {
                        found.add(sorted[i].id());
                    }
                }
                return;
            }
            long[] key = keys[level];
            int e = indexExamples[level];
            for (int start = from; start < to; ) {
                int end = start + 1;
                while (end < to && key[end] == key[start]) {
                    end++;
                }
                if (spec.acceptsExample(e, sorted[start].rows())) {
                    scan(level + 1, start, end, spec, found);
                }
                start = end;
            }
        }
    }
}
