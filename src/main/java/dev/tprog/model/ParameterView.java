package dev.tprog.model;

import dev.tprog.nn.Tensor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The model's parameters as one forward pass uses them: for each parameter, the tensor that pass
 * reads in its place — the parameter itself, the step's sample of a read's or predicate's logits,
 * or a leaf sharing those values with a gradient of its own (see {@link StepParameters}).
 */
final class ParameterView {
    private final Map<Tensor, Tensor> tensors;

    ParameterView(Map<Tensor, Tensor> tensors) {
        this.tensors = new IdentityHashMap<>(tensors);
    }

    /** Every parameter as itself: what the discretiser reads. */
    static ParameterView identity(Iterable<Tensor> parameters) {
        Map<Tensor, Tensor> same = new IdentityHashMap<>();
        parameters.forEach(parameter -> same.put(parameter, parameter));
        return new ParameterView(same);
    }

    /** What this pass uses in place of {@code parameter}. */
    Tensor of(Tensor parameter) {
        Tensor used = tensors.get(parameter);
        if (used == null) {
            throw new IllegalArgumentException("not a parameter of this model: " + parameter);
        }
        return used;
    }
}
