package dev.tprog.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a Program as a self-contained Python 3 module in the style of the reference's
 * programs: one predicate function per head (query values grouped by the key value they
 * match), one function per MLP ({@code if key in {...}} per output, the most frequent output
 * as default), classifier weights as literals, and {@code run(tokens)}. No packages, nothing
 * read at run time, and the model's selection rule.
 */
public final class PythonEmitter {
    private final Program program;
    private final Map<String, Variable> variables;
    private final StringBuilder out = new StringBuilder();

    private PythonEmitter(Program program) {
        this.program = program;
        this.variables = program.variableMap();
    }

    public static String emit(Program program) {
        return new PythonEmitter(program).module();
    }

    private String module() {
        header();
        helpers();
        for (int l = 0; l < program.layers().size(); l++) {
            line("# layer " + l + " " + "#".repeat(70));
            line("");
            for (Operation operation : program.layers().get(l).operations()) {
                function(operation);
            }
        }
        weights();
        run();
        main();
        return out.toString();
    }

    private void header() {
        line("\"\"\"Transformer Program " + program.name() + ", written by tprog.");
        line("");
        line(switch (program.classifier().readout()) {
            case EACH_POSITION -> "run(tokens) returns the predicted label of every position of a list of tokens.";
            case POOLED -> "run(tokens) returns the class of a list of tokens at position 0, from the mean of every\n"
                    + "position's logits, and None (no prediction) at the other positions.";
        });
        line("Plain Python 3, no packages. From a shell: python3 this_file.py '<s> 3 1 4'");
        line("");
        line("A categorical head attends, from each query position, to the nearest key position");
        line("whose value the query's value matches: of two at the same distance the left one;");
        line("the query's own position only if it is the only match; position 0 if none matches.");
        line("\"\"\"");
        line("");
        line("import sys");
        line("");
        line("VOCABULARY = " + list(program.vocabulary(), program.vocabulary().names().size()));
        line("MAX_LENGTH = " + program.maxLength());
        line("CAUSAL = " + (program.causal() ? "True" : "False"));
        line("CLASSES = [" + program.classifier().classes().stream().map(PythonEmitter::string)
                .collect(Collectors.joining(", ")) + "]");
        line("");
        line("");
    }

    private void helpers() {
        out.append("""
                def select_closest(keys, queries, match):
                    \"\"\"The key position each query position attends to.\"\"\"
                    return [closest_match(i, keys, match(query), i + 1 if CAUSAL else len(keys))
                            for i, query in enumerate(queries)]


                def closest_match(i, keys, target, visible):
                    for distance in range(1, visible):
                        if i - distance >= 0 and keys[i - distance] == target:
                            return i - distance
                        if i + distance < visible and keys[i + distance] == target:
                            return i + distance
                    return i if keys[i] == target else 0


                def aggregate(attended, values):
                    return [values[j] for j in attended]


                def count_matches(keys, queries, match, values):
                    \"\"\"A numerical head: the sum of the values at every matching key position.\"\"\"
                    sums = []
                    for i, query in enumerate(queries):
                        target = match(query)
                        visible = i + 1 if CAUSAL else len(keys)
                        sums.append(sum(v for k, v in zip(keys[:visible], values) if k == target))
                    return sums


                """);
    }

    private void function(Operation operation) {
        if (operation instanceof Attention attention) {
            predicate(attention.name(), attention.query(), attention.key(), attention.predicate());
        } else if (operation instanceof CategoricalMlp mlp) {
            List<Integer> sizes = mlp.inputs().stream().map(input -> values(input).size()).toList();
            mlp("mlp_" + mlp.name(), mlp.inputs(), Branches.of(mlp, sizes), mlp.outputValues(), true);
        } else if (operation instanceof NumericalMlp mlp) {
            mlp("mlp_" + mlp.name(), mlp.inputs(), Branches.of(mlp), mlp.outputValues(), false);
        } else {
            throw new AssertionError(operation);
        }
    }

    /** The head's predicate as the key value each query value matches (None: no key matches). */
    private void predicate(String name, String query, String key, Predicate predicate) {
        ValueSet queries = values(query);
        ValueSet keys = values(key);
        String q = "q_" + singular(query);
        line("def match_" + name + "(" + q + "):");
        line("    \"\"\"The " + key + " value that a " + query + " value matches.\"\"\"");
        java.util.Optional<List<Integer>> equal = Branches.equalNames(predicate, queries, keys);
        if (equal.isPresent()) {
            if (equal.get().size() < queries.size()) {
                String set = equal.get().stream().map(slot -> literal(queries, slot)).collect(Collectors.joining(", "));
                line("    if " + q + " not in {" + set + "}:");
                line("        return None");
            }
            line("    return " + q);
            line("");
            line("");
            return;
        }
        for (Branches.Branch<Integer> branch : Branches.of(predicate).branches()) {
            String set = branch.inputs().stream().map(slot -> literal(queries, slot)).collect(Collectors.joining(", "));
            line("    if " + q + " in {" + set + "}:");
            line("        return " + literal(keys, branch.result()));
        }
        line("    return None");
        line("");
        line("");
    }

