package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Example;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.TaskParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned programs shipped under programs/ still score as recorded on fresh data, and their emissions are current. */
class LearnedProgramsTest {
    private static final Path SORT = Path.of("programs", "sort");

    @Test
    void learnedSortScoresAbove99PercentOnFreshData() {
        Program program = ProgramFormat.read(SORT.resolve("program.json"));
        List<Example> fresh = DatasetGenerator.generate(new Generation("sort", new TaskParams(8, 1, 8), 3000, 12345, true))
                .get(Split.TRAIN);
        Executor executor = new Executor(program);
        Accuracy accuracy = Accuracy.of(fresh.stream().map(example -> executor.predict(example.input())).toList(),
                fresh.stream().map(Example::output).toList());
        assertThat(accuracy.scored()).isGreaterThan(10000);
        assertThat(accuracy.tokenAccuracy()).isGreaterThan(0.99);
    }

    @Test
    void shippedEmissionsAreThoseOfTheShippedProgram() throws Exception {
        Program simplified = Simplifier.simplify(ProgramFormat.read(SORT.resolve("program.json")));
        assertThat(Files.readString(SORT.resolve("sort.py"))).isEqualTo(PythonEmitter.emit(simplified));
        assertThat(Files.readString(SORT.resolve("Sort.java"))).isEqualTo(JavaEmitter.emit(simplified, "Sort"));
        assertThat(Files.readString(SORT.resolve("sort.rasp"))).isEqualTo(RaspEmitter.emit(simplified));
    }
}
