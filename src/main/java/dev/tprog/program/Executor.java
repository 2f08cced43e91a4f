package dev.tprog.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Program}: the reference implementation of its semantics (docs/program.md).
 * Values live in {@code int} arrays, one per variable; a categorical variable holds value
 * slots, a numerical one the numbers. An executor is immutable and may be shared by threads.
 */
public final class Executor {
    /** The model masks padding positions, so a program never sees this token as input. */
    static final String PAD = "<pad>";
    private final Program program;
    private final List<Variable> variables;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final int categoricalHeads;

    public Executor(Program program) {
        this.program = program;
        this.variables = program.variables();
        for (int v = 0; v < variables.size(); v++) {
            index.put(variables.get(v).name(), v);
        }
        int heads = 0;
        for (Operation operation : program.operations()) {
            steps.add(compile(operation, heads));
            if (operation instanceof CategoricalAttention) {
                heads++;
            }
        }
        this.categoricalHeads = heads;
    }

    public Program program() {
        return program;
    }

    /** Token ids for token strings; a token outside the vocabulary gets the id of {@code <unk>} if there is one. */
    public int[] encode(List<String> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the input is empty");
        }
        if (tokens.size() > program.maxLength()) {
            throw new IllegalArgumentException("the input has " + tokens.size() + " tokens, but the program handles at most "
                    + program.maxLength());
        }
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            if (tokens.get(i).equals(PAD)) {
                throw new IllegalArgumentException("token " + PAD + " at position " + i + " is reserved for padding");
            }
            int slot = program.vocabulary().slotOf(tokens.get(i));
            ids[i] = slot >= 0 ? slot : program.vocabulary().slotOf(Program.UNKNOWN); // still -1 without <unk>
            if (ids[i] < 0) {
                throw new IllegalArgumentException("token '" + tokens.get(i) + "' at position " + i
                        + " is not in the program's vocabulary");
            }
        }
        return ids;
    }

    /** The predicted class of each position, or null where the program predicts none (after position 0 when pooled). */
    public List<String> predict(List<String> tokens) {
        int[] predictions = trace(encode(tokens)).predictions();
        List<String> labels = new ArrayList<>(predictions.length);
        for (int prediction : predictions) {
            labels.add(prediction < 0 ? null : program.classifier().classes().get(prediction));
        }
        return labels;
    }

    /** Runs the program on token ids and keeps every intermediate value. */
    public Trace trace(int[] tokens) {
        checkInput(tokens);
        int n = tokens.length;
        int[][] values = new int[variables.size()][];
        values[0] = tokens.clone();
        values[1] = new int[n];
        values[2] = new int[n];
        for (int i = 0; i < n; i++) {
            values[1][i] = i;
            values[2][i] = 1;
        }
        List<TokenEmbedding> embeddings = program.embeddings();
        for (int e = 0; e < embeddings.size(); e++) {
            values[3 + e] = new int[n];
            for (int i = 0; i < n; i++) {
                values[3 + e][i] = embeddings.get(e).valueOf(tokens[i]);
            }
        }
        int[][] attended = new int[categoricalHeads][];
        for (Step step : steps) {
            step.run(values, attended, n);
        }
        double[][] logits = new double[n][];
        for (int i = 0; i < n; i++) {
            logits[i] = logits(values, i);
        }
        int[] predictions = new int[n];
        return switch (program.classifier().readout()) {
            case EACH_POSITION -> {
                for (int i = 0; i < n; i++) {
                    predictions[i] = Classifier.argmax(logits[i]);
                }
                yield new Trace(variables, values, attended, logits, null, predictions);
            }
            case POOLED -> {
                double[] pooled = Classifier.pooled(logits, 0, n);
                Arrays.fill(predictions, -1);
                predictions[0] = Classifier.argmax(pooled);
                yield new Trace(variables, values, attended, logits, pooled, predictions);
            }
        };
    }

    private void checkInput(int[] tokens) {
        if (tokens.length == 0 || tokens.length > program.maxLength()) {
            throw new IllegalArgumentException("the input has " + tokens.length + " tokens; the program handles 1 to "
                    + program.maxLength());
        }
        for (int token : tokens) {
            if (token < 0 || token >= program.vocabulary().size()) {
                throw new IllegalArgumentException("token id " + token + " is not in the program's vocabulary");
            }
        }
    }

    private int keysVisibleFrom(int query, int n) {
        return program.causal() ? query + 1 : n;
    }

    /** Sums the classifier terms in order, in double precision (the documented order). */
    private double[] logits(int[][] values, int position) {
        Classifier classifier = program.classifier();
        double[] logits = new double[classifier.classes().size()];
        for (ClassifierTerm term : classifier.terms()) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                int slot = values[index.get(categorical.variable())][position];
                for (int c = 0; c < logits.length; c++) {
                    logits[c] += categorical.weight(slot, c);
                }
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                int value = values[index.get(numerical.variable())][position];
                for (int c = 0; c < logits.length; c++) {
                    logits[c] += (double) numerical.weights().get(c) * value;
                }
            } else if (term instanceof ClassifierTerm.Constant constant) {
                for (int c = 0; c < logits.length; c++) {
                    logits[c] += constant.weights().get(c);
                }
            } else {
                throw new AssertionError(term);
            }
        }
        return logits;
    }

    /** One compiled operation: fills its output variable's array. */
    private interface Step {
        void run(int[][] values, int[][] attended, int n);
    }

    private Step compile(Operation operation, int head) {
        int out = index.get(operation.name());
        if (operation instanceof Attention attention) {
            return compile(attention, out, head);
        } else if (operation instanceof CategoricalMlp mlp) {
            return compile(mlp, out);
        } else if (operation instanceof NumericalMlp mlp) {
            return compile(mlp, out);
        }
        throw new AssertionError(operation);
    }

    private Step compile(Attention attention, int out, int head) {
        int query = index.get(attention.query());
        int key = index.get(attention.key());
        int value = index.get(attention.value());
        int[] keyOf = attention.predicate().keyOf();
        if (attention instanceof CategoricalAttention) {
            return (values, attended, n) -> {
                int[] result = new int[n];
                int[] positions = new int[n];
                for (int i = 0; i < n; i++) {
                    boolean[] matches = new boolean[keysVisibleFrom(i, n)];
                    int target = keyOf[values[query][i]];
                    for (int j = 0; j < matches.length; j++) {
                        matches[j] = values[key][j] == target;
                    }
                    positions[i] = ClosestMatch.select(i, matches);
                    result[i] = values[value][positions[i]];
                }
                values[out] = result;
                attended[head] = positions;
            };
        }
        return (values, attended, n) -> {
            int[] result = new int[n];
            for (int i = 0; i < n; i++) {
                int target = keyOf[values[query][i]];
                for (int j = 0, keys = keysVisibleFrom(i, n); j < keys; j++) {
                    result[i] += values[key][j] == target ? values[value][j] : 0;
                }
            }
            values[out] = result;
        };
    }

    private Step compile(CategoricalMlp mlp, int out) {
        int[] inputs = mlp.inputs().stream().mapToInt(index::get).toArray();
        int[] sizes = mlp.inputs().stream()
                .mapToInt(name -> ((Variable.Categorical) variables.get(index.get(name))).values().size()).toArray();
        int[] table = mlp.table();
        return (values, attended, n) -> {
            int[] result = new int[n];
            for (int i = 0; i < n; i++) {
                int row = 0;
                for (int a = 0; a < inputs.length; a++) {
                    row = row * sizes[a] + values[inputs[a]][i];
                }
                result[i] = table[row];
            }
            values[out] = result;
        };
    }

    private Step compile(NumericalMlp mlp, int out) {
        int[] inputs = mlp.inputs().stream().mapToInt(index::get).toArray();
        NumericalTable table = NumericalTable.of(mlp);
        return (values, attended, n) -> {
            int[] result = new int[n];
            int[] key = new int[inputs.length];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < inputs.length; a++) {
                    key[a] = values[inputs[a]][i];
                }
                result[i] = table.lookup(key);
            }
            values[out] = result;
        };
    }
}
