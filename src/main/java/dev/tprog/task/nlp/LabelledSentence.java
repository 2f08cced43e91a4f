package dev.tprog.task.nlp;

import java.util.List;

/** A sentence of a classification corpus: its words and the one label of the whole sentence. */
public record LabelledSentence(String label, List<String> words) {
    public LabelledSentence {
        words = List.copyOf(words);
    }

    public int length() {
        return words.size();
    }
}
