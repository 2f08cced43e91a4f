package dev.tprog.synth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The search, in two phases. First bottom-up enumeration in order of cost with observational
 * equivalence: of all terms with the same values on the visible inputs only the first
 * (cheapest) is kept and built upon; each cost level is generated in parallel from the lower
 * levels, in chunks, and merged in a fixed chunk order. This builds the bank up to the limits'
 * bank cost. Then, cost by cost up to --max-cost, the goal-directed search ({@link GoalSearch})
 * from the target down to the bank's terms. Neither phase's result depends on the number of
 * threads, and every program the second phase builds is checked on the visible examples by
 * evaluating it whole.
 */
final class Search {
    /** Outer arguments per generation chunk: small enough to balance two threads, large enough to be cheap. */
    private static final int CHUNK = 64;

    /** One chunk's output: candidate terms new to the bank, in generation order. */
    private record Chunk(List<Bank.Entry> fresh, long evaluated, boolean timedOut, boolean full) {}

    private final Grammar grammar;
    private final Evaluator evaluator;
    private final Target target;
    private final Limits limits;
    private final int threads;
    private final Bank bank = new Bank();
    /** Terms that fit in memory: about 8 bytes per visible position each, in half the heap. */
    private final long memoryCap;
    /** Fresh candidates of the level being generated, over all chunks: generation stops when the bank would overflow. */
    private final AtomicLong pending = new AtomicLong();
    private long enumerated;
    private GoalSearch goals;
    private Deadline deadline;
    private long started;
    /** The cost level being searched. */
    private int level;

    Search(Grammar grammar, Evaluator evaluator, Target target, Limits limits, int threads) {
        this.grammar = grammar;
        this.evaluator = evaluator;
        this.target = target;
        this.limits = limits;
        this.threads = threads;
        this.memoryCap = Runtime.getRuntime().maxMemory() / 2 / (8L * evaluator.layout().positions() + 160);
    }

    SearchResult run() {
        started = System.nanoTime();
        deadline = Deadline.after(limits.timeout());
        try (Fork fork = new Fork(threads)) {
            SearchResult enumerated = enumerate(fork);
            return enumerated != null ? enumerated : goalDirected(fork);
        } catch (Deadline.Expired e) {
            return stopped("stopped by --timeout " + seconds(limits.timeout()) + (goals == null
                    ? " while preparing the goal-directed search" : " in the goal-directed search at cost " + level), level);
        }
    }

    /** Builds the bank cost level by cost level; the program if a kept term (or the shortcut) is one, else null. */
    private SearchResult enumerate(Fork fork) {
        for (level = 1; level <= Math.min(limits.maxCost(), limits.bankCost()); level++) {
            bank.openLevel();
            pending.set(0);
            for (Chunk chunk : generate(fork, level)) {
                enumerated += chunk.evaluated();
                if (chunk.timedOut()) {
                    return stopped("stopped by --timeout " + seconds(limits.timeout()) + " while enumerating cost " + level,
                            level);
                }
                if (chunk.full()) {
                    return stopped(capReason() + " while enumerating cost " + level, level);
                }
                for (Bank.Entry entry : chunk.fresh()) {
                    if ((bank.size() & 1023) == 0 && deadline.passed()) {
                        return stopped("stopped by --timeout " + seconds(limits.timeout()) + " while keeping cost " + level,
                                level);
                    }
                    Term found = keep(entry);
                    if (found != null) {
                        return new SearchResult.Found(found, statistics(level));
                    }
                    if (bank.size() >= cap()) {
                        return stopped(capReason() + " while enumerating cost " + level, level);
                    }
                }
            }
        }
        return null;
    }

    /** The goal-directed search at each cost beyond the bank's, up to --max-cost. */
    private SearchResult goalDirected(Fork fork) {
        if (level <= limits.maxCost()) {
            goals = new GoalSearch(bank, grammar, Decomposition.standard(grammar), evaluator, cap() - bank.size(), fork,
                    deadline);
        }
        List<SOpSpec> targets = target.goals();
        for (; level <= limits.maxCost(); level++) {
            Term found = goals.solve(targets, level);
            if (found != null) {
                return new SearchResult.Found(checked(found), statistics(level));
            }
        }
        return stopped("no program of cost up to --max-cost " + limits.maxCost() + " matches the "
                + evaluator.layout().examples() + " visible examples", limits.maxCost());
    }

