package dev.tprog.program;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a version-1 {@code program.json} tree strictly: unknown or missing fields, values
 * outside their variable's value set and tables of the wrong size are errors that name the
 * place, e.g. {@code layers[1].operations[0] (attn_1_0): predicate[3]: 9 is not a value of
 * positions}. The Program constructor then checks the structure as a whole.
 */
final class ProgramReader {
    private final JsonNode root;
    private final Map<String, Variable> defined = new LinkedHashMap<>();

    ProgramReader(JsonNode root) {
        this.root = root;
    }

    Program read() {
        requireObject(root, "the file", Set.of("format", "version", "name", "vocabulary", "max_length", "causal",
                "embeddings", "layers", "classifier"));
        String format = text(root, "format", "the file");
        require(format.equals(ProgramFormat.FORMAT), "'format' must be \"" + ProgramFormat.FORMAT + "\", got \"" + format
                + "\"");
        int version = integer(root, "version", "the file");
        require(version == ProgramFormat.VERSION, "unsupported version " + version + " (this tprog reads version "
                + ProgramFormat.VERSION + ")");
        String name = text(root, "name", "the file");
        ValueSet vocabulary = valueSet(field(root, "vocabulary", "the file"), "vocabulary");
        int maxLength = integer(root, "max_length", "the file");
        boolean causal = bool(root, "causal", "the file");
        require(maxLength >= 1, "'max_length' must be at least 1, got " + maxLength);
        List<TokenEmbedding> embeddings = embeddings(vocabulary);
        Program.inputs(vocabulary, maxLength, embeddings).forEach(v -> defined.put(v.name(), v));
        List<Layer> layers = layers();
        Classifier classifier = classifier(field(root, "classifier", "the file"));
        return new Program(name, vocabulary, maxLength, causal, embeddings, layers, classifier);
    }

    private List<TokenEmbedding> embeddings(ValueSet vocabulary) {
        List<TokenEmbedding> embeddings = new ArrayList<>();
        JsonNode array = array(root, "embeddings", "the file");
        for (int e = 0; e < array.size(); e++) {
            String where = "embeddings[" + e + "]";
            JsonNode node = array.get(e);
            requireObject(node, where, Set.of("name", "values", "value_of_token"));
            ValueSet values = valueSet(field(node, "values", where), where + ".values");
            JsonNode valueOf = array(node, "value_of_token", where);
            require(valueOf.size() == vocabulary.size(), where + ".value_of_token has " + valueOf.size()
                    + " entries for " + vocabulary.size() + " tokens");
            int[] slots = new int[valueOf.size()];
            for (int t = 0; t < slots.length; t++) {
                slots[t] = slot(valueOf.get(t), values, where + ".value_of_token[" + t + "]", "the embedding");
            }
            embeddings.add(new TokenEmbedding(text(node, "name", where), values, slots));
        }
        return embeddings;
    }

