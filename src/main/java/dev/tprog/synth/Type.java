package dev.tprog.synth;

/**
 * The types of the synthesis DSL. S-ops are categorical (strings), numerical or boolean;
 * selectors are their own type. Keeping them apart prunes every term the RASP interpreter
 * would reject (averaging strings, ordering a string against a number) before it is built.
 */
public enum Type {
    /** A categorical s-op: one string per position. */
    CAT,
    /** A numerical s-op: one number per position. */
    NUM,
    /** A boolean s-op: the result of a comparison, usable as a condition or through indicator. */
    BOOL,
    /** A selector: one row of selected keys per query position. */
    SEL
}
