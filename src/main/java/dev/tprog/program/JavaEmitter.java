package dev.tprog.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a Program as one Java source file that compiles on its own (JDK 17+) and runs with
 * {@code java Name.java '<s> 3 1 4'}: predicates as switches over query values, MLPs as
 * switches or tuple sets per output, classifier weights as constants, {@code run(List<String>)}.
 *
 * <p>A table of more than {@link #LARGE} entries (the vocabulary of a language task, a token
 * embedding over it, the classifier's rows for such a variable, the input tuples of one MLP
 * output when there are many, as numerical MLPs of deep programs have) is written as data instead of
 * code: its items in string constants, split when the class loads. Written as code, each entry
 * would cost bytecode in one method, and a method holds at most 64 KB (javac: "code too large"),
 * which a vocabulary of a few thousand words exceeds.
 */
public final class JavaEmitter {
    /** The most entries a table has as code; a larger one is data. */
    static final int LARGE = 256;
    /** Items of a table written as data per string constant (one line of the source each). */
    private static final int ITEMS_PER_CONSTANT = 64;
    /** What separates the items of a table written as data: ASCII's unit separator. */
    private static final char SEPARATOR = (char) 0x1f;

    private final Program program;
    private final String className;
    private final Map<String, Variable> variables;
    private final StringBuilder out = new StringBuilder();
    private int constants;
    /** Whether some table is written as data, so the class needs the helpers that read it. */
    private boolean dataTables;

    private JavaEmitter(Program program, String className) {
        this.program = program;
        this.className = className;
        this.variables = program.variableMap();
    }

    public static String emit(Program program, String className) {
        String problem = Identifiers.problem(className);
        if (problem != null) {
            throw new IllegalArgumentException("class name " + problem);
        }
        return new JavaEmitter(program, className).source();
    }

    private String source() {
        line("// Transformer Program " + program.name() + ", written by tprog. Run: java " + className + ".java '<s> 3 1 4'");
        line("import java.util.Arrays;");
        line("import java.util.List;");
        line("import java.util.Map;");
        line("import java.util.Set;");
        line("import java.util.function.IntFunction;");
        line("");
        line("/**");
        line(" * A categorical head attends, from each query position, to the nearest key position whose");
        line(" * value the query's value matches: of two at the same distance the left one; the query's own");
        line(" * position only if it is the only match; position 0 if none matches.");
        line(" */");
        line("public final class " + className + " {");
        line("    static final boolean CAUSAL = " + program.causal() + ";");
        line("    static final int MAX_LENGTH = " + program.maxLength() + ";");
        line("    static final List<String> VOCABULARY = " + stringList(program.vocabulary().names()) + ";");
        line("    static final List<String> CLASSES = List.of(" + strings(program.classifier().classes()) + ");");
        if (largeVocabulary()) {
            for (TokenEmbedding embedding : program.embeddings()) {
                line("    /** Each token's value of " + embedding.name() + ", in vocabulary order. */");
                line("    static final Map<String, " + (type(embedding.name()).equals("int") ? "Integer" : "String")
                        + "> EMBEDDING_" + embedding.name() + " = lookup(VOCABULARY, " + valueList(embedding.values(),
                        java.util.stream.IntStream.range(0, program.vocabulary().size())
                                .mapToObj(t -> embedding.values().name(embedding.valueOf(t))).toList()) + ");");
            }
        }
        line("");
        for (int l = 0; l < program.layers().size(); l++) {
            line("    // layer " + l + " " + "-".repeat(80));
            line("");
            program.layers().get(l).operations().forEach(this::function);
        }
        weights();
        run();
        helpers();
        line("}");
        return out.toString();
    }

    private void function(Operation operation) {
        if (operation instanceof Attention attention) {
            predicate(attention.name(), attention.query(), attention.key(), attention.predicate());
        } else if (operation instanceof CategoricalMlp mlp) {
            List<Integer> sizes = mlp.inputs().stream().map(input -> values(input).size()).toList();
            mlp(mlp.name(), mlp.inputs(), Branches.of(mlp, sizes), mlp.outputValues());
        } else if (operation instanceof NumericalMlp mlp) {
            mlp(mlp.name(), mlp.inputs(), Branches.of(mlp), mlp.outputValues());
        } else {
            throw new AssertionError(operation);
        }
    }

