package dev.tprog.program;

import java.util.List;

/**
 * One transformer layer: its attention heads read only what earlier layers defined; its MLPs
 * also read this layer's attention outputs. Operations run in list order.
 */
public record Layer(List<Operation> operations) {
    public Layer {
        operations = List.copyOf(operations);
    }
}
