package dev.tprog.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A discrete transformer program: what a Transformer Program is after every Gumbel-softmax
 * choice became an argmax. Its semantics are the model's (docs/program.md); the
 * {@link Executor} is their reference implementation.
 *
 * <p>Input variables: {@code tokens} (values: the vocabulary), {@code positions} (0 ..
 * maxLength-1), {@code ones} (numerical, 1 everywhere) and any token embeddings. Each
 * operation of each layer then defines one new variable. Construction checks that every name
 * is defined once, every read refers to an earlier variable of the right kind, and every
 * table fits its value sets.
 *
 * @param name a name for the program (used by emitters)
 * @param vocabulary the input tokens, in token-id order
 * @param maxLength the longest input the program handles (the model's number of positions)
 * @param causal whether a position attends only to itself and positions to its left
 */
public record Program(String name, ValueSet vocabulary, int maxLength, boolean causal,
        List<TokenEmbedding> embeddings, List<Layer> layers, Classifier classifier) {
    public static final String TOKENS = "tokens";
    public static final String POSITIONS = "positions";
    public static final String ONES = "ones";
    /** The token that every input token outside a vocabulary with it reads as. */
    public static final String UNKNOWN = "<unk>";

    public Program {
        embeddings = List.copyOf(embeddings);
        layers = List.copyOf(layers);
        new ProgramChecker(vocabulary, maxLength, embeddings, layers, classifier).check();
    }

    /**
     * Whether an input token outside the vocabulary reads as {@link #UNKNOWN}: it does when the
     * vocabulary has {@code <unk>} (trained with {@code tprog train --vocab-size} on data, whose
     * model read every rare and unseen token so); otherwise such a token is no valid input.
     */
    public boolean readsUnknownTokens() {
        return vocabulary.slotOf(UNKNOWN) >= 0;
    }

    /** Every variable in definition order: inputs, then each operation's output. */
    public List<Variable> variables() {
        return new ArrayList<>(variableMap().values());
    }

    public Optional<Variable> variable(String name) {
        return Optional.ofNullable(variableMap().get(name));
    }

    /** Every operation of every layer, in execution order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        layers.forEach(layer -> operations.addAll(layer.operations()));
        return Collections.unmodifiableList(operations);
    }

    Map<String, Variable> variableMap() {
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (Variable input : inputs(vocabulary, maxLength, embeddings)) {
            variables.put(input.name(), input);
        }
        for (Layer layer : layers) {
            for (Operation operation : layer.operations()) {
                variables.put(operation.name(), outputOf(operation, variables));
            }
        }
        return variables;
    }

    static List<Variable> inputs(ValueSet vocabulary, int maxLength, List<TokenEmbedding> embeddings) {
        List<Variable> inputs = new ArrayList<>();
        inputs.add(new Variable.Categorical(TOKENS, vocabulary));
        inputs.add(new Variable.Categorical(POSITIONS, ValueSet.range(maxLength)));
        inputs.add(new Variable.Numerical(ONES));
        embeddings.forEach(embedding -> inputs.add(new Variable.Categorical(embedding.name(), embedding.values())));
        return inputs;
    }

    /** The variable an operation defines, given the variables defined before it. */
    static Variable outputOf(Operation operation, Map<String, Variable> defined) {
        if (operation instanceof CategoricalAttention attention) {
            return new Variable.Categorical(attention.name(), ((Variable.Categorical) defined.get(attention.value())).values());
        } else if (operation instanceof NumericalAttention attention) {
            return new Variable.Numerical(attention.name());
        } else if (operation instanceof CategoricalMlp mlp) {
            return new Variable.Categorical(mlp.name(), mlp.outputValues());
        } else if (operation instanceof NumericalMlp mlp) {
            return new Variable.Categorical(mlp.name(), mlp.outputValues());
        }
        throw new AssertionError(operation);
    }
}
