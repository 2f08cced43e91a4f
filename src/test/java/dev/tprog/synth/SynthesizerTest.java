package dev.tprog.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.io.InputException;
import dev.tprog.rasp.SOpFunction;
import dev.tprog.task.Example;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SynthesizerTest {
    private static final Limits LIMITS = new Limits(Duration.ofSeconds(20), 12, 1_000_000);
    /** Sort on short inputs needs only a bank up to cost 6 (its queries cost 6). */
    private static final Limits SHORT_SORT = new Limits(Duration.ofSeconds(20), 30, 1_000_000, 6);
    private static final String SORT = "aggregate(select(selector_width((select(tokens, tokens, <) or (select(tokens, tokens, ==) "
            + "and select(indices, indices, <=)))), (indices if (0 < indices) else length), ==), tokens)";

    private static Specification spec(String task, int maxLength) {
        Task t = SimpleTask.byName(task);
        return Specification.split(task, t.generate(new TaskParams(8, 1, maxLength), 120, 7), 20, 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reverse", "hist", "length", "count", "shift"})
    void synthesizesSmallTasksWithFullHeldOutAccuracy(String task) {
        Synthesizer.Outcome outcome = Synthesizer.run(spec(task, 8), LIMITS);
        assertThat(outcome.search()).isInstanceOf(SearchResult.Found.class);
        assertThat(outcome.program().heldOutExamples()).isEqualTo(100);
        assertThat(outcome.program().accuracy()).isEqualTo(1.0);
        assertThat(outcome.search().statistics().elapsed()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void findsTheSmallestProgramsForLengthAndHist() {
        assertThat(Synthesizer.run(spec("length", 8), LIMITS).program().term().toRasp()).isEqualTo("(length - 1)");
        assertThat(Synthesizer.run(spec("hist", 8), LIMITS).program().source())
                .isEqualTo("program = selector_width(select(tokens, tokens, ==));\n");
    }

    /** Sort on short inputs: beyond the bank (cost 6 here), a gather whose keys are a stable rank. */
    @Test
    void synthesizesSortGoalDirected() {
        Synthesizer.Outcome outcome = Synthesizer.run(spec("sort", 6), SHORT_SORT);
        assertThat(outcome.program().term().toRasp()).isEqualTo(SORT);
        assertThat(outcome.program().term().size()).isEqualTo(21);
        assertThat(outcome.program().accuracy()).isEqualTo(1.0);
        assertThat(outcome.search().statistics().elapsed()).isLessThan(Duration.ofSeconds(10));
        assertInterpreterAgrees(spec("sort", 6), outcome.program());
    }

    /** double_hist as the benchmark runs it: standard size, 20 visible and 200 held-out examples, seed 0. */
    @Test
    void synthesizesDoubleHistAtItsStandardSize() {
        Task task = SimpleTask.byName("double_hist");
        Specification spec = Specification.split("double_hist", task.generate(task.defaults(), 220, 0), 20, 200);
        Synthesizer.Outcome outcome = Synthesizer.run(spec, Limits.defaults());
        assertThat(outcome.program().term().toRasp()).isEqualTo("selector_width((select(indices, 0, !=) and "
                + "(select(selector_width(select(tokens, tokens, ==)), selector_width(select(tokens, tokens, ==)), ==) and "
                + "select(selector_width((select(tokens, tokens, ==) and select(indices, indices, <))), 0, ==))))");
        assertThat(outcome.program().accuracy()).isEqualTo(1.0);
        assertThat(outcome.program().heldOutExamples()).isEqualTo(200);
        assertThat(outcome.search().statistics().elapsed()).isLessThan(Duration.ofSeconds(60));
        assertInterpreterAgrees(spec, outcome.program());
    }

    /** Two implementations of RASP's semantics, the search's and the interpreter's, must agree. */
    @ParameterizedTest
    @ValueSource(strings = {"reverse", "hist", "length", "count", "shift"})
    void interpreterComputesWhatTheSearchComputed(String task) {
        Specification spec = spec(task, 8);
        assertInterpreterAgrees(spec, Synthesizer.run(spec, LIMITS).program());
    }

    private static void assertInterpreterAgrees(Specification spec, Synthesized program) {
        Evaluator evaluator = Synthesizer.evaluator(spec);
        double[] values = evaluator.evaluate(program.term()).sop();
        SOpFunction interpreted = SOpFunction.load("synthesized", program.source(), Synthesized.NAME);
        for (int e = 0; e < spec.visible().size(); e++) {
            List<String> printed = interpreted.apply(spec.visible().get(e).input());
            for (int i = 0; i < printed.size(); i++) {
                double mine = values[evaluator.layout().start(e) + i];
                String expected = program.term().type() == Type.CAT ? evaluator.layout().string((int) mine)
                        : Double.toString(mine);
                assertThat(Labels.matchesPrinted(printed.get(i), expected)).as("%s at %d of %s", printed, i,
                        spec.visible().get(e).input()).isTrue();
            }
        }
    }

    @Test
    void evaluatorFollowsTheInterpreterOnEveryOperator() {
        Specification spec = spec("reverse", 8);
        Evaluator evaluator = Synthesizer.evaluator(spec);
        Grammar grammar = Grammar.standard(List.of("1", "<s>"), evaluator.layout());
        Term tokens = leaf(grammar, "tokens");
        Term indices = leaf(grammar, "indices");
        Term length = leaf(grammar, "length");
        Term one = leaf(grammar, "1");
        Term two = leaf(grammar, "2");
        Term before = Term.of(production(grammar, "select <"), List.of(indices, indices));
        Term same = Term.of(production(grammar, "select == (categorical)"), List.of(tokens, tokens));
        Term both = Term.of(production(grammar, "or"), List.of(before, same));
        Term mean = Term.of(production(grammar, "aggregate (numerical)"), List.of(both, indices));
        Term isOne = Term.of(production(grammar, "== (categorical)"), List.of(tokens, leaf(grammar, "\"1\"")));
        Term choice = Term.of(production(grammar, "if (numerical)"),
                List.of(Term.of(production(grammar, "*"), List.of(mean, two)), isOne,
                        Term.of(production(grammar, "-"), List.of(length, Term.of(production(grammar, "indicator"),
                                List.of(Term.of(production(grammar, ">="), List.of(indices, one))))))));
        Term width = Term.of(production(grammar, "selector_width"),
                List.of(Term.of(production(grammar, "and"), List.of(before, same))));
        for (Term term : List.of(choice, width, Term.of(production(grammar, "+"), List.of(width, choice)))) {
            double[] values = evaluator.evaluate(term).sop();
            SOpFunction interpreted = SOpFunction.load("t", "program = " + term.toRasp() + ";", "program");
            for (int e = 0; e < spec.visible().size(); e++) {
                List<String> printed = interpreted.apply(spec.visible().get(e).input());
                int start = evaluator.layout().start(e);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < printed.size(); i++) {
                    mine.add(Double.toString(values[start + i]));
                }
                for (int i = 0; i < printed.size(); i++) {
                    assertThat(Labels.matchesPrinted(printed.get(i), mine.get(i))).as("%s: %s vs %s", term, printed, mine)
                            .isTrue();
                }
            }
        }
    }

    /** Guards the rendering: RASP has no element-wise !=, and its precedence must not regroup a term. */
    @Test
    void everyProductionRendersSourceTheInterpreterRuns() {
        Specification spec = spec("reverse", 8);
        Grammar grammar = Grammar.standard(List.of("1"), Synthesizer.evaluator(spec).layout());
        java.util.Map<Type, Term> sample = java.util.Map.of(Type.CAT, leaf(grammar, "tokens"), Type.NUM,
                leaf(grammar, "indices"), Type.SEL, Term.of(production(grammar, "select =="), List.of(leaf(grammar, "indices"), leaf(grammar, "indices"))), Type.BOOL,
                Term.of(production(grammar, "<"), List.of(leaf(grammar, "indices"), leaf(grammar, "1"))));
        for (Production p : grammar.productions()) {
            if (p.result() == Type.SEL || p.result() == Type.BOOL || p.arity() == 0) {
                continue;
            }
            List<Term> args = p.arguments().stream().map(sample::get).toList();
            Term term = Term.of(p, args);
            String source = "program = " + term.toRasp() + ";";
            assertThat(SOpFunction.load("t", source, "program").apply(List.of("<s>", "1", "2"))).as(source).hasSize(3);
        }
        for (Production p : grammar.productions()) {
            if (p.result() == Type.SEL && p.arity() > 0) {
                List<Term> args = p.arguments().stream().map(sample::get).toList();
                Term width = Term.of(production(grammar, "selector_width"), List.of(Term.of(p, args)));
                String source = "program = " + width.toRasp() + ";";
                assertThat(SOpFunction.load("t", source, "program").apply(List.of("<s>", "1", "2"))).as(source).hasSize(3);
            }
        }
    }

    /** The goal-directed phase too: the same program and the same work on 1, 2 and 3 threads. */
    @Test
    void goalDirectedResultDoesNotDependOnTheThreadCount() {
        Specification spec = spec("sort", 6);
        List<SearchResult> results = List.of(1, 2, 3).stream().map(t -> Synthesizer.run(spec, SHORT_SORT, t).search()).toList();
        for (SearchResult result : results) {
            assertThat(((SearchResult.Found) result).term().toRasp()).isEqualTo(SORT);
            assertThat(result.statistics().kept()).isEqualTo(results.get(0).statistics().kept());
            assertThat(result.statistics().checked()).isEqualTo(results.get(0).statistics().checked()).isPositive();
            assertThat(result.statistics().enumerated()).isEqualTo(results.get(0).statistics().enumerated());
        }
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        Specification spec = spec("reverse", 8);
        SearchResult one = Synthesizer.run(spec, LIMITS, 1).search();
        SearchResult two = Synthesizer.run(spec, LIMITS, 2).search();
        SearchResult three = Synthesizer.run(spec, LIMITS, 3).search();
        assertThat(((SearchResult.Found) two).term()).isEqualTo(((SearchResult.Found) one).term())
                .isEqualTo(((SearchResult.Found) three).term());
        assertThat(two.statistics().kept()).isEqualTo(one.statistics().kept()).isEqualTo(three.statistics().kept());
        assertThat(two.statistics().enumerated()).isEqualTo(one.statistics().enumerated());
    }

    @Test
    void limitsStopTheSearchWithAReason() {
        Specification spec = spec("reverse", 8);
        SearchResult byCost = Synthesizer.run(spec, new Limits(Duration.ofSeconds(20), 3, 1_000_000)).search();
        assertThat(byCost).isInstanceOf(SearchResult.Stopped.class);
        assertThat(((SearchResult.Stopped) byCost).reason()).startsWith("no program of cost up to --max-cost 3 matches");
        SearchResult byTerms = Synthesizer.run(spec, new Limits(Duration.ofSeconds(20), 12, 50)).search();
        assertThat(((SearchResult.Stopped) byTerms).reason()).startsWith("stopped by --max-terms 50");
        SearchResult byTime = Synthesizer.run(spec("sort", 8), new Limits(Duration.ofMillis(300), 30, 10_000_000))
                .search();
        assertThat(((SearchResult.Stopped) byTime).reason()).startsWith("stopped by --timeout 0.3 s");
    }

    @Test
    void refusesContradictoryExamples() {
        List<Example> examples = List.of(example("<s> 1 2", null, "1", "1"), example("<s> 1 2", null, "1", "2"));
        assertThatThrownBy(() -> Specification.split("data.jsonl", examples, 10, 10)).isInstanceOf(InputException.class)
                .hasMessage("data.jsonl: contradictory examples: input [<s> 1 2] has label '1' and label '2' at position 2");
    }

    @Test
    void acceptsRepeatsThatDisagreeOnlyWhereALabelIsIgnored() {
        List<Example> examples = List.of(example("<s> 1", null, "1"), example("<s> 1", "x", "1"));
        assertThat(Specification.split("d", examples, 10, 10).visible()).hasSize(2);
    }

    @Test
    void refusesEmptyAndUnlabelledExamples() {
        assertThatThrownBy(() -> Specification.split("empty.jsonl", List.of(), 10, 10)).isInstanceOf(InputException.class)
                .hasMessage("empty.jsonl: no examples to synthesize from");
        assertThatThrownBy(() -> Specification.split("d", List.of(example("<s> 1", null, null)), 10, 10))
                .hasMessage("d: the 1 visible examples have no labelled positions");
    }

    private static Example example(String input, String... labels) {
        return new Example(List.of(input.split(" ")), Arrays.asList(labels));
    }

    private static Production production(Grammar grammar, String name) {
        return grammar.productions().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Term leaf(Grammar grammar, String name) {
        return Term.of(production(grammar, name), List.of());
    }
}
