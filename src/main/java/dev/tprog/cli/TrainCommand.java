package dev.tprog.cli;

import dev.tprog.model.LearnedEmbedding;
import dev.tprog.model.LossAggregation;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.StandardConfig;
import dev.tprog.nn.Sampler;
import dev.tprog.task.Dataset;
import dev.tprog.task.Split;
import dev.tprog.task.Tokens;
import dev.tprog.train.Checkpoint;
import dev.tprog.train.RunSettings;
import dev.tprog.train.TemperatureSpacing;
import dev.tprog.train.TrainConfig;
import dev.tprog.train.Trainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tprog train}: learn a Transformer Program and write it as a verified program, or train
 * the standard-transformer baseline ({@code --standard}) to compare with.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn a Transformer Program on a task and write it as a program.",
                "",
                "Trains the Gumbel-softmax relaxation (docs/model.md), turns it into a",
                "discrete program, and checks that the program's accuracy equals the discrete",
                "model's on every split. With --standard, trains a standard transformer",
                "instead, for comparison: its accuracy, and no program."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--task", paramLabel = "NAME", description = "Generate the task's data ('tprog data tasks').")
        String task;

        @Option(names = "--data", paramLabel = "PATH", description = "A dataset directory or JSONL file (a custom task).")
        Path data;
    }

    @Option(names = "--vocab-size", paramLabel = "V", description = {"With --task: its vocabulary size (default: the"
            + " task's).", "With --data: keep the V most frequent training tokens and read every other token, in every"
            + " split, as <unk> (default: keep every training token)."})
    Integer vocabSize;
    @Option(names = "--min-length", paramLabel = "N", description = "With --task (default: the task's).")
    Integer minLength;
    @Option(names = "--max-length", paramLabel = "N", description = "With --task (default: the task's).")
    Integer maxLength;
    @Option(names = "--size", paramLabel = "N", defaultValue = "10000", description = "With --task: examples (default: ${DEFAULT-VALUE}).")
    int size;
    @Option(names = "--no-unique", description = "With --task: keep repeated inputs.")
    boolean keepRepeats;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "2", description = "Layers (default: ${DEFAULT-VALUE}).")
    int layers;
    @Option(names = "--cat-heads", paramLabel = "N", defaultValue = "4", description = "Categorical heads per layer (default: ${DEFAULT-VALUE}).")
    int categoricalHeads;
    @Option(names = "--num-heads", paramLabel = "N", defaultValue = "0", description = "Numerical heads per layer (default: ${DEFAULT-VALUE}).")
    int numericalHeads;
    @Option(names = "--cat-mlps", paramLabel = "N", defaultValue = "1", description = "Categorical MLPs per layer (default: ${DEFAULT-VALUE}).")
    int categoricalMlps;
    @Option(names = "--num-mlps", paramLabel = "N", defaultValue = "0", description = "Numerical MLPs per layer (default: ${DEFAULT-VALUE}).")
    int numericalMlps;
    @Option(names = "--mlp-vars-in", paramLabel = "N", defaultValue = "2", description = "Variables each MLP reads (default: ${DEFAULT-VALUE}).")
    int mlpVarsIn;
    @Option(names = "--d-mlp", paramLabel = "N", defaultValue = "64", description = "Hidden units per MLP (default: ${DEFAULT-VALUE}).")
    int mlpWidth;
    @Option(names = "--d-var", paramLabel = "K", description = "Values per categorical variable (default: max(vocabulary, length)).")
    Integer valuesPerVariable;
    @Option(names = "--one-hot-embed", description = "Embed each token as one frozen one-hot variable, tokens (the default).")
    boolean oneHotEmbed;
    @Option(names = "--learned-embed", description = "Learn the token embedding instead: --n-vars-cat variables of K values"
            + " per token, sampled like every other choice (docs/model.md).")
    boolean learnedEmbed;
    @Option(names = "--n-vars-cat", paramLabel = "N", defaultValue = "1",
            description = "With --learned-embed: token variables (default: ${DEFAULT-VALUE}).")
    int tokenVariables;
    @Option(names = "--glove", paramLabel = "FILE", description = "With --learned-embed: start it from these GloVe vectors"
            + " of the training vocabulary, randomly projected to N*K dimensions.")
    Path glove;
    @Option(names = "--count-only", defaultValue = "true", description = "Numerical input is ones (the only kind implemented yet).")
    boolean countOnly;
    @Option(names = "--selector-width", description = "Fix every numerical head's value to ones, so that it counts its"
            + " matches (RASP's selector_width).")
    boolean selectorWidth;
    @Option(names = "--autoregressive", description = "Causal attention (always on for causal tasks such as dyck).")
    boolean causal;
    @Option(names = "--sample-fn", defaultValue = "gumbel_soft", paramLabel = "FN",
            description = "gumbel_soft, gumbel_hard (straight-through) or softmax (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--standard", description = "Train the standard-transformer baseline instead: learned embeddings, softmax"
            + " attention, pre-LN (docs/model.md).")
    boolean standard;
    @Option(names = "--d-model", paramLabel = "N", defaultValue = "64",
            description = "With --standard: width of the residual stream (default: ${DEFAULT-VALUE}).")
    int modelWidth;
    @Option(names = "--n-heads", paramLabel = "N", defaultValue = "2",
            description = "With --standard: attention heads per layer (default: ${DEFAULT-VALUE}).")
    int heads;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "100", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;
    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "512", description = "Examples per step (default: ${DEFAULT-VALUE}).")
    int batchSize;
    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.05",
            description = "Adam learning rate (default: ${DEFAULT-VALUE}; the reference's --standard scripts use 0.005).")
    float learningRate;
    @Option(names = "--tau-init", paramLabel = "TAU", defaultValue = "3.0", description = "Initial temperature (default: ${DEFAULT-VALUE}).")
    double initialTemperature;
    @Option(names = "--tau-end", paramLabel = "TAU", defaultValue = "0.01", description = "Final temperature (default: ${DEFAULT-VALUE}).")
    double finalTemperature;
    @Option(names = "--tau-schedule", paramLabel = "SPACING", defaultValue = "geomspace",
            description = "How the epochs' temperatures run from --tau-init to --tau-end: geomspace or linspace"
                    + " (default: ${DEFAULT-VALUE}); within an epoch the steps are always geometric.")
    String temperatureSpacing;
    @Option(names = "--loss-agg", paramLabel = "AGG", defaultValue = "per_token",
            description = "per_token: each sequence's mean token loss; per_seq: its summed token loss over the padded"
                    + " length (default: ${DEFAULT-VALUE}).")
    String lossAggregation;
    @Option(names = "--gumbel-samples", paramLabel = "S", defaultValue = "1",
            description = "Passes of each batch per step, each with its own Gumbel noise; the loss is their mean"
                    + " (default: ${DEFAULT-VALUE}).")
    int gumbelSamples;
    @Option(names = "--pool-outputs", description = "Sequence classification: predict one class per sequence, at position"
            + " 0, from the mean of every position's logits (the data must label position 0 alone).")
    boolean poolOutputs;
    @Option(names = "--max-grad-norm", paramLabel = "NORM", defaultValue = "0", description = "Clip the gradient norm (0: off).")
    float maxGradNorm;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of data, initialisation, shuffling and noise.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory to write.")
    Path out;
    @Option(names = "--emit", split = ",", paramLabel = "LANG", description = "Also write the program as python, java, rasp.")
    List<Language> emit = List.of();
    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--quiet", description = "Print only the final scores.")
    boolean quiet;

    @Option(names = "--resume", description = "Continue the run in --out from its last checkpoint (its config.json decides every setting).")
    boolean resume;

    /** The options of a Transformer Program that a standard transformer, with no variables and no sampling, lacks. */
    private static final List<String> PROGRAM_ONLY = List.of("--cat-heads", "--num-heads", "--cat-mlps", "--num-mlps",
            "--mlp-vars-in", "--selector-width", "--d-var", "--one-hot-embed", "--learned-embed", "--n-vars-cat", "--glove",
            "--count-only", "--sample-fn", "--tau-init", "--tau-end", "--tau-schedule", "--gumbel-samples");

    @Override
    public Integer call() {
        RunSettings settings = resume ? RunSettings.read(out) : settings();
        if (settings.standard() != null && !emit.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--emit writes a program, and a standard transformer has none");
        }
        Dataset dataset;
        Trainer trainer;
        try {
            dataset = settings.dataset();
            trainer = settings.trainer(dataset, threads.threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Checkpoint checkpoint = null;
        if (resume) {
            checkpoint = Checkpoint.read(out.resolve(Checkpoint.FILE), trainer.newModel().parameterSizes());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("train %s: %d/%d/%d examples, length %d, %s%s%s%n", settings.name(), dataset.get(Split.TRAIN).size(),
                dataset.get(Split.VAL).size(), dataset.get(Split.TEST).size(), trainer.length(),
                kept(settings, dataset, trainer), shape(trainer),
                checkpoint == null ? "" : ", resuming after epoch " + checkpoint.epochsDone());
        stdout.flush();
        Trainer.Result result = trainer.train(settings.name(), new Progress(stdout, settings.training().epochs(),
                quiet, System.console() != null), checkpoint, saved -> {
                    if (!resume && saved.epochsDone() == 1) { // written with the first checkpoint, so input
                        settings.write(out); // the first epoch rejects (a bad --glove file) leaves no run behind
                    }
                    saved.write(out.resolve(Checkpoint.FILE));
                });
        if (!RunOutput.write(out, settings.name(), result, emit, stdout)) {
            spec.commandLine().getErr().println("tprog train: the program and the discrete model disagree: a bug in tprog,"
                    + " please report it");
            return ErrorReporter.RUNTIME_ERROR;
        }
        return 0;
    }

    /** How many training tokens a run with --vocab-size on data keeps, for the line that starts it. */
    private static String kept(RunSettings settings, Dataset dataset, Trainer trainer) {
        if (settings.data() == null || settings.vocabSize() == null) {
            return "";
        }
        long distinct = dataset.inputVocabulary().tokens().stream()
                .filter(token -> !token.equals(Tokens.PAD) && !token.equals(Tokens.UNK)).count();
        return String.format(Locale.ROOT, "%d of %d training tokens kept (the rest read as <unk>), ",
                trainer.inputVocabulary().size() - 2, distinct);
    }

    /** The model's shape, for the line that starts a run. */
    private static String shape(Trainer trainer) {
        StandardConfig standard = trainer.standardConfig();
        if (standard != null) {
            return String.format(Locale.ROOT, "standard transformer: %d layers, d_model %d, %d heads, d_mlp %d%s",
                    standard.layers(), standard.modelWidth(), standard.heads(), standard.mlpWidth(),
                    pooled(standard.poolOutputs()));
        }
        ModelConfig model = trainer.modelConfig();
        return String.format(Locale.ROOT, "k %d, %d layers, %d+%d heads, %d+%d MLPs per layer%s%s",
                model.valuesPerVariable(), model.layers(), model.categoricalHeads(), model.numericalHeads(),
                model.categoricalMlps(), model.numericalMlps(), model.embedding() == null ? ""
                        : ", " + model.tokenVariables() + " learned token variables", pooled(model.poolOutputs()));
    }

    private static String pooled(boolean poolOutputs) {
        return poolOutputs ? ", pooled outputs" : "";
    }

    /** The run's settings from the options. */
    private RunSettings settings() {
        for (String option : standard ? PROGRAM_ONLY : List.of("--d-model", "--n-heads")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), standard
                        ? option + " does not apply to --standard (it shapes or samples a Transformer Program)"
                        : option + " applies only to --standard");
            }
        }
        if (!countOnly) {
            throw new ParameterException(spec.commandLine(), "numerical inputs other than ones are not implemented yet");
        }
        if (source == null) {
            throw new ParameterException(spec.commandLine(), "give --task or --data (or --resume)");
        }
        try {
            TrainConfig training = new TrainConfig(epochs, batchSize, learningRate, initialTemperature, finalTemperature,
                    maxGradNorm, seed, gumbelSamples, lossAggregation(lossAggregation),
                    temperatureSpacing(temperatureSpacing));
            training.check();
            String data = source.data == null ? null : source.data.toString();
            if (standard) {
                StandardConfig shape = new StandardConfig(layers, modelWidth, heads, mlpWidth, causal, poolOutputs);
                shape.check();
                return new RunSettings(source.task, data, vocabSize, minLength, maxLength, size, !keepRepeats, null, shape,
                        training);
            }
            ModelConfig model = new ModelConfig(layers, categoricalHeads, numericalHeads, categoricalMlps, numericalMlps,
                    mlpVarsIn, mlpWidth, valuesPerVariable == null ? 0 : valuesPerVariable, causal, sampler(sampler),
                    embedding(), poolOutputs, selectorWidth);
            return new RunSettings(source.task, data, vocabSize, minLength, maxLength, size, !keepRepeats, model, null,
                    training);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The learned embedding the options ask for, or null for the one-hot one. */
    private LearnedEmbedding embedding() {
        if (oneHotEmbed && learnedEmbed) {
            throw new ParameterException(spec.commandLine(), "--one-hot-embed and --learned-embed exclude each other");
        }
        if (!learnedEmbed) {
            if (tokenVariables != 1) {
                throw new ParameterException(spec.commandLine(), "--n-vars-cat " + tokenVariables + " needs --learned-embed:"
                        + " the one-hot embedding is one variable");
            }
            if (glove != null) {
                throw new ParameterException(spec.commandLine(), "--glove needs --learned-embed: the one-hot embedding is"
                        + " not learned");
            }
            return null;
        }
        return new LearnedEmbedding(tokenVariables, glove == null ? null : glove.toString());
    }

    private static LossAggregation lossAggregation(String name) {
        return switch (name) {
            case "per_token" -> LossAggregation.PER_TOKEN;
            case "per_seq" -> LossAggregation.PER_SEQ;
            default -> throw new IllegalArgumentException("--loss-agg must be per_token or per_seq, got " + name);
        };
    }

    private static TemperatureSpacing temperatureSpacing(String name) {
        return switch (name) {
            case "geomspace" -> TemperatureSpacing.GEOMETRIC;
            case "linspace" -> TemperatureSpacing.LINEAR;
            default -> throw new IllegalArgumentException("--tau-schedule must be geomspace or linspace, got " + name);
        };
    }

    private Sampler sampler(String name) {
        return switch (name) {
            case "gumbel_soft" -> Sampler.SOFT;
            case "gumbel_hard" -> Sampler.HARD;
            case "softmax" -> Sampler.SOFTMAX;
            default -> throw new IllegalArgumentException("--sample-fn must be gumbel_soft, gumbel_hard or softmax, got " + name);
        };
    }
}
