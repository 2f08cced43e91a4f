package dev.tprog.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.model.LearnedEmbedding;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.StandardConfig;
import dev.tprog.nn.Sampler;
import dev.tprog.program.Executor;
import dev.tprog.program.Program;
import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.Example;
import dev.tprog.task.Split;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data whose held-out splits have words the training split lacks, as held-out text always has:
 * with a {@code vocabSize}, the model and its program keep the most frequent training words and
 * read every other word, rare or unseen, as {@code <unk>}, and score the same on every split.
 */
class UnknownTokensTest {
    private static final List<String> WORDS = List.of("the", "in", "at", "sales", "rose", "today", "hired");
    private static final List<String> TRAINING_CITIES = List.of("Paris", "Oslo", "Rome", "Lima", "Bern", "Kyiv", "Riga",
            "Doha", "Baku", "Oran", "Kobe", "Nice");
    private static final List<String> HELD_OUT_CITIES = List.of("Zurich", "Lagos", "Quito", "Hanoi", "Dakar");
    /** {@code <s>}, {@code </s>} and the 7 words, each far more frequent than any city. */
    private static final int KEPT = 9;

    @TempDir
    Path dir;

    /** Sentences of 1 to 5 words, a third of them cities; with a class, it says whether a city occurs. */
    private static List<Example> sentences(int count, List<String> cities, boolean classify, long seed) {
        Random random = new Random(seed);
        List<Example> examples = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            List<String> input = new ArrayList<>(List.of("<s>"));
            List<String> tags = new ArrayList<>(Collections.singletonList(null));
            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                boolean city = random.nextInt(3) == 0;
                input.add(city ? cities.get(random.nextInt(cities.size())) : WORDS.get(random.nextInt(WORDS.size())));
                tags.add(city ? "LOC" : "O");
            }
            input.add("</s>");
            tags.add(null);
            List<String> output = classify ? Arrays.asList(new String[input.size()]) : tags;
            if (classify) {
                output.set(0, tags.contains("LOC") ? "city" : "none");
            }
            examples.add(new Example(input, output));
        }
        return examples;
    }

    /** A dataset directory: training sentences over the training cities, held-out ones over unseen cities. */
    private Path cities(boolean classify) {
        DatasetFiles.writeExamples(sentences(300, TRAINING_CITIES, classify, 1), dir.resolve("train.jsonl"));
        DatasetFiles.writeExamples(sentences(40, HELD_OUT_CITIES, classify, 2), dir.resolve("val.jsonl"));
        DatasetFiles.writeExamples(sentences(40, HELD_OUT_CITIES, classify, 3), dir.resolve("test.jsonl"));
        return dir;
    }

    private static ModelConfig model(boolean pooled, LearnedEmbedding embedding) {
        return new ModelConfig(1, 2, 0, 1, 0, 2, 16, 0, false, Sampler.SOFT, embedding, pooled, false);
    }

    private static TrainConfig training(int epochs) {
        return new TrainConfig(epochs, 32, 0.05f, 3.0, 0.01, 0, 4, 1);
    }

    private static RunSettings settings(Path data, Integer vocabSize, ModelConfig model, int epochs) {
        return new RunSettings(null, data.toString(), vocabSize, null, null, 0, true, model, null, training(epochs));
    }

    private static void assertProgramScoresAsTheModel(Trainer.Result result) {
        for (Trainer.SplitScore score : result.scores()) {
            assertThat(score.program()).as(score.split().fileStem()).isEqualTo(score.model());
        }
    }

    @Test
    void unseenHeldOutWordsReadAsUnkAndTheProgramScoresExactlyAsTheModel() {
        RunSettings settings = settings(cities(false), KEPT, model(false, null), 25);
        Dataset dataset = settings.dataset();
        Trainer trainer = settings.trainer(dataset, 2);
        assertThat(trainer.inputVocabulary().tokens()).startsWith("<pad>", "<unk>", "<s>").hasSize(KEPT + 2)
                .containsAll(WORDS).doesNotContainAnyElementsOf(TRAINING_CITIES);
        assertThat(trainer.modelConfig().valuesPerVariable()).isEqualTo(KEPT + 2); // k = max(vocabulary, length)
        Trainer.Result result = trainer.train("cities", report -> {});
        assertProgramScoresAsTheModel(result);
        Program program = result.program();
        assertThat(program.vocabulary().names()).isEqualTo(trainer.inputVocabulary().tokens());
        // every held-out city is unseen, and read as <unk> as the rare training cities were
        assertThat(dataset.get(Split.TEST).stream().flatMap(example -> example.input().stream()))
                .containsAnyElementsOf(HELD_OUT_CITIES).doesNotContainAnyElementsOf(TRAINING_CITIES);
        assertThat(result.scores().get(2).program().tokenAccuracy()).isEqualTo(1.0);
        assertThat(new Executor(program).predict(List.of("<s>", "sales", "rose", "in", "Tbilisi", "</s>")).subList(1, 5))
                .containsExactly("O", "O", "O", "LOC");
    }

    @Test
    void pooledClassificationOfUnseenWordsScoresExactlyAsTheModel() {
        RunSettings settings = settings(cities(true), KEPT, model(true, null), 25);
        Trainer.Result result = settings.trainer(settings.dataset(), 2).train("cities", report -> {});
        assertProgramScoresAsTheModel(result);
        assertThat(result.scores().get(2).program().tokenAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aGloveInitialisedEmbeddingHasARowForUnk() {
        LearnedEmbedding glove = new LearnedEmbedding(2, "src/test/resources/nlp/glove-sample.txt");
        RunSettings settings = settings(cities(false), KEPT, model(false, glove), 3);
        Trainer.Result result = settings.trainer(settings.dataset(), 2).train("cities", report -> {});
        assertProgramScoresAsTheModel(result);
        assertThat(result.program().embeddings()).hasSize(2)
                .allSatisfy(embedding -> assertThat(embedding.valueOf()).hasSize(KEPT + 2));
    }

    @Test
    void aStandardTransformerReadsTheSameVocabulary() {
        RunSettings settings = new RunSettings(null, cities(false).toString(), KEPT, null, null, 0, true, null,
                new StandardConfig(1, 16, 2, 16, false), training(2));
        Trainer trainer = settings.trainer(settings.dataset(), 2);
        assertThat(trainer.inputVocabulary().size()).isEqualTo(KEPT + 2);
        assertThat(trainer.train("cities", report -> {}).scores().get(2).model().scored()).isPositive();
    }

    @Test
    void withoutAVocabSizeAnUnseenHeldOutWordIsNamedBeforeTraining() {
        RunSettings settings = settings(cities(false), null, model(false, null), 1);
        assertThatThrownBy(() -> settings.trainer(settings.dataset(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("val example \\d+ has the token '(" + String.join("|", HELD_OUT_CITIES) + ")'"
                        + Pattern.quote(", which no training example has, and a program reads only those (the"
                        + " training split has 21 distinct tokens): with --data, give --vocab-size N to keep the N most"
                        + " frequent training tokens and read every other token as <unk>; with --task, give a larger"
                        + " --size"));
        RunSettings none = settings(dir, 0, model(false, null), 1);
        assertThatThrownBy(() -> none.trainer(none.dataset(), 1)).hasMessage("--vocab-size must be at least 1, got 0");
    }

    @Test
    void configJsonKeepsTheVocabSizeAndATasksVocabSizeShapesItsDataInstead() throws Exception {
        RunSettings settings = settings(cities(false), KEPT, model(false, null), 1);
        Path run = Files.createDirectory(dir.resolve("run"));
        settings.write(run);
        assertThat(Files.readString(run.resolve(RunSettings.FILE))).contains("\"vocabSize\" : " + KEPT);
        RunSettings read = RunSettings.read(run);
        assertThat(read).isEqualTo(settings);
        assertThat(read.inputVocabulary(read.dataset()))
                .isEqualTo(settings.trainer(settings.dataset(), 1).inputVocabulary());
        RunSettings task = new RunSettings("reverse", null, 5, null, 5, 100, false, model(false, null), null,
                training(1));
        Dataset reverse = task.dataset();
        assertThat(task.inputVocabulary(reverse)).isEqualTo(reverse.inputVocabulary());
        assertThat(reverse.inputVocabulary().tokens()).doesNotContain("<unk>");
    }
}