    private List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        JsonNode array = array(root, "layers", "the file");
        for (int l = 0; l < array.size(); l++) {
            JsonNode layer = array.get(l);
            requireObject(layer, "layers[" + l + "]", Set.of("operations"));
            JsonNode operations = array(layer, "operations", "layers[" + l + "]");
            List<Operation> parsed = new ArrayList<>();
            for (int o = 0; o < operations.size(); o++) {
                Operation operation = operation(operations.get(o), "layers[" + l + "].operations[" + o + "]");
                defined.put(operation.name(), Program.outputOf(operation, defined));
                parsed.add(operation);
            }
            layers.add(new Layer(parsed));
        }
        return layers;
    }

    private Operation operation(JsonNode node, String where) {
        require(node.isObject(), where + " must be an object");
        String type = text(node, "type", where);
        String name = text(node, "name", where);
        String at = where + " (" + name + ")";
        switch (type) {
            case "categorical_attention", "numerical_attention" -> {
                requireObject(node, at, Set.of("type", "name", "query", "key", "value", "predicate"));
                String query = text(node, "query", at);
                String key = text(node, "key", at);
                String value = text(node, "value", at);
                Predicate predicate = predicate(array(node, "predicate", at), categorical(query, at).values(), categorical(key, at).values(),
                        at);
                if (type.equals("categorical_attention")) {
                    categorical(value, at);
                    return new CategoricalAttention(name, query, key, value, predicate);
                }
                require(defined.get(value) instanceof Variable.Numerical, at + ": value " + value
                        + " must be a numerical variable defined before it");
                return new NumericalAttention(name, query, key, value, predicate);
            }
            case "categorical_mlp" -> {
                requireObject(node, at, Set.of("type", "name", "inputs", "values", "table"));
                List<String> inputs = names(array(node, "inputs", at));
                ValueSet values = valueSet(field(node, "values", at), at + ".values");
                JsonNode table = array(node, "table", at);
                int[] slots = new int[table.size()];
                for (int row = 0; row < slots.length; row++) {
                    slots[row] = slot(table.get(row), values, at + ".table[" + row + "]", "the output");
                }
                return new CategoricalMlp(name, inputs, values, slots);
            }
            case "numerical_mlp" -> {
                requireObject(node, at, Set.of("type", "name", "inputs", "values", "table", "default"));
                List<String> inputs = names(array(node, "inputs", at));
                ValueSet values = valueSet(field(node, "values", at), at + ".values");
                Map<List<Integer>, Integer> table = new LinkedHashMap<>();
                JsonNode entries = array(node, "table", at);
                for (int e = 0; e < entries.size(); e++) {
                    String entryAt = at + ".table[" + e + "]";
                    JsonNode entry = entries.get(e);
                    requireObject(entry, entryAt, Set.of("input", "output"));
                    List<Integer> input = new ArrayList<>();
                    array(entry, "input", entryAt).forEach(value -> {
                        require(value.canConvertToInt() && value.isIntegralNumber(), entryAt + ".input must hold integers");
                        input.add(value.intValue());
                    });
                    require(table.put(input, slot(field(entry, "output", entryAt), values, entryAt + ".output", "the output"))
                            == null, entryAt + " repeats input " + input);
                }
                return new NumericalMlp(name, inputs, values, table,
                        slot(field(node, "default", at), values, at + ".default", "the output"));
            }
            default -> throw new IllegalArgumentException(where + ": unknown operation type \"" + type
                    + "\" (categorical_attention, numerical_attention, categorical_mlp, numerical_mlp)");
        }
    }

    private Predicate predicate(JsonNode array, ValueSet queries, ValueSet keys, String where) {
        require(array.size() == queries.size(), where + ": the predicate has " + array.size() + " entries but the query has "
                + queries.size() + " values");
        int[] keyOf = new int[array.size()];
        for (int q = 0; q < keyOf.length; q++) {
            JsonNode match = array.get(q);
            keyOf[q] = match.isNull() ? Predicate.NONE : slot(match, keys, where + ".predicate[" + q + "]", "the key");
        }
        return new Predicate(keyOf);
    }

    private Classifier classifier(JsonNode node) {
        requireObject(node, "classifier", Set.of("readout", "classes", "terms"));
        Classifier.Readout readout = readout(node);
        List<String> classes = names(array(node, "classes", "classifier"));
        List<ClassifierTerm> terms = new ArrayList<>();
        JsonNode array = array(node, "terms", "classifier");
        for (int t = 0; t < array.size(); t++) {
            String where = "classifier.terms[" + t + "]";
            JsonNode term = array.get(t);
            require(term.isObject(), where + " must be an object");
            if (term.has("constant")) {
                requireObject(term, where, Set.of("constant", "weights"));
                terms.add(new ClassifierTerm.Constant(text(term, "constant", where),
                        new Weights(floats(array(term, "weights", where), where))));
                continue;
            }
            requireObject(term, where, Set.of("variable", "weights"));
            String variable = text(term, "variable", where);
            Variable defined = this.defined.get(variable);
            require(defined != null, where + ": no variable " + variable);
            JsonNode weights = array(term, "weights", where);
            if (defined instanceof Variable.Numerical) {
                terms.add(new ClassifierTerm.Numerical(variable, new Weights(floats(weights, where))));
            } else {
                float[][] rows = new float[weights.size()][];
                for (int r = 0; r < rows.length; r++) {
                    require(weights.get(r).isArray(), where + ".weights[" + r + "] must be an array of numbers");
                    rows[r] = floats(weights.get(r), where + ".weights[" + r + "]");
                }
                terms.add(ClassifierTerm.Categorical.of(variable, rows));
            }
        }
        return new Classifier(classes, terms, readout);
    }

    /** The classifier's readout: each position when the field is absent (every file from before pooling). */
    private static Classifier.Readout readout(JsonNode classifier) {
        if (!classifier.has("readout")) {
            return Classifier.Readout.EACH_POSITION;
        }
        String name = text(classifier, "readout", "classifier");
        for (Classifier.Readout readout : Classifier.Readout.values()) {
            if (ProgramFormat.readoutName(readout).equals(name)) {
                return readout;
            }
        }
        throw new IllegalArgumentException("classifier: 'readout' must be \"each_position\" or \"pooled\", got \""
                + name + "\"");
    }

    private float[] floats(JsonNode array, String where) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = array.get(i);
            require(value.isNumber(), where + "[" + i + "] must be a number");
            // Parsing the decimal text straight to float keeps the value bit-exact.
            values[i] = Float.parseFloat(value.decimalValue().toString());
        }
        return values;
    }

    private Variable.Categorical categorical(String name, String where) {
        Variable variable = defined.get(name);
        require(variable instanceof Variable.Categorical, where + ": " + name
                + " must be a categorical variable defined before it");
        return (Variable.Categorical) variable;
    }

    /** The slot of a value given by name, which must belong to {@code values}. */
    private static int slot(JsonNode value, ValueSet values, String where, String role) {
        String name = valueName(value, values.kind(), where);
        int slot = values.slotOf(name);
        require(slot >= 0, where + ": " + value + " is not a value of " + role + " " + values.names());
        return slot;
    }

    private ValueSet valueSet(JsonNode array, String where) {
        require(array.isArray() && array.size() > 0, where + " must be a non-empty array of values");
        ValueSet.Kind kind = array.get(0).isIntegralNumber() ? ValueSet.Kind.INTEGER : ValueSet.Kind.STRING;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            names.add(valueName(array.get(i), kind, where + "[" + i + "]"));
        }
        try {
            return new ValueSet(kind, names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static String valueName(JsonNode value, ValueSet.Kind kind, String where) {
        if (kind == ValueSet.Kind.INTEGER) {
            require(value.isIntegralNumber() && value.canConvertToInt(), where + ": expected an integer value, got " + value);
            return Integer.toString(value.intValue());
        }
        require(value.isTextual(), where + ": expected a string value, got " + value);
        return value.textValue();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : array) {
            require(name.isTextual(), "expected a name, got " + name);
            names.add(name.textValue());
        }
        return names;
    }

    private static void requireObject(JsonNode node, String where, Set<String> allowed) {
        require(node != null && node.isObject(), where + " must be a JSON object");
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            require(allowed.contains(field), where + ": unknown field '" + field + "'");
        }
    }

    private static JsonNode field(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        require(value != null, where + ": missing field '" + field + "'");
        return value;
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        require(value.isArray(), where + ": '" + field + "' must be an array");
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        require(value.isTextual(), where + ": '" + field + "' must be a string");
        return value.textValue();
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        require(value.isIntegralNumber() && value.canConvertToInt(), where + ": '" + field + "' must be an integer");
        return value.intValue();
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        require(value.isBoolean(), where + ": '" + field + "' must be true or false");
        return value.booleanValue();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
