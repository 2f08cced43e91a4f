package dev.tprog.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tprog.io.AtomicFiles;
import dev.tprog.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code program.json}, version 1 (docs/program-format.md): values are written by name, so a
 * file reads as the program does; weights are float32 written in their shortest exact decimal
 * form, so a file round-trips bit for bit.
 */
public final class ProgramFormat {
    public static final String FORMAT = "tprog-program";
    public static final int VERSION = 1;

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProgramFormat() {}

    public static String toJson(Program program) {
        try {
            return JSON.writeValueAsString(ProgramWriter.write(program)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Program program, Path file) {
        AtomicFiles.writeString(file, toJson(program));
    }

    /** @throws InputException naming the file and the place in it that is wrong */
    public static Program read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        try {
            return fromJson(text);
        } catch (IllegalArgumentException e) {
            throw InputException.in(file, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException saying what is wrong and where */
    public static Program fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException("line " + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        return new ProgramReader(root).read();
    }

    /** A readout as the file names it: {@code each_position} or {@code pooled}. */
    static String readoutName(Classifier.Readout readout) {
        return readout.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Writes JSON values for program parts. */
    static final class ProgramWriter {
        private ProgramWriter() {}

        static ObjectNode write(Program program) {
            Map<String, Variable> variables = program.variableMap();
            ObjectNode root = JSON.createObjectNode();
            root.put("format", FORMAT);
            root.put("version", VERSION);
            root.put("name", program.name());
            putValues(root.putArray("vocabulary"), program.vocabulary(), program.vocabulary().names());
            root.put("max_length", program.maxLength());
            root.put("causal", program.causal());
            ArrayNode embeddings = root.putArray("embeddings");
            for (TokenEmbedding embedding : program.embeddings()) {
                ObjectNode node = embeddings.addObject();
                node.put("name", embedding.name());
                putValues(node.putArray("values"), embedding.values(), embedding.values().names());
                ArrayNode valueOf = node.putArray("value_of_token");
                for (int slot : embedding.valueOf()) {
                    putValue(valueOf, embedding.values(), slot);
                }
            }
            ArrayNode layers = root.putArray("layers");
            for (Layer layer : program.layers()) {
                ArrayNode operations = layers.addObject().putArray("operations");
                layer.operations().forEach(operation -> operations.add(operation(operation, variables)));
            }
            root.set("classifier", classifier(program.classifier()));
            return root;
        }

        private static ObjectNode operation(Operation operation, Map<String, Variable> variables) {
            ObjectNode node = JSON.createObjectNode();
            if (operation instanceof Attention attention) {
                attention(node, attention, variables);
            } else if (operation instanceof CategoricalMlp mlp) {
                node.put("type", "categorical_mlp");
                node.put("name", mlp.name());
                mlp.inputs().forEach(node.putArray("inputs")::add);
                putValues(node.putArray("values"), mlp.outputValues(), mlp.outputValues().names());
                ArrayNode table = node.putArray("table");
                for (int slot : mlp.table()) {
                    putValue(table, mlp.outputValues(), slot);
                }
            } else if (operation instanceof NumericalMlp mlp) {
                node.put("type", "numerical_mlp");
                node.put("name", mlp.name());
                mlp.inputs().forEach(node.putArray("inputs")::add);
                putValues(node.putArray("values"), mlp.outputValues(), mlp.outputValues().names());
                ArrayNode table = node.putArray("table");
                mlp.table().forEach((input, output) -> {
                    ObjectNode entry = table.addObject();
                    input.forEach(entry.putArray("input")::add);
                    entry.set("output", valueNode(mlp.outputValues(), output));
                });
                node.set("default", valueNode(mlp.outputValues(), mlp.defaultOutput()));
            } else {
                throw new AssertionError(operation);
            }
            return node;
        }

        private static void attention(ObjectNode node, Attention attention, Map<String, Variable> variables) {
            node.put("type", attention instanceof CategoricalAttention ? "categorical_attention" : "numerical_attention");
            node.put("name", attention.name());
            node.put("query", attention.query());
            node.put("key", attention.key());
            node.put("value", attention.value());
            ValueSet keys = ((Variable.Categorical) variables.get(attention.key())).values();
            Predicate predicate = attention.predicate();
            ArrayNode matches = node.putArray("predicate");
            for (int q = 0; q < predicate.size(); q++) {
                int k = predicate.keyOf(q);
                if (k == Predicate.NONE) {
                    matches.addNull();
                } else {
                    putValue(matches, keys, k);
                }
            }
        }

        private static ObjectNode classifier(Classifier classifier) {
            ObjectNode node = JSON.createObjectNode();
            if (classifier.readout() == Classifier.Readout.POOLED) { // absent: each position, as before pooling
                node.put("readout", readoutName(classifier.readout()));
            }
            classifier.classes().forEach(node.putArray("classes")::add);
            ArrayNode terms = node.putArray("terms");
            for (ClassifierTerm term : classifier.terms()) {
                ObjectNode entry = terms.addObject();
                if (term instanceof ClassifierTerm.Categorical categorical) {
                    entry.put("variable", categorical.variable());
                    ArrayNode rows = entry.putArray("weights");
                    for (Weights row : categorical.rows()) {
                        putFloats(rows.addArray(), row);
                    }
                } else if (term instanceof ClassifierTerm.Numerical numerical) {
                    entry.put("variable", numerical.variable());
                    putFloats(entry.putArray("weights"), numerical.weights());
                } else if (term instanceof ClassifierTerm.Constant constant) {
                    entry.put("constant", constant.origin());
                    putFloats(entry.putArray("weights"), constant.weights());
                } else {
                    throw new AssertionError(term);
                }
            }
            return node;
        }

        private static void putFloats(ArrayNode array, Weights weights) {
            for (float value : weights.toArray()) {
                array.add(value);
            }
        }

        private static void putValues(ArrayNode array, ValueSet values, List<String> names) {
            for (String name : names) {
                putValue(array, values, values.slotOf(name));
            }
        }

        private static void putValue(ArrayNode array, ValueSet values, int slot) {
            array.add(valueNode(values, slot));
        }

        /** A value by name: a JSON string, or a JSON number for an integer value set. */
        private static JsonNode valueNode(ValueSet values, int slot) {
            return values.kind() == ValueSet.Kind.INTEGER
                    ? JSON.getNodeFactory().numberNode(Integer.parseInt(values.name(slot)))
                    : JSON.getNodeFactory().textNode(values.name(slot));
        }
    }
}
