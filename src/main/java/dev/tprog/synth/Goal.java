package dev.tprog.synth;

/**
 * What a subterm of the goal-directed search must compute on the visible inputs: an s-op
 * ({@link SOpSpec}) or a selector ({@link SelectorSpec}). Every spec is exact for the rule
 * that made it: any term meeting it makes the enclosing term meet the enclosing spec, so a
 * program assembled from met specs labels every visible example right.
 */
sealed interface Goal permits SOpSpec, SelectorSpec {
    /** How many decomposition steps lie between this goal and the program's target (0: the target itself). */
    int depth();
}