    private void predicate(String name, String query, String key, Predicate predicate) {
        String q = "q_" + PythonEmitter.singular(query);
        String k = "k_" + PythonEmitter.singular(key);
        line("    static boolean predicate_" + name + "(" + type(query) + " " + q + ", " + type(key) + " " + k + ") {");
        java.util.Optional<List<Integer>> equal = Branches.equalNames(predicate, values(query), values(key));
        if (equal.isPresent()) {
            String same = values(key).kind() == ValueSet.Kind.INTEGER ? k + " == " + q : k + ".equals(" + q + ")";
            if (equal.get().size() < values(query).size()) {
                String labels = equal.get().stream().map(slot -> literal(values(query), slot)).collect(Collectors.joining(", "));
                line("        return switch (" + q + ") {");
                line("            case " + labels + " -> " + same + ";");
                line("            default -> false;");
                line("        };");
            } else {
                line("        return " + same + ";");
            }
            line("    }");
            line("");
            return;
        }
        line("        return switch (" + q + ") {");
        for (Branches.Branch<Integer> branch : Branches.of(predicate).branches()) {
            String labels = branch.inputs().stream().map(slot -> literal(values(query), slot)).collect(Collectors.joining(", "));
            line("            case " + labels + " -> " + equality(values(key), k, branch.result()) + ";");
        }
        line("            default -> false;");
        line("        };");
        line("    }");
        line("");
    }

    private void mlp(String name, List<String> inputs, Branches<List<Integer>> branches, ValueSet output) {
        List<String> parameters = PythonEmitter.parameters(inputs);
        List<String> declared = new ArrayList<>();
        for (int a = 0; a < inputs.size(); a++) {
            declared.add(type(inputs.get(a)) + " " + parameters.get(a));
        }
        String resultType = output.kind() == ValueSet.Kind.INTEGER ? "int" : "String";
        if (inputs.size() == 1) {
            line("    static " + resultType + " mlp_" + name + "(" + declared.get(0) + ") {");
            line("        return switch (" + parameters.get(0) + ") {");
            for (Branches.Branch<List<Integer>> branch : branches.branches()) {
                String labels = branch.inputs().stream().map(tuple -> element(inputs.get(0), tuple.get(0)))
                        .collect(Collectors.joining(", "));
                line("            case " + labels + " -> " + literal(output, branch.result()) + ";");
            }
            line("            default -> " + literal(output, branches.defaultResult()) + ";");
            line("        };");
            line("    }");
            line("");
            return;
        }
        int set = 0;
        for (Branches.Branch<List<Integer>> branch : branches.branches()) {
            line("    static final Set<List<?>> MLP_" + name + "_" + set++ + " = " + tupleSet(inputs, branch.inputs()) + ";");
        }
        line("");
        line("    static " + resultType + " mlp_" + name + "(" + String.join(", ", declared) + ") {");
        line("        List<?> key = List.of(" + String.join(", ", parameters) + ");");
        set = 0;
        for (Branches.Branch<List<Integer>> branch : branches.branches()) {
            line("        if (MLP_" + name + "_" + set++ + ".contains(key)) {");
            line("            return " + literal(output, branch.result()) + ";");
            line("        }");
        }
        line("        return " + literal(output, branches.defaultResult()) + ";");
        line("    }");
        line("");
    }

