package dev.tprog.program;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The well-formedness rules of a {@link Program}, checked once at construction. Each failure
 * is an {@link IllegalArgumentException} that names the operation or term at fault.
 */
final class ProgramChecker {
    private final ValueSet vocabulary;
    private final int maxLength;
    private final List<TokenEmbedding> embeddings;
    private final List<Layer> layers;
    private final Classifier classifier;
    private final Map<String, Variable> defined = new LinkedHashMap<>();

    ProgramChecker(ValueSet vocabulary, int maxLength, List<TokenEmbedding> embeddings, List<Layer> layers,
            Classifier classifier) {
        this.vocabulary = vocabulary;
        this.maxLength = maxLength;
        this.embeddings = embeddings;
        this.layers = layers;
        this.classifier = classifier;
    }

    void check() {
        require(vocabulary.kind() == ValueSet.Kind.STRING && vocabulary.size() > 0,
                "the vocabulary must be a non-empty list of strings");
        require(maxLength >= 1, "max length must be at least 1, got " + maxLength);
        for (TokenEmbedding embedding : embeddings) {
            require(embedding.valueOf().length == vocabulary.size(), "embedding " + embedding.name() + " maps "
                    + embedding.valueOf().length + " tokens but the vocabulary has " + vocabulary.size());
            for (int slot : embedding.valueOf()) {
                require(slot >= 0 && slot < embedding.values().size(),
                        "embedding " + embedding.name() + " maps a token to value slot " + slot + ", out of range");
            }
        }
        for (Variable input : Program.inputs(vocabulary, maxLength, embeddings)) {
            define(input);
        }
        for (int l = 0; l < layers.size(); l++) {
            Set<String> layerInput = new HashSet<>(defined.keySet());
            for (Operation operation : layers.get(l).operations()) {
                checkOperation(operation, layerInput, l);
                define(Program.outputOf(operation, defined));
            }
        }
        for (String name : defined.keySet()) {
            String clash = Identifiers.clash(name, defined.keySet());
            require(clash == null, "variable name " + clash);
        }
        checkClassifier();
    }

    private void define(Variable variable) {
        require(variable.name() != null && !variable.name().isEmpty(), "a variable has no name");
        require(!defined.containsKey(variable.name()), "variable " + variable.name() + " is defined twice");
        String problem = Identifiers.problem(variable.name());
        require(problem == null, "variable name " + problem);
        defined.put(variable.name(), variable);
    }

    private void checkOperation(Operation operation, Set<String> layerInput, int layer) {
        String where = operation.name() + " (layer " + layer + ")";
        if (operation instanceof Attention) {
            for (String read : operation.reads()) {
                require(layerInput.contains(read), where + " reads " + read
                        + ", which is not defined before its layer (attention sees only the layer's input)");
            }
        }
        if (operation instanceof Attention attention) {
            checkPredicate(where, attention.query(), attention.key(), attention.predicate());
            if (attention instanceof CategoricalAttention) {
                categorical(where, attention.value());
            } else {
                numerical(where, attention.value());
            }
        } else if (operation instanceof CategoricalMlp mlp) {
            checkCategoricalMlp(where, mlp);
        } else if (operation instanceof NumericalMlp mlp) {
            checkNumericalMlp(where, mlp);
        } else {
            throw new AssertionError(operation);
        }
    }

    private void checkPredicate(String where, String query, String key, Predicate predicate) {
        ValueSet queries = categorical(where, query).values();
        ValueSet keys = categorical(where, key).values();
        require(predicate.size() == queries.size(), where + ": the predicate has " + predicate.size()
                + " rows but query " + query + " has " + queries.size() + " values");
        for (int q = 0; q < predicate.size(); q++) {
            int k = predicate.keyOf(q);
            require(k == Predicate.NONE || (k >= 0 && k < keys.size()), where + ": query value " + queries.name(q)
                    + " matches key slot " + k + ", but key " + key + " has " + keys.size() + " values");
        }
    }

