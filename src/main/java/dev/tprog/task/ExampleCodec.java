package dev.tprog.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One example as one JSON line: {@code {"input": ["<s>", "3", "1"], "output": [null, "1", "3"]}}.
 * Tokens and labels are strings; {@code null} marks an ignored position. The reserved
 * {@code <pad>} may appear in neither.
 */
final class ExampleCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private ExampleCodec() {}

    static String encode(Example example) {
        ObjectNode line = JSON.createObjectNode();
        ArrayNode input = line.putArray("input");
        example.input().forEach(input::add);
        ArrayNode output = line.putArray("output");
        example.output().forEach(output::add);
        return line.toString();
    }

    /** @throws IllegalArgumentException with a message that says what is wrong with the line */
    static Example decode(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object {\"input\": [...], \"output\": [...]}");
        }
        List<String> input = strings(node, "input", false);
        List<String> output = strings(node, "output", true);
        if (input.isEmpty()) {
            throw new IllegalArgumentException("'input' is empty");
        }
        if (input.size() != output.size()) {
            throw new IllegalArgumentException("'output' has " + output.size() + " labels but 'input' has "
                    + input.size() + " tokens (one label or null per token)");
        }
        return new Example(input, output);
    }

    private static List<String> strings(JsonNode example, String field, boolean nullAllowed) {
        JsonNode array = example.get(field);
        if (array == null) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array of strings");
        }
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (value.isNull() && nullAllowed) {
                values.add(null);
            } else if (value.isTextual() && !value.textValue().equals(Tokens.PAD)) {
                values.add(value.textValue());
            } else if (value.isTextual()) {
                throw new IllegalArgumentException("'" + field + "'[" + i + "] is <pad>, which is reserved"
                        + (nullAllowed ? " (write null for an ignored position)" : ""));
            } else {
                throw new IllegalArgumentException("'" + field + "'[" + i + "] must be a string"
                        + (nullAllowed ? " or null" : "") + ", got " + value);
            }
        }
        return values;
    }
}
