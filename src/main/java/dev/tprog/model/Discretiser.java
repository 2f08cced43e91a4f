package dev.tprog.model;

import dev.tprog.io.InputException;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.SeededNoise;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import dev.tprog.program.CategoricalAttention;
import dev.tprog.program.CategoricalMlp;
import dev.tprog.program.Classifier;
import dev.tprog.program.ClassifierTerm;
import dev.tprog.program.Layer;
import dev.tprog.program.NumericalAttention;
import dev.tprog.program.NumericalMlp;
import dev.tprog.program.Operation;
import dev.tprog.program.Predicate;
import dev.tprog.program.Program;
import dev.tprog.program.TokenEmbedding;
import dev.tprog.program.ValueSet;
import dev.tprog.program.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a trained model into the Program it computes once every sampler is an argmax
 * (docs/model.md): each read becomes the variable it chooses, each predicate row the key value
 * it chooses, a learned embedding the value each token's logits choose, each MLP the table of its outputs on every input it can receive (computed by the
 * same network code on one-hot inputs), and the classifier its weight rows, pooled if the model pools.
 */
public final class Discretiser {
    /**
     * The most input combinations a numerical MLP is tabulated on. A numerical head sums counts,
     * so a deep program's numerical MLPs can read values in the thousands; two of them give
     * millions of combinations, each one MLP evaluation (about a microsecond).
     */
    static final long MAX_TABULATED = 1 << 22;
    /** Rows of one evaluation of an MLP while tabulating it, to bound the memory it takes. */
    private static final int TABULATION_BLOCK = 1 << 16;

    private final ProgramModel model;
    /** Names and values of the categorical stream in order; numerical variables by name, with their largest value. */
    private final List<String> categoricalNames = new ArrayList<>();
    private final List<ValueSet> categoricalValues = new ArrayList<>();
    private final List<String> numericalNames = new ArrayList<>();
    private final List<Integer> numericalMaxima = new ArrayList<>();

    private Discretiser(ProgramModel model) {
        this.model = model;
    }

    /**
     * @param vocabulary the input tokens by id (id 0 is {@code <pad>})
     * @param classes the output classes by index
     */
    public static Program discretise(ProgramModel model, String name, List<String> vocabulary, List<String> classes) {
        return new Discretiser(model).program(name, vocabulary, classes);
    }

