package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Example;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The learned programs shipped under programs/ still score as recorded on fresh data, and their emissions are current. */
class LearnedProgramsTest {
    private static Path directory(String task) {
        return Path.of("programs", task);
    }

    /**
     * The shipped program of each task and the accuracy it must keep on fresh data: about a point
     * under its recorded test accuracy (programs/TASK/README.md).
     */
    @ParameterizedTest(name = "{0} at least {1}")
    @CsvSource({"sort, 0.99", "hist, 0.985", "reverse, 0.99", "most_freq, 0.75", "double_hist, 0.95", "dyck1, 0.985", "dyck2, 0.975"})
    void scoresAsRecordedOnFreshData(String task, double least) {
        Program program = ProgramFormat.read(directory(task).resolve("program.json"));
        // The task's standard dataset (20 000 requested, unique) with a seed no run was trained on.
        // Small tasks have fewer possible inputs (sort and reverse 19 530), so these overlap the
        // training data: this guards the shipped files against regressions; the held-out scores
        // are in each README.
        TaskParams params = Tasks.byName(task).defaults();
        List<Example> fresh = DatasetGenerator.generate(new Generation(task, params, 20000, 7, true)).get(Split.TEST);
        Executor executor = new Executor(program);
        Accuracy accuracy = Accuracy.of(fresh.stream().map(example -> executor.predict(example.input())).toList(),
                fresh.stream().map(Example::output).toList());
        assertThat(accuracy.scored()).isGreaterThan(5000);
        assertThat(accuracy.tokenAccuracy()).isGreaterThan(least);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "hist", "reverse", "most_freq", "double_hist", "dyck1", "dyck2"})
    void shippedEmissionsAreThoseOfTheShippedProgram(String task) throws Exception {
        Path directory = directory(task);
        Program simplified = Simplifier.simplify(ProgramFormat.read(directory.resolve("program.json")));
        Path java;
        try (var files = Files.list(directory)) { // named as tprog train --emit names it (DoubleHist.java)
            java = files.filter(file -> file.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        String className = java.getFileName().toString().replaceFirst("\\.java$", "");
        assertThat(Files.readString(directory.resolve(task + ".py"))).isEqualTo(PythonEmitter.emit(simplified));
        assertThat(Files.readString(java)).isEqualTo(JavaEmitter.emit(simplified, className));
        assertThat(Files.readString(directory.resolve(task + ".rasp"))).isEqualTo(RaspEmitter.emit(simplified));
    }
}
