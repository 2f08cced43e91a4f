package dev.tprog.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A readable account of one run: every variable's value at every position, where each head
 * looked, which table row each MLP used, and which features decided each prediction.
 */
public final class Explanation {
    private final Program program;
    private final Trace trace;
    private final List<String> tokens;
    private final StringBuilder out = new StringBuilder();
    /** Each line: a label and one cell per position, or just a label (a heading). */
    private final List<List<String>> lines = new ArrayList<>();

    private Explanation(Program program, List<String> tokens) {
        Executor executor = new Executor(program);
        this.program = program;
        this.tokens = tokens;
        this.trace = executor.trace(executor.encode(tokens));
    }

    public static String of(Program program, List<String> tokens) {
        return new Explanation(program, tokens).text();
    }

    private String text() {
        List<String> read = values(Program.TOKENS);
        if (!read.equals(tokens)) { // some token is unknown and reads as <unk>: show both
            row("input", tokens);
        }
        row("tokens", read);
        row("positions", values(Program.POSITIONS));
        int head = 0;
        for (int l = 0; l < program.layers().size(); l++) {
            heading("layer " + l);
            for (Operation operation : program.layers().get(l).operations()) {
                heading("  " + describe(operation));
                if (operation instanceof CategoricalAttention) {
                    row("    attends to", positions(trace.attended()[head++]));
                }
                row("    " + operation.name(), values(operation.name()));
            }
        }
        heading("prediction");
        row("  class", predictions());
        render();
        out.append("\nwhy (the features that favour each prediction most over the runner-up):\n");
        switch (program.classifier().readout()) {
            case EACH_POSITION -> {
                for (int i = 0; i < trace.length(); i++) {
                    int position = i;
                    out.append(reason(Integer.toString(i), trace.logits()[i], trace.predictions()[i],
                            terms(term -> contribution(term, position)), terms(term -> termName(term, position))))
                            .append('\n');
                }
            }
            case POOLED -> out.append(reason("0, from the mean over all positions", trace.pooled(),
                    trace.predictions()[0], terms(this::meanContribution), terms(Explanation::label))).append('\n');
        }
        return out.toString();
    }

    /** Something about each classifier term, in term order. */
    private <T> List<T> terms(Function<ClassifierTerm, T> about) {
        return program.classifier().terms().stream().map(about).toList();
    }

    private void heading(String text) {
        lines.add(List.of(text));
    }

    private void row(String label, List<String> cells) {
        List<String> line = new ArrayList<>();
        line.add(label);
        line.addAll(cells);
        lines.add(line);
    }

    /** The rows as a table: a column per position, each as wide as its widest cell. */
    private void render() {
        int labelWidth = lines.stream().filter(line -> line.size() > 1).mapToInt(line -> line.get(0).length()).max()
                .orElse(0);
        int[] widths = new int[tokens.size()];
        for (List<String> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                widths[i - 1] = Math.max(widths[i - 1], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder(line.size() == 1 ? line.get(0)
                    : String.format("%-" + labelWidth + "s", line.get(0)));
            for (int i = 1; i < line.size(); i++) {
                text.append("  ").append(String.format("%-" + widths[i - 1] + "s", line.get(i)));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }

    private String describe(Operation operation) {
        if (operation instanceof CategoricalAttention attention) {
            return operation.name() + " = " + attention.value() + " at the closest position whose " + attention.key()
                    + " matches " + attention.query();
        } else if (operation instanceof NumericalAttention attention) {
            return operation.name() + " = sum of " + attention.value() + " over positions whose " + attention.key()
                    + " matches " + attention.query();
        } else if (operation instanceof CategoricalMlp || operation instanceof NumericalMlp) {
            return operation.name() + " = table lookup of (" + String.join(", ", operation.reads()) + ")";
        }
        throw new AssertionError(operation);
    }

    /**
     * Why a prediction won: the terms that favour it most over the runner-up class, with the
     * margin each contributes.
     */
    private String reason(String where, double[] logits, int best, List<double[]> contributions, List<String> names) {
        int second = -1;
        for (int c = 0; c < logits.length; c++) {
            if (c != best && (second < 0 || logits[c] > logits[second])) {
                second = c;
            }
        }
        List<String> classes = program.classifier().classes();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s: %s (logit %.3f)", where,
                classes.get(best), logits[best]));
        if (second < 0) {
            return line.toString();
        }
        line.append(String.format(Locale.ROOT, " over %s (%.3f):", classes.get(second), logits[second]));
        List<double[]> margins = new ArrayList<>();
        for (int t = 0; t < contributions.size(); t++) {
            margins.add(new double[] {contributions.get(t)[best] - contributions.get(t)[second], t});
        }
        margins.sort(Comparator.comparingDouble((double[] m) -> -m[0]));
        for (double[] margin : margins.subList(0, Math.min(3, margins.size()))) {
            line.append(String.format(Locale.ROOT, " %s %+.3f", names.get((int) margin[1]), margin[0]));
        }
        return line.toString();
    }

    /** A term's contribution to the pooled logits: its mean over the positions, pooled as the logits are. */
    private double[] meanContribution(ClassifierTerm term) {
        double[][] contributions = new double[trace.length()][];
        for (int i = 0; i < contributions.length; i++) {
            contributions[i] = contribution(term, i);
        }
        return Classifier.pooled(contributions, 0, contributions.length);
    }

    private double[] contribution(ClassifierTerm term, int i) {
        int classes = program.classifier().classes().size();
        double[] contribution = new double[classes];
        for (int c = 0; c < classes; c++) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                contribution[c] = categorical.weight(trace.values(categorical.variable())[i], c);
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                contribution[c] = (double) numerical.weights().get(c) * trace.values(numerical.variable())[i];
            } else if (term instanceof ClassifierTerm.Constant constant) {
                contribution[c] = constant.weights().get(c);
            } else {
                throw new AssertionError(term);
            }
        }
        return contribution;
    }

    /** A term with its variable's value at position i. */
    private String termName(ClassifierTerm term, int i) {
        return term instanceof ClassifierTerm.Constant ? label(term) : label(term) + "=" + values(label(term)).get(i);
    }

    /** A term by its variable, or its origin for a constant. */
    private static String label(ClassifierTerm term) {
        if (term instanceof ClassifierTerm.Categorical categorical) {
            return categorical.variable();
        } else if (term instanceof ClassifierTerm.Numerical numerical) {
            return numerical.variable();
        } else if (term instanceof ClassifierTerm.Constant constant) {
            return "constant(" + constant.origin() + ")";
        }
        throw new AssertionError(term);
    }

    /** A variable's values at each position, by name. */
    private List<String> values(String variable) {
        int[] raw = trace.values(variable);
        Variable defined = program.variable(variable).orElseThrow();
        List<String> names = new ArrayList<>();
        for (int value : raw) {
            names.add(defined instanceof Variable.Categorical categorical ? categorical.values().name(value)
                    : Integer.toString(value));
        }
        return names;
    }

    private List<String> predictions() {
        List<String> names = new ArrayList<>();
        for (int prediction : trace.predictions()) {
            names.add(prediction < 0 ? "-" : program.classifier().classes().get(prediction));
        }
        return names;
    }

    private static List<String> positions(int[] attended) {
        List<String> names = new ArrayList<>();
        for (int position : attended) {
            names.add(Integer.toString(position));
        }
        return names;
    }
}
