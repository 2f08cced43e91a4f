package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates RASP graphs on inputs. Built once per set of root nodes: the graph is sorted so that
 * every node comes after its inputs, and each node gets a slot; {@link #run} then fills the slots
 * in order with {@link Column}s and {@link BitMatrix}es, each node computed exactly once.
 */
public final class Evaluator {
    private final Node[] order;
    private final int[][] inputSlots;
    private final Map<Node, Integer> slotOf = new IdentityHashMap<>();

    private Evaluator(List<Node> order) {
        this.order = order.toArray(Node[]::new);
        this.inputSlots = new int[this.order.length][];
        for (int k = 0; k < this.order.length; k++) {
            slotOf.put(this.order[k], k);
        }
        for (int k = 0; k < this.order.length; k++) {
            List<Node> inputs = this.order[k].inputs();
            inputSlots[k] = new int[inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                inputSlots[k][i] = slotOf.get(inputs.get(i));
            }
        }
    }

    /** An evaluator for everything {@code roots} depend on. */
    public static Evaluator of(Collection<? extends Node> roots) {
        return new Evaluator(topologicalOrder(roots));
    }

    public static Evaluator of(Node root) {
        return of(List.of(root));
    }

    /** Evaluates {@code sop} on {@code input} (a one-off; reuse an Evaluator to run many inputs). */
    public static Column evaluate(SOp sop, List<Atom> input) {
        return of(sop).run(input).column(sop);
    }

    /**
     * Computes every node on {@code input}.
     *
     * @throws EvalError naming the node that failed
     */
    public Results run(List<Atom> input) {
        if (input.isEmpty()) {
            throw new RaspError("RASP sequences/selectors expect non-empty iterables, got: []");
        }
        Object[] slots = new Object[order.length];
        for (int k = 0; k < order.length; k++) {
            try {
                slots[k] = compute(order[k], slots, inputSlots[k], input);
            } catch (EvalError e) {
                throw e;
            } catch (RaspError e) {
                throw new EvalError(order[k], e.getMessage());
            }
        }
        return new Results(slots);
    }

    /** The values of one run, by node. */
    public final class Results {
        private final Object[] slots;

        private Results(Object[] slots) {
            this.slots = slots;
        }

        public Column column(SOp sop) {
            return (Column) slots[slot(sop)];
        }

        public BitMatrix matrix(Selector selector) {
            return (BitMatrix) slots[slot(selector)];
        }

        private int slot(Node node) {
            Integer slot = slotOf.get(node);
            if (slot == null) {
                throw new IllegalArgumentException("node was not among this evaluator's roots");
            }
            return slot;
        }
    }

    private static Object compute(Node node, Object[] slots, int[] in, List<Atom> input) {
        int n = input.size();
        if (node instanceof SOp.Tokens t) {
            return Elementwise.tokens(t.conversion, input);
        }
        if (node instanceof SOp.Indices) {
            return Elementwise.indices(n);
        }
        if (node instanceof SOp.Constant c) {
            return Elementwise.constant(c.value, n);
        }
        if (node instanceof SOp.Map m) {
            return Elementwise.map(m.op, (Column) slots[in[0]]);
        }
        if (node instanceof SOp.Zip z) {
            return Elementwise.zip(z.op, (Column) slots[in[0]], (Column) slots[in[1]]);
        }
        if (node instanceof SOp.Choose) {
            return Elementwise.choose((Column) slots[in[0]], (Column) slots[in[1]], (Column) slots[in[2]]);
        }
        if (node instanceof SOp.Lookup l) {
            return Elementwise.lookup(l.table, (Column) slots[in[0]]);
        }
        if (node instanceof SOp.Member m) {
            return Elementwise.member((Column) slots[in[0]], m.container);
        }
        if (node instanceof SOp.Aggregate a) {
            return Aggregation.aggregate((BitMatrix) slots[in[0]], (Column) slots[in[1]], a.fallback);
        }
        return computeSelector(node, slots, in);
    }

    private static BitMatrix computeSelector(Node node, Object[] slots, int[] in) {
        if (node instanceof Selector.Select s) {
            return Selection.select((Column) slots[in[0]], (Column) slots[in[1]], s.comparison);
        }
        if (node instanceof Selector.Closest) {
            return Selection.closest((BitMatrix) slots[in[0]]);
        }
        if (node instanceof Selector.And) {
            return ((BitMatrix) slots[in[0]]).and((BitMatrix) slots[in[1]]);
        }
        if (node instanceof Selector.Or) {
            return ((BitMatrix) slots[in[0]]).or((BitMatrix) slots[in[1]]);
        }
        if (node instanceof Selector.Not) {
            return ((BitMatrix) slots[in[0]]).not();
        }
        throw new AssertionError(node);
    }

    /** Depth-first post-order with an explicit stack, so deep graphs cannot overflow the Java stack. */
    static List<Node> topologicalOrder(Collection<? extends Node> roots) {
        List<Node> order = new ArrayList<>();
        Map<Node, Boolean> done = new IdentityHashMap<>(); // false: on the stack, true: emitted
        Deque<Node> stack = new ArrayDeque<>();
        for (Node root : roots) {
            stack.push(root);
            while (!stack.isEmpty()) {
                Node top = stack.peek();
                Boolean state = done.get(top);
                if (state == null) {
                    done.put(top, false);
                    List<Node> inputs = top.inputs();
                    for (int i = inputs.size() - 1; i >= 0; i--) {
                        if (!done.containsKey(inputs.get(i))) {
                            stack.push(inputs.get(i));
                        }
                    }
                } else {
                    stack.pop();
                    if (!state) {
                        done.put(top, true);
                        order.add(top);
                    }
                }
            }
        }
        return order;
    }
}
