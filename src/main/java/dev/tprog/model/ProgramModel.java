package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The trainable relaxation of a Transformer Program (docs/model.md). The residual stream is two
 * lists of variables that are only ever appended to: categorical ones ([B, N, k], one-hot after
 * discretisation) and numerical ones ([B, N, 1]). Each layer appends, in the reference's order,
 * its categorical heads' outputs, then its numerical heads' outputs to the numerical stream, then
 * its categorical MLPs' and numerical MLPs' outputs.
 */
public final class ProgramModel extends TrainableModel {
    /** One layer's components. */
    record Layer(List<CategoricalHead> categoricalHeads, List<NumericalHead> numericalHeads,
            List<Mlp> categoricalMlps, List<Mlp> numericalMlps) {}

    final ModelConfig config;
    final int length;
    final int classes;
    /** The learned token embedding, or null for the frozen one-hot one. */
    final FactoredEmbedding embedding;
    final List<Layer> layers = new ArrayList<>();
    /** The classifier W_U, [D, C], no bias. */
    final Tensor unembed;
    private final Tensor bias;
    private final List<Tensor> parameters;

    /**
     * @param vocabulary the number of input token ids ({@code <pad>} included)
     * @param length N, the longest sequence (the training split's)
     * @param classes the number of output classes (padding excluded)
     */
    public ProgramModel(ModelConfig config, int vocabulary, int length, int classes, long seed) {
        super(config.poolOutputs());
        this.config = config;
        this.length = length;
        this.classes = classes;
        this.bias = AttentionBias.of(length);
        int k = config.valuesPerVariable();
        Parameters parameters = new Parameters(seed);
        // drawn first, and only when learned, so a one-hot model's parameters are what they always were
        this.embedding = config.embedding() == null ? null
                : new FactoredEmbedding(parameters, config.tokenVariables(), vocabulary, k);
        for (int l = 0; l < config.layers(); l++) {
            int categorical = categoricalVariables(l);
            int numerical = numericalVariables(l);
            List<CategoricalHead> heads = new ArrayList<>();
            for (int h = 0; h < config.categoricalHeads(); h++) {
                heads.add(new CategoricalHead(parameters, categorical, k));
            }
            List<NumericalHead> numericalHeads = new ArrayList<>();
            for (int h = 0; h < config.numericalHeads(); h++) {
                numericalHeads.add(new NumericalHead(parameters, categorical, numerical, k, config.selectorWidth()));
            }
            List<Mlp> mlps = new ArrayList<>();
            for (int m = 0; m < config.categoricalMlps(); m++) {
                mlps.add(new Mlp(parameters, categorical + config.categoricalHeads(), config.mlpVarsIn(), k,
                        config.mlpWidth(), k));
            }
            List<Mlp> numericalMlps = new ArrayList<>();
            for (int m = 0; m < config.numericalMlps(); m++) {
                numericalMlps.add(new Mlp(parameters, numerical + config.numericalHeads(), config.mlpVarsIn(), 1,
                        config.mlpWidth(), k));
            }
            layers.add(new Layer(heads, numericalHeads, mlps, numericalMlps));
        }
        this.unembed = parameters.normal(classes, featureWidth(), classes);
        this.parameters = parameters.all();
    }

    /** Categorical variables at the input of layer l: the token variables, positions, and each earlier layer's outputs. */
    int categoricalVariables(int layer) {
        return config.tokenVariables() + 1 + layer * (config.categoricalHeads() + config.categoricalMlps() + config.numericalMlps());
    }

    /** Numerical variables at the input of layer l: ones and each earlier layer's numerical heads. */
    int numericalVariables(int layer) {
        return 1 + layer * config.numericalHeads();
    }

    int featureWidth() {
        return categoricalVariables(config.layers()) * config.valuesPerVariable() + numericalVariables(config.layers());
    }

    @Override
    public List<Tensor> parameters() {
        return parameters;
    }

    public ModelConfig config() {
        return config;
    }

    public int length() {
        return length;
    }

    /**
     * Sets the learned embedding's logits: {@code vectors[t]} for token id t, {@code
     * tokenVariables · k} numbers, the first k for the first variable and so on.
     */
    public void initialiseEmbedding(float[][] vectors) {
        if (embedding == null) {
            throw new IllegalStateException("a one-hot embedding is frozen: there is nothing to initialise");
        }
        embedding.set(vectors);
    }

    /** The final categorical and numerical streams, in variable order. */
    record Streams(List<Tensor> categorical, List<Tensor> numerical) {}

