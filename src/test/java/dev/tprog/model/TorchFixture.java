package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tprog.nn.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixture written by {@code bench/torch_crosscheck.py}: a model's parameter values in tprog's
 * order and layout, a small batch, and the logits, loss and gradients PyTorch computed from them
 * (docs/model.md, "Checks against PyTorch").
 */
final class TorchFixture {
    /** Both sides compute in float32, in different orders: a few units in the last place apart. */
    static final double RELATIVE = 1e-5;
    static final double ABSOLUTE = 1e-6;

    final JsonNode root;

    private TorchFixture(JsonNode root) {
        this.root = root;
    }

    static TorchFixture load(String resource) {
        try (InputStream in = TorchFixture.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s (bench/torch_crosscheck.py writes it)", resource).isNotNull();
            return new TorchFixture(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int config(String name) {
        return root.path("config").path(name).asInt();
    }

    List<int[]> tokens() {
        return rows(root.get("tokens"));
    }

    List<int[]> targets() {
        return rows(root.get("targets"));
    }

    /** Sets every parameter of {@code model} to the fixture's values, after checking that names line up with shapes. */
    void restoreInto(TrainableModel model) {
        JsonNode parameters = root.get("parameters");
        assertThat(model.parameters()).as("parameters").hasSize(parameters.size());
        List<float[]> values = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            JsonNode parameter = parameters.get(p);
            Tensor tensor = model.parameters().get(p);
            // shapes pin the layout the script wrote: a non-square weight left in torch's orientation fails here
            assertThat(tensor.shape()).as("shape of %s", parameter.get("name").asText())
                    .containsExactly(ints(parameter.get("shape")));
            values.add(floats(parameter.get("values")));
        }
        model.restore(values);
    }

    /** Asserts every parameter's gradient against {@code gradients}, one array per parameter in model order. */
    void assertGradients(TrainableModel model, JsonNode gradients) {
        for (int p = 0; p < model.parameters().size(); p++) {
            String name = root.get("parameters").get(p).get("name").asText();
            assertClose("gradient of " + name, model.parameters().get(p).grad(), floats(gradients.get(p)));
        }
    }

    /** {@code |actual - expected| <= ABSOLUTE + RELATIVE |expected|} element by element. */
    static void assertClose(String what, float[] actual, float[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            double tolerance = ABSOLUTE + RELATIVE * Math.abs(expected[i]);
            assertThat((double) actual[i]).as("%s [%d]", what, i)
                    .isBetween(expected[i] - tolerance, expected[i] + tolerance);
        }
    }

    static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Float.parseFloat(array.get(i).asText()); // the script writes each float32's shortest form
        }
        return values;
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static List<int[]> rows(JsonNode rows) {
        List<int[]> out = new ArrayList<>();
        rows.forEach(row -> out.add(ints(row)));
        return out;
    }
}