    private Program program(String name, List<String> vocabulary, List<String> classes) {
        int k = model.config.valuesPerVariable();
        ValueSet tokens = ValueSet.strings(vocabulary);
        List<TokenEmbedding> embeddings = new ArrayList<>();
        if (model.embedding == null) {
            addCategorical(Program.TOKENS, tokens);
        } else {
            for (int v = 0; v < model.config.tokenVariables(); v++) {
                // the reference's names; the values are slots 0 .. k-1, as an MLP's
                TokenEmbedding embedding = new TokenEmbedding("var" + v + "_embeddings", ValueSet.range(k),
                        model.embedding.valuesOf(v));
                embeddings.add(embedding);
                addCategorical(embedding.name(), embedding.values());
            }
        }
        addCategorical(Program.POSITIONS, ValueSet.range(model.length));
        numericalNames.add(Program.ONES);
        numericalMaxima.add(1);
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < model.layers.size(); l++) {
            layers.add(layer(l, model.layers.get(l), k));
        }
        return new Program(name, tokens, model.length, model.config.causal(), embeddings, layers,
                new Classifier(classes, classifierTerms(),
                        model.config.poolOutputs() ? Classifier.Readout.POOLED : Classifier.Readout.EACH_POSITION));
    }

    /** One layer's operations in the model's order; the stream lists grow as the model's do. */
    private Layer layer(int l, ProgramModel.Layer layer, int k) {
        List<String> input = List.copyOf(categoricalNames);
        List<Operation> operations = new ArrayList<>();
        for (int h = 0; h < layer.categoricalHeads().size(); h++) {
            operations.add(categoricalHead("attn_" + l + "_" + h + "_outputs", layer.categoricalHeads().get(h), input));
        }
        for (Operation head : operations) {
            addCategorical(head.name(), valuesOf(((CategoricalAttention) head).value()));
        }
        List<String> numericalInput = List.copyOf(numericalNames);
        for (int h = 0; h < layer.numericalHeads().size(); h++) {
            NumericalAttention head = numericalHead("num_attn_" + l + "_" + h + "_outputs", layer.numericalHeads().get(h),
                    input, numericalInput);
            operations.add(head);
            numericalNames.add(head.name());
        }
        List<String> afterAttention = List.copyOf(categoricalNames);
        List<Operation> mlps = new ArrayList<>();
        for (int m = 0; m < layer.categoricalMlps().size(); m++) {
            mlps.add(categoricalMlp("mlp_" + l + "_" + m + "_outputs", layer.categoricalMlps().get(m), afterAttention, k));
        }
        for (int m = 0; m < layer.numericalMlps().size(); m++) {
            mlps.add(numericalMlp("num_mlp_" + l + "_" + m + "_outputs", layer.numericalMlps().get(m), k));
        }
        mlps.forEach(mlp -> addCategorical(mlp.name(), ValueSet.range(k)));
        operations.addAll(mlps);
        return new Layer(operations);
    }

    private CategoricalAttention categoricalHead(String name, CategoricalHead head, List<String> input) {
        return new CategoricalAttention(name, input.get(head.query.choice()), input.get(head.key.choice()),
                input.get(head.value.choice()), predicate(head.psi, head.query, head.key));
    }

    /** The head's sum is at most the number of keys times the largest value it reads. */
    private NumericalAttention numericalHead(String name, NumericalHead head, List<String> input,
            List<String> numericalInput) {
        numericalMaxima.add(model.length * numericalMaxima.get(head.value.choice()));
        return new NumericalAttention(name, input.get(head.query.choice()), input.get(head.key.choice()),
                numericalInput.get(head.value.choice()), predicate(head.psi, head.query, head.key));
    }

    private void addCategorical(String name, ValueSet values) {
        categoricalNames.add(name);
        categoricalValues.add(values);
    }

    private ValueSet valuesOf(String variable) {
        return categoricalValues.get(categoricalNames.indexOf(variable));
    }

    /** Each query value matches the key value of its row's largest logit; a key value outside the key's values matches nothing. */
    private Predicate predicate(Tensor psi, Read query, Read key) {
        int queries = categoricalValues.get(query.choice()).size();
        int keys = categoricalValues.get(key.choice()).size();
        int k = psi.dim(1);
        int[] keyOf = new int[queries];
        for (int q = 0; q < queries; q++) {
            int best = argmax(psi.data(), q * k, k);
            keyOf[q] = best < keys ? best : Predicate.NONE;
        }
        return new Predicate(keyOf);
    }

    /** The MLP's output for every combination of its (distinct) inputs' values. */
    private CategoricalMlp categoricalMlp(String name, Mlp mlp, List<String> stream, int k) {
        List<Integer> chosen = mlp.reads.stream().map(Read::choice).toList();
        List<Integer> inputs = chosen.stream().distinct().toList();
        int[] sizes = inputs.stream().mapToInt(v -> categoricalValues.get(v).size()).toArray();
        int rows = java.util.Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
        float[] x = new float[rows * chosen.size() * k];
        for (int row = 0; row < rows; row++) {
            int[] slots = slotsOf(row, sizes);
            for (int r = 0; r < chosen.size(); r++) {
                x[(row * chosen.size() + r) * k + slots[inputs.indexOf(chosen.get(r))]] = 1f;
            }
        }
        int[] table = outputs(mlp, Tensor.of(x, rows, chosen.size() * k));
        return new CategoricalMlp(name, inputs.stream().map(stream::get).toList(), ValueSet.range(k), table);
    }

    /**
     * The MLP's output on every integer input its numerical variables can hold (0 up to the
     * largest possible count); any other input gives the most frequent output.
     */
    private NumericalMlp numericalMlp(String name, Mlp mlp, int k) {
        List<Integer> chosen = mlp.reads.stream().map(Read::choice).toList();
        List<Integer> inputs = chosen.stream().distinct().toList();
        int[] sizes = inputs.stream().mapToInt(v -> numericalMaxima.get(v) + 1).toArray();
        long combinations = java.util.Arrays.stream(sizes).asLongStream().reduce(1, (a, b) -> a * b);
        if (combinations > MAX_TABULATED) {
            throw new InputException(name + ": its inputs can take " + combinations + " value combinations, more than the "
                    + MAX_TABULATED + " a program tabulates (counts of counts grow with every layer: fewer layers, or"
                    + " fewer numerical heads or MLPs, keep them smaller)");
        }
        int rows = (int) combinations;
        int[] outputs = new int[rows];
        for (int from = 0; from < rows; from += TABULATION_BLOCK) { // in blocks: each row's output is its own
            int block = Math.min(TABULATION_BLOCK, rows - from);
            float[] x = new float[block * chosen.size()];
            for (int row = 0; row < block; row++) {
                int[] values = slotsOf(from + row, sizes);
                for (int r = 0; r < chosen.size(); r++) {
                    x[row * chosen.size() + r] = values[inputs.indexOf(chosen.get(r))];
                }
            }
            System.arraycopy(outputs(mlp, Tensor.of(x, block, chosen.size())), 0, outputs, from, block);
        }
        int[] counts = new int[k];
        for (int output : outputs) {
            counts[output]++;
        }
        int common = argmax(counts);
        Map<List<Integer>, Integer> table = new LinkedHashMap<>();
        for (int row = 0; row < rows; row++) {
            if (outputs[row] != common) {
                table.put(java.util.Arrays.stream(slotsOf(row, sizes)).boxed().toList(), outputs[row]);
            }
        }
        return new NumericalMlp(name, inputs.stream().map(numericalNames::get).toList(), ValueSet.range(k), table, common);
    }

    /** The discrete MLP on rows of inputs: the argmax of its log-softmax, as the model computes it. */
    private static int[] outputs(Mlp mlp, Tensor x) {
        Tape tape = new Tape();
        Tensor logProbabilities = tape.logSoftmax(mlp.logits(x, tape));
        Tensor onehot = tape.gumbelSoftmax(logProbabilities, 1f, Sampler.ARGMAX, new SeededNoise(0));
        int width = onehot.dim(1);
        int[] outputs = new int[x.dim(0)];
        for (int row = 0; row < outputs.length; row++) {
            outputs[row] = argmax(onehot.data(), row * width, width);
        }
        return outputs;
    }

    private List<ClassifierTerm> classifierTerms() {
        int k = model.config.valuesPerVariable();
        int classes = model.classes;
        float[] weights = model.unembed.data();
        List<ClassifierTerm> terms = new ArrayList<>();
        for (int v = 0; v < categoricalNames.size(); v++) {
            List<Weights> rows = new ArrayList<>();
            for (int slot = 0; slot < categoricalValues.get(v).size(); slot++) {
                int feature = v * k + slot;
                rows.add(new Weights(java.util.Arrays.copyOfRange(weights, feature * classes, (feature + 1) * classes)));
            }
            terms.add(new ClassifierTerm.Categorical(categoricalNames.get(v), rows));
        }
        for (int v = 0; v < numericalNames.size(); v++) {
            int feature = categoricalNames.size() * k + v;
            terms.add(new ClassifierTerm.Numerical(numericalNames.get(v),
                    new Weights(java.util.Arrays.copyOfRange(weights, feature * classes, (feature + 1) * classes))));
        }
        return terms;
    }

    /** Row-major index to one slot (or value) per input. */
    private static int[] slotsOf(int row, int[] sizes) {
        int[] slots = new int[sizes.length];
        for (int a = sizes.length - 1; a >= 0; a--) {
            slots[a] = row % sizes[a];
            row /= sizes[a];
        }
        return slots;
    }

    private static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            best = values[offset + i] > values[offset + best] ? i : best;
        }
        return best;
    }

    private static int argmax(int[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
