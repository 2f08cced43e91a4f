package dev.tprog.synth;

import dev.tprog.rasp.Comparison;

import java.util.List;

/**
 * Evaluates terms on the visible inputs over {@link Values}, with the semantics of the RASP
 * interpreter ({@code dev.tprog.rasp}): select row i (the query) picks key j when
 * {@code keys[j] op queries[i]}; aggregate passes one selected value through, averages several
 * numbers and gives 0 for none; selector_width counts selected keys. Where the interpreter
 * would fail (strings averaged or mixed with the default 0, numbers past 2^53) the result is
 * null and the term is dropped, so every kept term runs in the interpreter.
 */
final class Evaluator {
    /** The interpreter keeps s-op numbers exact up to 2^53 and rejects larger ints. */
    private static final double MAX_EXACT = 9007199254740992.0;

    private final Layout layout;
    private final double[] tokens;
    private final double[] indices;
    private final double[] lengths;

    Evaluator(Layout layout, List<List<String>> inputs) {
        this.layout = layout;
        int n = layout.positions();
        tokens = new double[n];
        indices = new double[n];
        lengths = new double[n];
        for (int e = 0; e < layout.examples(); e++) {
            List<String> input = inputs.get(e);
            for (int i = 0; i < input.size(); i++) {
                int at = layout.start(e) + i;
                tokens[at] = layout.code(input.get(i));
                indices[at] = i;
                lengths[at] = input.size();
            }
        }
    }

    Layout layout() {
        return layout;
    }

    /** The value of the whole term, evaluated bottom-up (for checks; the search reuses argument values). */
    Values evaluate(Term term) {
        Values[] args = new Values[term.arguments().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = evaluate(term.arguments().get(i));
            if (args[i] == null) {
                return null;
            }
        }
        return apply(term.production(), args);
    }

