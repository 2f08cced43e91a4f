package dev.tprog.cli;

import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tprog data tasks}: the generators, their standard parameters and labels. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "List the task generators with their standard vocabulary size and lengths.")
final class DataTasksCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %5s %7s %7s %-6s %s%n", "task", "vocab", "min-len", "max-len", "causal", "labels");
        for (Task task : Tasks.all()) {
            TaskParams defaults = task.defaults();
            out.printf("%-12s %5d %7d %7d %-6s %s%n", task.name(), defaults.vocabSize(), defaults.minLength(),
                    defaults.maxLength(), task.causal() ? "yes" : "no", task.summary());
        }
        out.flush();
    }
}
