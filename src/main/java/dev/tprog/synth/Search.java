package dev.tprog.synth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bottom-up enumeration in order of cost with observational equivalence: of all terms with the
 * same values on the visible inputs only the first (cheapest) is kept and built upon. Each cost
 * level is generated in parallel from the lower levels, in chunks, and merged in a fixed chunk
 * order, so the kept terms and the program found do not depend on the number of threads.
 */
final class Search {
    /** Outer arguments per generation chunk: small enough to balance two threads, large enough to be cheap. */
    private static final int CHUNK = 64;

    private record Entry(Term term, Values values) {}

    /** One chunk's output: candidate terms new to the bank, in generation order. */
    private record Chunk(List<Entry> fresh, long evaluated, boolean timedOut, boolean full) {}

    private final Grammar grammar;
    private final Evaluator evaluator;
    private final Target target;
    private final Limits limits;
    private final int threads;
    /** Kept terms by type and cost. */
    private final Map<Type, List<List<Entry>>> bank = new EnumMap<>(Type.class);
    /** Kept non-constant values by type: the observational-equivalence table. */
    private final Map<Type, Map<Values, Term>> seen = new EnumMap<>(Type.class);
    /** Terms that fit in memory: about 8 bytes per visible position each, in half the heap. */
    private final long memoryCap;
    /** Fresh candidates of the level being generated, over all chunks: generation stops when the bank would overflow. */
    private final java.util.concurrent.atomic.AtomicLong pending = new java.util.concurrent.atomic.AtomicLong();
    private long enumerated;
    private long kept;
    private long deadline;
    private long started;

    Search(Grammar grammar, Evaluator evaluator, Target target, Limits limits, int threads) {
        this.grammar = grammar;
        this.evaluator = evaluator;
        this.target = target;
        this.limits = limits;
        this.threads = threads;
        this.memoryCap = Runtime.getRuntime().maxMemory() / 2 / (8L * evaluator.layout().positions() + 160);
        for (Type type : Type.values()) {
            bank.put(type, new ArrayList<>(List.of(List.of())));
            seen.put(type, new HashMap<>());
        }
    }

    SearchResult run() {
        started = System.nanoTime();
        deadline = started + limits.timeout().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tprog-synth");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int cost = 1; cost <= limits.maxCost(); cost++) {
                pending.set(0);
                List<Chunk> chunks = generate(pool, cost);
                for (Type type : Type.values()) {
                    bank.get(type).add(new ArrayList<>());
                }
                for (Chunk chunk : chunks) {
                    enumerated += chunk.evaluated();
                    if (chunk.timedOut()) {
                        return stopped("stopped by --timeout " + seconds(limits.timeout()) + " while enumerating cost " + cost,
                                cost);
                    }
                    if (chunk.full()) {
                        return stopped(capReason() + " while enumerating cost " + cost, cost);
                    }
                    for (Entry entry : chunk.fresh()) {
                        if ((kept & 1023) == 0 && System.nanoTime() > deadline) {
                            return stopped("stopped by --timeout " + seconds(limits.timeout()) + " while keeping cost "
                                    + cost, cost);
                        }
                        Term found = keep(entry);
                        if (found != null) {
                            return new SearchResult.Found(found, statistics(cost));
                        }
                        if (kept >= cap()) {
                            return stopped(capReason() + " while enumerating cost " + cost, cost);
                        }
                    }
                }
            }
            return stopped("no program of cost up to --max-cost " + limits.maxCost() + " matches the "
                    + evaluator.layout().examples() + " visible examples", limits.maxCost());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds a fresh entry to the bank; returns the program when it, or a shortcut from it, matches the target. */
    private Term keep(Entry entry) {
        Term term = entry.term();
        if (!term.constant() && seen.get(term.type()).putIfAbsent(entry.values(), term) != null) {
            return null; // an earlier chunk of this level found the same values
        }
        List<List<Entry>> levels = bank.get(term.type());
        levels.get(term.cost()).add(entry);
        kept++;
        if (!term.constant() && target.matches(term.type(), entry.values())) {
            return term;
        }
        return term.type() == Type.SEL ? closeSelector(entry) : null;
    }

    /**
     * The goal-directed shortcut: a new selector is at once tried under every production that
     * reads a selector (aggregate, selector_width) with the cheapest other arguments, rather than
     * waiting for the levels where enumeration would reach those terms. Sound: a term found this
     * way matches every visible example; it may cost a little more than the cheapest one.
     */
    private Term closeSelector(Entry selector) {
        // Cheaper closings first: selector_width(sel) before aggregate(sel, x).
        List<Production> closings = new ArrayList<>(grammar.productions());
        closings.sort(java.util.Comparator.comparingInt(p -> p.cost() + p.arity()));
        for (Production p : closings) {
            if (p.arity() == 0 || p.arguments().get(0) != Type.SEL || p.arity() > 2
                    || (p.result() != Type.CAT && p.result() != Type.NUM)) {
                continue;
            }
            List<Entry> others = p.arity() == 1 ? List.of(selector) : bank.get(p.arguments().get(1)).get(1);
            for (Entry other : others) {
                Values[] args = p.arity() == 1 ? new Values[] {selector.values()}
                        : new Values[] {selector.values(), other.values()};
                List<Term> terms = p.arity() == 1 ? List.of(selector.term()) : List.of(selector.term(), other.term());
                Values values = evaluator.apply(p, args);
                enumerated++;
                if (values != null && target.matches(p.result(), values)) {
                    return Term.of(p, terms);
                }
            }
        }
        return null;
    }

