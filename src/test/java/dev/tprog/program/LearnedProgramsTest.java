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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The learned programs shipped under programs/ still score as recorded on fresh data, and their emissions are current. */
class LearnedProgramsTest {
    private static Path directory(String task) {
        return Path.of("programs", task);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "hist", "reverse"})
    void scoresAbove98Point5PercentOnFreshData(String task) {
        Program program = ProgramFormat.read(directory(task).resolve("program.json"));
        // The standard dataset (20 000 requested, unique) with a seed no run was trained on. Sort and
        // reverse have only 19 530 possible inputs, so these overlap the training data: this guards
        // the shipped files against regressions; the held-out scores are in each README.
        List<Example> fresh = DatasetGenerator.generate(new Generation(task, new TaskParams(8, 1, 8), 20000, 7, true))
                .get(Split.TEST);
        Executor executor = new Executor(program);
        Accuracy accuracy = Accuracy.of(fresh.stream().map(example -> executor.predict(example.input())).toList(),
                fresh.stream().map(Example::output).toList());
        assertThat(accuracy.scored()).isGreaterThan(5000);
        assertThat(accuracy.tokenAccuracy()).isGreaterThan(0.985);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "hist", "reverse"})
    void shippedEmissionsAreThoseOfTheShippedProgram(String task) throws Exception {
        Path directory = directory(task);
        Program simplified = Simplifier.simplify(ProgramFormat.read(directory.resolve("program.json")));
        String className = Character.toUpperCase(task.charAt(0)) + task.substring(1);
        assertThat(Files.readString(directory.resolve(task + ".py"))).isEqualTo(PythonEmitter.emit(simplified));
        assertThat(Files.readString(directory.resolve(className + ".java"))).isEqualTo(JavaEmitter.emit(simplified, className));
        assertThat(Files.readString(directory.resolve(task + ".rasp"))).isEqualTo(RaspEmitter.emit(simplified));
    }
}
