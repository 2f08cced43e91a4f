package dev.tprog.task.nlp;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written sample files under src/test/resources/nlp/. */
public final class NlpFixtures {
    /** CoNLL-2003 columns: two documents, four sentences of 7, 7, 1 and 4 tokens, no final blank line. */
    public static final String CONLL = "conll-sample.txt";
    /** GloVe text at dimension 4, with a glove.840B-style entry "at name@domain.com". */
    public static final String GLOVE = "glove-sample.txt";
    /** Six TREC-style questions with their coarse labels. */
    public static final String TSV = "trec-sample.tsv";

    private NlpFixtures() {}

    public static Path path(String name) {
        try {
            return Path.of(NlpFixtures.class.getResource("/nlp/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
