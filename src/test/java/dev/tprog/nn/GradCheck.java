package dev.tprog.nn;

import java.util.SplittableRandom;

/**
 * Finite-difference gradient check. For an operation {@code y = op(x1, ..., xn)} it draws a
 * random functional {@code L = sum(r ⊙ y)}, gets {@code dL/dxi} from the tape (seeding y's
 * gradient with r), and compares every coordinate with the central difference
 * {@code (L(x + h) - L(x - h)) / (2h)}, L summed in double. Inputs that are parameters are
 * checked; constants are left alone. Output entries equal to the -1e30 attention mask are
 * constants and get weight 0 (summing them would swamp L's precision).
 */
final class GradCheck {
    /** Builds the operation's output on the given tape from the inputs. */
    @FunctionalInterface
    interface Op {
        Tensor apply(Tape tape, Tensor[] inputs);
    }

    static final float EPS = 5e-3f;
    static final double RTOL = 2e-2;
    static final double ATOL = 2e-3;

    private GradCheck() {}

    /** Checks op's gradient at the given inputs with the default step and tolerances. */
    static void check(Op op, long seed, Tensor... inputs) {
        check(op, seed, EPS, RTOL, ATOL, inputs);
    }

    static void check(Op op, long seed, float eps, double rtol, double atol, Tensor... inputs) {
        float[] r = functional(op, seed, inputs);
        float[][] analytic = analytic(op, r, inputs);
        compare(op, r, analytic, eps, rtol, atol, inputs);
    }

    /** Random weights r for L = sum(r ⊙ op(inputs)), zero where the output is the attention mask. */
    static float[] functional(Op op, long seed, Tensor... inputs) {
        float[] y = op.apply(new Tape(), inputs).data();
        SplittableRandom random = new SplittableRandom(seed);
        float[] r = new float[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] <= Tape.MASKED / 2 ? 0f : (float) random.nextDouble(-1, 1);
        }
        return r;
    }

    /** dL/dx from backward, one array per input (null for constants). */
    static float[][] analytic(Op op, float[] r, Tensor... inputs) {
        for (Tensor x : inputs) {
            if (x.requiresGrad()) {
                java.util.Arrays.fill(x.grad(), 0f);
            }
        }
        Tape tape = new Tape();
        tape.backwardFrom(op.apply(tape, inputs), r);
        float[][] grads = new float[inputs.length][];
        for (int k = 0; k < inputs.length; k++) {
            grads[k] = inputs[k].requiresGrad() ? inputs[k].grad().clone() : null;
        }
        return grads;
    }

    /** Compares the given analytic gradients with central differences of op; throws AssertionError on a mismatch. */
    static void compare(Op op, float[] r, float[][] analytic, float eps, double rtol, double atol, Tensor... inputs) {
        for (int k = 0; k < inputs.length; k++) {
            Tensor x = inputs[k];
            if (!x.requiresGrad()) {
                continue;
            }
            float[] data = x.data();
            for (int i = 0; i < data.length; i++) {
                float saved = data[i];
                float plus = saved + eps;
                float minus = saved - eps;
                data[i] = plus;
                double lPlus = functionalValue(op, r, inputs);
                data[i] = minus;
                double lMinus = functionalValue(op, r, inputs);
                data[i] = saved;
                double numeric = (lPlus - lMinus) / ((double) plus - minus);
                double a = analytic[k][i];
                if (Math.abs(a - numeric) > atol + rtol * Math.max(Math.abs(a), Math.abs(numeric))) {
                    throw new AssertionError(String.format(
                            "input %d (%s) element %d: backward gives %.6g, central difference %.6g",
                            k, x, i, a, numeric));
                }
            }
        }
    }

    private static double functionalValue(Op op, float[] r, Tensor[] inputs) {
        float[] y = op.apply(new Tape(), inputs).data();
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (r[i] != 0f) {
                sum += (double) r[i] * y[i];
            }
        }
        return sum;
    }

    /** A parameter with values uniform in [lo, hi). */
    static Tensor param(SplittableRandom random, double lo, double hi, int... shape) {
        return Tensor.parameter(values(random, lo, hi, shape), shape);
    }

    /** A constant with values uniform in [lo, hi). */
    static Tensor constant(SplittableRandom random, double lo, double hi, int... shape) {
        return Tensor.of(values(random, lo, hi, shape), shape);
    }

    /** A parameter with values uniform in ±[lo, hi), away from a kink at zero. */
    static Tensor paramAwayFromZero(SplittableRandom random, double lo, double hi, int... shape) {
        float[] v = values(random, lo, hi, shape);
        for (int i = 0; i < v.length; i++) {
            if (random.nextBoolean()) {
                v[i] = -v[i];
            }
        }
        return Tensor.parameter(v, shape);
    }

    /** A constant 0/1 mask, each entry 1 with probability p. */
    static Tensor mask(SplittableRandom random, double p, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = random.nextDouble() < p ? 1f : 0f;
        }
        return Tensor.of(v, shape);
    }

    private static float[] values(SplittableRandom random, double lo, double hi, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = (float) random.nextDouble(lo, hi);
        }
        return v;
    }
}
