package dev.tprog.task.nlp;

import dev.tprog.task.Tokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a tagging corpus in the CoNLL-2003 column format:
 * <pre>
 * -DOCSTART- -X- -X- O
 *
 * EU NNP B-NP B-ORG
 * rejects VBZ B-VP O
 * </pre>
 * One token per line with whitespace-separated columns (word, part of speech, chunk, named entity
 * in CoNLL-2003). A blank line ends a sentence; {@code -DOCSTART-} lines mark documents and are
 * skipped, and so is the blank line after them. Every token line must have as many columns as the
 * first one, so that a truncated or shifted line fails instead of yielding a wrong tag.
 *
 * <p>Columns count from 0; a negative column counts from the end, as a Python index does:
 * -1 is the last column. The defaults read word and named-entity tag.
 */
public final class ConllReader {
    public static final int DEFAULT_TOKEN_COLUMN = 0;
    public static final int DEFAULT_TAG_COLUMN = -1;
    private static final String DOCUMENT_START = "-DOCSTART-";
    private static final Pattern COLUMN_SEPARATOR = Pattern.compile("\\s+");

    private final int tokenColumn;
    private final int tagColumn;

    public ConllReader(int tokenColumn, int tagColumn) {
        this.tokenColumn = tokenColumn;
        this.tagColumn = tagColumn;
    }

    public ConllReader() {
        this(DEFAULT_TOKEN_COLUMN, DEFAULT_TAG_COLUMN);
    }

    public List<TaggedSentence> read(Path file) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Layout layout = null;
        try (NumberedLines lines = NumberedLines.open(file)) {
            String line;
            while ((line = lines.next()) != null) {
                String trimmed = line.trim();
                String[] fields = COLUMN_SEPARATOR.split(trimmed);
                if (trimmed.isEmpty() || fields[0].equals(DOCUMENT_START)) {
                    endSentence(tokens, tags, sentences);
                    continue;
                }
                if (layout == null) {
                    layout = Layout.of(fields.length, tokenColumn, tagColumn, lines);
                }
                layout.check(fields.length, lines);
                tokens.add(notPadding(fields[layout.token()], lines));
                tags.add(notPadding(fields[layout.tag()], lines));
            }
        }
        // The last sentence need not be followed by a blank line.
        endSentence(tokens, tags, sentences);
        return sentences;
    }

    private static void endSentence(List<String> tokens, List<String> tags, List<TaggedSentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new TaggedSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }

    /** {@code <pad>} is every vocabulary's id 0: as a word or tag it would vanish from training. */
    private static String notPadding(String field, NumberedLines lines) {
        if (field.equals(Tokens.PAD)) {
            throw lines.error("'" + Tokens.PAD + "' is reserved for padding and cannot be a token or tag");
        }
        return field;
    }

    /** The column count of the first token line, and where in it token and tag are. */
    private record Layout(int columns, int firstLine, int token, int tag) {

        static Layout of(int columns, int tokenColumn, int tagColumn, NumberedLines lines) {
            int token = resolve(tokenColumn, columns, "token", lines);
            int tag = resolve(tagColumn, columns, "tag", lines);
            if (token == tag) {
                throw lines.error("found " + count(columns) + ", but the token column (" + tokenColumn
                        + ") and the tag column (" + tagColumn + ") are the same one");
            }
            return new Layout(columns, lines.number(), token, tag);
        }

        private static int resolve(int column, int columns, String what, NumberedLines lines) {
            int index = column < 0 ? columns + column : column;
            if (index < 0 || index >= columns) {
                throw lines.error("found " + count(columns) + ", so there is no " + what + " column " + column);
            }
            return index;
        }

        void check(int found, NumberedLines lines) {
            if (found != columns) {
                throw lines.error("found " + count(found) + ", but line " + firstLine + " has " + columns
                        + " (every token line needs the same columns)");
            }
        }

        private static String count(int columns) {
            return columns + (columns == 1 ? " column" : " columns");
        }
    }
}
