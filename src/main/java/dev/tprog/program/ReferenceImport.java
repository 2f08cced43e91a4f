package dev.tprog.program;

import dev.tprog.io.InputException;
import dev.tprog.program.ReferenceSource.Kind;
import dev.tprog.program.ReferenceSource.SourceError;
import dev.tprog.program.ReferenceSource.Statement;
import dev.tprog.program.ReferenceSource.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a program written by the reference decompiler ("Learning Transformer Programs",
 * {@code code_utils.model_to_code}): its {@code <name>.py} and {@code <name>_weights.csv}, and
 * returns the equivalent {@link Program} (docs/program.md, "Importing the reference's programs").
 *
 * <p>The generated Python is regular, so it is recognised statement by statement: predicates as
 * {@code if/elif q in {...}: return k == value} chains, {@code select_closest} + {@code aggregate}
 * as a categorical head, {@code select} + {@code aggregate_sum} as a numerical head, MLPs as
 * {@code if key in {...}: return n} chains with a default, and the classifier as the score frames
 * that {@code run()} concatenates, in that order; the pooled {@code run(tokens,
 * return_details=False)}, which classifies an input by {@code classes[logits.mean(0).argmax()]},
 * makes a pooled classifier. Anything else is rejected with the file and line of the first
 * statement not understood.
 *
 * <p>Two differences are by design: a categorical head uses the trained model's selection rule
 * ({@link ClosestMatch}), where the generated {@code select_closest} may prefer the query
 * position itself; and the generated {@code run()} overwrites the prediction at position 0 with
 * {@code <s>} and at the last position with {@code </s>} when those are the tokens there, which
 * the imported program does not (those positions are never scored).
 */
public final class ReferenceImport {
    private static final Pattern OUTPUT_NAME = Pattern.compile("(num_)?(attn|mlp)_(\\d+)_(\\d+)_outputs");
    private static final Set<String> HELPERS = Set.of("select_closest", "select", "aggregate", "aggregate_sum");

    private static final List<Token> IMPORT_AS = ReferenceSource.template("import $n as $n");
    private static final List<Token> IMPORT = ReferenceSource.template("import $n");
    private static final List<Token> DEF_1 = ReferenceSource.template("def $n($n):");
    private static final List<Token> DEF_2 = ReferenceSource.template("def $n($n, $n):");
    private static final List<Token> DEF_3 = ReferenceSource.template("def $n($n, $n, $n):");
    private static final List<Token> DEF_RUN = ReferenceSource.template("def run(tokens):");
    private static final List<Token> DEF_RUN_POOLED = ReferenceSource.template("def run(tokens, return_details=False):");
    private static final List<Token> CAUSAL_SLICE = ReferenceSource.template("keys[: i + 1]");
    private static final List<Token> READ_CSV = ReferenceSource.template(
            "classifier_weights = pd.read_csv($s, index_col=[0, 1], dtype={\"feature\": str})");
    private static final List<Token> CATEGORICAL_FRAME = ReferenceSource.template(
            "$n = classifier_weights.loc[[($s, str(v)) for v in $n]]");
    private static final List<Token> NUMERICAL_FRAME = ReferenceSource.template(
            "$n = classifier_weights.loc[[($s, \"_\") for v in $n]].mul($n, axis=0)");
    private static final List<Token> POSITIONS = ReferenceSource.template("positions = list(range(len(tokens)))");
    private static final List<Token> ONES = ReferenceSource.template("ones = [1 for _ in range(len(tokens))]");
    private static final List<Token> SELECT_CLOSEST = ReferenceSource.template("$n = select_closest($n, $n, $n)");
    private static final List<Token> SELECT = ReferenceSource.template("$n = select($n, $n, $n)");
    private static final List<Token> AGGREGATE = ReferenceSource.template("$n = aggregate($n, $n)");
    private static final List<Token> AGGREGATE_SUM = ReferenceSource.template("$n = aggregate_sum($n, $n)");
    private static final List<Token> APPLY_1 = ReferenceSource.template("$n = [$n($n) for $n in $n]");
    private static final List<Token> APPLY_2 = ReferenceSource.template("$n = [$n($n, $n) for $n, $n in zip($n, $n)]");
    private static final List<Token> IF_IN = ReferenceSource.template("if $n in $g:");
    private static final List<Token> ELIF_IN = ReferenceSource.template("elif $n in $g:");
    private static final List<Token> RETURN_EQUALS = ReferenceSource.template("return $n == $v");
    private static final List<Token> RETURN_INTEGER = ReferenceSource.template("return $i");
    private static final List<Token> KEY_1 = ReferenceSource.template("key = $n");
    private static final List<Token> KEY_2 = ReferenceSource.template("key = ($n, $n)");
    private static final List<Token> CONCAT = ReferenceSource.template(
            "feature_logits = pd.concat([df.reset_index() for df in $g])");
    private static final List<Token> LOGITS = ReferenceSource.template(
            "logits = feature_logits.groupby(level=0).sum(numeric_only=True).to_numpy()");
    private static final List<Token> CLASSES = ReferenceSource.template("classes = classifier_weights.columns.to_numpy()");
    private static final List<Token> PREDICTIONS = ReferenceSource.template("predictions = classes[logits.argmax(-1)]");
    private static final List<Token> IF_FIRST_BOS = ReferenceSource.template("if tokens[0] == \"<s>\":");
    private static final List<Token> SET_FIRST_BOS = ReferenceSource.template("predictions[0] = \"<s>\"");
    private static final List<Token> IF_LAST_EOS = ReferenceSource.template("if tokens[-1] == \"</s>\":");
    private static final List<Token> SET_LAST_EOS = ReferenceSource.template("predictions[-1] = \"</s>\"");
    private static final List<Token> RETURN_PREDICTIONS = ReferenceSource.template("return predictions.tolist()");
    private static final List<Token> TOKEN_PREDICTIONS = ReferenceSource.template(
            "token_predictions = classes[logits.argmax(-1)]");
    private static final List<Token> POOLED = ReferenceSource.template("pooled = logits.mean(0)");
    private static final List<Token> PREDICTION = ReferenceSource.template("prediction = classes[pooled.argmax(-1)]");
    private static final List<Token> IF_RETURN_DETAILS = ReferenceSource.template("if return_details:");
    private static final List<Token> RETURN_DETAILS = ReferenceSource.template(
            "return prediction, logits, feature_logits, token_predictions");
    private static final List<Token> RETURN_PREDICTION = ReferenceSource.template("return prediction");
    private static final List<Token> EXAMPLES = ReferenceSource.template("examples = $g");
    private static final List<Token> PRINT = ReferenceSource.template("print($g)");

