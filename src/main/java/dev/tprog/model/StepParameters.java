package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters as one training step uses them. Each read's and predicate's logits are sampled
 * once per step, for the whole batch (as the reference samples them once per forward pass), on
 * the step's own tape; every other parameter is used as it is. A choice that is not a parameter
 * (a fixed read's frozen logits) is sampled too, after all the parameters, as a constant.
 *
 * <p>The batch's chunks each see these through a {@link ParameterView} of fresh leaves that share
 * the values but have gradients of their own, so chunks may run on different threads. Their
 * gradients are added back chunk by chunk in a fixed order ({@link #addGradients}), then
 * {@link #backward} carries the samples' gradients to their logits.
 */
final class StepParameters {
    private final List<Tensor> parameters;
    private final Tape tape;
    /** Each parameter's sample (reads' and predicates' logits) or the parameter itself. */
    private final Map<Tensor, Tensor> used = new IdentityHashMap<>();

    StepParameters(List<Tensor> parameters, List<Tensor> choices, Tape tape, float temperature, Sampler sampler,
            NoiseSource noise) {
        this.parameters = parameters;
        this.tape = tape;
        Map<Tensor, Boolean> isChoice = new IdentityHashMap<>();
        choices.forEach(choice -> isChoice.put(choice, true));
        for (Tensor parameter : parameters) { // in parameter order, so the noise is drawn in a fixed order
            used.put(parameter, isChoice.containsKey(parameter)
                    ? tape.gumbelSoftmax(parameter, temperature, sampler, noise) : parameter);
        }
        for (Tensor frozen : choices) { // then the choices that are no parameter
            used.computeIfAbsent(frozen, logits -> tape.gumbelSoftmax(logits, temperature, sampler, noise));
        }
    }

    /** Leaves with their own gradients, for one chunk's tape. */
    ParameterView leaves() {
        return view(true);
    }

    /** Constants (no gradients), for a pass that only predicts. */
    ParameterView constants() {
        return view(false);
    }

    private ParameterView view(boolean gradients) {
        Map<Tensor, Tensor> view = new IdentityHashMap<>();
        used.forEach((parameter, tensor) -> view.put(parameter, gradients && tensor.requiresGrad()
                ? Tensor.parameter(tensor.data(), tensor.shape()) : Tensor.of(tensor.data(), tensor.shape())));
        return new ParameterView(view);
    }

    /** Adds one chunk's gradients (from a view made by {@link #leaves}) into the step's. */
    void addGradients(ParameterView chunk) {
        for (Tensor parameter : parameters) {
            float[] total = used.get(parameter).grad();
            float[] part = chunk.of(parameter).grad();
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
    }

    /** After every chunk's {@link #addGradients}: differentiates the sampling, so each parameter holds its gradient. */
    void backward() {
        tape.backwardFromGradients();
    }
}
