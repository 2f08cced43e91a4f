package dev.tprog.program;

import java.util.List;

/**
 * Token accuracy over the labelled positions ({@code null} labels are ignored), and the share
 * of sequences with every labelled position right. Labels are compared as strings, so a
 * label the program cannot predict counts as wrong (the reference silently drops those), as
 * does a label where the program predicts nothing (null: after position 0 of a pooled program).
 */
public record Accuracy(long correct, long scored, long correctSequences, long sequences) {

    public static Accuracy of(List<List<String>> predictions, List<List<String>> labels) {
        long correct = 0;
        long scored = 0;
        long correctSequences = 0;
        for (int s = 0; s < predictions.size(); s++) {
            boolean allRight = true;
            List<String> label = labels.get(s);
            for (int i = 0; i < label.size(); i++) {
                if (label.get(i) != null) {
                    scored++;
                    boolean right = label.get(i).equals(predictions.get(s).get(i));
                    correct += right ? 1 : 0;
                    allRight &= right;
                }
            }
            correctSequences += allRight ? 1 : 0;
        }
        return new Accuracy(correct, scored, correctSequences, predictions.size());
    }

    public double tokenAccuracy() {
        return scored == 0 ? 0 : (double) correct / scored;
    }

    public double sequenceAccuracy() {
        return sequences == 0 ? 0 : (double) correctSequences / sequences;
    }
}