    private void mlp(String function, List<String> inputs, Branches<List<Integer>> branches, ValueSet output,
            boolean categoricalInputs) {
        List<String> parameters = parameters(inputs);
        line("def " + function + "(" + String.join(", ", parameters) + "):");
        line("    key = " + (parameters.size() == 1 ? parameters.get(0) : "(" + String.join(", ", parameters) + ")"));
        for (Branches.Branch<List<Integer>> branch : branches.branches()) {
            String set = branch.inputs().stream().map(tuple -> tupleLiteral(inputs, tuple, categoricalInputs))
                    .collect(Collectors.joining(", "));
            line("    if key in {" + set + "}:");
            line("        return " + literal(output, branch.result()));
        }
        line("    return " + literal(output, branches.defaultResult()));
        line("");
        line("");
    }

    private String tupleLiteral(List<String> inputs, List<Integer> tuple, boolean categorical) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < tuple.size(); a++) {
            parts.add(categorical ? literal(values(inputs.get(a)), tuple.get(a)) : Integer.toString(tuple.get(a)));
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
    }

    private void weights() {
        line("# classifier: the weights each feature adds to each class's logit " + "#".repeat(20));
        line("");
        int constant = 0;
        for (ClassifierTerm term : program.classifier().terms()) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                ValueSet values = values(categorical.variable());
                line("W_" + categorical.variable() + " = {");
                for (int v = 0; v < categorical.rows().size(); v++) {
                    line("    " + literal(values, v) + ": " + floats(categorical.rows().get(v)) + ",");
                }
                line("}");
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                line("W_" + numerical.variable() + " = " + floats(numerical.weights()));
            } else if (term instanceof ClassifierTerm.Constant constantTerm) {
                line("CONSTANT_" + constant++ + " = " + floats(constantTerm.weights()) + "  # from " + constantTerm.origin());
            } else {
                throw new AssertionError(term);
            }
        }
        line("");
        line("");
    }

    private void run() {
        line("def run(tokens):");
        line("    check(tokens)");
        if (program.readsUnknownTokens()) {
            line("    # a token outside the vocabulary reads as <unk>, as the model read it");
            line("    tokens = [token if token in VOCABULARY else \"<unk>\" for token in tokens]");
        }
        line("    positions = list(range(len(tokens)))");
        line("    ones = [1] * len(tokens)");
        for (TokenEmbedding embedding : program.embeddings()) {
            line("    " + embedding.name() + " = [" + embeddingTable(embedding) + "[t] for t in tokens]");
        }
        for (Operation operation : program.operations()) {
            line("    " + operation.name() + " = " + computation(operation));
        }
        List<String> features = new ArrayList<>();
        int constant = 0;
        for (ClassifierTerm term : program.classifier().terms()) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                features.add("[W_" + categorical.variable() + "[v] for v in " + categorical.variable() + "]");
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                features.add("[[w * v for w in W_" + numerical.variable() + "] for v in " + numerical.variable() + "]");
            } else if (term instanceof ClassifierTerm.Constant) {
                features.add("[CONSTANT_" + constant++ + "] * len(tokens)");
            } else {
                throw new AssertionError(term);
            }
        }
        line("    features = [");
        features.forEach(feature -> line("        " + feature + ","));
        line("    ]");
        switch (program.classifier().readout()) {
            case EACH_POSITION -> line("    return [CLASSES[argmax(add(rows))] for rows in zip(*features, positions)]");
            case POOLED -> {
                line("    logits = [add(rows) for rows in zip(*features, positions)]");
                line("    return [CLASSES[argmax(mean(logits))]] + [None] * (len(tokens) - 1)");
                line("");
                line("");
                out.append("""
                        def mean(logits):
                            \"\"\"The pooled logits: the positions' added in order, then divided by their number.\"\"\"
                            pooled = [0.0] * len(CLASSES)
                            for row in logits:  # not sum(), which adds floats with its own rounding
                                for c, logit in enumerate(row):
                                    pooled[c] += logit
                            return [total / len(logits) for total in pooled]
                        """);
            }
        }
        line("");
        line("");
        out.append("""
                def add(rows):
                    \"\"\"Each class's logit: the feature weights added in order (the last row is the position).\"\"\"
                    logits = [0.0] * len(CLASSES)
                    for row in rows[:-1]:
                        for c, weight in enumerate(row):
                            logits[c] += weight
                    return logits


                def argmax(logits):
                    return max(range(len(logits)), key=logits.__getitem__)


                def check(tokens):
                    if not 1 <= len(tokens) <= MAX_LENGTH:
                        raise ValueError(f"the input has {len(tokens)} tokens; the program handles 1 to {MAX_LENGTH}")
                    for i, token in enumerate(tokens):
                """);
        if (program.readsUnknownTokens()) { // every other token reads as <unk>: <pad> alone is invalid
            line("        if token == \"<pad>\":");
            line("            raise ValueError(f\"token <pad> at position {i} is reserved for padding\")");
        } else {
            line("        if token not in VOCABULARY or token == \"<pad>\":");
            line("            raise ValueError(f\"token {token!r} at position {i} is not in the program's vocabulary\")");
        }
        line("");
        line("");
    }

    private String embeddingTable(TokenEmbedding embedding) {
        List<String> entries = new ArrayList<>();
        for (int t = 0; t < program.vocabulary().size(); t++) {
            entries.add(literal(program.vocabulary(), t) + ": " + literal(embedding.values(), embedding.valueOf(t)));
        }
        return "{" + String.join(", ", entries) + "}";
    }

    private String computation(Operation operation) {
        if (operation instanceof CategoricalAttention attention) {
            return "aggregate(select_closest(" + attention.key() + ", " + attention.query() + ", match_"
                    + attention.name() + "), " + attention.value() + ")";
        } else if (operation instanceof NumericalAttention attention) {
            return "count_matches(" + attention.key() + ", " + attention.query() + ", match_" + attention.name() + ", "
                    + attention.value() + ")";
        } else if (operation instanceof CategoricalMlp || operation instanceof NumericalMlp) {
            List<String> inputs = operation.reads();
            String arguments = String.join(", ", parameters(inputs));
            return "[mlp_" + operation.name() + "(" + arguments + ") for " + arguments + " in "
                    + (inputs.size() == 1 ? inputs.get(0) : "zip(" + String.join(", ", inputs) + ")") + "]";
        }
        throw new AssertionError(operation);
    }

    private void main() {
        line("if __name__ == \"__main__\":");
        line(switch (program.classifier().readout()) {
            case EACH_POSITION -> "    print(\" \".join(run(\" \".join(sys.argv[1:]).split())))";
            case POOLED -> "    print(run(\" \".join(sys.argv[1:]).split())[0])";
        });
    }

    private ValueSet values(String variable) {
        return ((Variable.Categorical) variables.get(variable)).values();
    }

    private String list(ValueSet values, int count) {
        List<String> literals = new ArrayList<>();
        for (int slot = 0; slot < count; slot++) {
            literals.add(literal(values, slot));
        }
        return "[" + String.join(", ", literals) + "]";
    }

    /**
     * One value of each input variable: its singular name where that is a free, distinct
     * identifier ({@code positions} gives {@code position}), else the variable's own name.
     */
    static List<String> parameters(List<String> inputs) {
        List<String> singular = inputs.stream().map(PythonEmitter::oneValue).toList();
        boolean safe = singular.stream().distinct().count() == singular.size()
                && singular.stream().allMatch(name -> Identifiers.problem(name) == null);
        return safe ? singular : inputs;
    }

    /** {@code attn_0_0_outputs} reads as {@code attn_0_0_output} when it names one value. */
    static String singular(String variable) {
        return variable.endsWith("s") && variable.length() > 1 ? variable.substring(0, variable.length() - 1) : variable;
    }

    /** A name for one value of a variable that differs from the variable's own name. */
    private static String oneValue(String variable) {
        String singular = singular(variable);
        return singular.equals(variable) ? variable + "_value" : singular;
    }

    static String literal(ValueSet values, int slot) {
        return values.kind() == ValueSet.Kind.INTEGER ? values.name(slot) : string(values.name(slot));
    }

    /** A double-quoted Python string literal, escaped by code point (not by UTF-16 unit). */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                literal.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c > 0x7e && c <= 0xffff)) {
                literal.append(String.format("\\u%04x", c));
            } else if (c > 0xffff) {
                literal.append(String.format("\\U%08x", c));
            } else {
                literal.appendCodePoint(c);
            }
        });
        return literal.append('"').toString();
    }

    /** The exact double value of each float, so Python adds the same numbers the executor adds. */
    private static String floats(Weights weights) {
        List<String> literals = new ArrayList<>();
        for (float weight : weights.toArray()) {
            literals.add(Double.toString(weight));
        }
        return "(" + String.join(", ", literals) + (weights.size() == 1 ? ",)" : ")");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
