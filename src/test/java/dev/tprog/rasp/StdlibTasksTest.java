package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.task.Example;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every program of lib/tasks.rasp labels 100% of 1 000 generated examples as its task generator does. */
class StdlibTasksTest {
    private static final int EXAMPLES = 1000;
    private static Interpreter session;

    @BeforeAll
    static void loadTasks() {
        session = new Interpreter();
        Interpreter.Outcome outcome = session.run(new Source("<test>", "load \"tasks\";"), new Listener() {});
        assertThat(outcome.errors()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reverse", "sort", "hist", "double_hist", "most_freq", "dyck1", "dyck2"})
    void programMatchesGeneratorAtStandardParameters(String name) {
        Task task = Tasks.byName(name);
        assertAllCorrect(name, task.generate(task.defaults(), EXAMPLES, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reverse", "sort", "hist", "double_hist", "most_freq"})
    void programMatchesGeneratorOnLongerInputsAndLargerVocabularies(String name) {
        Task task = Tasks.byName(name);
        assertAllCorrect(name, task.generate(new TaskParams(16, 1, 32), 300, 2));
    }

    @Test
    void dyck3MatchesAStackChecker() {
        Random random = new Random(3);
        String brackets = "(){}[]";
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < EXAMPLES; k++) {
            List<String> input = new ArrayList<>(List.of("<s>"));
            for (int i = 0; i < 15; i++) {
                input.add(String.valueOf(brackets.charAt(random.nextInt(6))));
            }
            examples.add(new Example(input, ptf(input)));
        }
        assertAllCorrect("dyck3", examples);
    }

    /** PTF labels by a stack (the test's own oracle), position 0 (BOS) ignored. */
    private static List<String> ptf(List<String> input) {
        List<String> labels = new ArrayList<>();
        labels.add(null);
        StringBuilder stack = new StringBuilder();
        boolean failed = false;
        for (String b : input.subList(1, input.size())) {
            int kind = "({[".indexOf(b);
            if (kind >= 0) {
                stack.append(b);
            } else if (!failed && stack.length() > 0 && "({[".indexOf(stack.charAt(stack.length() - 1))
                    == ")}]".indexOf(b)) {
                stack.setLength(stack.length() - 1);
            } else {
                failed = true;
            }
            labels.add(failed ? "F" : stack.length() == 0 ? "T" : "P");
        }
        return labels;
    }

    private static void assertAllCorrect(String task, List<Example> examples) {
        Evaluator evaluator = Evaluator.of(session.sop("task_" + task));
        SOp sop = session.sop("task_" + task);
        int scored = 0;
        for (Example example : examples) {
            Column column = evaluator.run(Inputs.strings(example.input())).column(sop);
            for (int i = 0; i < example.length(); i++) {
                if (example.label(i) != null) {
                    scored++;
                    assertThat(Py.str(column.atom(i))).as("%s on %s at %d", task, example.input(), i)
                            .isEqualTo(example.label(i));
                }
            }
        }
        assertThat(scored).isPositive();
    }
}
