package dev.tprog.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of well-formed random programs and inputs, for property tests: every
 * kind of operation, causal and not, embeddings, constant terms, and classifier weights drawn
 * from a few values so that logit ties (decided by "first class wins") happen often.
 */
public final class RandomPrograms {
    private static final float[] WEIGHTS = {-1f, -0.5f, 0f, 0.25f, 0.1f, 1f, 0.3f, 2.5f};

    private static final List<String> WORDS = List.of("<pad>", "a", "b", "c", "<s>", "x y", "\"q\"", "d\\e");
    /** Words with {@code <unk>}, so that each vocabulary has it (and RASP can spell them all). */
    private static final List<String> WORDS_WITH_UNK = List.of("<pad>", "<unk>", "a", "b", "<s>", "x y", "d\\e");

    private final Random random;
    private final List<String> words;
    private final String name;
    private final List<Variable> defined = new ArrayList<>();

    private RandomPrograms(long seed, List<String> words, String name) {
        this.random = new Random(seed);
        this.words = words;
        this.name = name;
    }

    public static Program generate(long seed) {
        return new RandomPrograms(seed, WORDS, "random_").program();
    }

    /** A random program whose vocabulary has {@code <unk>}: it reads every unknown token as {@code <unk>}. */
    public static Program generateReadingUnknown(long seed) {
        return new RandomPrograms(seed, WORDS_WITH_UNK, "random_unk_").program();
    }

