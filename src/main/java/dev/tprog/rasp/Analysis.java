package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transformer a RASP program needs, scheduled as the reference's {@code width_and_depth}
 * does: every s-op goes to the earliest layer its inputs allow (a select needs its keys and
 * queries one layer earlier; an aggregate sits in its selector's layer; element-wise s-ops run in
 * the MLP of their inputs' layer). A layer's heads are the distinct selectors it aggregates with.
 */
public final class Analysis {
    private final Interpreter session;
    private final SOp root;
    private final List<Node> nodes;
    private final Map<Node, Integer> depth = new IdentityHashMap<>();

    private Analysis(Interpreter session, SOp root) {
        this.session = session;
        this.root = root;
        this.nodes = Evaluator.topologicalOrder(List.of(root));
        for (Node node : nodes) {
            depth.put(node, depthOf(node));
        }
    }

    public static Analysis of(Interpreter session, SOp root) {
        return new Analysis(session, root);
    }

    private int depthOf(Node node) {
        int inputs = 0;
        for (Node in : node.inputs()) {
            inputs = Math.max(inputs, depth.get(in));
        }
        if (node instanceof Selector.Select) {
            return inputs + 1;
        }
        if (node instanceof SOp.Aggregate a) {
            return Math.max(depth.get(a.sop) + 1, depth.get(a.selector));
        }
        return inputs; // zipmaps, and selectors combined with and/or/not
    }

    /** The number of attention layers (the reference's "num layers"). */
    public int layers() {
        int layers = 0;
        for (Node node : nodes) {
            if (node instanceof SOp) {
                layers = Math.max(layers, depth.get(node));
            }
        }
        return layers;
    }

    /** The distinct selectors aggregated with in each layer 1..layers (its heads). */
    public Map<Integer, List<Selector>> heads() {
        Map<Integer, List<Selector>> heads = new LinkedHashMap<>();
        for (int layer = 1; layer <= layers(); layer++) {
            heads.put(layer, new ArrayList<>());
        }
        for (Node node : nodes) {
            if (node instanceof SOp.Aggregate a) {
                List<Selector> layer = heads.get(depth.get(a));
                if (layer.stream().noneMatch(s -> s == a.selector)) {
                    layer.add(a.selector);
                }
            }
        }
        return heads;
    }

    /** The widest layer's number of heads. */
    public int maxHeads() {
        return heads().values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The report {@code draw(...)} and {@code tprog rasp --analyse} print; values on {@code example} if given. */
    public String render(List<Atom> example) {
        return render(example, null);
    }

    /**
     * The report, plus each s-op's value set over {@code inputs} (all inputs up to a length, or
     * a sample of them: see {@link #inputs}) when that is non-null.
     */
    public String render(List<Atom> example, List<List<Atom>> inputs) {
        StringBuilder out = new StringBuilder();
        Map<Integer, List<Selector>> heads = heads();
        out.append("analysing s-op: ").append(session.nameOf(root)).append('\n');
        out.append("layers: ").append(layers()).append(", max heads per layer: ").append(maxHeads()).append('\n');
        for (Map.Entry<Integer, List<Selector>> layer : heads.entrySet()) {
            List<String> names = layer.getValue().stream().map(session::nameOf).toList();
            out.append("  layer ").append(layer.getKey()).append(": ").append(names.size())
                    .append(names.size() == 1 ? " head" : " heads").append(" [").append(String.join(", ", names))
                    .append("], MLP: ").append(mlps(layer.getKey())).append(" s-ops\n");
        }
        out.append(sopTable(example, inputs == null ? null : valueSets(inputs)));
        return out.toString();
    }

    private int mlps(int layer) {
        int count = 0;
        for (Node node : nodes) {
            if (isElementwise(node) && depth.get(node) == layer) {
                count++;
            }
        }
        return count;
    }

    private static boolean isElementwise(Node node) {
        return node instanceof SOp.Map || node instanceof SOp.Zip || node instanceof SOp.Choose
                || node instanceof SOp.Lookup || node instanceof SOp.Member;
    }

    /** Every input over {@code vocab} of length 1..maxLength (after {@code prefix}), or {@code limit} random ones. */
    public static List<List<Atom>> inputs(List<String> vocab, int maxLength, List<String> prefix, int limit,
            long seed) {
        double all = 0;
        for (int n = 1; n <= maxLength; n++) {
            all += Math.pow(vocab.size(), n);
        }
        List<List<Atom>> inputs = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        for (int k = 0; k < Math.min(all, limit); k++) {
            int n;
            long index;
            if (all <= limit) {
                long rest = k;
                n = 1;
                while (rest >= Math.pow(vocab.size(), n)) {
                    rest -= (long) Math.pow(vocab.size(), n);
                    n++;
                }
                index = rest;
            } else {
                n = 1 + random.nextInt(maxLength);
                index = -1;
            }
            List<Atom> input = new ArrayList<>(Inputs.strings(prefix));
            for (int i = 0; i < n; i++) {
                int symbol = index < 0 ? random.nextInt(vocab.size()) : (int) (index % vocab.size());
                index = index < 0 ? index : index / vocab.size();
                input.add(new Value.Str(vocab.get(symbol)));
            }
            inputs.add(input);
        }
        return inputs;
    }

    /** The values each s-op takes on the inputs (an input the program fails on is skipped). */
    private Map<Node, java.util.Set<String>> valueSets(List<List<Atom>> inputs) {
        Map<Node, java.util.Set<String>> sets = new IdentityHashMap<>();
        Evaluator evaluator = Evaluator.of(root);
        for (List<Atom> input : inputs) {
            Evaluator.Results results;
            try {
                results = evaluator.run(input);
            } catch (RaspError e) {
                continue;
            }
            for (Node node : nodes) {
                if (node instanceof SOp sop) {
                    Column c = results.column(sop);
                    java.util.Set<String> set = sets.computeIfAbsent(node, k -> new java.util.TreeSet<>());
                    for (int i = 0; i < c.length() && set.size() <= MAX_VALUES; i++) {
                        set.add(Format.small(c.atom(i)));
                    }
                }
            }
        }
        return sets;
    }

    private static final int MAX_VALUES = 24;

    private String sopTable(List<Atom> example, Map<Node, java.util.Set<String>> valueSets) {
        StringBuilder out = new StringBuilder("s-ops (name | layer | kind | encoding | on the input | value set):\n");
        Evaluator.Results results = example == null ? null : Evaluator.of(root).run(example);
        for (Node node : nodes) {
            if (!(node instanceof SOp sop) || node instanceof SOp.Constant) {
                continue;
            }
            Encoding encoding = session.encodingOf(sop);
            out.append("  ").append(session.nameOf(sop)).append(" | layer ").append(depth.get(sop)).append(" | ")
                    .append(kind(sop)).append(" | ")
                    .append(encoding == null ? "categorical (default)" : encoding.label());
            if (results != null) {
                out.append(" | ").append(Format.sequence(results.column(sop)));
            }
            if (valueSets != null) {
                java.util.Set<String> set = valueSets.getOrDefault(sop, java.util.Set.of());
                out.append(" | values ").append(set.size() > MAX_VALUES ? "more than " + MAX_VALUES
                        : "{" + String.join(", ", set) + "}");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String kind(SOp sop) {
        if (sop instanceof SOp.Aggregate) {
            return "attention";
        }
        return isElementwise(sop) ? "mlp" : "input";
    }
}
