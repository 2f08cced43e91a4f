package dev.tprog.train;

import dev.tprog.model.Batch;
import dev.tprog.model.BatchGradient;
import dev.tprog.model.Discretiser;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.ProgramModel;
import dev.tprog.model.StandardConfig;
import dev.tprog.model.StandardTransformer;
import dev.tprog.model.TrainableModel;
import dev.tprog.nn.Adam;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.SeededNoise;
import dev.tprog.nn.Workers;
import dev.tprog.program.Accuracy;
import dev.tprog.program.Executor;
import dev.tprog.program.Program;
import dev.tprog.task.Dataset;
import dev.tprog.task.Example;
import dev.tprog.task.Split;
import dev.tprog.task.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Trains a Transformer Program (docs/model.md): Adam on the Gumbel-softmax relaxation with the
 * per-step temperature schedule, a seeded shuffle each epoch, then the discrete model and the
 * Program it becomes, scored on every split. Or trains the standard-transformer baseline with
 * the same loop, batches, seeds and checkpoints, and scores it alone: it has no temperature and
 * no program. Same seed, same result.
 */
public final class Trainer {

    /**
     * One epoch: its last step's temperature (NaN for a standard transformer, which has none), the
     * mean training loss, the validation accuracy of the discrete model (every choice an argmax:
     * what the program would score) and of the still-stochastic one at that temperature (what the
     * reference reports after each epoch; NaN for a standard transformer, which samples nothing,
     * and in checkpoints from before it was recorded), and the epoch's seconds.
     */
    public record EpochReport(int epoch, double temperature, double trainLoss, double validationAccuracy, double seconds,
            double sampledValidationAccuracy) {}

    /** Receives each epoch's report, and optionally each step's progress, as training goes. */
    public interface Listener {
        void epoch(EpochReport report);

        /** After step {@code step} (from 1) of {@code steps} in epoch {@code epoch} (from 1). */
        default void step(int epoch, int step, int steps, double temperature, double loss) {}
    }

    /**
     * The discrete model's and its program's accuracy on one split: the same, by construction and
     * by check. A standard transformer's has its model's alone, and program null.
     */
    public record SplitScore(Split split, Accuracy model, Accuracy program) {}

    /** @param program the trained program, or null for a standard transformer, which has none */
    public record Result(Program program, List<EpochReport> epochs, List<SplitScore> scores) {}

    private final Dataset dataset;
    /** What this trainer trains: exactly one of the two is set. */
    private final ModelConfig modelConfig;
    private final StandardConfig standardConfig;
    private final TrainConfig config;
    private final Encoding encoding;
    private final int length;
    private final int threads;

    /** A trainer on all of the machine's processors. */
    public Trainer(Dataset dataset, ModelConfig modelConfig, TrainConfig config) {
        this(dataset, modelConfig, config, Workers.available());
    }

    /**
     * A trainer reading every training token (the reference's generated tasks).
     *
     * @param threads how many threads share each step's work; the result does not depend on it
     */
    public Trainer(Dataset dataset, ModelConfig modelConfig, TrainConfig config, int threads) {
        this(dataset, dataset.inputVocabulary(), modelConfig, config, threads);
    }

    /**
     * @param inputs the input vocabulary, from the training split: every token
     *     ({@link Dataset#inputVocabulary()}), or {@code <unk>} and the most frequent
     *     ({@link Vocabulary#ofMostFrequentInputs}), which reads every other token as {@code <unk>}
     */
    public Trainer(Dataset dataset, Vocabulary inputs, ModelConfig modelConfig, TrainConfig config, int threads) {
        this(dataset, inputs, modelConfig, null, config, threads);
    }

    /** A trainer of the standard-transformer baseline, reading every training token. */
    public Trainer(Dataset dataset, StandardConfig standardConfig, TrainConfig config, int threads) {
        this(dataset, dataset.inputVocabulary(), standardConfig, config, threads);
    }

    /** A trainer of the standard-transformer baseline; {@code inputs} as for a Transformer Program. */
    public Trainer(Dataset dataset, Vocabulary inputs, StandardConfig standardConfig, TrainConfig config, int threads) {
        this(dataset, inputs, null, standardConfig, config, threads);
    }

