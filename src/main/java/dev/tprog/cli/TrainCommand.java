package dev.tprog.cli;

import dev.tprog.io.AtomicFiles;
import dev.tprog.model.ModelConfig;
import dev.tprog.nn.Sampler;
import dev.tprog.program.Simplifier;
import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import dev.tprog.train.RunFiles;
import dev.tprog.train.TrainConfig;
import dev.tprog.train.Trainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog train}: learn a Transformer Program and write it as a verified program. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn a Transformer Program on a task and write it as a program.", "",
                "Trains the Gumbel-softmax relaxation (docs/model.md), turns it into a discrete program, and checks that",
                "the program's accuracy equals the discrete model's on every split."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--task", paramLabel = "NAME", description = "Generate the task's data ('tprog data tasks').")
        String task;

        @Option(names = "--data", paramLabel = "PATH", description = "A dataset directory or JSONL file (a custom task).")
        Path data;
    }

    @Option(names = "--vocab-size", paramLabel = "V", description = "With --task (default: the task's).")
    Integer vocabSize;
    @Option(names = "--min-length", paramLabel = "N", description = "With --task (default: the task's).")
    Integer minLength;
    @Option(names = "--max-length", paramLabel = "N", description = "With --task (default: the task's).")
    Integer maxLength;
    @Option(names = "--size", paramLabel = "N", defaultValue = "10000", description = "With --task: examples (default: ${DEFAULT-VALUE}).")
    int size;
    @Option(names = "--no-unique", description = "With --task: keep repeated inputs.")
    boolean keepRepeats;

    @Option(names = "--layers", defaultValue = "2", description = "Layers (default: ${DEFAULT-VALUE}).")
    int layers;
    @Option(names = "--cat-heads", defaultValue = "4", description = "Categorical heads per layer (default: ${DEFAULT-VALUE}).")
    int categoricalHeads;
    @Option(names = "--num-heads", defaultValue = "0", description = "Numerical heads per layer (default: ${DEFAULT-VALUE}).")
    int numericalHeads;
    @Option(names = "--cat-mlps", defaultValue = "1", description = "Categorical MLPs per layer (default: ${DEFAULT-VALUE}).")
    int categoricalMlps;
    @Option(names = "--num-mlps", defaultValue = "0", description = "Numerical MLPs per layer (default: ${DEFAULT-VALUE}).")
    int numericalMlps;
    @Option(names = "--mlp-vars-in", defaultValue = "2", description = "Variables each MLP reads (default: ${DEFAULT-VALUE}).")
    int mlpVarsIn;
    @Option(names = "--d-mlp", defaultValue = "64", description = "Hidden units per MLP (default: ${DEFAULT-VALUE}).")
    int mlpWidth;
    @Option(names = "--d-var", paramLabel = "K", description = "Values per categorical variable (default: max(vocabulary, length)).")
    Integer valuesPerVariable;
    @Option(names = "--one-hot-embed", defaultValue = "true", description = "One-hot token embedding (the only kind implemented yet).")
    boolean oneHotEmbed;
    @Option(names = "--count-only", defaultValue = "true", description = "Numerical input is ones (the only kind implemented yet).")
    boolean countOnly;
    @Option(names = "--autoregressive", description = "Causal attention (always on for causal tasks such as dyck).")
    boolean causal;
    @Option(names = "--sample-fn", defaultValue = "gumbel_soft", paramLabel = "FN",
            description = "gumbel_soft, gumbel_hard (straight-through) or softmax (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--epochs", defaultValue = "100", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;
    @Option(names = "--batch-size", defaultValue = "512", description = "Examples per step (default: ${DEFAULT-VALUE}).")
    int batchSize;
    @Option(names = "--lr", defaultValue = "0.05", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    float learningRate;
    @Option(names = "--tau-init", defaultValue = "3.0", description = "Initial temperature (default: ${DEFAULT-VALUE}).")
    double initialTemperature;
    @Option(names = "--tau-end", defaultValue = "0.01", description = "Final temperature (default: ${DEFAULT-VALUE}).")
    double finalTemperature;
    @Option(names = "--max-grad-norm", defaultValue = "0", description = "Clip the gradient norm (0: off).")
    float maxGradNorm;
    @Option(names = "--seed", defaultValue = "0", description = "Seed of data, initialisation, shuffling and noise.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory to write.")
    Path out;
    @Option(names = "--emit", split = ",", paramLabel = "LANG", description = "Also write the program as python, java, rasp.")
    List<Language> emit = List.of();
    @Option(names = "--quiet", description = "Print only the final scores.")
    boolean quiet;

    @Override
    public Integer call() {
        if (!oneHotEmbed || !countOnly) {
            throw new ParameterException(spec.commandLine(),
                    "learned embeddings and numerical inputs other than ones are not implemented yet");
        }
        Dataset dataset = dataset();
        Trainer trainer;
        ModelConfig model;
        TrainConfig training = new TrainConfig(epochs, batchSize, learningRate, initialTemperature, finalTemperature,
                maxGradNorm, seed);
        try {
            int length = dataset.get(Split.TRAIN).stream().mapToInt(e -> e.length()).max().orElse(0);
            int k = valuesPerVariable != null ? valuesPerVariable
                    : Math.max(dataset.inputVocabulary().size(), length);
            model = new ModelConfig(layers, categoricalHeads, numericalHeads, categoricalMlps, numericalMlps, mlpVarsIn,
                    mlpWidth, k, causal || dataset.causal(), sampler(sampler));
            trainer = new Trainer(dataset, model, training);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("train %s: %d/%d/%d examples, length %d, k %d, %d layers, %d+%d heads, %d+%d MLPs per layer%n",
                dataset.task(), dataset.get(Split.TRAIN).size(), dataset.get(Split.VAL).size(), dataset.get(Split.TEST).size(),
                trainer.length(), model.valuesPerVariable(), layers, categoricalHeads, numericalHeads, categoricalMlps,
                numericalMlps);
        stdout.flush();
        Trainer.Result result = trainer.train(dataset.task(), report -> {
            if (!quiet) {
                stdout.printf(Locale.ROOT, "epoch %4d/%d  loss %.4f  val %.2f%%  tau %.4f  %.1f s%n", report.epoch(),
                        epochs, report.trainLoss(), 100 * report.validationAccuracy(), report.temperature(),
                        report.seconds());
                stdout.flush();
            }
        });
        RunFiles.write(out, settings(model, training), result);
        for (Language language : emit) {
            String file = switch (language) {
                case PYTHON -> dataset.task() + ".py";
                case JAVA -> Character.toUpperCase(dataset.task().charAt(0)) + dataset.task().substring(1).replace("_", "") + ".java";
                case RASP -> dataset.task() + ".rasp";
            };
            AtomicFiles.writeString(out.resolve(file), language.emit(Simplifier.simplify(result.program()),
                    file.replace(".java", "")));
        }
        boolean identical = true;
        for (Trainer.SplitScore score : result.scores()) {
            identical &= score.model().correct() == score.program().correct();
            stdout.printf(Locale.ROOT, "%-5s  model %.2f%%  program %.2f%%  (%d positions)%n", score.split().fileStem(),
                    100 * score.model().tokenAccuracy(), 100 * score.program().tokenAccuracy(), score.model().scored());
        }
        stdout.printf("wrote %s: program.json, results.csv, config.json%s%n", out,
                emit.isEmpty() ? "" : " and the program in " + emit.size() + " language" + (emit.size() > 1 ? "s" : ""));
        stdout.flush();
        if (!identical) {
            spec.commandLine().getErr().println("tprog train: the program and the discrete model disagree: a bug in tprog,"
                    + " please report it");
            return ErrorReporter.RUNTIME_ERROR;
        }
        return 0;
    }

    private Dataset dataset() {
        if (source.data != null) {
            return DatasetFiles.load(source.data, seed);
        }
        try {
            Task task = Tasks.byName(source.task);
            TaskParams defaults = task.defaults();
            TaskParams params = new TaskParams(vocabSize == null ? defaults.vocabSize() : vocabSize,
                    minLength == null ? defaults.minLength() : minLength, maxLength == null ? defaults.maxLength() : maxLength);
            return DatasetGenerator.generate(new Generation(task.name(), params, size, seed, !keepRepeats));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private Sampler sampler(String name) {
        return switch (name) {
            case "gumbel_soft" -> Sampler.SOFT;
            case "gumbel_hard" -> Sampler.HARD;
            case "softmax" -> Sampler.SOFTMAX;
            default -> throw new IllegalArgumentException("--sample-fn must be gumbel_soft, gumbel_hard or softmax, got " + name);
        };
    }

    private Map<String, Object> settings(ModelConfig model, TrainConfig training) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("task", source.task);
        settings.put("data", source.data == null ? null : source.data.toString());
        settings.put("vocab_size", vocabSize);
        settings.put("min_length", minLength);
        settings.put("max_length", maxLength);
        settings.put("size", size);
        settings.put("unique", !keepRepeats);
        settings.put("model", model);
        settings.put("training", training);
        return settings;
    }
}
