package dev.tprog.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.Example;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The goal-directed rules: hand-computed subgoals, the atom index against a plain scan, whole searches. */
class DecompositionTest {
    private static final Layout LAYOUT = new Layout(List.of(List.of("<s>", "b", "a", "b")), List.of());
    private static final double A = LAYOUT.code("a");
    private static final double B = LAYOUT.code("b");

    /** Gather of b, a, b from the tokens, BOS reading itself: right keys {0}, {1, 3}, {2}, {1, 3}. */
    private static SelectorSpec gatherBab() {
        SOpSpec target = new SOpSpec(LAYOUT, Type.CAT, new double[][] {null, {B}, {A}, {B}}, false, 0);
        return SelectorSpec.gather(target, new double[] {LAYOUT.code("<s>"), B, A, B}).readingItselfWhereFree();
    }

    @Test
    void enumeratedQueriesMakeEachKeyTheQueryOfARowItIsRightFor() {
        double[] queries = {10, 11, 12, 13};
        SOpSpec keys = Decomposition.SelectEquals.keysFor(gatherBab(), queries, Type.NUM);
        assertThat(keys.allowed(0)).containsExactly(10);
        assertThat(keys.allowed(1)).as("key 1 holds b: rows 1 and 3").containsExactly(11, 13);
        assertThat(keys.allowed(2)).containsExactly(12);
        assertThat(keys.allowed(3)).containsExactly(11, 13);
        assertThat(keys.distinct()).isTrue();
        assertThat(keys.accepts(new double[] {10, 13, 12, 11})).isTrue();
        assertThat(keys.accepts(new double[] {10, 11, 12, 11})).as("two keys for one row").isFalse();
        assertThat(keys.depth()).isEqualTo(2);
    }

    @Test
    void enumeratedKeysMakeEachQueryTheKeyOfARightKey() {
        double[] keys = {0, 1, 2, 3};
        SOpSpec queries = Decomposition.SelectEquals.queriesFor(gatherBab(), keys, Type.NUM);
        assertThat(queries.allowed(0)).containsExactly(0);
        assertThat(queries.allowed(1)).containsExactly(1, 3);
        assertThat(queries.allowed(2)).containsExactly(2);
        assertThat(queries.distinct()).isFalse();
        assertThat(queries.accepts(new double[] {0, 3, 2, 3})).as("rows may share a key").isTrue();
    }

    /** Every lookup through the index finds what a scan of all atoms finds, on residual goals of all kinds. */
    @Test
    void theAtomIndexFindsWhatAScanFinds() {
        Task sort = SimpleTask.byName("sort");
        Specification spec = Specification.split("sort", sort.generate(new TaskParams(8, 1, 7), 20, 3), 20, 0);
        Evaluator evaluator = Synthesizer.evaluator(spec);
        Grammar grammar = Grammar.standard(evaluator.layout().strings(), evaluator.layout());
        Search search = new Search(grammar, evaluator, new Target(spec.visible(), evaluator.layout()),
                new Limits(Duration.ofSeconds(20), 5, 1_000_000), 2);
        search.run();
        Atoms atoms;
        try (Fork fork = new Fork(2)) {
            atoms = Atoms.of(search.bank(), grammar, evaluator, 4, 1_000_000, fork, Deadline.after(Duration.ofSeconds(20)));
        }
        assertThat(atoms.size()).isGreaterThan(400);
        Random random = new Random(1);
        int found = 0;
        for (int trial = 0; trial < 300; trial++) {
            SelectorSpec goal = randomGoal(evaluator.layout(), atoms, random);
            if (goal == null) {
                continue;
            }
            for (int cost = 1; cost <= 9; cost++) {
                int minId = random.nextInt(4) == 0 ? random.nextInt(atoms.size()) : -1;
                Atoms.Atom expected = scan(atoms, goal, cost, minId);
                Atoms.Atom actual = atoms.first(cost, goal, minId, null);
                assertThat(actual == null ? -1 : actual.id()).as("trial %d cost %d", trial, cost)
                        .isEqualTo(expected == null ? -1 : expected.id());
                found += expected == null ? 0 : 1;
            }
        }
        assertThat(found).as("lookups that found an atom").isGreaterThan(100);
    }

