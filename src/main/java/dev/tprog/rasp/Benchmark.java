package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the evaluation of the bundled task programs ({@code lib/tasks.rasp}) on random task-like
 * inputs: the median milliseconds per evaluation after a warm-up, a fresh input every run.
 */
public final class Benchmark {
    /** A benchmarked program: its s-op in tasks.rasp and how its inputs look. */
    public enum Program {
        SORT("task_sort", "0123456789", true),
        HIST("task_hist", "0123456789", false),
        REVERSE("task_reverse", "0123456789", true),
        MOST_FREQ("task_most_freq", "0123456789", false),
        DYCK2("task_dyck2", "(){}", false);

        final String sop;
        final String alphabet;
        final boolean eos;

        Program(String sop, String alphabet, boolean eos) {
            this.sop = sop;
            this.alphabet = alphabet;
            this.eos = eos;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code <s>}, random symbols, and {@code </s>} where the task has it: n tokens in all. */
        List<Atom> input(int n, Random random) {
            List<Atom> input = new ArrayList<>(n);
            input.add(new Value.Str("<s>"));
            int content = n - 1 - (eos ? 1 : 0);
            for (int i = 0; i < content; i++) {
                input.add(new Value.Str(String.valueOf(alphabet.charAt(random.nextInt(alphabet.length())))));
            }
            if (eos) {
                input.add(new Value.Str("</s>"));
            }
            return input;
        }
    }

    /** The measured milliseconds per evaluation, one row per program, one column per length. */
    public record Table(List<Program> programs, int[] lengths, double[][] millis) {}

    private Benchmark() {}

    public static Table run(List<Program> programs, int[] lengths, long minMillis, long seed) {
        Interpreter session = new Interpreter();
        session.run(new Source("<bench>", "load \"tasks\";"), new Listener() {});
        double[][] millis = new double[programs.size()][lengths.length];
        Random random = new Random(seed);
        for (int p = 0; p < programs.size(); p++) {
            Evaluator evaluator = Evaluator.of(session.sop(programs.get(p).sop));
            for (int l = 0; l < lengths.length; l++) {
                millis[p][l] = time(evaluator, programs.get(p), lengths[l], minMillis, random);
            }
        }
        return new Table(programs, lengths, millis);
    }

    /** Warm up for {@code minMillis}, then the median of at least 5 runs filling another {@code minMillis}. */
    private static double time(Evaluator evaluator, Program program, int n, long minMillis, Random random) {
        long warmUntil = System.nanoTime() + minMillis * 1_000_000;
        while (System.nanoTime() < warmUntil) {
            evaluator.run(program.input(n, random));
        }
        List<Double> samples = new ArrayList<>();
        long until = System.nanoTime() + minMillis * 1_000_000;
        while (samples.size() < 5 || System.nanoTime() < until) {
            List<Atom> input = program.input(n, random);
            long start = System.nanoTime();
            evaluator.run(input);
            samples.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** The table as Markdown. */
    public static void print(Table table, PrintWriter out) {
        StringBuilder header = new StringBuilder("| program |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int n : table.lengths()) {
            header.append(" n=").append(n).append(" |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        for (int p = 0; p < table.programs().size(); p++) {
            StringBuilder row = new StringBuilder("| " + table.programs().get(p).label() + " |");
            for (double ms : table.millis()[p]) {
                row.append(' ').append(String.format(Locale.ROOT, ms < 1 ? "%.4f" : "%.2f", ms)).append(" |");
            }
            out.println(row);
        }
        out.flush();
    }

    public static List<Program> all() {
        return Arrays.asList(Program.values());
    }
}