    private void checkCategoricalMlp(String where, CategoricalMlp mlp) {
        require(!mlp.inputs().isEmpty(), where + ": an MLP needs at least one input");
        require(new HashSet<>(mlp.inputs()).size() == mlp.inputs().size(), where + ": inputs must be distinct");
        long rows = 1;
        for (String input : mlp.inputs()) {
            rows *= categorical(where, input).values().size();
        }
        require(mlp.table().length == rows, where + ": the table has " + mlp.table().length + " rows but its inputs have "
                + rows + " value combinations");
        for (int output : mlp.table()) {
            checkOutputSlot(where, mlp.outputValues(), output);
        }
    }

    private void checkNumericalMlp(String where, NumericalMlp mlp) {
        require(!mlp.inputs().isEmpty(), where + ": an MLP needs at least one input");
        require(new HashSet<>(mlp.inputs()).size() == mlp.inputs().size(), where + ": inputs must be distinct");
        mlp.inputs().forEach(input -> numerical(where, input));
        mlp.table().forEach((input, output) -> {
            require(input.size() == mlp.inputs().size(), where + ": table key " + input + " does not have "
                    + mlp.inputs().size() + " values");
            checkOutputSlot(where, mlp.outputValues(), output);
        });
        checkOutputSlot(where, mlp.outputValues(), mlp.defaultOutput());
    }

    private static void checkOutputSlot(String where, ValueSet values, int slot) {
        require(slot >= 0 && slot < values.size(), where + ": output slot " + slot + " is out of range (0 to "
                + (values.size() - 1) + ")");
    }

    private void checkClassifier() {
        int classes = classifier.classes().size();
        require(classes > 0, "the classifier has no classes");
        require(classifier.readout() != null, "the classifier has no readout");
        require(new HashSet<>(classifier.classes()).size() == classes, "the classifier lists a class twice");
        for (ClassifierTerm term : classifier.terms()) {
            if (term instanceof ClassifierTerm.Categorical categorical) {
                String where = "classifier term " + categorical.variable();
                ValueSet values = categorical(where, categorical.variable()).values();
                List<Weights> rows = categorical.rows();
                require(rows.size() == values.size(), where + " has " + rows.size() + " rows for " + values.size()
                        + " values");
                for (Weights row : rows) {
                    require(row.size() == classes, where + " has a row of " + row.size() + " weights for " + classes
                            + " classes");
                    requireFinite(where, row);
                }
            } else if (term instanceof ClassifierTerm.Numerical numerical) {
                numerical("classifier term " + numerical.variable(), numerical.variable());
                require(numerical.weights().size() == classes, "classifier term " + numerical.variable() + " has "
                        + numerical.weights().size() + " weights for " + classes + " classes");
                requireFinite("classifier term " + numerical.variable(), numerical.weights());
            } else if (term instanceof ClassifierTerm.Constant constant) {
                require(constant.weights().size() == classes, "constant classifier term " + constant.origin() + " has "
                        + constant.weights().size() + " weights for " + classes + " classes");
                requireFinite("constant classifier term " + constant.origin(), constant.weights());
            } else {
                throw new AssertionError(term);
            }
        }
    }

    private static void requireFinite(String where, Weights weights) {
        for (float weight : weights.toArray()) {
            require(Float.isFinite(weight), where + " has a weight that is not a finite number: " + weight);
        }
    }

    private Variable.Categorical categorical(String where, String name) {
        Variable variable = defined.get(name);
        require(variable != null, where + " reads " + name + ", which is not defined before it");
        require(variable instanceof Variable.Categorical, where + " needs a categorical variable, but " + name
                + " is numerical");
        return (Variable.Categorical) variable;
    }

    private Variable.Numerical numerical(String where, String name) {
        Variable variable = defined.get(name);
        require(variable != null, where + " reads " + name + ", which is not defined before it");
        require(variable instanceof Variable.Numerical, where + " needs a numerical variable, but " + name
                + " is categorical");
        return (Variable.Numerical) variable;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