    /** The terms kept by the enumeration, once {@link #run} has returned. */
    Bank bank() {
        return bank;
    }

    /** The goal-directed search's rules are exact; evaluating the whole program guards that. */
    private Term checked(Term program) {
        Values values = evaluator.evaluate(program);
        if (values == null || !target.matches(program.type(), values)) {
            throw new IllegalStateException("the goal-directed search built " + program.toRasp()
                    + ", which does not label the visible examples right");
        }
        return program;
    }

    /** Adds a fresh entry to the bank; returns the program when it, or a shortcut from it, matches the target. */
    private Term keep(Bank.Entry entry) {
        Term term = entry.term();
        if (!bank.add(entry)) {
            return null; // an earlier chunk of this level found the same values
        }
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
    private Term closeSelector(Bank.Entry selector) {
        // Cheaper closings first: selector_width(sel) before aggregate(sel, x).
        List<Production> closings = new ArrayList<>(grammar.productions());
        closings.sort(java.util.Comparator.comparingInt(p -> p.cost() + p.arity()));
        for (Production p : closings) {
            if (p.arity() == 0 || p.arguments().get(0) != Type.SEL || p.arity() > 2
                    || (p.result() != Type.CAT && p.result() != Type.NUM)) {
                continue;
            }
            List<Bank.Entry> others = p.arity() == 1 ? List.of(selector) : bank.level(p.arguments().get(1), 1);
            for (Bank.Entry other : others) {
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
    private List<Chunk> generate(Fork fork, int cost) {
        List<Supplier<Chunk>> work = new ArrayList<>();
        for (Production p : grammar.productions()) {
            int rest = cost - p.cost();
            if (rest < 0 || (p.arity() == 0) != (rest == 0) || rest < p.arity()) {
                continue;
            }
            for (int[] costs : compositions(rest, p.arity())) {
                List<List<Bank.Entry>> lists = new ArrayList<>();
                for (int i = 0; i < p.arity(); i++) {
                    lists.add(bank.level(p.arguments().get(i), costs[i]));
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
        return fork.map(work, Supplier::get);
    }

    /** Every argument tuple whose first argument is in [start, end) of its list; runs on a worker thread. */
    private Chunk chunk(Production p, List<List<Bank.Entry>> lists, int start, int end) {
        List<Bank.Entry> fresh = new ArrayList<>();
        Set<Values> local = new HashSet<>();
        int arity = p.arity();
        int[] at = new int[arity];
        long evaluated = 0;
        if (arity > 0) {
            at[0] = start;
        }
        Bank.Entry[] args = new Bank.Entry[arity];
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
                if ((++evaluated & 1023) == 0 && deadline.passed()) {
                    return new Chunk(fresh, evaluated, true, false);
                }
                Values result = evaluator.apply(p, values);
                boolean constant = p.operator() instanceof Operator.Constant;
                if (result != null && (constant || (!bank.contains(p.result(), result) && local.add(result)))) {
                    List<Term> terms = new ArrayList<>(arity);
                    for (Bank.Entry arg : args) {
                        terms.add(arg.term());
                    }
                    fresh.add(new Bank.Entry(Term.of(p, terms), result));
                    if (bank.size() + pending.incrementAndGet() > cap()) {
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
    private static boolean advance(int[] at, List<List<Bank.Entry>> lists, int arity) {
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
        return new SearchResult.Stopped(reason + " (" + kept() + " terms kept)", statistics(cost));
    }

    private Statistics statistics(int cost) {
        return new Statistics(enumerated, kept(), goals == null ? 0 : goals.checks(), cost,
                Duration.ofNanos(System.nanoTime() - started), threads);
    }

    private long kept() {
        return bank.size() + (goals == null ? 0 : goals.atoms().size());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
