package dev.tprog.program;

import java.util.List;
import java.util.Map;

/**
 * A numerical MLP's table as a dense array over the bounding box of its listed inputs, so a
 * lookup is arithmetic instead of hashing boxed tuples. Inputs outside the box get the default.
 */
final class NumericalTable {
    private final int[] low;
    private final int[] extent;
    private final int[] dense;
    private final int defaultOutput;

    private NumericalTable(int[] low, int[] extent, int[] dense, int defaultOutput) {
        this.low = low;
        this.extent = extent;
        this.dense = dense;
        this.defaultOutput = defaultOutput;
    }

    static NumericalTable of(NumericalMlp mlp) {
        int arity = mlp.inputs().size();
        int[] low = new int[arity];
        int[] high = new int[arity];
        java.util.Arrays.fill(low, Integer.MAX_VALUE);
        java.util.Arrays.fill(high, Integer.MIN_VALUE);
        for (List<Integer> key : mlp.table().keySet()) {
            for (int a = 0; a < arity; a++) {
                low[a] = Math.min(low[a], key.get(a));
                high[a] = Math.max(high[a], key.get(a));
            }
        }
        int[] extent = new int[arity];
        long cells = 1;
        for (int a = 0; a < arity; a++) {
            extent[a] = mlp.table().isEmpty() ? 0 : high[a] - low[a] + 1;
            cells *= extent[a];
        }
        if (cells > 1 << 24) {
            throw new IllegalArgumentException(mlp.name() + ": the table spans " + cells + " input combinations, too many");
        }
        int[] dense = new int[(int) cells];
        java.util.Arrays.fill(dense, mlp.defaultOutput());
        for (Map.Entry<List<Integer>, Integer> entry : mlp.table().entrySet()) {
            int cell = 0;
            for (int a = 0; a < arity; a++) {
                cell = cell * extent[a] + entry.getKey().get(a) - low[a];
            }
            dense[cell] = entry.getValue();
        }
        return new NumericalTable(low, extent, dense, mlp.defaultOutput());
    }

    int lookup(int[] key) {
        int cell = 0;
        for (int a = 0; a < key.length; a++) {
            int offset = key[a] - low[a];
            if (offset < 0 || offset >= extent[a]) {
                return defaultOutput;
            }
            cell = cell * extent[a] + offset;
        }
        return dense[cell];
    }
}
