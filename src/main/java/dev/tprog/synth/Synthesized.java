package dev.tprog.synth;

import dev.tprog.rasp.RaspError;
import dev.tprog.rasp.SOpFunction;
import dev.tprog.task.Example;
import java.util.List;

/**
 * A found program as RASP source that {@code tprog rasp} runs unchanged, with its score on the
 * held-out examples as the interpreter computes it (an example it fails on counts as wrong at
 * every labelled position).
 */
public record Synthesized(Term term, String source, int correct, int scored, int heldOutExamples) {
    /** The name the program's s-op gets in the source. */
    public static final String NAME = "program";

    static Synthesized of(Term term, List<Example> heldOut) {
        String source = NAME + " = " + term.toRasp() + ";\n";
        SOpFunction function = SOpFunction.load("synthesized", source, NAME);
        int correct = 0;
        int scored = 0;
        for (Example example : heldOut) {
            List<String> values = apply(function, example.input());
            for (int i = 0; i < example.length(); i++) {
                if (example.label(i) != null) {
                    scored++;
                    if (values != null && Labels.matchesPrinted(values.get(i), example.label(i))) {
                        correct++;
                    }
                }
            }
        }
        return new Synthesized(term, source, correct, scored, heldOut.size());
    }

    private static List<String> apply(SOpFunction function, List<String> input) {
        try {
            return function.apply(input);
        } catch (RaspError e) {
            return null; // e.g. a selector that picks two strings on an input the search never saw
        }
    }

    /** Labelled held-out positions right, as a fraction (1 when there are none). */
    public double accuracy() {
        return scored == 0 ? 1 : (double) correct / scored;
    }

    public String describeAccuracy() {
        if (heldOutExamples == 0) {
            return "no held-out examples";
        }
        return String.format("%.1f%% (%d of %d labelled positions, %d examples)", 100 * accuracy(), correct, scored,
                heldOutExamples);
    }
}
