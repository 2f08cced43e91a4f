package dev.tprog.task.nlp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors a GloVe file has for the words asked for. The arrays are the reader's own and
 * are not copied again: treat them as read-only.
 *
 * @param dimension the length of every vector in the file
 * @param vectors each wanted word the file has, with its vector, in the order the words were asked for
 * @param missing the wanted words the file does not have, in the order they were asked for
 */
public record GloveVectors(int dimension, Map<String, float[]> vectors, List<String> missing) {
    public GloveVectors {
        vectors = Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
        missing = List.copyOf(missing);
    }

    /** How many of the wanted words have a vector. */
    public int found() {
        return vectors.size();
    }

    /** How many words were asked for. */
    public int wanted() {
        return vectors.size() + missing.size();
    }
}
