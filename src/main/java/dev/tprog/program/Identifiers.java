package dev.tprog.program;

import java.util.Set;

/**
 * Variable names become identifiers in every emitted language, so they must be plain
 * identifiers and no keyword or helper name of Python, Java or RASP.
 */
final class Identifiers {
    private static final Set<String> RESERVED = Set.of(
            // Python
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case",
            // Java
            "abstract", "boolean", "byte", "catch", "char", "const", "default", "do", "double", "enum", "extends",
            "final", "float", "goto", "implements", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "void", "volatile", "true", "false", "null",
            "var", "record", "sealed", "permits", "String", "List", "Set", "Map", "Object", "Math", "System",
            // RASP
            "load", "select", "aggregate", "selector_width", "length", "indicator", "round", "indices", "zip",
            "range", "len", "tokens_str", "tokens_int", "tokens_float", "tokens_bool", "tokens_asis", "full_s",
            "select_closest", "closest", "categorical", "numerical", "out", "TRUE",
            // the RASP library's protected names
            "average", "contains", "count", "has_focus", "load_from_location", "mark_first_instance",
            "mark_last_instance", "max", "min", "select_from_first", "select_from_last", "select_next_identical",
            "shift", "sort",
            // names the emitters define themselves
            "run", "check", "add", "argmax", "closest_match", "count_matches", "main", "sys", "logits", "features",
            "rows", "row", "key", "value", "values", "weight", "target", "visible", "distance", "query", "queries",
            "keys", "attended", "sums", "i", "j", "n", "input", "predictions", "prediction");
    /** Prefixes of the functions and constants emitted programs define for a variable. */
    private static final java.util.List<String> DERIVED_PREFIXES = java.util.List.of("predicate_", "match_", "mlp_", "W_");

    private Identifiers() {}

    /** Why {@code name} cannot be a variable name, or null when it can. */
    static String problem(String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            return "'" + name + "' is not an identifier (letters, digits and _, starting with a letter; emitted RASP"
                    + " keeps names that start with _ for itself)";
        }
        if (RESERVED.contains(name)) {
            return "'" + name + "' is a reserved word of Python, Java or RASP, or a name emitted programs use";
        }
        return null;
    }

    /**
     * Why {@code name} would clash with a name that emitters derive from another variable
     * ({@code predicate_x} and {@code mlp_x} for operation x, {@code W_x} for its weights), or null.
     */
    static String clash(String name, java.util.Collection<String> variables) {
        for (String prefix : DERIVED_PREFIXES) {
            if (name.startsWith(prefix) && variables.contains(name.substring(prefix.length()))) {
                return "'" + name + "' clashes with the name emitted programs give to variable "
                        + name.substring(prefix.length());
            }
        }
        if (name.matches("CONSTANT_\\d+|MLP_.*")) {
            return "'" + name + "' clashes with the constants emitted programs define";
        }
        return null;
    }
}
