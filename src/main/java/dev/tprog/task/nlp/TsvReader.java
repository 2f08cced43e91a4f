package dev.tprog.task.nlp;

import dev.tprog.task.Tokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sentence classification corpus (TREC, MR, Subj, AG News exported as text): one
 * {@code label<TAB>text} per line. The label is everything before the first tab, without
 * surrounding spaces; the text, everything after it, is split into words by
 * {@link SimpleTokenizer}. Blank lines are skipped.
 */
public final class TsvReader {
    private TsvReader() {}

    public static List<LabelledSentence> read(Path file) {
        List<LabelledSentence> sentences = new ArrayList<>();
        try (NumberedLines lines = NumberedLines.open(file)) {
            String line;
            while ((line = lines.next()) != null) {
                if (!line.isBlank()) {
                    sentences.add(sentence(line, lines));
                }
            }
        }
        return sentences;
    }

    private static LabelledSentence sentence(String line, NumberedLines lines) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw lines.error("no tab: expected a label, a tab, then the text");
        }
        String label = line.substring(0, tab).strip();
        if (label.isEmpty()) {
            throw lines.error("empty label before the tab");
        }
        if (label.equals(Tokens.PAD)) {
            throw lines.error("'" + Tokens.PAD + "' is reserved for padding and cannot be a label");
        }
        return new LabelledSentence(label, SimpleTokenizer.tokenize(line.substring(tab + 1)));
    }
}
