package dev.tprog.synth;

import dev.tprog.io.InputException;
import dev.tprog.task.Task;
import dev.tprog.task.Tasks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The synthesis benchmark: every task of the task layer at its standard size, then the simple
 * tasks, each with the same limits; a task not solved is a row that says why.
 */
public final class Benchmark {
    private Benchmark() {}

    /** One task's result: the outcome, or the reason no search started. */
    public record Row(String task, Synthesizer.Outcome outcome, String refused) {}

    public static List<Task> tasks() {
        return Stream.concat(Tasks.all().stream(), SimpleTask.ALL.stream()).toList();
    }

    public static List<Row> run(List<Task> tasks, int examples, int heldOut, long seed, Limits limits, PrintWriter progress) {
        List<Row> rows = new ArrayList<>();
        for (Task task : tasks) {
            Row row;
            try {
                Specification spec = Specification.split(task.name(),
                        task.generate(task.defaults(), examples + heldOut, seed), examples, heldOut);
                row = new Row(task.name(), Synthesizer.run(spec, limits), null);
            } catch (InputException e) {
                row = new Row(task.name(), null, e.getMessage());
            }
            progress.println(line(row));
            progress.flush();
            rows.add(row);
        }
        return rows;
    }

    /** The rows as a Markdown table. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| task | solved | time (s) | size | terms kept | held-out accuracy | program or reason |\n");
        out.append("|---|---|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            out.append(line(row)).append('\n');
        }
        return out.toString();
    }

    private static String line(Row row) {
        if (row.refused() != null) {
            return "| " + row.task() + " | no | - | - | - | - | " + row.refused() + " |";
        }
        Statistics s = row.outcome().search().statistics();
        String time = String.format("%.2f", s.elapsed().toNanos() / 1e9);
        if (row.outcome().search() instanceof SearchResult.Stopped stopped) {
            return "| " + row.task() + " | no | " + time + " | - | " + s.kept() + " | - | " + stopped.reason() + " |";
        }
        Synthesized p = row.outcome().program();
        return "| " + row.task() + " | yes | " + time + " | " + p.term().size() + " | " + s.kept() + " | "
                + String.format("%.1f%% of %d", 100 * p.accuracy(), p.scored()) + " | `" + p.term().toRasp() + "` |";
    }
}
