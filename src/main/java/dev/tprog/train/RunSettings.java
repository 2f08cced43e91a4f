package dev.tprog.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tprog.io.AtomicFiles;
import dev.tprog.io.InputException;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.StandardConfig;
import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import dev.tprog.task.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything that defines a run, saved as {@code config.json} before training starts, so the
 * run can be resumed or decompiled later from its directory alone.
 *
 * @param task a generated task's name, or null for {@code data}
 * @param data a dataset path, or null for {@code task}
 * @param vocabSize the task's vocabulary size, or null for its default (likewise the lengths); with
 *     {@code data}, how many of the most frequent training tokens the input vocabulary keeps, with
 *     {@code <unk>} for every other token (the reference's NLP {@code --vocab_size}), or null for
 *     every training token and no {@code <unk>}
 * @param model the Transformer Program's shape, or null for a standard transformer
 * @param standard the standard transformer's shape ({@code --standard}), or null for a Transformer
 *     Program; a run has exactly one of the two, and its {@code config.json} shows only that one
 */
public record RunSettings(String task, String data, Integer vocabSize, Integer minLength, Integer maxLength, int size,
        boolean unique, @JsonInclude(JsonInclude.Include.NON_NULL) ModelConfig model,
        @JsonInclude(JsonInclude.Include.NON_NULL) StandardConfig standard, TrainConfig training) {
    public static final String FILE = "config.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The run's data: generated again from the task and seed, or loaded (and, for a file, split) again. */
    public Dataset dataset() {
        if (data != null) {
            return DatasetFiles.load(Path.of(data), training.seed());
        }
        Task generator = Tasks.byName(task);
        TaskParams defaults = generator.defaults();
        TaskParams params = new TaskParams(vocabSize == null ? defaults.vocabSize() : vocabSize,
                minLength == null ? defaults.minLength() : minLength, maxLength == null ? defaults.maxLength() : maxLength);
        return DatasetGenerator.generate(new Generation(generator.name(), params, size, training.seed(), unique));
    }

    /**
     * The run's trainer on {@code dataset}, with the model defaults that depend on the data
     * filled in: k is at least the vocabulary and the length, and causal tasks are always causal.
     *
     * @param threads how many threads share the work (the result does not depend on it)
     * @throws IllegalArgumentException when the configuration cannot work on this data
     */
    public Trainer trainer(Dataset dataset, int threads) {
        Vocabulary inputs = inputVocabulary(dataset);
        if (standard != null) {
            return new Trainer(dataset, inputs, new StandardConfig(standard.layers(), standard.modelWidth(),
                    standard.heads(), standard.mlpWidth(), standard.causal() || dataset.causal(), standard.poolOutputs()),
                    training, threads);
        }
        int length = dataset.get(Split.TRAIN).stream().mapToInt(e -> e.length()).max().orElse(0);
        int k = model.valuesPerVariable() > 0 ? model.valuesPerVariable() : Math.max(inputs.size(), length);
        return new Trainer(dataset, inputs, new ModelConfig(model.layers(), model.categoricalHeads(),
                model.numericalHeads(), model.categoricalMlps(), model.numericalMlps(), model.mlpVarsIn(),
                model.mlpWidth(), k, model.causal() || dataset.causal(), model.sampler(), model.embedding(),
                model.poolOutputs(), model.selectorWidth()), training, threads);
    }

    /**
     * The input vocabulary the run reads, built from the training split: for data with a
     * {@code vocabSize}, {@code <pad>}, {@code <unk>} and that many of the most frequent tokens;
     * else every token (a task's {@code vocabSize} shaped its data instead).
     *
     * @throws IllegalArgumentException when the number of tokens to keep is below 1
     */
    public Vocabulary inputVocabulary(Dataset dataset) {
        if (data == null || vocabSize == null) {
            return dataset.inputVocabulary();
        }
        if (vocabSize < 1) {
            throw new IllegalArgumentException("--vocab-size must be at least 1, got " + vocabSize);
        }
        return Vocabulary.ofMostFrequentInputs(dataset.get(Split.TRAIN), vocabSize);
    }

    /** The name programs of this run get: the task's, or the data file's. */
    public String name() {
        return task != null ? task : Path.of(data).getFileName().toString().replaceFirst("\\.jsonl$", "");
    }

    public void write(Path directory) {
        try {
            AtomicFiles.writeString(directory.resolve(FILE), JSON.writeValueAsString(this) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws InputException when the directory holds no readable run configuration */
    public static RunSettings read(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            return JSON.readValue(Files.readString(file), RunSettings.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.in(file, "no such file (is " + directory + " a tprog train run?)");
        } catch (IOException e) {
            throw InputException.in(file, "not a run configuration: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
