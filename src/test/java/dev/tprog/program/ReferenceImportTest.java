package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tprog.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a program in the reference decompiler's format. The fixture, tiny.py with
 * tiny_weights.csv, is written by hand in that format: one layer with a categorical head, a
 * numerical head, a categorical MLP and a numerical MLP.
 */
class ReferenceImportTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "reference-import", "tiny.py");
    static final Path WEIGHTS = Path.of("src", "test", "resources", "reference-import", "tiny_weights.csv");
    private static final ValueSet TOKENS = ValueSet.strings(List.of("0", "1", "2", "<pad>", "<s>"));
    private static final int NONE = Predicate.NONE;

    @TempDir
    Path dir;

    @Test
    void importsEveryPartOfTheProgramExactly() {
        Program program = ReferenceImport.read(FIXTURE, null, null);

        assertThat(program.name()).isEqualTo("tiny");
        assertThat(program.vocabulary()).isEqualTo(TOKENS);
        assertThat(program.maxLength()).isEqualTo(5);
        assertThat(program.causal()).isFalse();
        assertThat(program.embeddings()).isEmpty();
        assertThat(program.layers()).hasSize(1);
        // query "1" -> "1", "0" and "<s>" -> "2", "2" -> "" (no such token: no match), "<pad>" unlisted
        CategoricalAttention head = new CategoricalAttention("attn_0_0_outputs", "tokens", "tokens", "positions",
                new Predicate(new int[] {2, 1, NONE, NONE, 2}));
        // positions 0 and 3 -> "1", 1, 2 and 4 -> "0" (position 7 does not exist)
        NumericalAttention count = new NumericalAttention("num_attn_0_0_outputs", "positions", "tokens", "ones",
                new Predicate(new int[] {1, 0, 0, 1, 0}));
        // rows token * 5 + position; ("1", 9) is no input; ("1", 0) keeps its first branch's output
        int[] table = new int[25];
        table[5] = 2;
        table[9] = 2;
        table[13] = 2;
        table[0] = 1;
        table[22] = 1;
        CategoricalMlp mlp = new CategoricalMlp("mlp_0_0_outputs", List.of("tokens", "attn_0_0_outputs"),
                ValueSet.range(3), table);
        NumericalMlp numericalMlp = new NumericalMlp("num_mlp_0_0_outputs", List.of("num_attn_0_0_outputs"),
                ValueSet.range(4), Map.of(List.of(0), 3, List.of(2), 1, List.of(3), 1), 0);
        assertThat(program.layers().get(0).operations()).containsExactly(head, count, mlp, numericalMlp);

        assertThat(program.classifier().classes()).containsExactly("1", "2", "3");
        assertThat(program.classifier().terms()).containsExactly(
                ClassifierTerm.Categorical.of("tokens", new float[][] {
                    {0.5f, -0.25f, 0f}, {-0.5f, 0.625f, 0.25f}, {0.25f, 0f, -0.375f}, {0f, 0f, 0f}, {-2f, -2f, -2f}}),
                ClassifierTerm.Categorical.of("positions", new float[][] {
                    {0f, 0f, 0f}, {0.25f, -0.125f, 0f}, {-0.25f, 0.125f, 0.375f}, {0.125f, 0.25f, -0.5f},
                    {-0.375f, -0.25f, 0.625f}}),
                ClassifierTerm.Categorical.of("attn_0_0_outputs", new float[][] {
                    {0.25f, -0.5f, 0.125f}, {1.5f, -0.75f, 0.5f}, {-0.25f, 0.5f, 0.75f}, {0.375f, 0.25f, -1f},
                    {-1.5f, 2f, 0.25f}}),
                ClassifierTerm.Categorical.of("mlp_0_0_outputs", new float[][] {
                    {0f, 0.125f, -0.125f}, {0.5f, -0.25f, 0f}, {-0.625f, 0.75f, 0.5f}}),
                // value 2 has no row in the CSV: a zero row
                ClassifierTerm.Categorical.of("num_mlp_0_0_outputs", new float[][] {
                    {0.75f, -0.5f, -0.25f}, {-0.125f, 0.375f, 0.25f}, {0f, 0f, 0f}, {0.5f, 0f, -0.875f}}),
                new ClassifierTerm.Numerical("ones", new Weights(0.0625f, 0.125f, -0.1875f)),
                new ClassifierTerm.Numerical("num_attn_0_0_outputs", new Weights(-0.375f, 0.25f, 0.5f)));
        assertThat(ReferenceImport.read(FIXTURE, WEIGHTS, 5)).isEqualTo(program);
        assertThat(ProgramFormat.fromJson(ProgramFormat.toJson(program))).isEqualTo(program);
    }

    @Test
    void predictsWhatTheFixtureItselfPredictsWhereverTheSelectionRulesAgree() throws IOException {
        assumeTrue(EmittedPython.available(), "python3 is not on the PATH");
        Optional<String> python = pythonWithPandas();
        assumeTrue(python.isPresent(), "no python3 with pandas");
        Program program = ReferenceImport.read(FIXTURE, null, null);
        Executor executor = new Executor(program);
        List<List<String>> inputs = new ArrayList<>();
        List<List<String>> excluded = new ArrayList<>();
        for (List<String> input : RandomInputs.of(program, 150, 7)) {
            (referenceRuleAgrees(program, executor.trace(executor.encode(input))) ? inputs : excluded).add(input);
        }
        assertThat(inputs).hasSizeGreaterThan(100);
        assertThat(excluded).isNotEmpty();
        // Where the rules differ, so can the predictions: query 1 matches positions 1 and 4; the
        // model attends to 4, the generated select_closest to the query itself.
        List<String> differs = List.of("<s>", "1", "2", "2", "1");
        List<List<String>> batch = new ArrayList<>(inputs);
        batch.add(differs);
        List<List<String>> theirs = runFixture(python.get(), batch);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(scored(inputs.get(i), executor.predict(inputs.get(i))))
                    .as("input %s", inputs.get(i)).isEqualTo(scored(inputs.get(i), theirs.get(i)));
        }
        assertThat(executor.trace(executor.encode(differs)).attended()[0]).containsExactly(2, 4, 0, 0, 1);
        assertThat(executor.predict(differs)).containsExactly("3", "2", "1", "2", "1");
        assertThat(theirs.get(inputs.size())).containsExactly("<s>", "1", "1", "2", "2");
    }

    @Test
    void readsTheOtherCallFormsAndCausalPrograms() {
        String source = fixture()
                .replace(block("mlp_0_0"), """
                            # mlp_0_0 #####################################################
                            def mlp_0_0(position):
                                key = position
                                if key in {0, 3}:
                                    return 2
                                return 1

                            mlp_0_0_outputs = [mlp_0_0(k0) for k0 in positions]
                            mlp_0_0_output_scores = classifier_weights.loc[
                                [("mlp_0_0_outputs", str(v)) for v in mlp_0_0_outputs]
                            ]

                        """)
                .replace(block("num_mlp_0_0"), """
                            # num_mlp_0_0 #################################################
                            def num_mlp_0_0(one, num_attn_0_0_output):
                                key = (num_attn_0_0_output, one)
                                if key in {(0, 1), (4, 1)}:
                                    return 3
                                elif key in {(2, 1), (1, 0), (0, 1)}:
                                    return 1
                                return 0

                            num_mlp_0_0_outputs = [
                                num_mlp_0_0(k0, k1) for k0, k1 in zip(ones, num_attn_0_0_outputs)
                            ]
                            num_mlp_0_0_output_scores = classifier_weights.loc[
                                [("num_mlp_0_0_outputs", str(v)) for v in num_mlp_0_0_outputs]
                            ]

                        """);
        Program program = ReferenceImport.read("variant", FIXTURE, source, ReferenceWeights.read(WEIGHTS), null);
        List<Operation> operations = program.operations();
        assertThat(operations.get(2)).isEqualTo(new CategoricalMlp("mlp_0_0_outputs", List.of("positions"),
                ValueSet.range(3), new int[] {2, 1, 1, 2, 1}));
        assertThat(operations.get(3)).isEqualTo(new NumericalMlp("num_mlp_0_0_outputs",
                List.of("ones", "num_attn_0_0_outputs"), ValueSet.range(4),
                Map.of(List.of(1, 0), 3, List.of(1, 4), 3, List.of(1, 2), 1, List.of(0, 1), 1), 0));

        String causal = fixture().replace("range(len(keys))", "range(len(keys[: i + 1]))")
                .replace("for k in keys]", "for k in keys[: i + 1]]");
        assertThat(ReferenceImport.read("causal", FIXTURE, causal, ReferenceWeights.read(WEIGHTS), null).causal()).isTrue();
    }

    /** The fixture as the decompiler writes a pooled model: one class per input, from the mean of its logits. */
    private static String pooledFixture() {
        String tail = """
                    predictions = classes[logits.argmax(-1)]
                    if tokens[0] == "<s>":
                        predictions[0] = "<s>"
                    if tokens[-1] == "</s>":
                        predictions[-1] = "</s>"
                    return predictions.tolist()
                """;
        String pooledTail = """
                    token_predictions = classes[logits.argmax(-1)]
                    pooled = logits.mean(0)
                    prediction = classes[pooled.argmax(-1)]
                    if return_details:
                        return prediction, logits, feature_logits, token_predictions
                    return prediction
                """;
        assertThat(fixture()).contains(tail);
        return fixture().replace("def run(tokens):", "def run(tokens, return_details=False):").replace(tail, pooledTail);
    }

    @Test
    void importsAPooledProgramAsAPooledClassifierOverTheSameTerms() {
        Program perPosition = ReferenceImport.read(FIXTURE, null, null);
        Program pooled = ReferenceImport.read("tiny", FIXTURE, pooledFixture(), ReferenceWeights.read(WEIGHTS), null);
        assertThat(pooled.layers()).isEqualTo(perPosition.layers());
        assertThat(pooled.classifier()).isEqualTo(new Classifier(perPosition.classifier().classes(),
                perPosition.classifier().terms(), Classifier.Readout.POOLED));
    }

    @Test
    void rejectsSourceItDoesNotUnderstandNamingFileAndLine() throws IOException {
        assertRejected(fixture().replace("    ones = [1", "    extra = 1\n    ones = [1"), "    extra = 1",
                "not a statement the reference decompiler writes: extra = 1");
        assertRejected(fixture().replace("return k_token == \"1\"", "return q_token == \"1\""),
                "return q_token == \"1\"", "expected 'return k_token == <value>' in predicate_0_0");
        assertRejected(fixture().replace("return k_token == \"1\"", "return k_token == 1"), "return k_token == 1",
                "predicate_0_0 compares tokens, which holds strings, with 1");
        assertRejected(fixture().replace("aggregate(attn_0_0_pattern, positions)", "aggregate(attn_0_0_pattern, sizes)"),
                "aggregate(attn_0_0_pattern, sizes)", "sizes is not a variable defined before this line");
        assertRejected(fixture().replace("            return 1\n        return 0\n\n    mlp_0_0_outputs",
                "            return 1\n\n    mlp_0_0_outputs"), "elif key in {(\"0\", 0)",
                "mlp_0_0 should end with 'return <default output>'");
        assertRejected(fixture().replace("aggregate_sum(num_attn_0_0_pattern, ones)",
                "aggregate(num_attn_0_0_pattern, ones)"), "aggregate(num_attn_0_0_pattern, ones)",
                "aggregate of a select pattern: a categorical head is select_closest + aggregate, a numerical one select"
                        + " + aggregate_sum");
        assertRejected(fixture().replace("    attn_0_0_outputs = aggregate(", "    attn_0_outputs = aggregate("),
                "    attn_0_outputs = aggregate(", "cannot tell the layer of attn_0_outputs: a categorical head's output"
                        + " is named attn_<layer>_<index>_outputs");
        assertRejected(fixture().replace("predicate_0_0)\n    attn_0_0_outputs", "predicate_0_0\n    attn_0_0_outputs"),
                "select_closest(tokens, tokens, predicate_0_0", "bracket '(' is never closed");
        assertRejected(fixture().replace("def run(tokens):", "def run(tokens, return_details=False):"),
                "predictions = classes", "not a statement the reference decompiler writes: predictions ="
                        + " classes[logits.argmax(- 1)]");
        assertRejected(pooledFixture().replace("def run(tokens, return_details=False):", "def run(tokens):"),
                "token_predictions = classes", "not a statement the reference decompiler writes: token_predictions ="
                        + " classes[logits.argmax(- 1)]");
        assertRejected(pooledFixture().replace("    return prediction\n", ""), "def run(tokens, return_details",
                "run() does not end with 'return prediction'");
        assertRejected(fixture().replace("    return predictions.tolist()\n", ""), "def run(tokens):",
                "run() does not end with 'return predictions.tolist()'");
    }

    @Test
    void rejectsABadWeightsFileNamingFileAndLine() throws IOException {
        Path program = dir.resolve("tiny.py");
        Files.writeString(program, fixture());
        Path weights = dir.resolve("tiny_weights.csv");
        String csv = Files.readString(WEIGHTS);

        Files.writeString(weights, csv.replace("positions,2,-0.25,", "positions,2,abc,"));
        assertThatThrownBy(() -> ReferenceImport.read(program, null, null)).isInstanceOf(InputException.class)
                .hasMessage(weights + ":17: weight 'abc' (class 1) is not a number");
        Files.writeString(weights, csv.replace("positions,4,", "positions,7,"));
        assertThatThrownBy(() -> ReferenceImport.read(program, null, null))
                .hasMessage(weights + ":19: the positions rows should be 0 to 4, each once; found '7'");
        Files.writeString(weights, csv.replace("mlp_0_0_outputs,2,", "mlp_0_0_outputs,x,"));
        assertThatThrownBy(() -> ReferenceImport.read(program, null, null))
                .hasMessage(weights + ":9: 'x' is not a value of mlp_0_0_outputs [0, 1, 2]");
        Files.writeString(weights, csv.replace("feature,value,", "name,value,"));
        assertThatThrownBy(() -> ReferenceImport.read(program, null, null))
                .hasMessage(weights + ":1: expected the header feature,value,<class>,... of a reference weights file");
        Files.writeString(weights, csv.replace("ones,_,", "ones,1,"));
        assertThatThrownBy(() -> ReferenceImport.read(program, null, null))
                .hasMessage(weights + ":14: numerical feature ones should have the single row (ones, _)");
        Files.writeString(weights, csv);
        assertThatThrownBy(() -> ReferenceImport.read(program, null, 6)).hasMessage(weights
                + ": has rows for positions 0 to 4, so the maximum length is 5, not 6");
        Files.delete(weights);
        assertThatThrownBy(() -> ReferenceImport.read(program, null, null)).hasMessage(program + ": its weights file "
                + weights + " does not exist (name the weights file explicitly)");
        assertThatThrownBy(() -> ReferenceImport.read(dir.resolve("none.py"), WEIGHTS, null))
                .hasMessage(dir.resolve("none.py") + ": no such file");
    }

    /** Imports {@code source} (with the fixture's weights) and expects the error at the line holding {@code where}. */
    private void assertRejected(String source, String where, String message) throws IOException {
        Path file = dir.resolve("broken.py");
        Files.writeString(file, source);
        int line = lineOf(source, where);
        assertThatThrownBy(() -> ReferenceImport.read(file, WEIGHTS, null)).isInstanceOf(InputException.class)
                .hasMessage(file + ":" + line + ": " + message);
    }

    private static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertThat(at).as("snippet %s", snippet).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String fixture() {
        try {
            return Files.readString(FIXTURE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The fixture's text from the "# name ####" comment to the next section comment. */
    private static String block(String name) {
        String text = fixture();
        int start = text.indexOf("    # " + name + " #");
        int end = text.indexOf("    # ", start + 1);
        if (end < 0 || text.indexOf("    feature_logits", start) < end) {
            end = text.indexOf("    feature_logits", start);
        }
        return text.substring(start, end);
    }

    /** Whether the generated select_closest would attend where the model's rule does, in every head. */
    static boolean referenceRuleAgrees(Program program, Trace trace) {
        int head = 0;
        int n = trace.length();
        for (Operation operation : program.operations()) {
            if (operation instanceof CategoricalAttention attention) {
                int[] queries = trace.values(attention.query());
                int[] keys = trace.values(attention.key());
                for (int i = 0; i < n; i++) {
                    List<Integer> matches = new ArrayList<>();
                    for (int j = 0; j < (program.causal() ? i + 1 : n); j++) {
                        if (attention.predicate().matches(queries[i], keys[j])) {
                            matches.add(j);
                        }
                    }
                    int theirs = 0;
                    int best = Integer.MAX_VALUE;
                    for (int j : matches) {
                        int distance = j == i ? matches.size() : Math.abs(i - j);
                        if (distance < best) {
                            best = distance;
                            theirs = j;
                        }
                    }
                    if (theirs != trace.attended()[head][i]) {
                        return false;
                    }
                }
                head++;
            }
        }
        return true;
    }

    /** The predictions the reference scores: its run() overwrites position 0 after <s> and the last before </s>. */
    private static List<String> scored(List<String> input, List<String> predictions) {
        List<String> kept = new ArrayList<>(predictions);
        if (input.get(0).equals("<s>")) {
            kept.set(0, "-");
        }
        if (input.get(input.size() - 1).equals("</s>")) {
            kept.set(kept.size() - 1, "-");
        }
        return kept;
    }

    static Optional<String> pythonWithPandas() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process process = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Runs the fixture's own run() on each input, from the project directory (it reads its CSV from there). */
    static List<List<String>> runFixture(String python, List<List<String>> inputs) throws IOException {
        String driver = String.join("\n",
                "import contextlib, importlib.util, io, json, sys",
                "spec = importlib.util.spec_from_file_location('fixture', sys.argv[1])",
                "module = importlib.util.module_from_spec(spec)",
                "with contextlib.redirect_stdout(io.StringIO()):",
                "    spec.loader.exec_module(module)",
                "for line in sys.stdin:",
                "    print(json.dumps([str(label) for label in module.run(json.loads(line))]))");
        ObjectMapper json = new ObjectMapper();
        Process process = new ProcessBuilder(python, "-c", driver, FIXTURE.toString()).start();
        try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            for (List<String> input : inputs) {
                in.write(json.writeValueAsString(input) + "\n");
            }
        }
        List<List<String>> outputs = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                outputs.add(json.readValue(line, new TypeReference<List<String>>() {}));
            }
        }
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(outputs).as("python3 output; errors: %s", errors).hasSize(inputs.size());
        return outputs;
    }
}
