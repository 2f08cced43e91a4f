package dev.tprog.task.nlp;

import java.util.List;

/** A sentence of a tagging corpus: one tag per token (e.g. CoNLL-2003 NER: {@code EU} → {@code B-ORG}). */
public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tags.size() + " tags for " + tokens.size() + " tokens");
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }

    public int length() {
        return tokens.size();
    }
}