    /** Widths a random atom has, loosened to nearby counts, then narrowed by and/or with other random atoms. */
    private static SelectorSpec randomGoal(Layout layout, Atoms atoms, Random random) {
        long[] rows = atoms.all().get(random.nextInt(atoms.size())).rows();
        double[][] allowed = new double[layout.positions()][];
        for (int p = 0; p < allowed.length; p++) {
            int width = Long.bitCount(rows[p]);
            allowed[p] = random.nextInt(5) == 0 ? null
                    : random.nextBoolean() ? new double[] {width} : new double[] {width, width + 1};
        }
        SelectorSpec goal = SelectorSpec.widths(new SOpSpec(layout, Type.NUM, allowed, false, 0));
        for (int step = random.nextInt(3); step > 0 && goal != null; step--) {
            long[] other = atoms.all().get(random.nextInt(atoms.size())).rows();
            goal = random.nextBoolean() ? goal.and(other) : goal.or(other);
        }
        return goal;
    }

    private static Atoms.Atom scan(Atoms atoms, SelectorSpec goal, int cost, int minId) {
        return atoms.all().stream().filter(a -> a.term().cost() == cost && a.id() > minId && goal.accepts(a.rows()))
                .min(Comparator.comparingInt(Atoms.Atom::id)).orElse(null);
    }

    /** A stable rank (1-based, BOS and EOS free) needs three atoms under selector_width: beyond the bank's cost 6. */
    @Test
    void aStableRankIsTheWidthOfThreeAtoms() {
        Random random = new Random(5);
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            String[] w = new String[1 + random.nextInt(6)];
            for (int i = 0; i < w.length; i++) {
                w[i] = Integer.toString(random.nextInt(4));
            }
            List<String> input = new ArrayList<>(List.of("<s>"));
            input.addAll(Arrays.asList(w));
            input.add("</s>");
            List<String> labels = new ArrayList<>();
            labels.add(null);
            for (int i = 0; i < w.length; i++) {
                int rank = 1;
                for (int j = 0; j < w.length; j++) {
                    rank += w[j].compareTo(w[i]) < 0 || w[j].equals(w[i]) && j < i ? 1 : 0;
                }
                labels.add(Integer.toString(rank));
            }
            labels.add(null);
            examples.add(new Example(input, labels));
        }
        Specification spec = Specification.split("rank", examples, 20, 40);
        Synthesizer.Outcome outcome = Synthesizer.run(spec, new Limits(Duration.ofSeconds(20), 14, 1_000_000, 6));
        assertThat(outcome.program().term().toRasp()).isEqualTo(
                "selector_width((select(tokens, tokens, <) or (select(tokens, tokens, ==) and select(indices, indices, <=))))");
        assertThat(outcome.program().accuracy()).isEqualTo(1.0);
    }

    /** With the bank stopped at cost 4, reverse comes from the gather rule: keys enumerated, queries looked up. */
    @Test
    void reverseIsAGatherOverAnEqualitySelect() {
        Task reverse = SimpleTask.byName("reverse");
        Specification spec = Specification.split("reverse", reverse.generate(new TaskParams(8, 1, 8), 120, 7), 20, 100);
        Synthesizer.Outcome outcome = Synthesizer.run(spec, new Limits(Duration.ofSeconds(20), 12, 1_000_000, 4));
        assertThat(outcome.search().statistics().checked()).isPositive();
        assertThat(outcome.program().term().toRasp())
                .isEqualTo("aggregate(select(indices, selector_width(select(indices, indices, >)), ==), tokens)");
        assertThat(outcome.program().accuracy()).isEqualTo(1.0);
    }
}
