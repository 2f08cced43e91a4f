package dev.tprog.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tprog.io.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sidecar {@code dataset.json}: format and version, task, causality, how the data was
 * generated, the size of each split and both vocabularies (documented in docs/datasets.md).
 * Everything but format and version may be left out of a hand-written one; what is present
 * must agree with the split files.
 */
final class DatasetMetadata {

    private DatasetMetadata() {}

    static ObjectNode toJson(Dataset dataset) {
        ObjectNode root = ExampleCodec.JSON.createObjectNode();
        root.put("format", DatasetFiles.FORMAT);
        root.put("version", DatasetFiles.VERSION);
        root.put("task", dataset.task());
        root.put("causal", dataset.causal());
        dataset.generation().ifPresent(generation -> {
            ObjectNode node = root.putObject("generation");
            node.put("vocab_size", generation.params().vocabSize());
            node.put("min_length", generation.params().minLength());
            node.put("max_length", generation.params().maxLength());
            node.put("size", generation.requestedSize());
            node.put("seed", generation.seed());
            node.put("unique", generation.unique());
        });
        ObjectNode splits = root.putObject("splits");
        for (Split split : Split.values()) {
            splits.put(split.fileStem(), dataset.get(split).size());
        }
        putTokens(root.putArray("input_vocab"), dataset.inputVocabulary());
        putTokens(root.putArray("output_vocab"), dataset.outputVocabulary());
        return root;
    }

    private static void putTokens(ArrayNode array, Vocabulary vocabulary) {
        vocabulary.tokens().forEach(array::add);
    }

    static Dataset read(Path file, Map<Split, List<Example>> splits) {
        JsonNode root = DatasetFiles.readJson(file);
        if (!root.isObject()) {
            throw InputException.in(file, "expected a JSON object");
        }
        String format = root.path("format").asText("");
        if (!format.equals(DatasetFiles.FORMAT)) {
            throw InputException.in(file, "'format' must be \"" + DatasetFiles.FORMAT + "\", got " + root.get("format"));
        }
        int version = root.path("version").asInt(-1);
        if (version != DatasetFiles.VERSION) {
            throw InputException.in(file, "unsupported version " + root.get("version") + " (this tprog reads version "
                    + DatasetFiles.VERSION + ")");
        }
        Dataset dataset = new Dataset(root.path("task").asText(Dataset.CUSTOM), root.path("causal").asBoolean(false),
                generation(file, root), splits);
        checkAgrees(file, root, dataset);
        return dataset;
    }

    private static Optional<Generation> generation(Path file, JsonNode root) {
        JsonNode node = root.get("generation");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        TaskParams params = new TaskParams(integer(file, node, "vocab_size"), integer(file, node, "min_length"),
                integer(file, node, "max_length"));
        return Optional.of(new Generation(root.path("task").asText(), params, integer(file, node, "size"),
                node.path("seed").asLong(), node.path("unique").asBoolean(true)));
    }

    private static int integer(Path file, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw InputException.in(file, "'generation." + field + "' must be an integer");
        }
        return value.intValue();
    }

    /** The split sizes and vocabularies, where given, must be those of the split files. */
    private static void checkAgrees(Path file, JsonNode root, Dataset dataset) {
        JsonNode splits = root.path("splits");
        for (Split split : Split.values()) {
            JsonNode count = splits.get(split.fileStem());
            if (count != null && count.asInt() != dataset.get(split).size()) {
                throw InputException.in(file, "says " + split.fileStem() + " has " + count.asInt() + " examples, but "
                        + DatasetFiles.fileName(split) + " has " + dataset.get(split).size());
            }
        }
        checkVocabulary(file, root, "input_vocab", dataset.inputVocabulary());
        checkVocabulary(file, root, "output_vocab", dataset.outputVocabulary());
    }

    private static void checkVocabulary(Path file, JsonNode root, String field, Vocabulary actual) {
        JsonNode listed = root.get(field);
        if (listed == null) {
            return;
        }
        List<String> tokens = new java.util.ArrayList<>();
        listed.forEach(token -> tokens.add(token.asText()));
        if (!tokens.equals(actual.tokens())) {
            throw InputException.in(file, "'" + field + "' " + tokens + " is not the vocabulary of "
                    + DatasetFiles.fileName(Split.TRAIN) + " " + actual.tokens());
        }
    }
}
