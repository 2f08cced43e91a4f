package dev.tprog.synth;

import dev.tprog.task.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The visible labels laid out as {@link Values} are: which positions count and what they must hold. */
final class Target {
    private final Layout layout;
    private final int[] scored;
    private final double[] categorical;
    private final double[] numerical;

    Target(List<Example> visible, Layout layout) {
        this.layout = layout;
        int n = layout.positions();
        int[] at = new int[n];
        categorical = new double[n];
        numerical = new double[n];
        int count = 0;
        for (int e = 0; e < visible.size(); e++) {
            Example example = visible.get(e);
            for (int i = 0; i < example.length(); i++) {
                String label = example.label(i);
                if (label == null) {
                    continue;
                }
                int p = layout.start(e) + i;
                at[count++] = p;
                categorical[p] = layout.code(label);
                numerical[p] = Labels.number(label);
            }
        }
        scored = Arrays.copyOf(at, count);
    }

    /**
     * The target as goals for the goal-directed search: the labels as strings, then as numbers;
     * a goal some label cannot meet (a number no string constant spells, a word) is left out.
     */
    List<SOpSpec> goals() {
        List<SOpSpec> goals = new ArrayList<>();
        for (Type type : List.of(Type.CAT, Type.NUM)) {
            double[][] allowed = new double[layout.positions()][];
            boolean possible = true;
            for (int p : scored) {
                double value = type == Type.CAT ? categorical[p] : numerical[p];
                possible &= type == Type.CAT ? value >= 0 : !Double.isNaN(value);
                allowed[p] = new double[] {value};
            }
            if (possible) {
                goals.add(new SOpSpec(layout, type, allowed, false, 0));
            }
        }
        return goals;
    }

    /** Whether a non-constant s-op of this type with these values labels every scored position right. */
    boolean matches(Type type, Values values) {
        if (type != Type.CAT && type != Type.NUM) {
            return false;
        }
        double[] v = values.sop();
        for (int p : scored) {
            boolean ok = type == Type.CAT ? v[p] == categorical[p] : Labels.matches(v[p], numerical[p]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