    private Trainer(Dataset dataset, Vocabulary inputs, ModelConfig modelConfig, StandardConfig standardConfig,
            TrainConfig config, int threads) {
        config.check();
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        this.threads = threads;
        List<Example> train = dataset.get(Split.TRAIN);
        if (train.isEmpty()) {
            throw new IllegalArgumentException("the dataset has no training examples");
        }
        this.dataset = dataset;
        this.modelConfig = modelConfig;
        this.standardConfig = standardConfig;
        this.config = config;
        this.encoding = Encoding.of(train, inputs);
        this.length = train.stream().mapToInt(Example::length).max().orElseThrow();
        for (Split split : Split.values()) {
            for (Example example : dataset.get(split)) {
                if (example.length() > length) {
                    throw new IllegalArgumentException("a " + split.fileStem() + " example has " + example.length()
                            + " tokens, more than the longest training example (" + length + ")");
                }
            }
        }
        if (standardConfig != null) {
            standardConfig.check();
        } else {
            modelConfig.check(encoding.inputs().size(), length);
            requireTrainingTokens(dataset);
        }
        if (standardConfig != null ? standardConfig.poolOutputs() : modelConfig.poolOutputs()) {
            requireClassification(dataset);
        }
    }

    /**
     * Without {@code <unk>}, a program reads only the tokens of the training split: the model masks
     * any other token as padding, which no program can do, so the two would disagree on a held-out
     * example with one. With {@code <unk>} both read such a token as {@code <unk>}.
     */
    private void requireTrainingTokens(Dataset dataset) {
        for (Split split : List.of(Split.VAL, Split.TEST)) {
            List<Example> examples = dataset.get(split);
            for (int e = 0; e < examples.size(); e++) {
                for (String token : examples.get(e).input()) {
                    if (encoding.inputs().idOrUnknown(token) < 0) {
                        throw new IllegalArgumentException(split.fileStem() + " example " + (e + 1) + " has the token '"
                                + token + "', which no training example has, and a program reads only those (the"
                                + " training split has " + (encoding.inputs().size() - 1) + " distinct tokens): with"
                                + " --data, give --vocab-size N to keep the N most frequent training tokens and read"
                                + " every other token as <unk>; with --task, give a larger --size");
                    }
                }
            }
        }
    }

    /** Pooled outputs predict one class per sequence, at position 0, so no other position may be labelled. */
    private static void requireClassification(Dataset dataset) {
        for (Split split : Split.values()) {
            List<Example> examples = dataset.get(split);
            for (int e = 0; e < examples.size(); e++) {
                for (int i = 1; i < examples.get(e).length(); i++) {
                    if (examples.get(e).label(i) != null) {
                        throw new IllegalArgumentException("--pool-outputs predicts one class per sequence, at position"
                                + " 0, but " + split.fileStem() + " example " + (e + 1) + " has a label at position " + i
                                + " (pooling is for sequence classification: a label at position 0, null elsewhere)");
                    }
                }
            }
        }
    }

    public int length() {
        return length;
    }

    /** The input vocabulary the model and its program read. */
    public Vocabulary inputVocabulary() {
        return encoding.inputs();
    }

    /** The Transformer Program's shape, or null for a standard transformer. */
    public ModelConfig modelConfig() {
        return modelConfig;
    }

    /** The standard transformer's shape, or null for a Transformer Program. */
    public StandardConfig standardConfig() {
        return standardConfig;
    }

    /** A freshly initialised model of this run's shape. */
    public TrainableModel newModel() {
        return standardConfig != null
                ? new StandardTransformer(standardConfig, encoding.inputs().size(), length, encoding.classes().size(),
                        config.seed())
                : new ProgramModel(modelConfig, encoding.inputs().size(), length, encoding.classes().size(),
                        config.seed());
    }

    public Result train(String name, Listener listener) {
        return train(name, listener, null, checkpoint -> {});
    }

