package dev.tprog.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tprog.io.AtomicFiles;
import dev.tprog.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Datasets on disk: a directory with {@code train.jsonl}, {@code val.jsonl}, {@code test.jsonl}
 * and the metadata sidecar {@code dataset.json}, or a single JSONL file. See docs/datasets.md.
 */
public final class DatasetFiles {
    public static final String METADATA = "dataset.json";
    public static final String FORMAT = "tprog-dataset";
    public static final int VERSION = 1;

    private DatasetFiles() {}

    /** Writes the three splits and the metadata into {@code directory}, atomically file by file. */
    public static void write(Dataset dataset, Path directory) {
        AtomicFiles.writeDirectory(directory, temp -> {
            for (Split split : Split.values()) {
                try (Writer out = Files.newBufferedWriter(temp.resolve(fileName(split)), StandardCharsets.UTF_8)) {
                    writeExamples(dataset.get(split), out);
                }
            }
            Files.writeString(temp.resolve(METADATA), DatasetMetadata.toJson(dataset).toPrettyString() + "\n", StandardCharsets.UTF_8);
        });
    }

    /** Writes examples as JSON lines to one file. */
    public static void writeExamples(List<Example> examples, Path file) {
        AtomicFiles.write(file, out -> writeExamples(examples, out));
    }

    private static void writeExamples(List<Example> examples, Writer out) throws IOException {
        for (Example example : examples) {
            out.write(ExampleCodec.encode(example));
            out.write('\n');
        }
    }

    public static String fileName(Split split) {
        return split.fileStem() + ".jsonl";
    }

    /**
     * Loads a dataset directory, or a single JSONL file of a custom task, which is split
     * 81/9/10 exactly as generated data is, with {@code seed}.
     */
    public static Dataset load(Path path, long seed) {
        if (Files.isDirectory(path)) {
            return loadDirectory(path);
        }
        return Dataset.split(Dataset.CUSTOM, false, Optional.empty(), readExamples(path), seed);
    }

    /** Reads every example of one JSONL file; blank lines are skipped. */
    public static List<Example> readExamples(Path file) {
        List<Example> examples = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    examples.add(ExampleCodec.decode(line));
                } catch (IllegalArgumentException e) {
                    throw InputException.at(file, number, e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw InputException.in(file, "not UTF-8 text");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        return examples;
    }

    private static Dataset loadDirectory(Path directory) {
        Path metadataFile = directory.resolve(METADATA);
        Map<Split, List<Example>> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            Path file = directory.resolve(fileName(split));
            if (Files.exists(file)) {
                splits.put(split, readExamples(file));
            } else if (split == Split.TRAIN) {
                throw InputException.in(directory, "no " + fileName(Split.TRAIN) + " in this directory");
            }
        }
        if (!Files.exists(metadataFile)) {
            return new Dataset(Dataset.CUSTOM, false, Optional.empty(), splits);
        }
        return DatasetMetadata.read(metadataFile, splits);
    }

    static JsonNode readJson(Path file) {
        try {
            return ExampleCodec.JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InputException.at(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
