package dev.tprog.program;

import java.util.List;

/**
 * The linear read-out without bias: per position, the logit of each class is the sum of the
 * terms, in order; the prediction is the first class with the largest logit. Classes the
 * model masked ({@code <pad>}, {@code <unk>}) are simply not listed.
 */
public record Classifier(List<String> classes, List<ClassifierTerm> terms) {
    public Classifier {
        classes = List.copyOf(classes);
        terms = List.copyOf(terms);
    }
}