    Streams streams(Batch batch, Sampling sampling) {
        List<Tensor> categorical = new ArrayList<>(embedding == null ? List.of(sampling.sample(batch.tokenLogits))
                : embedding.forward(batch, sampling));
        categorical.add(batch.positions);
        List<Tensor> numerical = new ArrayList<>(List.of(batch.ones));
        for (Layer layer : layers) {
            List<Tensor> input = List.copyOf(categorical);
            List<Tensor> numericalInput = List.copyOf(numerical);
            for (CategoricalHead head : layer.categoricalHeads()) {
                categorical.add(head.forward(input, batch, bias, sampling));
            }
            for (NumericalHead head : layer.numericalHeads()) {
                numerical.add(head.forward(input, numericalInput, batch, sampling));
            }
            List<Tensor> afterAttention = List.copyOf(categorical);
            List<Tensor> numericalAfterAttention = List.copyOf(numerical);
            for (Mlp mlp : layer.categoricalMlps()) {
                categorical.add(mlp.forward(afterAttention, batch, sampling));
            }
            for (Mlp mlp : layer.numericalMlps()) {
                categorical.add(mlp.forward(numericalAfterAttention, batch, sampling));
            }
        }
        return new Streams(categorical, numerical);
    }

    /** Every position's features, the categorical stream then the numerical one: [B * N, D]. */
    Tensor features(Batch batch, Sampling sampling) {
        Streams streams = streams(batch, sampling);
        List<Tensor> all = new ArrayList<>(streams.categorical());
        all.addAll(streams.numerical());
        return sampling.tape().reshape(sampling.tape().concatLast(all), batch.size * batch.length, featureWidth());
    }

    /** The logits of the learned embedding, every read and every predicate: the choices sampled once per step. */
    List<Tensor> choices() {
        List<Tensor> choices = new ArrayList<>(embedding == null ? List.of() : embedding.tables);
        for (Layer layer : layers) {
            for (CategoricalHead head : layer.categoricalHeads()) {
                choices.addAll(List.of(head.query.phi, head.key.phi, head.value.phi, head.psi));
            }
            for (NumericalHead head : layer.numericalHeads()) {
                choices.addAll(List.of(head.query.phi, head.key.phi, head.value.phi, head.psi));
            }
            for (Mlp mlp : layer.categoricalMlps()) {
                mlp.reads.forEach(read -> choices.add(read.phi));
            }
            for (Mlp mlp : layer.numericalMlps()) {
                mlp.reads.forEach(read -> choices.add(read.phi));
            }
        }
        return choices;
    }

    /** Samples this step's choices on {@code tape}. */
    @Override
    StepParameters sampleParameters(Tape tape, float temperature, Sampler sampler, NoiseSource noise) {
        return new StepParameters(parameters, choices(), tape, temperature, sampler, noise);
    }

    @Override
    Tensor loss(Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor logits = batch.onLiveRows(tape, features(batch, sampling), rows -> tape.matmul(rows, sampling.parameter(unembed)));
        return loss(tape, logits, batch);
    }

    /**
     * The still-stochastic model's predicted classes, as the reference scores it after every
     * epoch: each choice and each sample drawn at {@code temperature} by {@code sampler} from
     * {@code noise}, the prediction the first largest logit (pooled as {@link #predict} pools).
     */
    public int[] predictSampled(Batch batch, float temperature, Sampler sampler, NoiseSource noise) {
        Tape tape = new Tape();
        ParameterView sampled = sampleParameters(tape, temperature, sampler, noise).constants();
        Sampling sampling = new Sampling(tape, temperature, sampler, noise, sampled);
        return predictions(tape.matmul(features(batch, sampling), sampled.of(unembed)).data(), batch);
    }

    /**
     * The discrete model's predicted class at every position: every sampler an argmax, and the
     * classifier summed in double precision feature by feature, exactly as the Program's
     * classifier sums its terms (and pooled as it pools them), so the model and its program
     * agree on every input.
     */
    @Override
    public int[] predict(Batch batch) {
        Tape tape = new Tape();
        ParameterView argmax = sampleParameters(tape, 1f, Sampler.ARGMAX, null).constants();
        Sampling sampling = new Sampling(tape, 1f, Sampler.ARGMAX, null, argmax);
        float[] features = features(batch, sampling).data();
        float[] weights = unembed.data();
        int width = featureWidth();
        double[][] logits = new double[batch.size * batch.length][classes];
        for (int t = 0; t < logits.length; t++) {
            for (int d = 0; d < width; d++) {
                float feature = features[t * width + d];
                for (int c = 0; c < classes && feature != 0; c++) {
                    logits[t][c] += (double) weights[d * classes + c] * feature;
                }
            }
        }
        return predictions(logits, batch);
    }
}