    /**
     * Trains from the start, or from {@code resume} (the state after some epochs), saving a
     * checkpoint after every epoch. Each epoch's shuffle and noise are seeded by the run's seed
     * and the epoch alone, so a resumed run ends exactly as an uninterrupted one.
     */
    public Result train(String name, Listener listener, Checkpoint resume, java.util.function.Consumer<Checkpoint> save) {
        try (Workers workers = new Workers(threads)) {
            return train(name, listener, resume, save, workers);
        }
    }

    private Result train(String name, Listener listener, Checkpoint resume, java.util.function.Consumer<Checkpoint> save,
            Workers workers) {
        TrainableModel model = newModel();
        Adam adam = new Adam(model.parameters(), config.learningRate());
        List<EpochReport> reports = new ArrayList<>();
        int first = 0;
        if (resume != null) {
            model.restore(resume.parameters());
            adam.restore(resume.adam());
            reports.addAll(resume.reports());
            first = resume.epochsDone();
        } else {
            initialiseEmbedding(model);
        }
        List<Example> train = dataset.get(Split.TRAIN);
        int steps = (train.size() + config.batchSize() - 1) / config.batchSize();
        TemperatureSchedule schedule = new TemperatureSchedule(config.initialTemperature(), config.finalTemperature(),
                config.epochs(), steps, config.temperatureSpacing());
        // A standard transformer samples nothing: it has neither a sampler nor a temperature.
        Sampler sampler = standardConfig != null ? null : modelConfig.sampler();
        for (int epoch = first; epoch < config.epochs(); epoch++) {
            long start = System.nanoTime();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(epochSeed(epoch, 1)));
            double loss = 0;
            double temperature = 0;
            for (int step = 0; step < steps; step++) {
                List<Example> examples = new ArrayList<>();
                for (int i = step * config.batchSize(); i < Math.min(train.size(), (step + 1) * config.batchSize()); i++) {
                    examples.add(train.get(order.get(i)));
                }
                temperature = sampler == null ? Double.NaN : schedule.at(epoch, step);
                long noiseSeed = epochSeed(epoch, 2) + step * 0x632BE59BD9B4E019L;
                double batchLoss = BatchGradient.lossAndGradient(model, batch(examples), config.gumbelSamples(),
                        (float) temperature, sampler, noiseSeed, workers);
                if (config.maxGradNorm() > 0) {
                    adam.clipGradNorm(config.maxGradNorm());
                }
                adam.step();
                adam.zeroGrad();
                loss += batchLoss * examples.size();
                listener.step(epoch + 1, step + 1, steps, temperature, batchLoss);
            }
            List<Example> validation = dataset.get(Split.VAL);
            double sampled = model instanceof ProgramModel program ? sampledAccuracy(program, validation,
                    (float) temperature, sampler, epochSeed(epoch, 3), workers).tokenAccuracy() : Double.NaN;
            EpochReport report = new EpochReport(epoch + 1, temperature, loss / train.size(),
                    modelAccuracy(model, validation, workers).tokenAccuracy(), (System.nanoTime() - start) / 1e9, sampled);
            reports.add(report);
            listener.epoch(report);
            save.accept(new Checkpoint(epoch + 1, List.copyOf(reports), model.parameterValues(), adam.state()));
        }
        if (model instanceof ProgramModel program) {
            return discretise(program, name, reports, workers);
        }
        if (model instanceof StandardTransformer) {
            return new Result(null, reports, scores(model, null, workers));
        }
        throw new AssertionError(model);
    }

    /**
     * Starts a learned embedding from GloVe when asked to, as the reference replaces its random
     * initialisation (the other parameters keep theirs). A resumed run restores it instead, so
     * only a fresh run reads the file.
     */
    private void initialiseEmbedding(TrainableModel model) {
        if (model instanceof ProgramModel program && modelConfig.embedding() != null
                && modelConfig.embedding().glove() != null) {
            program.initialiseEmbedding(GloveInitialisation.vectors(Path.of(modelConfig.embedding().glove()),
                    encoding.inputs().tokens(), modelConfig.tokenVariables() * modelConfig.valuesPerVariable(),
                    config.seed()));
        }
    }

    /** The discrete program of a checkpoint, scored on every split (what {@code tprog decompile} does). */
    public Result discretise(String name, Checkpoint checkpoint) {
        if (!(newModel() instanceof ProgramModel model)) {
            throw new IllegalStateException("a standard transformer has no program to discretise");
        }
        model.restore(checkpoint.parameters());
        try (Workers workers = new Workers(threads)) {
            return discretise(model, name, checkpoint.reports(), workers);
        }
    }

    private Result discretise(ProgramModel model, String name, List<EpochReport> reports, Workers workers) {
        Program program = Discretiser.discretise(model, name, encoding.inputs().tokens(), encoding.classes());
        return new Result(program, reports, scores(model, program, workers));
    }

    /** The model's accuracy on every split, and its program's where it has one. */
    private List<SplitScore> scores(TrainableModel model, Program program, Workers workers) {
        List<SplitScore> scores = new ArrayList<>();
        for (Split split : Split.values()) {
            scores.add(new SplitScore(split, modelAccuracy(model, dataset.get(split), workers),
                    program == null ? null : programAccuracy(program, dataset.get(split))));
        }
        return scores;
    }

    /**
     * A seed for one epoch's shuffle (stream 1), training noise (stream 2) or evaluation noise
     * (stream 3), from the run's seed alone.
     */
    private long epochSeed(int epoch, int stream) {
        return config.seed() * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + stream;
    }

    private Batch batch(List<Example> examples) {
        // A standard transformer reads no one-hot variables, so its batches take the smallest k a batch accepts.
        return new Batch(examples.stream().map(encoding::tokens).toList(), examples.stream().map(encoding::targets).toList(),
                length, standardConfig != null ? length : modelConfig.valuesPerVariable(),
                standardConfig != null ? standardConfig.causal() : modelConfig.causal(), config.lossAggregation());
    }

    /** The (discrete) model's token accuracy, labels compared as strings (as the program's are). */
    private Accuracy modelAccuracy(TrainableModel model, List<Example> examples, Workers workers) {
        return accuracy(examples, workers, (batch, chunk) -> model.predict(batch));
    }

    /** The still-stochastic model's token accuracy, chunk c of the examples sampled with noise stream c of {@code seed}. */
    private Accuracy sampledAccuracy(ProgramModel model, List<Example> examples, float temperature, Sampler sampler,
            long seed, Workers workers) {
        return accuracy(examples, workers,
                (batch, chunk) -> model.predictSampled(batch, temperature, sampler, SeededNoise.stream(seed, chunk)));
    }

    /** A token accuracy, the examples predicted in chunks of 256 on the workers: chunk c by {@code predict(its batch, c)}. */
    private Accuracy accuracy(List<Example> examples, Workers workers, BiFunction<Batch, Integer, int[]> predict) {
        List<java.util.concurrent.Callable<List<List<String>>>> chunks = new ArrayList<>();
        for (int start = 0; start < examples.size(); start += 256) {
            List<Example> chunk = examples.subList(start, Math.min(examples.size(), start + 256));
            int index = start / 256;
            chunks.add(() -> predictions(predict.apply(batch(chunk), index), chunk));
        }
        List<List<String>> predictions = new ArrayList<>();
        workers.map(chunks).forEach(predictions::addAll);
        return Accuracy.of(predictions, examples.stream().map(Example::output).toList());
    }

    private List<List<String>> predictions(int[] classes, List<Example> examples) {
        List<List<String>> predictions = new ArrayList<>();
        for (int e = 0; e < examples.size(); e++) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < examples.get(e).length(); i++) {
                int predicted = classes[e * length + i];
                labels.add(predicted < 0 ? null : encoding.classes().get(predicted)); // -1: pooled, predicts nothing here
            }
            predictions.add(labels);
        }
        return predictions;
    }

    private static Accuracy programAccuracy(Program program, List<Example> examples) {
        Executor executor = new Executor(program);
        return Accuracy.of(examples.stream().map(example -> executor.predict(example.input())).toList(),
                examples.stream().map(Example::output).toList());
    }
}
