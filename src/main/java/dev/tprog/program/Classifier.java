package dev.tprog.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The linear read-out without bias: per position, the logit of each class is the sum of the
 * terms, in order. Classes the model masked ({@code <pad>}, {@code <unk>}) are simply not
 * listed. The {@link Readout} says which positions get a prediction, and from which logits; the
 * prediction is always the first class with the largest logit.
 */
public record Classifier(List<String> classes, List<ClassifierTerm> terms, Readout readout) {

    /** Which positions the classifier predicts. */
    public enum Readout {
        /** Every position, from its own logits. */
        EACH_POSITION,
        /**
         * Position 0 alone, from the mean of every position's logits (summed in position order,
         * then divided by the length): sequence classification, the reference's
         * {@code --pool_outputs}. The other positions get no prediction.
         */
        POOLED
    }

    public Classifier {
        classes = List.copyOf(classes);
        terms = List.copyOf(terms);
    }

    /** The class a row of logits predicts: the first largest. */
    public static int argmax(double[] logits) {
        int best = 0;
        for (int c = 1; c < logits.length; c++) {
            best = logits[c] > logits[best] ? c : best;
        }
        return best;
    }

    /**
     * A pooled classifier's logits from the rows {@code [from, to)} of every position's: added in
     * position order, starting from 0, then divided by their number. The order is part of the
     * semantics (docs/program.md), so the executor, the model and every emitted form get these bits.
     */
    public static double[] pooled(double[][] logits, int from, int to) {
        double[] mean = new double[logits[from].length];
        for (int i = from; i < to; i++) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += logits[i][c];
            }
        }
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= to - from;
        }
        return mean;
    }

    /** The same classes and readout over other terms (what the simplifier leaves). */
    public Classifier withTerms(List<ClassifierTerm> newTerms) {
        return new Classifier(classes, newTerms, readout);
    }

    /**
     * The labels this classifier predicts, out of a label for every position: all of them, or
     * for a pooled classifier position 0's, with null (no prediction) elsewhere. RASP has no
     * null, so the emitted RASP of a pooled program holds its class at every position.
     */
    public List<String> predicted(List<String> everyPosition) {
        return switch (readout) {
            case EACH_POSITION -> everyPosition;
            case POOLED -> {
                List<String> first = new ArrayList<>(Collections.nCopies(everyPosition.size(), (String) null));
                first.set(0, everyPosition.get(0));
                yield first;
            }
        };
    }
}
