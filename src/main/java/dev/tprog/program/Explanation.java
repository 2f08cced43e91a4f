package dev.tprog.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
        row("tokens", tokens);
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
        for (int i = 0; i < trace.length(); i++) {
            out.append(reason(i)).append('\n');
        }
        return out.toString();
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
     * Why position i got its class: the terms that favour it most over the runner-up class,
     * with the margin each contributes.
     */
    private String reason(int i) {
        double[] logits = trace.logits()[i];
        int best = trace.predictions()[i];
        int second = -1;
        for (int c = 0; c < logits.length; c++) {
            if (c != best && (second < 0 || logits[c] > logits[second])) {
                second = c;
            }
        }
        List<String> classes = program.classifier().classes();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %d: %s (logit %.3f)", i, classes.get(best),
                logits[best]));
        if (second < 0) {
            return line.toString();
        }
        line.append(String.format(Locale.ROOT, " over %s (%.3f):", classes.get(second), logits[second]));
        List<double[]> margins = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ClassifierTerm term : program.classifier().terms()) {
            double[] contribution = contribution(term, i);
            margins.add(new double[] {contribution[best] - contribution[second], margins.size()});
            names.add(termName(term, i));
        }
        margins.sort(Comparator.comparingDouble((double[] m) -> -m[0]));
        for (double[] margin : margins.subList(0, Math.min(3, margins.size()))) {
            line.append(String.format(Locale.ROOT, " %s %+.3f", names.get((int) margin[1]), margin[0]));
        }
        return line.toString();
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

    private String termName(ClassifierTerm term, int i) {
        if (term instanceof ClassifierTerm.Categorical categorical) {
            return categorical.variable() + "=" + values(categorical.variable()).get(i);
        } else if (term instanceof ClassifierTerm.Numerical numerical) {
            return numerical.variable() + "=" + values(numerical.variable()).get(i);
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
            names.add(program.classifier().classes().get(prediction));
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