    /** A set of input tuples: literals, or, when there are many, data (each tuple's elements in turn). */
    private String tupleSet(List<String> inputs, List<List<Integer>> tuples) {
        if (tuples.size() <= LARGE) {
            return "Set.of(" + tuples.stream().map(tuple -> tupleLiteral(inputs, tuple)).collect(Collectors.joining(", "))
                    + ")";
        }
        List<String> elements = new ArrayList<>();
        for (List<Integer> tuple : tuples) {
            for (int a = 0; a < tuple.size(); a++) {
                elements.add(elementName(inputs.get(a), tuple.get(a)));
            }
        }
        String integer = inputs.stream().map(input -> Boolean.toString(type(input).equals("int")))
                .collect(Collectors.joining(", "));
        return "tuples(items(" + chunks(elements) + "), " + integer + ")";
    }

    private String tupleLiteral(List<String> inputs, List<Integer> tuple) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < tuple.size(); a++) {
            parts.add(element(inputs.get(a), tuple.get(a)));
        }
        return "List.of(" + String.join(", ", parts) + ")";
    }

    /** An input value's name: a categorical slot's, or a number itself. */
    private String elementName(String variable, int slotOrNumber) {
        return variables.get(variable) instanceof Variable.Categorical categorical
                ? categorical.values().name(slotOrNumber)
                : Integer.toString(slotOrNumber);
    }

    /** An input value as a literal: its name, quoted when the variable's values are strings. */
    private String element(String variable, int slotOrNumber) {
        String name = elementName(variable, slotOrNumber);
        return type(variable).equals("String") ? string(name) : name;
    }

    private void weights() {
        line("    // classifier: the weights each feature adds to each class's logit " + "-".repeat(20));
        line("");
        int constant = 0;
        for (ClassifierTerm term : program.classifier().terms()) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                ValueSet values = values(categorical.variable());
                String keyType = values.kind() == ValueSet.Kind.INTEGER ? "Integer" : "String";
                List<Weights> rows = categorical.rows();
                if (rows.size() > LARGE) { // the keys, then every row's weights one after the other
                    List<String> numbers = new ArrayList<>();
                    rows.forEach(row -> numbers.addAll(numbers(row)));
                    line("    static final Map<" + keyType + ", double[]> W_" + categorical.variable() + " = rows("
                            + valueList(values, values.names()) + ", items(" + chunks(numbers) + "));");
                    continue;
                }
                line("    static final Map<" + keyType + ", double[]> W_" + categorical.variable() + " = Map.ofEntries(");
                for (int v = 0; v < rows.size(); v++) {
                    line("            Map.entry(" + literal(values, v) + ", " + doubles(rows.get(v)) + ")"
                            + (v + 1 < rows.size() ? "," : ");"));
                }
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                line("    static final double[] W_" + numerical.variable() + " = " + doubles(numerical.weights()) + ";");
            } else if (term instanceof ClassifierTerm.Constant constantTerm) {
                line("    static final double[] CONSTANT_" + constant++ + " = " + doubles(constantTerm.weights())
                        + "; // from " + constantTerm.origin());
            } else {
                throw new AssertionError(term);
            }
        }
        line("");
    }

    private void run() {
        line(switch (program.classifier().readout()) {
            case EACH_POSITION -> "    /** The predicted label of every position. */";
            case POOLED -> "    /** The class at position 0, from the mean of the positions' logits; null elsewhere. */";
        });
        line("    public static List<String> run(List<String> input) {");
        line("        check(input);");
        line("        int n = input.size();");
        if (program.readsUnknownTokens()) {
            line("        // a token outside the vocabulary reads as <unk>, as the model read it");
            line("        String[] tokens = input.stream().map(token -> VOCABULARY.contains(token) ? token : \"<unk>\")");
            line("                .toArray(String[]::new);");
        } else {
            line("        String[] tokens = input.toArray(new String[0]);");
        }
        line("        int[] positions = new int[n];");
        line("        int[] ones = new int[n];");
        line("        for (int i = 0; i < n; i++) {");
        line("            positions[i] = i;");
        line("            ones[i] = 1;");
        line("        }");
        for (TokenEmbedding embedding : program.embeddings()) {
            if (largeVocabulary()) {
                line("        " + type(embedding.name()) + "[] " + embedding.name() + " = " + mapper(embedding.name())
                        + "(n, i -> EMBEDDING_" + embedding.name() + ".get(tokens[i]));");
                continue;
            }
            line("        " + type(embedding.name()) + "[] " + embedding.name() + " = " + mapper(embedding.name())
                    + "(n, i -> switch (tokens[i]) {");
            for (int t = 0; t < program.vocabulary().size(); t++) {
                line("            case " + literal(program.vocabulary(), t) + " -> "
                        + literal(embedding.values(), embedding.valueOf(t)) + ";");
            }
            line("            default -> throw new IllegalArgumentException(tokens[i]);");
            line("        });");
        }
        for (Operation operation : program.operations()) {
            line("        " + type(operation.name()) + "[] " + operation.name() + " = " + computation(operation) + ";");
        }
        switch (program.classifier().readout()) {
            case EACH_POSITION -> {
                line("        String[] predictions = new String[n];");
                logits();
                line("            predictions[i] = CLASSES.get(argmax(logits));");
                line("        }");
                line("        return List.of(predictions);");
            }
            case POOLED -> {
                line("        double[] pooled = new double[CLASSES.size()];");
                logits();
                line("            add(pooled, logits, 1);");
                line("        }");
                line("        for (int c = 0; c < pooled.length; c++) {");
                line("            pooled[c] /= n; // the mean of the positions' logits, as the executor divides it");
                line("        }");
                line("        String[] predictions = new String[n]; // null: no prediction after position 0");
                line("        predictions[0] = CLASSES.get(argmax(pooled));");
                line("        return Arrays.asList(predictions);");
            }
        }
        line("    }");
        line("");
    }

    /** Opens the loop over positions and adds position i's logits, term by term. */
    private void logits() {
        line("        for (int i = 0; i < n; i++) {");
        line("            double[] logits = new double[CLASSES.size()];");
        constants = 0;
        for (ClassifierTerm term : program.classifier().terms()) {
            line("            " + addition(term) + ";");
        }
    }

    private String addition(ClassifierTerm term) {
        if (term instanceof ClassifierTerm.Categorical categorical) {
            return "add(logits, W_" + categorical.variable() + ".get(" + categorical.variable() + "[i]), 1)";
        } else if (term instanceof ClassifierTerm.Numerical numerical) {
            return "add(logits, W_" + numerical.variable() + ", " + numerical.variable() + "[i])";
        } else if (term instanceof ClassifierTerm.Constant) {
            return "add(logits, CONSTANT_" + constants++ + ", 1)";
        }
        throw new AssertionError(term);
    }

    private String computation(Operation operation) {
        if (operation instanceof CategoricalAttention attention) {
            return "aggregate(selectClosest(n, (i, j) -> predicate_" + attention.name() + "(" + attention.query() + "[i], "
                    + attention.key() + "[j])), " + attention.value() + ")";
        } else if (operation instanceof NumericalAttention attention) {
            return "countMatches(n, (i, j) -> predicate_" + attention.name() + "(" + attention.query() + "[i], "
                    + attention.key() + "[j]), " + attention.value() + ")";
        } else if (operation instanceof CategoricalMlp || operation instanceof NumericalMlp) {
            String arguments = operation.reads().stream().map(input -> input + "[i]").collect(Collectors.joining(", "));
            return mapper(operation.name()) + "(n, i -> mlp_" + operation.name() + "(" + arguments + "))";
        }
        throw new AssertionError(operation);
    }

    private void helpers() {
        out.append("""
                    /** Whether query position i matches key position j. */
                    interface Match {
                        boolean test(int i, int j);
                    }

                    /** The key position each query position attends to. */
                    static int[] selectClosest(int n, Match match) {
                        int[] attended = new int[n];
                        for (int i = 0; i < n; i++) {
                            int visible = CAUSAL ? i + 1 : n;
                            attended[i] = match.test(i, i) ? i : 0;
                            for (int distance = 1; distance < visible; distance++) {
                                if (i - distance >= 0 && match.test(i, i - distance)) {
                                    attended[i] = i - distance;
                                    break;
                                }
                                if (i + distance < visible && match.test(i, i + distance)) {
                                    attended[i] = i + distance;
                                    break;
                                }
                            }
                        }
                        return attended;
                    }

                    /** A numerical head: the sum of the values at every matching key position. */
                    static int[] countMatches(int n, Match match, int[] values) {
                        int[] sums = new int[n];
                        for (int i = 0; i < n; i++) {
                            for (int j = 0, visible = CAUSAL ? i + 1 : n; j < visible; j++) {
                                sums[i] += match.test(i, j) ? values[j] : 0;
                            }
                        }
                        return sums;
                    }

                    static String[] aggregate(int[] attended, String[] values) {
                        return Arrays.stream(attended).mapToObj(j -> values[j]).toArray(String[]::new);
                    }

                    static int[] aggregate(int[] attended, int[] values) {
                        return Arrays.stream(attended).map(j -> values[j]).toArray();
                    }

                    static int[] mapInts(int n, java.util.function.IntUnaryOperator f) {
                        int[] values = new int[n];
                        Arrays.setAll(values, f);
                        return values;
                    }

                    static String[] mapStrings(int n, IntFunction<String> f) {
                        String[] values = new String[n];
                        Arrays.setAll(values, f);
                        return values;
                    }

                    /** Adds weights times a value to the logits, in class order. */
                    static void add(double[] logits, double[] weights, int value) {
                        for (int c = 0; c < logits.length; c++) {
                            logits[c] += weights[c] * value;
                        }
                    }

                    static int argmax(double[] logits) {
                        int best = 0;
                        for (int c = 1; c < logits.length; c++) {
                            if (logits[c] > logits[best]) {
                                best = c;
                            }
                        }
                        return best;
                    }

                    static void check(List<String> input) {
                        if (input.isEmpty() || input.size() > MAX_LENGTH) {
                            throw new IllegalArgumentException("the input has " + input.size()
                                    + " tokens; the program handles 1 to " + MAX_LENGTH);
                        }
                        for (int i = 0; i < input.size(); i++) {
                """);
        if (program.readsUnknownTokens()) { // every other token reads as <unk>: <pad> alone is invalid
            line("            if (input.get(i).equals(\"<pad>\")) {");
            line("                throw new IllegalArgumentException(\"token <pad> at position \" + i");
            line("                        + \" is reserved for padding\");");
        } else {
            line("            if (!VOCABULARY.contains(input.get(i)) || input.get(i).equals(\"<pad>\")) {");
            line("                throw new IllegalArgumentException(\"token '\" + input.get(i) + \"' at position \" + i");
            line("                        + \" is not in the program's vocabulary\");");
        }
        line("            }");
        line("        }");
        line("    }");
        line("");
        String input = "List.of(String.join(\" \", args).trim().split(\"\\\\s+\"))";
        if (dataTables) {
            dataHelpers();
        }
        line("    public static void main(String[] args) {");
        line(switch (program.classifier().readout()) {
            case EACH_POSITION -> "        System.out.println(String.join(\" \", run(" + input + ")));";
            case POOLED -> "        System.out.println(run(" + input + ").get(0));";
        });
        line("    }");
    }

    /** What reads the tables written as data. */
    private void dataHelpers() {
        out.append("""
                    /** The items of a table written as data: its constants, joined, split at U+001F. */
                    static String[] items(String... constants) {
                        return String.join("\\u001f", constants).split("\\u001f", -1);
                    }

                    static List<Integer> integers(String[] items) {
                        return Arrays.stream(items).map(Integer::valueOf).toList();
                    }

                    /** Tuples of integer[a].length elements each, the a-th an Integer where integer[a] says so. */
                    static Set<List<?>> tuples(String[] items, boolean... integer) {
                        Set<List<?>> tuples = new java.util.HashSet<>();
                        for (int t = 0; t < items.length; t += integer.length) {
                            Object[] tuple = new Object[integer.length];
                            for (int a = 0; a < integer.length; a++) {
                                tuple[a] = integer[a] ? Integer.valueOf(items[t + a]) : items[t + a];
                            }
                            tuples.add(List.of(tuple));
                        }
                        return tuples;
                    }

                    /** The map from each key to the value at the same place. */
                    static <K, V> Map<K, V> lookup(List<K> keys, List<V> values) {
                        Map<K, V> map = new java.util.HashMap<>();
                        for (int i = 0; i < keys.size(); i++) {
                            map.put(keys.get(i), values.get(i));
                        }
                        return map;
                    }

                    /** The map from each key to its row: numbers holds the rows one after the other. */
                    static <K> Map<K, double[]> rows(List<K> keys, String[] numbers) {
                        int width = numbers.length / keys.size();
                        Map<K, double[]> map = new java.util.HashMap<>();
                        for (int k = 0; k < keys.size(); k++) {
                            double[] row = new double[width];
                            for (int c = 0; c < width; c++) {
                                row[c] = Double.parseDouble(numbers[k * width + c]);
                            }
                            map.put(keys.get(k), row);
                        }
                        return map;
                    }

                """);
    }

    private String mapper(String variable) {
        return type(variable).equals("int") ? "mapInts" : "mapStrings";
    }

    /** The Java type of one value of a variable. */
    private String type(String variable) {
        Variable defined = variables.get(variable);
        return defined instanceof Variable.Categorical categorical && categorical.values().kind() == ValueSet.Kind.STRING
                ? "String"
                : "int";
    }

    private String equality(ValueSet values, String name, int slot) {
        return values.kind() == ValueSet.Kind.INTEGER ? name + " == " + values.name(slot)
                : name + ".equals(" + literal(values, slot) + ")";
    }

    private ValueSet values(String variable) {
        return ((Variable.Categorical) variables.get(variable)).values();
    }

    private static String strings(List<String> values) {
        return values.stream().map(JavaEmitter::string).collect(Collectors.joining(", "));
    }

    private static String literal(ValueSet values, int slot) {
        return values.kind() == ValueSet.Kind.INTEGER ? values.name(slot) : string(values.name(slot));
    }

    /**
     * A Java string literal. Line breaks get their letter escapes: javac turns a unicode
     * escape of one into a real line break before it parses the literal.
     */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> literal.append('\\').append(c);
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> literal.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }

    private static String doubles(Weights weights) {
        return "new double[] {" + String.join(", ", numbers(weights)) + "}";
    }

    /** Each weight as Java writes the double it widens to (which reads back as that double). */
    private static List<String> numbers(Weights weights) {
        List<String> literals = new ArrayList<>();
        for (float weight : weights.toArray()) {
            literals.add(Double.toString(weight));
        }
        return literals;
    }

    private boolean largeVocabulary() {
        return program.vocabulary().size() > LARGE;
    }

    /** A list of strings: literals, or, when there are many, data. */
    private String stringList(List<String> items) {
        return items.size() > LARGE ? "List.of(items(" + chunks(items) + "))" : "List.of(" + strings(items) + ")";
    }

    /** The named values of a variable as data: strings, or integers. */
    private String valueList(ValueSet values, List<String> names) {
        return values.kind() == ValueSet.Kind.INTEGER ? "integers(items(" + chunks(names) + "))"
                : "List.of(items(" + chunks(names) + "))";
    }

    /** Items as data: string constants of up to {@link #ITEMS_PER_CONSTANT} items, one per line. */
    private String chunks(List<String> items) {
        dataTables = true;
        List<String> constants = new ArrayList<>();
        for (int from = 0; from < items.size(); from += ITEMS_PER_CONSTANT) {
            List<String> chunk = items.subList(from, Math.min(items.size(), from + ITEMS_PER_CONSTANT));
            for (String item : chunk) {
                if (item.indexOf(SEPARATOR) >= 0) {
                    throw new IllegalArgumentException("the value " + string(item) + " contains U+001F, which the"
                            + " emitted Java uses to separate the items of a large table");
                }
            }
            constants.add("\n            " + string(String.join(String.valueOf(SEPARATOR), chunk)));
        }
        return String.join(",", constants);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
