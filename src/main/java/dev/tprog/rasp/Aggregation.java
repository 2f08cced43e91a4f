package dev.tprog.rasp;

/**
 * {@code aggregate} as the reference defines it: per query row, no selected key gives the
 * fallback, one passes its value through whatever its type, several are averaged, which only
 * numbers allow.
 */
final class Aggregation {
    private Aggregation() {}

    static Column aggregate(BitMatrix selector, Column values, Value.Atom fallback) {
        int n = selector.size();
        ColumnBuilder out = new ColumnBuilder(n);
        for (int i = 0; i < n; i++) {
            int count = selector.count(i);
            if (count == 0) {
                out.atom(i, fallback);
            } else if (count == 1) {
                out.copy(i, values, selector.next(i, 0));
            } else {
                out.num(i, mean(selector, i, count, values), false);
            }
        }
        return out.build();
    }

    private static double mean(BitMatrix selector, int row, int count, Column values) {
        if (!(values instanceof Column.Nums nums)) {
            throw new RaspError("asked to average multiple values, but they are non-numbers: " + Format.values(values));
        }
        double[] v = nums.values();
        double sum = 0;
        for (int j = selector.next(row, 0); j >= 0; j = selector.next(row, j + 1)) {
            sum += v[j];
        }
        return sum / count;
    }
}