    private Program program() {
        ValueSet vocabulary = ValueSet.strings(words.subList(0, 3 + random.nextInt(words.size() - 2)));
        int maxLength = 1 + random.nextInt(9);
        boolean causal = random.nextBoolean();
        List<TokenEmbedding> embeddings = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            int[] valueOf = new int[vocabulary.size()];
            ValueSet values = ValueSet.range(2 + random.nextInt(3));
            for (int t = 0; t < valueOf.length; t++) {
                valueOf[t] = random.nextInt(values.size());
            }
            embeddings.add(new TokenEmbedding("embedding_0", values, valueOf));
        }
        defined.addAll(Program.inputs(vocabulary, maxLength, embeddings));
        List<Layer> layers = new ArrayList<>();
        int layerCount = random.nextInt(4);
        for (int l = 0; l < layerCount; l++) {
            layers.add(layer(l));
        }
        return new Program(name + random.nextInt(1000), vocabulary, maxLength, causal, embeddings, layers, classifier());
    }

    private Layer layer(int l) {
        List<Variable> layerInput = List.copyOf(defined);
        List<Operation> operations = new ArrayList<>();
        int heads = 1 + random.nextInt(3);
        for (int h = 0; h < heads; h++) {
            String name = "attn_" + l + "_" + h;
            Variable.Categorical query = pickCategorical(layerInput);
            Variable.Categorical key = pickCategorical(layerInput);
            Predicate predicate = randomPredicate(query.values(), key.values());
            Operation head = random.nextBoolean()
                    ? new CategoricalAttention(name, query.name(), key.name(), pickCategorical(layerInput).name(), predicate)
                    : new NumericalAttention(name, query.name(), key.name(), pickNumerical(layerInput).name(), predicate);
            operations.add(head);
        }
        List<Variable> afterAttention = new ArrayList<>(layerInput);
        Map<String, Variable> byName = new LinkedHashMap<>();
        layerInput.forEach(v -> byName.put(v.name(), v));
        for (Operation operation : operations) {
            Variable output = Program.outputOf(operation, byName);
            byName.put(output.name(), output);
            afterAttention.add(output);
        }
        int mlps = random.nextInt(3);
        for (int m = 0; m < mlps; m++) {
            operations.add(random.nextBoolean() ? categoricalMlp("mlp_" + l + "_" + m, afterAttention)
                    : numericalMlp("num_mlp_" + l + "_" + m, afterAttention));
        }
        for (Operation operation : operations.subList(heads, operations.size())) {
            byName.put(operation.name(), Program.outputOf(operation, byName));
        }
        defined.clear();
        defined.addAll(byName.values());
        return new Layer(operations);
    }

    private CategoricalMlp categoricalMlp(String name, List<Variable> available) {
        List<Variable.Categorical> inputs = distinctCategorical(available, 1 + random.nextInt(2));
        int rows = 1;
        for (Variable.Categorical input : inputs) {
            rows *= input.values().size();
        }
        ValueSet output = random.nextBoolean() ? ValueSet.range(2 + random.nextInt(5))
                : ValueSet.strings(List.of("p", "q", "r"));
        int[] table = new int[rows];
        for (int r = 0; r < rows; r++) {
            table[r] = random.nextInt(output.size());
        }
        return new CategoricalMlp(name, inputs.stream().map(Variable::name).toList(), output, table);
    }

    private NumericalMlp numericalMlp(String name, List<Variable> available) {
        List<Variable.Numerical> numerical = available.stream().filter(v -> v instanceof Variable.Numerical)
                .map(v -> (Variable.Numerical) v).toList();
        List<String> inputs = new ArrayList<>();
        inputs.add(numerical.get(random.nextInt(numerical.size())).name());
        if (numerical.size() > 1 && random.nextBoolean()) {
            numerical.stream().map(Variable::name).filter(n -> !inputs.contains(n)).findFirst().ifPresent(inputs::add);
        }
        ValueSet output = ValueSet.range(2 + random.nextInt(4));
        Map<List<Integer>, Integer> table = new LinkedHashMap<>();
        for (int e = random.nextInt(12); e > 0; e--) {
            List<Integer> key = new ArrayList<>();
            inputs.forEach(input -> key.add(random.nextInt(6)));
            table.put(key, random.nextInt(output.size()));
        }
        return new NumericalMlp(name, inputs, output, table, random.nextInt(output.size()));
    }

    private Classifier classifier() {
        List<String> classes = List.of("A", "B", "C", "D").subList(0, 1 + random.nextInt(4));
        List<ClassifierTerm> terms = new ArrayList<>();
        for (Variable variable : defined) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            if (variable instanceof Variable.Categorical categorical) {
                float[][] rows = new float[categorical.values().size()][];
                for (int v = 0; v < rows.length; v++) {
                    rows[v] = weights(classes.size());
                }
                terms.add(ClassifierTerm.Categorical.of(variable.name(), rows));
            } else {
                terms.add(new ClassifierTerm.Numerical(variable.name(), new Weights(weights(classes.size()))));
            }
        }
        if (random.nextBoolean()) {
            terms.add(random.nextInt(terms.size() + 1), new ClassifierTerm.Constant("bias", new Weights(weights(classes.size()))));
        }
        return new Classifier(classes, terms, Classifier.Readout.EACH_POSITION);
    }

    private float[] weights(int classes) {
        float[] row = new float[classes];
        for (int c = 0; c < classes; c++) {
            row[c] = random.nextInt(4) == 0 ? (float) random.nextGaussian() : WEIGHTS[random.nextInt(WEIGHTS.length)];
        }
        return row;
    }

    private Predicate randomPredicate(ValueSet queries, ValueSet keys) {
        int[] keyOf = new int[queries.size()];
        for (int q = 0; q < keyOf.length; q++) {
            keyOf[q] = random.nextInt(5) == 0 ? Predicate.NONE : random.nextInt(keys.size());
        }
        return new Predicate(keyOf);
    }

    private Variable.Categorical pickCategorical(List<Variable> available) {
        List<Variable.Categorical> categorical = available.stream().filter(v -> v instanceof Variable.Categorical)
                .map(v -> (Variable.Categorical) v).toList();
        return categorical.get(random.nextInt(categorical.size()));
    }

    private Variable.Numerical pickNumerical(List<Variable> available) {
        List<Variable.Numerical> numerical = available.stream().filter(v -> v instanceof Variable.Numerical)
                .map(v -> (Variable.Numerical) v).toList();
        return numerical.get(random.nextInt(numerical.size()));
    }

    private List<Variable.Categorical> distinctCategorical(List<Variable> available, int count) {
        List<Variable.Categorical> picked = new ArrayList<>();
        for (int tries = 0; picked.size() < count && tries < 10; tries++) {
            Variable.Categorical candidate = pickCategorical(available);
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked;
    }
}
