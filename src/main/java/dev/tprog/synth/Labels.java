package dev.tprog.synth;

/**
 * How a computed value matches a label. Labels are strings. A categorical value matches the
 * same string. A numerical value matches a label that reads as the same number, so 3 matches
 * "3" and "3.0" (the interpreter prints an average of ints, 3.0, with its ".0"; a task label
 * of 3 is "3"); a label that is not a number matches no numerical value.
 */
final class Labels {
    private static final double TOLERANCE = 1e-9;

    private Labels() {}

    /** The label as a number, or NaN when it is not one. */
    static double number(String label) {
        if (label == null || label.isEmpty() || !label.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(label);
    }

    static boolean matches(double value, double label) {
        return Math.abs(value - label) < TOLERANCE;
    }

    /** Whether the interpreter's printed value (floats to 3 places) matches the label. */
    static boolean matchesPrinted(String printed, String label) {
        if (printed.equals(label)) {
            return true;
        }
        double a = number(printed);
        double b = number(label);
        return !Double.isNaN(a) && !Double.isNaN(b) && Math.abs(a - b) < 5e-4;
    }
}
