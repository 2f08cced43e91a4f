package dev.tprog.task.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the vectors of some words from a GloVe text file: {@code word v1 v2 ... vd} per line,
 * fields separated by single spaces. Such files are large (the reference's default,
 * glove.840B.300d.txt, holds 2.2 million words in 5.6 GB), so the reader streams: it compares
 * the text before each line's first space with the wanted words and splits and parses a line
 * only on a match. Lines of unwanted words are never checked.
 *
 * <ul>
 * <li>The first line fixes the dimension d: the number of its fields after the word. A first
 *     line of exactly two integers, {@code N D}, is taken instead as the header of word2vec's
 *     text format (N vectors of dimension D), and then the file must hold exactly N vectors.
 *     A GloVe file of dimension 1 whose first word and value are both integers would be
 *     mistaken for a header; no published file is like that.
 * <li>A line's word is everything before its last d fields. That is the text before the first
 *     space, except in a few glove.840B entries such as {@code to name@domain.com 0.1 ...}: such
 *     a line is the vector of a word with a space, not a malformed vector of {@code to}.
 * <li>A wanted line with fewer than d numbers, or with a field that is not a finite number, is
 *     an error naming the line.
 * <li>Words match exactly, case included, as in the reference with a local file; when a word has
 *     two lines the later one counts, as in the reference's {@code LocalGlove}.
 * <li>Blank lines and trailing spaces (word2vec writes one per line) are ignored.
 * </ul>
 */
public final class GloveReader {
    private static final Pattern HEADER_FIELD = Pattern.compile("[0-9]{1,9}");

    private final Path file;
    private final Set<String> wanted;
    /** The text before the first space of each wanted word: the cheap test for every line. */
    private final Set<String> heads = new HashSet<>();
    private final Map<String, float[]> found = new HashMap<>();
    private int dimension;
    private int dimensionLine;
    /** The number of vectors a word2vec header promises, or -1 without a header. */
    private long announced = -1;
    private long entries;

    private GloveReader(Path file, Collection<String> wanted) {
        this.file = file;
        this.wanted = new LinkedHashSet<>(wanted);
        this.wanted.forEach(word -> heads.add(head(word)));
    }

    /** The vectors of {@code wanted} in {@code file}, and which of them it lacks. */
    public static GloveVectors read(Path file, Collection<String> wanted) {
        return new GloveReader(file, wanted).read();
    }

    private GloveVectors read() {
        try (NumberedLines lines = NumberedLines.open(file)) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (dimension == 0) {
                    boolean header = fixDimension(line, lines);
                    if (header) {
                        continue;
                    }
                }
                entries++;
                if (heads.contains(head(line))) {
                    readEntry(line, lines);
                }
            }
            if (dimension == 0) {
                throw lines.fileError("no vectors in this file");
            }
            if (announced >= 0 && entries != announced) {
                throw lines.fileError("the header on line " + dimensionLine + " announces " + announced
                        + " vectors but the file has " + entries);
            }
        }
        return result();
    }

    /** Fixes the dimension from the first line; true when that line is a word2vec header, not a vector. */
    private boolean fixDimension(String line, NumberedLines lines) {
        String[] fields = fields(line);
        dimensionLine = lines.number();
        if (fields.length == 2 && HEADER_FIELD.matcher(fields[0]).matches() && HEADER_FIELD.matcher(fields[1]).matches()) {
            announced = Long.parseLong(fields[0]);
            dimension = Integer.parseInt(fields[1]);
            if (dimension == 0) {
                throw lines.error("the header gives dimension 0");
            }
            return true;
        }
        dimension = fields.length - 1;
        if (dimension == 0) {
            throw lines.error("expected a word followed by the numbers of its vector");
        }
        return false;
    }

    private void readEntry(String line, NumberedLines lines) {
        String[] fields = fields(line);
        if (fields.length - 1 < dimension) {
            throw lines.error("expected " + dimension + " numbers after '" + fields[0] + "' (the dimension set by line "
                    + dimensionLine + ") but found " + (fields.length - 1));
        }
        int wordFields = fields.length - dimension;
        String word = String.join(" ", Arrays.asList(fields).subList(0, wordFields));
        if (!wanted.contains(word)) {
            return; // only its first word is wanted: "to name@domain.com" is not "to"
        }
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = number(fields[wordFields + i], i, word, lines);
        }
        found.put(word, vector);
    }

    private static float number(String field, int component, String word, NumberedLines lines) {
        float value;
        try {
            value = Float.parseFloat(field);
        } catch (NumberFormatException e) {
            value = Float.NaN;
        }
        if (!Float.isFinite(value)) {
            throw lines.error("'" + field + "' is not a finite number (component " + (component + 1) + " of '"
                    + word + "')");
        }
        return value;
    }

    private GloveVectors result() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String word : wanted) {
            if (found.containsKey(word)) {
                vectors.put(word, found.get(word));
            } else {
                missing.add(word);
            }
        }
        return new GloveVectors(dimension, vectors, missing);
    }

    private static String[] fields(String line) {
        return line.stripTrailing().split(" ");
    }

    private static String head(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
