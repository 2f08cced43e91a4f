package dev.tprog.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a Program as a RASP file that tprog's interpreter runs: the s-op {@code prediction}
 * holds the predicted class of every position (of a pooled program: the input's class, at every
 * position). Categorical heads use tprog's {@code select_closest}/{@code closest} extension
 * (the model's selection rule), numerical heads are {@code mean * width}, MLPs are table
 * lookups, and the classifier adds each class's weights in the documented order, so the logits
 * are the executor's to the bit.
 */
public final class RaspEmitter {
    private final Program program;
    private final Map<String, Variable> variables;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> slotTables = new HashSet<>();

    private RaspEmitter(Program program) {
        this.program = program;
        this.variables = program.variableMap();
    }

    /** @throws IllegalArgumentException for a token or class RASP cannot write (a double quote, a line break) */
    public static String emit(Program program) {
        return new RaspEmitter(program).file();
    }

    private String file() {
        line("# Transformer Program " + program.name() + ", written by tprog. The s-op prediction holds the");
        line(switch (program.classifier().readout()) {
            case EACH_POSITION -> "# predicted class of each position. Run it on an input with:";
            case POOLED -> "# class of the input at every position (a pooled classifier predicts position 0 alone,\n"
                    + "# and RASP has no \"nothing\" for the others). Run it on an input with:";
        });
        line("#   tprog rasp this_file.rasp --tokens \"<s> 3 1 4\"");
        line("# Categorical heads use tprog's select_closest/closest (docs/rasp.md): the nearest matching key,");
        line("# the left one on a tie, the query itself only if it is the only match, else position 0.");
        line("");
        line("positions = indices;");
        line("ones = indicator(indices >= 0);");
        if (program.readsUnknownTokens()) {
            line("# a token outside the vocabulary reads as <unk>, as the model read it");
            line("tokens = tokens if (tokens in " + list(program.vocabulary()) + ") else \"<unk>\";");
        }
        for (TokenEmbedding embedding : program.embeddings()) {
            List<String> entries = new ArrayList<>();
            for (int t = 0; t < program.vocabulary().size(); t++) {
                entries.add(literal(program.vocabulary(), t) + ": " + literal(embedding.values(), embedding.valueOf(t)));
            }
            line("_" + embedding.name() + "_of_token = {" + String.join(", ", entries) + "};");
            line(embedding.name() + " = _" + embedding.name() + "_of_token[tokens];");
        }
        for (int l = 0; l < program.layers().size(); l++) {
            line("");
            line("# layer " + l);
            program.layers().get(l).operations().forEach(this::operation);
        }
        classifier();
        return out.toString();
    }

    private void operation(Operation operation) {
        if (operation instanceof Attention attention) {
            attention(attention);
        } else if (operation instanceof CategoricalMlp mlp) {
            categoricalMlp(mlp);
        } else if (operation instanceof NumericalMlp mlp) {
            numericalMlp(mlp);
        } else {
            throw new AssertionError(operation);
        }
    }

    /** A head's selector: key matches the value its query value maps to (then only keys to the left when causal). */
    private void attention(Attention attention) {
        ValueSet queries = values(attention.query());
        ValueSet keys = values(attention.key());
        String matched = attention.query();
        if (Branches.equalNames(attention.predicate(), queries, keys).map(List::size).orElse(-1) != queries.size()) {
            matched = "_" + attention.name() + "_match[" + attention.query() + "]";
            String none = noMatch(keys);
            List<String> entries = new ArrayList<>();
            for (int q = 0; q < queries.size(); q++) {
                int k = attention.predicate().keyOf(q);
                entries.add(literal(queries, q) + ": " + (k == Predicate.NONE ? none : literal(keys, k)));
            }
            line("_" + attention.name() + "_match = {" + String.join(", ", entries) + "};  # query value -> key value");
        }
        String select = "select(" + attention.key() + ", " + matched + ", ==)";
        if (program.causal()) {
            select = select + " and select(indices, indices, <=)";
        }
        if (attention instanceof CategoricalAttention) {
            String selector = program.causal() ? "closest(" + select + ")"
                    : "select_closest(" + attention.key() + ", " + matched + ", ==)";
            line(attention.name() + " = aggregate(" + selector + ", " + attention.value() + ");");
        } else {
            // the sum over the matching keys: their mean times their number (0 when none match)
            line("_" + attention.name() + "_keys = " + select + ";");
            line(attention.name() + " = round(aggregate(_" + attention.name() + "_keys, " + attention.value()
                    + ") * selector_width(_" + attention.name() + "_keys));");
        }
    }

    /** A key value no key takes, for query values that match nothing. */
    private static String noMatch(ValueSet keys) {
        if (keys.kind() == ValueSet.Kind.INTEGER) {
            return Integer.toString(keys.names().stream().mapToInt(Integer::parseInt).min().orElse(0) - 1);
        }
        String none = "<none>";
        while (keys.slotOf(none) >= 0) {
            none = none + "_";
        }
        return string(none);
    }

    private void categoricalMlp(CategoricalMlp mlp) {
        List<String> slots = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (String input : mlp.inputs()) {
            slots.add(slotOf(input));
            sizes.add(values(input).size());
        }
        line("_" + mlp.name() + "_table = [" + join(mlp.outputValues(), mlp.table()) + "];  # by input values, row-major");
        line(mlp.name() + " = _" + mlp.name() + "_table[" + rowMajor(slots, sizes) + "];");
    }

    /** Numerical inputs index a dense table over the listed inputs' range; the last entry is the default. */
    private void numericalMlp(NumericalMlp mlp) {
        int arity = mlp.inputs().size();
        int[] low = new int[arity];
        int[] extent = new int[arity];
        for (int a = 0; a < arity; a++) {
            int index = a;
            low[a] = mlp.table().keySet().stream().mapToInt(key -> key.get(index)).min().orElse(0);
            extent[a] = mlp.table().keySet().stream().mapToInt(key -> key.get(index)).max().orElse(-1) - low[a] + 1;
        }
        int cells = 1;
        for (int size : extent) {
            cells *= Math.max(size, 0);
        }
        int[] table = new int[cells + 1];
        java.util.Arrays.fill(table, mlp.defaultOutput());
        mlp.table().forEach((input, output) -> {
            int cell = 0;
            for (int a = 0; a < arity; a++) {
                cell = cell * extent[a] + input.get(a) - low[a];
            }
            table[cell] = output;
        });
        String name = mlp.name();
        line("_" + name + "_table = [" + join(mlp.outputValues(), table) + "];  # the last entry: any other input");
        if (cells == 0) {
            line(name + " = _" + name + "_table[0 * " + mlp.inputs().get(0) + "];");
            return;
        }
        List<String> offsets = new ArrayList<>();
        List<String> inRange = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int a = 0; a < arity; a++) {
            String input = mlp.inputs().get(a);
            offsets.add("(" + input + " - " + low[a] + ")");
            inRange.add(input + " >= " + low[a] + " and " + input + " <= " + (low[a] + extent[a] - 1));
            sizes.add(extent[a]);
        }
        line("_" + name + "_row = " + rowMajor(offsets, sizes) + " if (" + String.join(" and ", inRange) + ") else "
                + cells + ";");
        line(name + " = _" + name + "_table[_" + name + "_row];");
    }

    private void classifier() {
        List<String> classes = program.classifier().classes();
        line("");
        line("# classifier: each class's logit adds the weights of every feature, in this order");
        List<List<String>> summands = new ArrayList<>();
        classes.forEach(c -> summands.add(new ArrayList<>()));
        int constant = 0;
        for (ClassifierTerm term : program.classifier().terms()) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                String table = "W_" + categorical.variable();
                List<String> weights = new ArrayList<>();
                categorical.rows().forEach(row -> weights.add(numbers(row)));
                line(table + " = [" + String.join(",  ", weights) + "];  # by value, then class");
                String row = classes.size() + " * " + slotOf(categorical.variable());
                for (int c = 0; c < classes.size(); c++) {
                    summands.get(c).add(table + "[" + row + " + " + c + "]");
                }
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                String table = "W_" + numerical.variable();
                line(table + " = [" + numbers(numerical.weights()) + "];");
                for (int c = 0; c < classes.size(); c++) {
                    summands.get(c).add(table + "[" + c + "] * " + numerical.variable());
                }
            } else if (term instanceof ClassifierTerm.Constant constantTerm) {
                String table = "CONSTANT_" + constant++;
                line(table + " = [" + numbers(constantTerm.weights()) + "];  # from " + constantTerm.origin());
                for (int c = 0; c < classes.size(); c++) {
                    summands.get(c).add(table + "[" + c + "]");
                }
            } else {
                throw new AssertionError(term);
            }
        }
        for (int c = 0; c < classes.size(); c++) {
            List<String> sum = summands.get(c);
            line("_logit_" + c + " = " + (sum.isEmpty() ? "0 * indices" : String.join(" + ", sum)) + ";");
        }
        String logit = switch (program.classifier().readout()) {
            case EACH_POSITION -> "_logit_";
            case POOLED -> {
                // a numerical aggregate adds the selected values in position order from 0, then divides by
                // their number: the executor's mean to the bit
                line("");
                line("# pooled: each class's logit is its mean over all positions");
                line("_all_positions = select(indices, indices, TRUE);");
                for (int c = 0; c < classes.size(); c++) {
                    line("_mean_logit_" + c + " = aggregate(_all_positions, _logit_" + c + ");");
                }
                yield "_mean_logit_";
            }
        };
        line("");
        line("# the first class with the largest logit");
        line("def _better(best, label, logit, name) {");
        line("\treturn (logit if logit > best else best), (name if logit > best else label);");
        line("}");
        line("_best, prediction = " + logit + "0, (" + string(classes.get(0)) + " if indices >= 0 else "
                + string(classes.get(0)) + ");");
        for (int c = 1; c < classes.size(); c++) {
            line("_best, prediction = _better(_best, prediction, " + logit + c + ", " + string(classes.get(c)) + ");");
        }
    }

    /** The slot of a categorical variable's value: the value itself when the values are 0 .. n-1. */
    private String slotOf(String variable) {
        ValueSet values = values(variable);
        if (values.equals(ValueSet.range(values.size()))) {
            return variable;
        }
        String table = "_" + variable + "_slot";
        if (slotTables.add(table)) {
            List<String> entries = new ArrayList<>();
            for (int slot = 0; slot < values.size(); slot++) {
                entries.add(literal(values, slot) + ": " + slot);
            }
            line(table + " = {" + String.join(", ", entries) + "};");
        }
        return table + "[" + variable + "]";
    }

    private static String rowMajor(List<String> parts, List<Integer> sizes) {
        String row = parts.get(0);
        for (int a = 1; a < parts.size(); a++) {
            row = (a == 1 ? row : "(" + row + ")") + " * " + sizes.get(a) + " + " + parts.get(a);
        }
        return row;
    }

    private ValueSet values(String variable) {
        return ((Variable.Categorical) variables.get(variable)).values();
    }

    private static String list(ValueSet values) {
        return values.names().stream().map(RaspEmitter::string).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String join(ValueSet values, int[] slots) {
        return java.util.Arrays.stream(slots).mapToObj(slot -> literal(values, slot)).collect(Collectors.joining(", "));
    }

    private static String literal(ValueSet values, int slot) {
        return values.kind() == ValueSet.Kind.INTEGER ? values.name(slot) : string(values.name(slot));
    }

    /** RASP strings have no escapes, so a value with a double quote or a line break cannot be written. */
    private static String string(String text) {
        if (text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException("RASP strings cannot hold '" + text
                    + "' (no double quotes or line breaks): this program cannot be written as RASP");
        }
        return "\"" + text + "\"";
    }

    /** Each float's exact double value in RASP's number syntax (digits, a point, digits; no exponent). */
    private static String numbers(Weights weights) {
        List<String> literals = new ArrayList<>();
        for (float weight : weights.toArray()) {
            String plain = new BigDecimal(Double.toString(Math.abs((double) weight))).toPlainString();
            plain = plain.contains(".") ? plain : plain + ".0";
            literals.add(weight < 0 ? "-" + plain : plain);
        }
        return String.join(", ", literals);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
