package dev.tprog.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetGeneratorTest {

    private static Dataset generate(String task, int vocab, int min, int max, int size, long seed, boolean unique) {
        return DatasetGenerator.generate(new Generation(task, new TaskParams(vocab, min, max), size, seed, unique));
    }

    private static int[] sizes(Dataset dataset) {
        return new int[] {dataset.get(Split.TRAIN).size(), dataset.get(Split.VAL).size(), dataset.get(Split.TEST).size()};
    }

    @ParameterizedTest(name = "{0} size {1}: {2}/{3}/{4}")
    @CsvSource({
        // train = n - ceil(n/10) - ceil((n - ceil(n/10))/10), as sklearn's two splits give
        "hist, 10000, 8100, 900, 1000",
        "most_freq, 20000, 16200, 1800, 2000",
        "double_hist, 37, 29, 4, 4",
        "hist, 3, 1, 1, 1",
        // sort/reverse at V=8, N=8 have only 19 530 distinct inputs; the 5x retry finds 14 124
        "sort, 20000, 11439, 1272, 1413",
        "reverse, 20000, 11439, 1272, 1413",
    })
    void splitSizesAreTheReferences(String task, int size, int train, int val, int test) {
        Dataset dataset = generate(task, 8, 1, 8, size, 0, true);
        assertThat(sizes(dataset)).containsExactly(train, val, test);
    }

    @Test
    void sortAt10000ReachesTheSizeOnTheFirstRetry() {
        assertThat(generate("sort", 8, 1, 8, 10000, 0, true).size()).isEqualTo(10000);
    }

    @Test
    void uniqueDatasetsHaveNoRepeatedInputsAndKeepFirstOccurrences() {
        Dataset dataset = generate("sort", 8, 1, 8, 20000, 0, true);
        Set<List<String>> inputs = new HashSet<>();
        for (Split split : Split.values()) {
            dataset.get(split).forEach(example -> assertThat(inputs.add(example.input())).isTrue());
        }
        // The first draw of the stream is always kept.
        Example first = Tasks.byName("sort").generate(new TaskParams(8, 1, 8), 1, 0).get(0);
        assertThat(inputs).contains(first.input());
    }

    @Test
    void withoutUniquenessRepeatsAreKeptAndTheSizeIsExact() {
        Dataset dataset = generate("sort", 8, 1, 8, 20000, 0, false);
        assertThat(dataset.size()).isEqualTo(20000);
        Set<List<String>> inputs = new HashSet<>();
        dataset.splits().values().forEach(split -> split.forEach(example -> inputs.add(example.input())));
        assertThat(inputs.size()).isLessThan(20000);
    }

    @Test
    void whenEvenFiveTimesIsNotEnoughAllDistinctInputsAreKept() {
        // hist with V=5 (3 digits) and content lengths 1..3 has 3 + 9 + 27 = 39 possible inputs.
        Dataset dataset = generate("hist", 5, 1, 4, 1000, 4, true);
        assertThat(dataset.size()).isEqualTo(39);
        assertThat(sizes(dataset)).containsExactly(31, 4, 4);
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentData() {
        Dataset a = generate("most_freq", 8, 1, 8, 2000, 5, true);
        Dataset b = generate("most_freq", 8, 1, 8, 2000, 5, true);
        Dataset c = generate("most_freq", 8, 1, 8, 2000, 6, true);
        assertThat(a.splits()).isEqualTo(b.splits());
        assertThat(a.get(Split.TRAIN)).isNotEqualTo(c.get(Split.TRAIN));
    }

    static List<String> allTasks() {
        return Tasks.all().stream().map(Task::name).toList();
    }

    @ParameterizedTest
    @MethodSource("allTasks")
    void everyGeneratedExampleCarriesItsTasksLabels(String name) {
        Task task = Tasks.byName(name);
        for (Example example : task.generate(task.defaults(), 2000, 11)) {
            assertThat(example.input().get(0)).isEqualTo(Tokens.BOS);
            assertThat(example.label(0)).isNull();
            assertThat(example.output()).isEqualTo(expectedLabels(name, example.input()));
        }
    }

    /** An independent statement of each task's labels, for the whole input. */
    private static List<String> expectedLabels(String task, List<String> input) {
        List<String> content = input.subList(1, input.size() - (input.get(input.size() - 1).equals(Tokens.EOS) ? 1 : 0));
        List<String> labels = switch (task) {
            case "reverse" -> new ReverseTask().labels(content);
            case "sort" -> new SortTask().labels(content);
            case "hist" -> new HistTask().labels(content);
            case "double_hist" -> new DoubleHistTask().labels(content);
            case "most_freq" -> new MostFreqTask().labels(content);
            case "dyck1", "dyck2" -> DyckTask.labels(content);
            case "induction" -> InductionTask.labels(input).subList(1, input.size());
            default -> throw new AssertionError(task);
        };
        List<String> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(labels);
        if (all.size() < input.size()) {
            all.add(null);
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown task               | nope        | 8  | 1  | 8  | 100 | 0  | unknown task 'nope' (known: reverse, sort,
            size zero                  | sort        | 8  | 1  | 8  | 0   | 0  | size must be at least 3
            negative seed              | sort        | 8  | 1  | 8  | 100 | -1 | seed must be between 0 and 4294967295, got -1
            vocab too small            | reverse     | 3  | 1  | 8  | 100 | 0  | reverse: vocab size must be at least 4
            hist vocab too small       | hist        | 2  | 1  | 8  | 100 | 0  | hist: vocab size must be at least 3
            lengths leave no room      | sort        | 8  | 5  | 6  | 100 | 0  | sort: max length must be at least min length + 2
            min length zero            | hist        | 8  | 0  | 8  | 100 | 0  | hist: min length must be at least 1
            dyck vocabulary is fixed   | dyck2       | 8  | 16 | 16 | 100 | 0  | dyck2: the vocabulary is fixed to ( ) { } (vocab size 4)
            dyck too short             | dyck1       | 2  | 0  | 1  | 100 | 0  | dyck1: max length must be at least 2
            induction too many letters | induction   | 60 | 9  | 9  | 100 | 0  | induction: vocab size must be between 4 and 54
            """)
    void impossibleParametersAreRejectedWithAClearMessage(String why, String task, int vocab, int min, int max, int size,
            long seed, String message) {
        assertThatThrownBy(() -> generate(task, vocab, min, max, size, seed, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
