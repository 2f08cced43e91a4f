package dev.tprog.synth;

import dev.tprog.task.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The synthesis pipeline: lay out the visible examples, build the grammar for their strings,
 * search, and score what was found on the held-out examples with the RASP interpreter itself.
 */
public final class Synthesizer {
    private Synthesizer() {}

    /** How many threads the search uses: the two cores. */
    public static final int THREADS = 2;

    /** The outcome of one synthesis: the search's result and, when it found a program, that program scored. */
    public record Outcome(Specification specification, SearchResult search, Synthesized program) {
        public boolean found() {
            return program != null;
        }
    }

    public static Outcome run(Specification spec, Limits limits) {
        return run(spec, limits, THREADS);
    }

    public static Outcome run(Specification spec, Limits limits, int threads) {
        Evaluator evaluator = evaluator(spec);
        Layout layout = evaluator.layout();
        Search search = new Search(Grammar.standard(constants(spec), layout), evaluator,
                new Target(spec.visible(), layout), limits, threads);
        SearchResult result = search.run();
        if (result instanceof SearchResult.Found found) {
            return new Outcome(spec, result, Synthesized.of(found.term(), spec.heldOut()));
        }
        return new Outcome(spec, result, null);
    }

    /** Evaluates terms on the visible examples of {@code spec}. */
    static Evaluator evaluator(Specification spec) {
        List<List<String>> inputs = spec.visible().stream().map(Example::input).toList();
        return new Evaluator(new Layout(inputs, constants(spec)), inputs);
    }

    /** The categorical constants: the visible input tokens and the labels that are not numbers. */
    private static List<String> constants(Specification spec) {
        TreeSet<String> strings = new TreeSet<>(spec.labelStrings());
        spec.visible().forEach(e -> strings.addAll(e.input()));
        return new ArrayList<>(strings);
    }
}