    private ReferenceImport() {}

    /** Where the generator puts a program's weights: {@code <name>_weights.csv} next to {@code <name>.py}. */
    public static Path defaultWeights(Path program) {
        return program.resolveSibling(stem(program) + "_weights.csv");
    }

    /**
     * Imports a reference program.
     *
     * @param program the generated {@code .py} file; the program is named after it
     * @param weights its classifier CSV, or null for {@link #defaultWeights}
     * @param maxLength the number of positions, or null to take it from the CSV's {@code positions}
     *     rows (given both, they must agree)
     * @throws InputException naming the file and line of the first thing not understood
     */
    public static Program read(Path program, Path weights, Integer maxLength) {
        Path csv = weights != null ? weights : defaultWeights(program);
        String source;
        try {
            source = Files.readString(program);
        } catch (NoSuchFileException e) {
            throw InputException.in(program, "no such file");
        } catch (IOException e) {
            throw InputException.in(program, "cannot read: " + e.getMessage());
        }
        if (weights == null && !Files.exists(csv)) {
            throw InputException.in(program, "its weights file " + csv + " does not exist (name the weights file explicitly)");
        }
        ReferenceWeights table = ReferenceWeights.read(csv);
        return read(stem(program), program, source, table, maxLength);
    }

    /** Imports from source text already read; errors name {@code file}. */
    static Program read(String name, Path file, String source, ReferenceWeights weights, Integer maxLength) {
        List<Statement> statements;
        try {
            statements = ReferenceSource.parse(source);
        } catch (SourceError e) {
            throw InputException.at(file, e.line, e.getMessage());
        }
        Importer importer = new Importer(name, file, weights, maxLength);
        try {
            return importer.module(statements);
        } catch (SourceError e) {
            throw InputException.at(file, e.line, e.getMessage());
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }

    /** A value written in the program: a string or an integer. */
    private record Literal(boolean string, String text, int line) {
        String show() {
            return string ? '"' + text + '"' : text;
        }
    }

    /** A set element: one literal, or a tuple of them. */
    private record Element(List<Literal> items, boolean tuple) {}

    /** A variable of run(): categorical with its values, or numerical (values null). */
    private record Var(String name, ValueSet values) {
        boolean categorical() {
            return values != null;
        }
    }

    private record Selection(boolean closest, String key, String query, String predicate, int line) {}

    private record Frame(String feature, String variable, boolean numerical, int line) {}

    private record Placed(Operation operation, int layer) {}

    /** The state of one import: what run() has defined so far. */
    private static final class Importer {
        private final String name;
        private final Path file;
        private final ReferenceWeights weights;
        private final Integer maxLengthOption;
        private final Map<String, Var> variables = new LinkedHashMap<>();
        private final Map<String, Statement> functions = new HashMap<>();
        private final Map<String, Selection> selections = new HashMap<>();
        private final Map<String, Frame> frames = new HashMap<>();
        private final Set<String> names = new HashSet<>();
        private final Map<String, Boolean> helpers = new HashMap<>();
        private final Map<String, Integer> helperLines = new HashMap<>();
        private final List<Placed> operations = new ArrayList<>();
        private ValueSet vocabulary;
        private int maxLength;
        private boolean weightsRead;
        private List<String> summed;
        private int stage;
        private boolean returned;
        /** Whether run() is the pooled one ({@code run(tokens, return_details=False)}): one class per input. */
        private boolean pooled;

        Importer(String name, Path file, ReferenceWeights weights, Integer maxLengthOption) {
            this.name = name;
            this.file = file;
            this.weights = weights;
            this.maxLengthOption = maxLengthOption;
        }

        Program module(List<Statement> statements) {
            boolean run = false;
            for (Statement statement : statements) {
                if (!run && (matches(statement, IMPORT_AS) || matches(statement, IMPORT))) {
                    continue;
                }
                List<List<Token>> def = match(statement, DEF_1, DEF_2, DEF_3);
                boolean runPooled = !run && matches(statement, DEF_RUN_POOLED);
                if (!run && def != null && HELPERS.contains(text(def.get(0)))) {
                    helper(statement, def);
                } else if (!run && (runPooled || matches(statement, DEF_RUN))) {
                    run = true;
                    pooled = runPooled;
                    run(statement);
                } else if (!run && statement.tokens().get(0).isName("from")) {
                    throw new SourceError(statement.line(), "imports " + statement.show().replaceFirst(".* import ", "")
                            + ": programs over learned token embeddings (the NLP programs) cannot be imported");
                } else if (run && (matches(statement, EXAMPLES) || matches(statement, PRINT)
                        || statement.tokens().get(0).isName("for"))) {
                    continue; // the generated examples and their printout: not part of the program
                } else {
                    throw notUnderstood(statement);
                }
            }
            if (!run) {
                throw new SourceError(statements.isEmpty() ? 1 : statements.get(statements.size() - 1).line(),
                        "no 'def run(tokens):': not a program written by the reference decompiler");
            }
            return build();
        }

        /** select_closest, select, aggregate, aggregate_sum: checks the signature and notes causal slicing. */
        private void helper(Statement statement, List<List<Token>> def) {
            String helper = text(def.get(0));
            List<String> parameters = def.subList(1, def.size()).stream().map(Importer::text).toList();
            List<String> expected = helper.startsWith("select") ? List.of("keys", "queries", "predicate")
                    : List.of("attention", "values");
            if (!parameters.equals(expected)) {
                throw new SourceError(statement.line(), helper + " should take (" + String.join(", ", expected) + ")");
            }
            if (helpers.put(helper, contains(statement.body(), CAUSAL_SLICE)) != null) {
                throw new SourceError(statement.line(), helper + " is defined twice");
            }
            helperLines.put(helper, statement.line());
        }

        private boolean causal() {
            Boolean closest = helpers.get("select_closest");
            Boolean select = helpers.get("select");
            if (closest != null && select != null && !closest.equals(select)) {
                throw new SourceError(Math.max(helperLines.get("select_closest"), helperLines.get("select")),
                        "select_closest and select disagree on whether a query sees only earlier keys");
            }
            return Boolean.TRUE.equals(closest) || Boolean.TRUE.equals(select);
        }

        private void run(Statement run) {
            defineInputs();
            String last = pooled ? "return prediction" : "return predictions.tolist()";
            for (Statement statement : run.body()) {
                if (returned) {
                    throw new SourceError(statement.line(), "a statement after '" + last + "'");
                }
                statement(statement);
            }
            if (!returned) {
                throw new SourceError(run.line(), "run() does not end with '" + last + "'");
            }
        }

        private void defineInputs() {
            List<String> tokens = new ArrayList<>();
            for (ReferenceWeights.Row row : weights.rowsOf(Program.TOKENS)) {
                if (row.value().equals(ReferenceWeights.EMPTY_SLOT)) {
                    continue;
                }
                if (tokens.contains(row.value())) {
                    throw InputException.at(weights.file(), row.line(), "a second row for token '" + row.value() + "'");
                }
                tokens.add(row.value());
            }
            if (tokens.isEmpty()) {
                throw InputException.in(weights.file(), "no rows for feature tokens, so the vocabulary is unknown");
            }
            vocabulary = ValueSet.strings(tokens);
            variables.put(Program.TOKENS, new Var(Program.TOKENS, vocabulary));
            names.add(Program.TOKENS);
            List<ReferenceWeights.Row> positions = weights.rowsOf(Program.POSITIONS);
            Set<String> seen = new HashSet<>();
            for (ReferenceWeights.Row row : positions) {
                String value = row.value();
                boolean valid = value.matches("\\d{1,9}") && value.equals(Integer.toString(Integer.parseInt(value)))
                        && Integer.parseInt(value) < positions.size() && seen.add(value);
                if (!valid) {
                    throw InputException.at(weights.file(), row.line(), "the positions rows should be 0 to "
                            + (positions.size() - 1) + ", each once; found '" + value + "'");
                }
            }
            if (positions.isEmpty() && maxLengthOption == null) {
                throw InputException.in(weights.file(), "no rows for feature positions, so the maximum length is unknown"
                        + " (give it explicitly)");
            }
            if (!positions.isEmpty() && maxLengthOption != null && maxLengthOption != positions.size()) {
                throw InputException.in(weights.file(), "has rows for positions 0 to " + (positions.size() - 1)
                        + ", so the maximum length is " + positions.size() + ", not " + maxLengthOption);
            }
            maxLength = positions.isEmpty() ? maxLengthOption : positions.size();
            if (maxLength < 1) {
                throw new InputException("the maximum length must be at least 1, got " + maxLength);
            }
        }

        private void statement(Statement statement) {
            List<List<Token>> captures;
            if (matches(statement, READ_CSV)) {
                define(statement, "classifier_weights");
                weightsRead = true;
            } else if (matches(statement, POSITIONS)) {
                define(statement, Program.POSITIONS);
                variables.put(Program.POSITIONS, new Var(Program.POSITIONS, ValueSet.range(maxLength)));
            } else if (matches(statement, ONES)) {
                define(statement, Program.ONES);
                variables.put(Program.ONES, new Var(Program.ONES, null));
            } else if ((captures = match(statement, CATEGORICAL_FRAME)) != null) {
                frame(statement, captures, false);
            } else if ((captures = match(statement, NUMERICAL_FRAME)) != null) {
                if (!text(captures.get(2)).equals(text(captures.get(3)))) {
                    throw new SourceError(statement.line(), "the rows of " + text(captures.get(2))
                            + " are multiplied by another variable, " + text(captures.get(3)));
                }
                frame(statement, captures, true);
            } else if ((captures = match(statement, DEF_1, DEF_2)) != null) {
                define(statement, text(captures.get(0)));
                functions.put(text(captures.get(0)), statement);
            } else if ((captures = match(statement, SELECT_CLOSEST)) != null) {
                selection(statement, captures, true);
            } else if ((captures = match(statement, SELECT)) != null) {
                selection(statement, captures, false);
            } else if ((captures = match(statement, AGGREGATE)) != null) {
                attention(statement, captures, false);
            } else if ((captures = match(statement, AGGREGATE_SUM)) != null) {
                attention(statement, captures, true);
            } else if ((captures = match(statement, APPLY_1)) != null) {
                mlp(statement, text(captures.get(0)), text(captures.get(1)), List.of(text(captures.get(2))),
                        List.of(text(captures.get(3))), List.of(text(captures.get(4))));
            } else if ((captures = match(statement, APPLY_2)) != null) {
                mlp(statement, text(captures.get(0)), text(captures.get(1)),
                        List.of(text(captures.get(2)), text(captures.get(3))),
                        List.of(text(captures.get(4)), text(captures.get(5))),
                        List.of(text(captures.get(6)), text(captures.get(7))));
            } else if ((captures = match(statement, CONCAT)) != null) {
                concat(statement, captures.get(0));
            } else if (matches(statement, LOGITS)) {
                step(statement, 1, "feature_logits = pd.concat(...)");
            } else if (matches(statement, CLASSES)) {
                step(statement, 2, "logits = ...");
            } else if (pooled) {
                pooledTail(statement);
            } else if (matches(statement, PREDICTIONS)) {
                step(statement, 3, "classes = ...");
            } else if (matches(statement, IF_FIRST_BOS) || matches(statement, IF_LAST_EOS)) {
                List<Token> body = matches(statement, IF_FIRST_BOS) ? SET_FIRST_BOS : SET_LAST_EOS;
                if (stage < 4 || statement.body().size() != 1 || !matches(statement.body().get(0), body)) {
                    throw notUnderstood(statement);
                }
            } else if (matches(statement, RETURN_PREDICTIONS)) {
                if (stage < 4) {
                    throw new SourceError(statement.line(), "returns predictions before computing them");
                }
                returned = true;
            } else {
                throw notUnderstood(statement);
            }
        }

        /**
         * The pooled run()'s tail after {@code classes = ...}: the token predictions (details only),
         * the mean of the positions' logits, its class, and the optional details returned with it.
         */
        private void pooledTail(Statement statement) {
            if (matches(statement, TOKEN_PREDICTIONS)) {
                step(statement, 3, "classes = ...");
            } else if (matches(statement, POOLED)) {
                step(statement, 4, "token_predictions = ...");
            } else if (matches(statement, PREDICTION)) {
                step(statement, 5, "pooled = logits.mean(0)");
            } else if (matches(statement, IF_RETURN_DETAILS)) {
                if (stage < 6 || statement.body().size() != 1 || !matches(statement.body().get(0), RETURN_DETAILS)) {
                    throw notUnderstood(statement);
                }
            } else if (matches(statement, RETURN_PREDICTION)) {
                if (stage < 6) {
                    throw new SourceError(statement.line(), "returns the prediction before computing it");
                }
                returned = true;
            } else {
                throw notUnderstood(statement);
            }
        }

        /** The fixed tail of run(): concat, logits, classes, predictions, in this order. */
        private void step(Statement statement, int expectedStage, String previous) {
            if (stage != expectedStage) {
                throw new SourceError(statement.line(), "this line should come right after '" + previous + "'");
            }
            stage++;
        }

        private void frame(Statement statement, List<List<Token>> captures, boolean numerical) {
            String frame = text(captures.get(0));
            String feature = text(captures.get(1));
            String variable = text(captures.get(2));
            requireWeights(statement);
            Var var = variable(statement, variable);
            if (var.categorical() == numerical) {
                throw new SourceError(statement.line(), variable + " is " + (numerical ? "categorical" : "numerical")
                        + ": its rows are looked up " + (numerical ? "by value" : "as (feature, \"_\") times the value"));
            }
            define(statement, frame);
            frames.put(frame, new Frame(feature, variable, numerical, statement.line()));
        }

        private void requireWeights(Statement statement) {
            if (!weightsRead) {
                throw new SourceError(statement.line(), "classifier_weights is used before 'classifier_weights ="
                        + " pd.read_csv(...)'");
            }
        }

        private void selection(Statement statement, List<List<Token>> captures, boolean closest) {
            String pattern = text(captures.get(0));
            String helper = closest ? "select_closest" : "select";
            if (!helpers.containsKey(helper)) {
                throw new SourceError(statement.line(), helper + " is used but not defined");
            }
            String key = text(captures.get(1));
            String query = text(captures.get(2));
            String predicate = text(captures.get(3));
            for (String read : List.of(key, query)) {
                if (!variable(statement, read).categorical()) {
                    throw new SourceError(statement.line(), "keys and queries are categorical, but " + read
                            + " is numerical");
                }
            }
            if (!functions.containsKey(predicate)) {
                throw new SourceError(statement.line(), predicate + " is not a function defined in run()");
            }
            define(statement, pattern);
            selections.put(pattern, new Selection(closest, key, query, predicate, statement.line()));
        }

        private void attention(Statement statement, List<List<Token>> captures, boolean numerical) {
            String output = text(captures.get(0));
            String helper = numerical ? "aggregate_sum" : "aggregate";
            if (!helpers.containsKey(helper)) {
                throw new SourceError(statement.line(), helper + " is used but not defined");
            }
            Selection selection = selections.get(text(captures.get(1)));
            if (selection == null) {
                throw new SourceError(statement.line(), text(captures.get(1)) + " is not a select or select_closest pattern");
            }
            if (selection.closest() == numerical) {
                throw new SourceError(statement.line(), helper + " of a " + (numerical ? "select_closest" : "select")
                        + " pattern: a categorical head is select_closest + aggregate, a numerical one select +"
                        + " aggregate_sum");
            }
            String value = text(captures.get(2));
            Var valueVar = variable(statement, value);
            if (valueVar.categorical() == numerical) {
                throw new SourceError(statement.line(), helper + " needs a " + (numerical ? "numerical" : "categorical")
                        + " value, but " + value + " is " + (numerical ? "categorical" : "numerical"));
            }
            int layer = layer(statement, output, "attn", numerical);
            ValueSet queries = variables.get(selection.query()).values();
            ValueSet keys = variables.get(selection.key()).values();
            Predicate predicate = predicate(functions.get(selection.predicate()), selection, queries, keys);
            define(statement, output);
            if (numerical) {
                operations.add(new Placed(new NumericalAttention(output, selection.query(), selection.key(), value,
                        predicate), layer));
                variables.put(output, new Var(output, null));
            } else {
                operations.add(new Placed(new CategoricalAttention(output, selection.query(), selection.key(), value,
                        predicate), layer));
                variables.put(output, new Var(output, valueVar.values()));
            }
        }

        /** A predicate function: {@code if q in {...}: return k == value} branches, first match wins. */
        private Predicate predicate(Statement function, Selection selection, ValueSet queries, ValueSet keys) {
            String name = text(functionHeader(function).get(0));
            List<List<Token>> header = match(function, DEF_2);
            if (header == null) {
                throw new SourceError(function.line(), name + " should take (query, key)");
            }
            String queryParameter = text(header.get(1));
            String keyParameter = text(header.get(2));
            int[] keyOf = new int[queries.size()];
            boolean[] decided = new boolean[queries.size()];
            Arrays.fill(keyOf, Predicate.NONE);
            List<Statement> body = function.body();
            for (int b = 0; b < body.size(); b++) {
                Statement branch = body.get(b);
                List<List<Token>> condition = match(branch, b == 0 ? IF_IN : ELIF_IN);
                if (condition == null) {
                    throw new SourceError(branch.line(), "expected '" + (b == 0 ? "if" : "elif") + " " + queryParameter
                            + " in {...}:' in " + name + ", found: " + branch.show());
                }
                if (!text(condition.get(0)).equals(queryParameter)) {
                    throw new SourceError(branch.line(), name + " tests " + text(condition.get(0))
                            + ", not its query argument " + queryParameter);
                }
                List<List<Token>> result = branch.body().size() == 1 ? match(branch.body().get(0), RETURN_EQUALS) : null;
                if (result == null || !text(result.get(0)).equals(keyParameter)) {
                    throw new SourceError(branch.body().get(0).line(), "expected 'return " + keyParameter
                            + " == <value>' in " + name);
                }
                Literal target = literal(result.get(1).get(0));
                int keySlot = slotOf(keys, target, selection.key(), name);
                for (Element element : set(condition.get(1), 1)) {
                    int querySlot = slotOf(queries, element.items().get(0), selection.query(), name);
                    if (querySlot >= 0 && !decided[querySlot]) {
                        decided[querySlot] = true;
                        keyOf[querySlot] = keySlot;
                    }
                }
            }
            return new Predicate(keyOf);
        }

        private void mlp(Statement statement, String output, String function, List<String> arguments,
                List<String> loopVariables, List<String> inputs) {
            if (!arguments.equals(loopVariables)) {
                throw new SourceError(statement.line(), "the call " + function + "(" + String.join(", ", arguments)
                        + ") should pass the loop variables " + String.join(", ", loopVariables) + " in order");
            }
            Statement definition = functions.get(function);
            if (definition == null) {
                throw new SourceError(statement.line(), function + " is not a function defined in run()");
            }
            List<String> parameters = functionHeader(definition).subList(1, functionHeader(definition).size()).stream()
                    .map(Importer::text).toList();
            if (parameters.size() != inputs.size()) {
                throw new SourceError(statement.line(), function + " takes " + parameters.size() + " arguments but is"
                        + " called with " + inputs.size());
            }
            List<Var> reads = inputs.stream().map(input -> variable(statement, input)).toList();
            boolean numerical = !reads.get(0).categorical();
            if (reads.stream().anyMatch(read -> read.categorical() == numerical)) {
                throw new SourceError(statement.line(), output + " reads categorical and numerical variables together");
            }
            int layer = layer(statement, output, "mlp", numerical);
            MlpBody body = mlpBody(definition, parameters);
            List<String> distinct = inputs.stream().distinct().toList();
            int[] inputOfKeyItem = new int[body.keyOrder().length];
            for (int i = 0; i < inputOfKeyItem.length; i++) {
                inputOfKeyItem[i] = distinct.indexOf(inputs.get(body.keyOrder()[i]));
            }
            int outputs = body.maxOutput() + 1;
            for (ReferenceWeights.Row row : weights.rowsOf(output)) {
                if (row.value().matches("\\d{1,9}")) {
                    outputs = Math.max(outputs, Integer.parseInt(row.value()) + 1);
                }
            }
            ValueSet outputValues = ValueSet.range(outputs);
            define(statement, output);
            Operation operation = numerical
                    ? numericalMlp(output, distinct, outputValues, body, inputOfKeyItem, function)
                    : categoricalMlp(output, distinct, outputValues, body, inputOfKeyItem, function, statement.line());
            operations.add(new Placed(operation, layer));
            variables.put(output, new Var(output, outputValues));
        }

        /** An MLP function's body: the key's parameter order, the branches, and the default. */
        private record MlpBody(int[] keyOrder, List<List<Element>> keys, List<Integer> results, int defaultOutput,
                int maxOutput) {}

        private MlpBody mlpBody(Statement definition, List<String> parameters) {
            String name = text(functionHeader(definition).get(0));
            List<Statement> body = definition.body();
            List<List<Token>> key = match(body.get(0), KEY_1, KEY_2);
            if (key == null) {
                throw new SourceError(body.get(0).line(), "expected 'key = ...' to open " + name
                        + " (a predicate function is used by select/select_closest, not called per position)");
            }
            int[] keyOrder = new int[key.size()];
            for (int i = 0; i < key.size(); i++) {
                keyOrder[i] = parameters.indexOf(text(key.get(i)));
            }
            if (key.size() != parameters.size() || Arrays.stream(keyOrder).distinct().count() != parameters.size()
                    || Arrays.stream(keyOrder).anyMatch(i -> i < 0)) {
                throw new SourceError(body.get(0).line(), "the key of " + name + " should list each of its arguments "
                        + parameters + " once");
            }
            List<List<Element>> keys = new ArrayList<>();
            List<Integer> results = new ArrayList<>();
            int maxOutput = 0;
            for (int b = 1; b < body.size(); b++) {
                Statement branch = body.get(b);
                if (b == body.size() - 1) {
                    List<List<Token>> fallback = match(branch, RETURN_INTEGER);
                    if (fallback == null) {
                        throw new SourceError(branch.line(), name + " should end with 'return <default output>'");
                    }
                    int defaultOutput = integer(fallback.get(0).get(0));
                    return new MlpBody(keyOrder, keys, results, defaultOutput, Math.max(maxOutput, defaultOutput));
                }
                List<List<Token>> condition = match(branch, b == 1 ? IF_IN : ELIF_IN);
                if (condition == null || !text(condition.get(0)).equals("key")) {
                    throw new SourceError(branch.line(), "expected '" + (b == 1 ? "if" : "elif") + " key in {...}:' in "
                            + name + ", found: " + branch.show());
                }
                List<List<Token>> result = branch.body().size() == 1 ? match(branch.body().get(0), RETURN_INTEGER) : null;
                if (result == null) {
                    throw new SourceError(branch.body().get(0).line(), "expected 'return <output>' in " + name);
                }
                keys.add(set(condition.get(1), keyOrder.length));
                int output = integer(result.get(0).get(0));
                results.add(output);
                maxOutput = Math.max(maxOutput, output);
            }
            throw new SourceError(body.get(body.size() - 1).line(), name + " should end with 'return <default output>'");
        }

        private Operation categoricalMlp(String output, List<String> inputs, ValueSet outputValues, MlpBody body,
                int[] inputOfKeyItem, String function, int line) {
            List<ValueSet> sets = inputs.stream().map(input -> variables.get(input).values()).toList();
            long rows = 1;
            for (ValueSet set : sets) {
                rows *= set.size();
            }
            if (rows > 1 << 24) {
                throw new SourceError(line, output + ": a table of " + rows + " rows is too large");
            }
            int[] table = new int[(int) rows];
            Arrays.fill(table, -1);
            for (int b = 0; b < body.keys().size(); b++) {
                for (Element element : body.keys().get(b)) {
                    int[] slots = new int[inputs.size()];
                    Arrays.fill(slots, -1);
                    boolean possible = true;
                    for (int i = 0; i < element.items().size() && possible; i++) {
                        int input = inputOfKeyItem[i];
                        int slot = slotOf(sets.get(input), element.items().get(i), inputs.get(input), function);
                        possible = slot >= 0 && (slots[input] < 0 || slots[input] == slot);
                        slots[input] = slot;
                    }
                    if (possible) {
                        int row = 0;
                        for (int input = 0; input < slots.length; input++) {
                            row = row * sets.get(input).size() + slots[input];
                        }
                        if (table[row] < 0) {
                            table[row] = body.results().get(b);
                        }
                    }
                }
            }
            for (int row = 0; row < table.length; row++) {
                if (table[row] < 0) {
                    table[row] = body.defaultOutput();
                }
            }
            return new CategoricalMlp(output, inputs, outputValues, table);
        }

        private Operation numericalMlp(String output, List<String> inputs, ValueSet outputValues, MlpBody body,
                int[] inputOfKeyItem, String function) {
            Map<List<Integer>, Integer> table = new LinkedHashMap<>();
            for (int b = 0; b < body.keys().size(); b++) {
                for (Element element : body.keys().get(b)) {
                    Integer[] key = new Integer[inputs.size()];
                    boolean possible = true;
                    for (int i = 0; i < element.items().size() && possible; i++) {
                        Literal item = element.items().get(i);
                        if (item.string()) {
                            throw new SourceError(item.line(), function + " compares the numerical "
                                    + inputs.get(inputOfKeyItem[i]) + " with the string " + item.show());
                        }
                        int value = Integer.parseInt(item.text());
                        int input = inputOfKeyItem[i];
                        possible = key[input] == null || key[input] == value;
                        key[input] = value;
                    }
                    if (possible) {
                        table.putIfAbsent(List.of(key), body.results().get(b));
                    }
                }
            }
            return new NumericalMlp(output, inputs, outputValues, table, body.defaultOutput());
        }

        private void concat(Statement statement, List<Token> group) {
            if (stage != 0) {
                throw new SourceError(statement.line(), "feature_logits is computed twice");
            }
            if (!group.get(0).is("[")) {
                throw new SourceError(statement.line(), "expected a list of score frames to concatenate");
            }
            List<String> listed = new ArrayList<>();
            for (int i = 1; i < group.size() - 1; i++) {
                Token token = group.get(i);
                boolean expectName = (i % 2) == 1;
                if (expectName ? token.kind() != Kind.NAME : !token.is(",")) {
                    throw new SourceError(token.line(), "expected a list of score frame names, found '" + token.show() + "'");
                }
                if (expectName) {
                    if (!frames.containsKey(token.text())) {
                        throw new SourceError(token.line(), token.text() + " is not a score frame"
                                + " (classifier_weights.loc[...] of a variable)");
                    }
                    listed.add(token.text());
                }
            }
            summed = listed;
            stage = 1;
        }

        private Program build() {
            boolean causal = causal();
            int layers = operations.stream().mapToInt(Placed::layer).max().orElse(-1) + 1;
            List<Layer> built = new ArrayList<>();
            for (int l = 0; l < layers; l++) {
                int layer = l;
                built.add(new Layer(operations.stream().filter(p -> p.layer() == layer).map(Placed::operation).toList()));
            }
            List<ClassifierTerm> terms = new ArrayList<>();
            for (String frame : summed) {
                terms.add(term(frames.get(frame)));
            }
            try {
                return new Program(name, vocabulary, maxLength, causal, List.of(), built,
                        new Classifier(weights.classes(), terms,
                                pooled ? Classifier.Readout.POOLED : Classifier.Readout.EACH_POSITION));
            } catch (IllegalArgumentException e) {
                throw InputException.in(file, "does not make a valid program: " + e.getMessage());
            }
        }

        /** A score frame's rows of the weights file, as a classifier term of its variable. */
        private ClassifierTerm term(Frame frame) {
            Var var = variables.get(frame.variable());
            List<ReferenceWeights.Row> rows = weights.rowsOf(frame.feature());
            int classes = weights.classes().size();
            if (frame.numerical()) {
                ReferenceWeights.Row found = null;
                for (ReferenceWeights.Row row : rows) {
                    if (!row.value().equals(ReferenceWeights.EMPTY_SLOT) || found != null) {
                        throw InputException.at(weights.file(), row.line(), "numerical feature " + frame.feature()
                                + " should have the single row (" + frame.feature() + ", _)");
                    }
                    found = row;
                }
                if (found == null) {
                    throw InputException.in(weights.file(), "no row (" + frame.feature() + ", _) for the numerical"
                            + " variable " + frame.variable() + " (" + file.getFileName() + " line " + frame.line() + ")");
                }
                return new ClassifierTerm.Numerical(frame.variable(), new Weights(found.weights()));
            }
            ValueSet values = var.values();
            float[][] table = new float[values.size()][classes];
            boolean[] seen = new boolean[values.size()];
            for (ReferenceWeights.Row row : rows) {
                if (row.value().equals(ReferenceWeights.EMPTY_SLOT)) {
                    continue;
                }
                int slot = values.slotOf(row.value());
                if (slot < 0) {
                    throw InputException.at(weights.file(), row.line(), "'" + row.value() + "' is not a value of "
                            + frame.variable() + " " + shortList(values));
                }
                if (seen[slot]) {
                    throw InputException.at(weights.file(), row.line(), "a second row for value '" + row.value()
                            + "' of " + frame.feature());
                }
                seen[slot] = true;
                table[slot] = row.weights();
            }
            return ClassifierTerm.Categorical.of(frame.variable(), table);
        }

        private int layer(Statement statement, String output, String kind, boolean numerical) {
            Matcher matcher = OUTPUT_NAME.matcher(output);
            String expected = (numerical ? "num_" : "") + kind + "_<layer>_<index>_outputs";
            if (!matcher.matches() || !matcher.group(2).equals(kind) || (matcher.group(1) != null) != numerical) {
                throw new SourceError(statement.line(), "cannot tell the layer of " + output + ": a "
                        + (numerical ? "numerical " : "categorical ") + (kind.equals("attn") ? "head" : "MLP")
                        + "'s output is named " + expected);
            }
            try {
                return Integer.parseInt(matcher.group(3));
            } catch (NumberFormatException e) {
                throw new SourceError(statement.line(), "layer number of " + output + " is too large");
            }
        }

        /** The slot of a literal in a value set, -1 when absent; a literal of the other type is an error. */
        private static int slotOf(ValueSet values, Literal literal, String variable, String function) {
            boolean strings = values.kind() == ValueSet.Kind.STRING;
            if (literal.string() != strings) {
                throw new SourceError(literal.line(), function + " compares " + variable + ", which holds "
                        + (strings ? "strings" : "integers") + ", with " + literal.show());
            }
            return values.slotOf(literal.string() ? literal.text() : Integer.toString(Integer.parseInt(literal.text())));
        }

        /** A set literal {@code {a, b}} of values (arity 1) or of tuples of {@code arity} values. */
        private static List<Element> set(List<Token> group, int arity) {
            if (!group.get(0).is("{")) {
                throw new SourceError(group.get(0).line(), "expected a set {...}, found '" + group.get(0).show() + "'");
            }
            List<Element> elements = new ArrayList<>();
            int i = 1;
            int end = group.size() - 1;
            while (i < end) {
                Element element;
                if (group.get(i).is("(")) {
                    List<Literal> items = new ArrayList<>();
                    i++;
                    while (true) {
                        items.add(literal(group, i++));
                        if (group.get(i).is(")")) {
                            i++;
                            break;
                        }
                        expectComma(group, i++);
                    }
                    element = new Element(items, true);
                } else {
                    element = new Element(List.of(literal(group, i++)), false);
                }
                boolean fits = arity == 1 ? !element.tuple() : element.tuple() && element.items().size() == arity;
                if (!fits) {
                    throw new SourceError(group.get(0).line(), "expected a set of " + (arity == 1 ? "single values"
                            : arity + "-tuples") + " in this condition");
                }
                elements.add(element);
                if (i < end) {
                    expectComma(group, i++);
                }
            }
            return elements;
        }

        private static void expectComma(List<Token> group, int i) {
            if (i >= group.size() - 1 || !group.get(i).is(",")) {
                Token token = group.get(Math.min(i, group.size() - 1));
                throw new SourceError(token.line(), "expected ',' in a set, found '" + token.show() + "'");
            }
        }

        private static Literal literal(List<Token> group, int i) {
            if (i >= group.size() - 1) {
                throw new SourceError(group.get(group.size() - 1).line(), "a set element is missing");
            }
            return literal(group.get(i));
        }

        private static Literal literal(Token token) {
            if (token.kind() == Kind.STRING) {
                return new Literal(true, token.text(), token.line());
            }
            if (ReferenceSource.isInteger(token) && token.text().length() <= 9) {
                return new Literal(false, token.text(), token.line());
            }
            throw new SourceError(token.line(), "expected a string or a small non-negative integer, found '"
                    + token.show() + "'");
        }

        private static int integer(Token token) {
            if (!ReferenceSource.isInteger(token) || token.text().length() > 9) {
                throw new SourceError(token.line(), "expected a small non-negative integer, found '" + token.show() + "'");
            }
            return Integer.parseInt(token.text());
        }

        private Var variable(Statement statement, String name) {
            Var var = variables.get(name);
            if (var == null) {
                throw new SourceError(statement.line(), name + " is not a variable defined before this line");
            }
            return var;
        }

        private void define(Statement statement, String defined) {
            if (!names.add(defined)) {
                throw new SourceError(statement.line(), defined + " is defined twice");
            }
        }

        private static List<List<Token>> functionHeader(Statement function) {
            List<List<Token>> header = match(function, DEF_1, DEF_2);
            if (header == null) {
                throw new SourceError(function.line(), "a function of run() takes one or two arguments");
            }
            return header;
        }

        private static boolean contains(List<Statement> statements, List<Token> sequence) {
            for (Statement statement : statements) {
                List<Token> tokens = statement.tokens();
                for (int start = 0; start + sequence.size() <= tokens.size(); start++) {
                    if (ReferenceSource.match(tokens.subList(start, start + sequence.size()), sequence) != null) {
                        return true;
                    }
                }
                if (contains(statement.body(), sequence)) {
                    return true;
                }
            }
            return false;
        }

        private static String shortList(ValueSet values) {
            List<String> names = values.names();
            String shown = String.join(", ", names.subList(0, Math.min(8, names.size())));
            return "[" + shown + (names.size() > 8 ? ", ..." : "") + "]";
        }

        private static SourceError notUnderstood(Statement statement) {
            return new SourceError(statement.line(), "not a statement the reference decompiler writes: " + statement.show());
        }

        private static boolean matches(Statement statement, List<Token> template) {
            return ReferenceSource.match(statement.tokens(), template) != null;
        }

        @SafeVarargs
        private static List<List<Token>> match(Statement statement, List<Token>... templates) {
            for (List<Token> template : templates) {
                List<List<Token>> captures = ReferenceSource.match(statement.tokens(), template);
                if (captures != null) {
                    return captures;
                }
            }
            return null;
        }

        private static String text(List<Token> capture) {
            return capture.get(0).text();
        }
    }
}