    /** The production applied to argument values, or null where the interpreter would fail. */
    Values apply(Production production, Values[] args) {
        Operator op = production.operator();
        if (op instanceof Operator.Input input) {
            return Values.sop(input(input.name()).clone());
        }
        if (op instanceof Operator.Constant constant) {
            double[] v = new double[layout.positions()];
            java.util.Arrays.fill(v, constant.value());
            return Values.sop(v);
        }
        if (op instanceof Operator.Arithmetic arithmetic) {
            return arithmetic(arithmetic.symbol(), args[0].sop(), args[1].sop());
        }
        if (op instanceof Operator.Compare compare) {
            double[] a = args[0].sop();
            double[] b = args[1].sop();
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = compare.comparison().holds(a[i], b[i]) ? 1 : 0;
            }
            return Values.sop(out);
        }
        if (op instanceof Operator.Indicator) {
            return Values.sop(args[0].sop().clone());
        }
        if (op instanceof Operator.IfElse) {
            double[] yes = args[0].sop();
            double[] condition = args[1].sop();
            double[] no = args[2].sop();
            double[] out = new double[yes.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = condition[i] != 0 ? yes[i] : no[i];
            }
            return Values.sop(out);
        }
        if (op instanceof Operator.Select select) {
            return select(select.comparison(), args);
        }
        if (op instanceof Operator.Combine combine) {
            long[] a = args[0].rows();
            long[] b = args[1].rows();
            long[] out = new long[a.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = combine.and() ? a[i] & b[i] : a[i] | b[i];
            }
            return Values.selector(out);
        }
        if (op instanceof Operator.Aggregate) {
            return aggregate(args[0].rows(), args[1].sop(), production.result() == Type.CAT);
        }
        if (op instanceof Operator.Width) {
            long[] rows = args[0].rows();
            double[] out = new double[rows.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Long.bitCount(rows[i]);
            }
            return Values.sop(out);
        }
        throw new AssertionError(op);
    }

    private double[] input(String name) {
        switch (name) {
            case "tokens":
                return tokens;
            case "indices":
                return indices;
            case "length":
                return lengths;
            default:
                throw new IllegalArgumentException("unknown input s-op '" + name + "' (known: tokens, indices, length)");
        }
    }

    private static Values arithmetic(char symbol, double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            double v = symbol == '+' ? a[i] + b[i] : symbol == '-' ? a[i] - b[i] : a[i] * b[i];
            if (Math.abs(v) > MAX_EXACT) {
                return null;
            }
            out[i] = v;
        }
        return Values.sop(out);
    }

    private Values select(Comparison comparison, Values[] args) {
        long[] rows = new long[layout.positions()];
        double[] keys = comparison == Comparison.TRUE ? null : args[0].sop();
        double[] queries = comparison == Comparison.TRUE ? null : args[1].sop();
        for (int e = 0; e < layout.examples(); e++) {
            int s = layout.start(e);
            int n = layout.length(e);
            long all = n == 64 ? -1L : (1L << n) - 1;
            for (int i = 0; i < n; i++) {
                if (comparison == Comparison.TRUE) {
                    rows[s + i] = all;
                } else if (i > 0 && queries[s + i] == queries[s + i - 1]) {
                    rows[s + i] = rows[s + i - 1]; // the same query selects the same keys (constant queries: every row)
                } else {
                    rows[s + i] = row(comparison, keys, s, n, queries[s + i]);
                }
            }
        }
        return Values.selector(rows);
    }

    /** The keys {@code select(keys, query, op)} selects in each example, for a constant query: the same in every row. */
    long[] keyMasks(Comparison comparison, double[] keys, double query) {
        long[] masks = new long[layout.examples()];
        for (int e = 0; e < masks.length; e++) {
            masks[e] = row(comparison, keys, layout.start(e), layout.length(e), query);
        }
        return masks;
    }

    /** The selector whose every row in example e selects {@code masks[e]}. */
    Values rowsOf(long[] masks) {
        long[] rows = new long[layout.positions()];
        for (int e = 0; e < masks.length; e++) {
            java.util.Arrays.fill(rows, layout.start(e), layout.start(e) + layout.length(e), masks[e]);
        }
        return Values.selector(rows);
    }

    /** The keys {@code keys[s + j] op query} selects, with the comparison chosen once per row rather than per key. */
    private static long row(Comparison comparison, double[] keys, int s, int n, double query) {
        long row = 0;
        switch (comparison) {
            case EQ -> {
                for (int j = 0; j < n; j++) {
                    row |= (keys[s + j] == query ? 1L : 0L) << j;
                }
            }
            case NE -> {
                for (int j = 0; j < n; j++) {
                    row |= (keys[s + j] != query ? 1L : 0L) << j;
                }
            }
            case LT -> {
                for (int j = 0; j < n; j++) {
                    row |= (keys[s + j] < query ? 1L : 0L) << j;
                }
            }
            case GT -> {
                for (int j = 0; j < n; j++) {
                    row |= (keys[s + j] > query ? 1L : 0L) << j;
                }
            }
            case LE -> {
                for (int j = 0; j < n; j++) {
                    row |= (keys[s + j] <= query ? 1L : 0L) << j;
                }
            }
            case GE -> {
                for (int j = 0; j < n; j++) {
                    row |= (keys[s + j] >= query ? 1L : 0L) << j;
                }
            }
            default -> {
                for (int j = 0; j < n; j++) {
                    row |= (comparison.holds(keys[s + j], query) ? 1L : 0L) << j;
                }
            }
        }
        return row;
    }

    /**
     * Categorical values pass through only when every row selects exactly one key: the
     * interpreter cannot average strings, nor mix them with the default 0.
     */
    private Values aggregate(long[] rows, double[] values, boolean categorical) {
        double[] out = new double[rows.length];
        for (int e = 0; e < layout.examples(); e++) {
            int s = layout.start(e);
            for (int i = s; i < s + layout.length(e); i++) {
                long row = rows[i];
                int count = Long.bitCount(row);
                if (categorical && count != 1) {
                    return null;
                }
                if (count == 0) {
                    out[i] = 0;
                } else if (count == 1) {
                    out[i] = values[s + Long.numberOfTrailingZeros(row)];
                } else {
                    double sum = 0;
                    for (long r = row; r != 0; r &= r - 1) {
                        sum += values[s + Long.numberOfTrailingZeros(r)];
                    }
                    out[i] = sum / count;
                }
            }
        }
        return Values.sop(out);
    }
}
