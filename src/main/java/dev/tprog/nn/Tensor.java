package dev.tprog.nn;

import java.util.Arrays;

/**
 * A row-major {@code float[]} with a fixed shape and, when it takes part in differentiation, a
 * gradient array of the same length.
 *
 * <p>Three kinds exist: constants ({@link #of}, {@link #zeros}: no gradient), parameters
 * ({@link #parameter}: a gradient that persists across steps until {@link Adam#zeroGrad}), and op
 * results made by a {@link Tape} (a gradient exactly when some input has one). The shape never
 * changes; {@link #data()} and {@link #grad()} are the live arrays, not copies.
 */
public final class Tensor {
    private final int[] shape;
    private final float[] data;
    private final float[] grad;
    /** The tape that made this tensor, or null for constants and parameters. */
    final Tape tape;

    Tensor(float[] data, int[] shape, boolean requiresGrad, Tape tape) {
        this(data, shape, requiresGrad ? new float[data.length] : null, tape);
    }

    private Tensor(float[] data, int[] shape, float[] grad, Tape tape) {
        this.shape = shape.clone();
        int size = 1;
        for (int d : this.shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            size = Math.multiplyExact(size, d);
        }
        if (size != data.length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " needs " + size + " values, got " + data.length);
        }
        this.data = data;
        this.grad = grad;
        this.tape = tape;
    }

    /** This tensor's values and gradient (the same arrays) in another shape with as many elements ({@link Tape#reshape}). */
    Tensor reshaped(int[] shape) {
        return new Tensor(data, shape, grad, tape);
    }

    /** A constant that takes ownership of {@code data} (no copy). */
    public static Tensor of(float[] data, int... shape) {
        return new Tensor(data, shape, false, null);
    }

    /** A constant filled with zeros. */
    public static Tensor zeros(int... shape) {
        int size = 1;
        for (int d : shape) {
            size = Math.multiplyExact(size, Math.max(d, 0));
        }
        return new Tensor(new float[size], shape, false, null);
    }

    /** A trainable tensor that takes ownership of {@code data}; its gradient starts at zero. */
    public static Tensor parameter(float[] data, int... shape) {
        return new Tensor(data, shape, true, null);
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    int rank() {
        return shape.length;
    }

    public int size() {
        return data.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    /** The live value array, row-major. */
    public float[] data() {
        return data;
    }

    /** The live gradient array (same length as {@link #data()}), or null when {@link #requiresGrad()} is false. */
    public float[] grad() {
        return grad;
    }

    public boolean requiresGrad() {
        return grad != null;
    }

    /** The value of a one-element tensor. */
    public float item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() needs a one-element tensor, shape is " + Arrays.toString(shape));
        }
        return data[0];
    }

    /** The size of the last axis (1 for a scalar of rank 0). */
    int last() {
        return shape.length == 0 ? 1 : shape[shape.length - 1];
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape) + (requiresGrad() ? " (grad)" : "");
    }
}