    /** The candidates of one cost level, as chunks in their fixed order. */
    private List<Chunk> generate(ExecutorService pool, int cost) {
        List<Callable<Chunk>> work = new ArrayList<>();
        for (Production p : grammar.productions()) {
            int rest = cost - p.cost();
            if (rest < 0 || (p.arity() == 0) != (rest == 0) || rest < p.arity()) {
                continue;
            }
            for (int[] costs : compositions(rest, p.arity())) {
                List<List<Entry>> lists = new ArrayList<>();
                for (int i = 0; i < p.arity(); i++) {
                    lists.add(bank.get(p.arguments().get(i)).get(costs[i]));
                }
                if (lists.stream().anyMatch(List::isEmpty)) {
                    continue;
                }
                int outer = p.arity() == 0 ? 1 : lists.get(0).size();
                for (int from = 0; from < outer; from += CHUNK) {
                    int start = from;
                    int end = Math.min(outer, from + CHUNK);
                    work.add(() -> chunk(p, lists, start, end));
                }
            }
        }
        List<Chunk> chunks = new ArrayList<>(work.size());
        try {
            for (Future<Chunk> future : pool.invokeAll(work)) {
                chunks.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("synthesis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("synthesis failed: " + e.getCause(), e.getCause());
        }
        return chunks;
    }

    /** Every argument tuple whose first argument is in [start, end) of its list; runs on a worker thread. */
    private Chunk chunk(Production p, List<List<Entry>> lists, int start, int end) {
        List<Entry> fresh = new ArrayList<>();
        Set<Values> local = new HashSet<>();
        Map<Values, Term> known = seen.get(p.result());
        int arity = p.arity();
        int[] at = new int[arity];
        long evaluated = 0;
        if (arity > 0) {
            at[0] = start;
        }
        Entry[] args = new Entry[arity];
        Values[] values = new Values[arity];
        while (arity == 0 || at[0] < end) {
            boolean allConstant = arity > 0;
            for (int i = 0; i < arity; i++) {
                args[i] = lists.get(i).get(at[i]);
                values[i] = args[i].values();
                allConstant &= args[i].term().constant();
            }
            boolean constantKeys = p.operator() instanceof Operator.Select && arity > 0 && args[0].term().constant();
            if (!allConstant && !constantKeys) {
                if ((++evaluated & 1023) == 0 && System.nanoTime() > deadline) {
                    return new Chunk(fresh, evaluated, true, false);
                }
                Values result = evaluator.apply(p, values);
                boolean constant = p.operator() instanceof Operator.Constant;
                if (result != null && (constant || (!known.containsKey(result) && local.add(result)))) {
                    List<Term> terms = new ArrayList<>(arity);
                    for (Entry arg : args) {
                        terms.add(arg.term());
                    }
                    fresh.add(new Entry(Term.of(p, terms), result));
                    if (kept + pending.incrementAndGet() > cap()) {
                        return new Chunk(fresh, evaluated, false, true);
                    }
                }
            }
            if (arity == 0 || !advance(at, lists, arity)) {
                break;
            }
        }
        return new Chunk(fresh, evaluated, false, false);
    }

    /** The next argument tuple, last argument fastest; false after the last. */
    private static boolean advance(int[] at, List<List<Entry>> lists, int arity) {
        for (int i = arity - 1; i > 0; i--) {
            if (++at[i] < lists.get(i).size()) {
                return true;
            }
            at[i] = 0;
        }
        at[0]++;
        return true;
    }

    /** The ways to write {@code total} as {@code parts} positive costs, in lexicographic order. */
    static List<int[]> compositions(int total, int parts) {
        List<int[]> out = new ArrayList<>();
        if (parts == 0) {
            return total == 0 ? List.of(new int[0]) : out;
        }
        if (parts == 1) {
            out.add(new int[] {total});
            return out;
        }
        for (int first = 1; first <= total - parts + 1; first++) {
            for (int[] tail : compositions(total - first, parts - 1)) {
                int[] c = new int[parts];
                c[0] = first;
                System.arraycopy(tail, 0, c, 1, tail.length);
                out.add(c);
            }
        }
        return out;
    }

    private long cap() {
        return Math.min(limits.maxTerms(), memoryCap);
    }

    private String capReason() {
        return limits.maxTerms() <= memoryCap ? "stopped by --max-terms " + limits.maxTerms()
                : "stopped by the memory limit of " + memoryCap + " terms (raise it with java -Xmx)";
    }

    private SearchResult stopped(String reason, int cost) {
        return new SearchResult.Stopped(reason + " (" + kept + " terms kept)", statistics(cost));
    }

    private Statistics statistics(int cost) {
        return new Statistics(enumerated, kept, cost, Duration.ofNanos(System.nanoTime() - started), threads);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
