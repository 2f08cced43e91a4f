package dev.tprog.program;

import dev.tprog.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A reference program's classifier table, {@code <name>_weights.csv}: the header
 * {@code feature,value,<class>...}, then one row of weights per (feature, value); value
 * {@code _} stands for an empty slot of a categorical variable and for the single row of a
 * numerical one. Weights are read as float32, the precision the model wrote them in.
 */
record ReferenceWeights(Path file, List<String> classes, List<Row> rows) {
    /** The row for one value of one feature, at its line of the file. */
    record Row(String feature, String value, float[] weights, int line) {}

    static final String EMPTY_SLOT = "_";

    static ReferenceWeights read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw InputException.in(file, "the file is empty (expected the header feature,value,<classes>)");
        }
        List<String> header = fields(file, 1, lines.get(0));
        if (header.size() < 3 || !header.get(0).equals("feature") || !header.get(1).equals("value")) {
            throw InputException.at(file, 1, "expected the header feature,value,<class>,... of a reference weights file");
        }
        List<String> classes = List.copyOf(header.subList(2, header.size()));
        if (new HashSet<>(classes).size() != classes.size()) {
            throw InputException.at(file, 1, "a class is listed twice");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int number = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = fields(file, number, lines.get(i));
            if (fields.size() != header.size()) {
                throw InputException.at(file, number, "expected " + header.size() + " fields like the header, found "
                        + fields.size());
            }
            float[] weights = new float[classes.size()];
            for (int c = 0; c < weights.length; c++) {
                String text = fields.get(c + 2).strip();
                try {
                    weights[c] = Float.parseFloat(text);
                } catch (NumberFormatException e) {
                    throw InputException.at(file, number, "weight '" + text + "' (class " + classes.get(c)
                            + ") is not a number");
                }
                if (!Float.isFinite(weights[c])) {
                    throw InputException.at(file, number, "weight '" + text + "' (class " + classes.get(c)
                            + ") is not a finite float32");
                }
            }
            rows.add(new Row(fields.get(0), fields.get(1), weights, number));
        }
        return new ReferenceWeights(file, classes, List.copyOf(rows));
    }

    /** The rows of one feature, in file order. */
    List<Row> rowsOf(String feature) {
        return rows.stream().filter(row -> row.feature().equals(feature)).toList();
    }

    /** The fields of one CSV line (pandas quotes a field with a comma or quote in it). */
    private static List<String> fields(Path file, int number, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw InputException.at(file, number, "a quoted field is never closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
