package dev.tprog.rasp;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names to values, as the reference scopes them: lookups go constants, variables, then the
 * parent; a few words and the base constants can never be assigned; a loaded file's environment
 * passes its public assignments on to the environment that loaded it.
 */
final class Environment {
    private static final Set<String> ALWAYS_RESERVED = Set.of("if", "else", "not", "and", "or", "out", "def",
            "return", "range", "for", "in", "zip", "len", "get");

    private final String name;
    private final Environment parent;
    private final Environment loader;
    private final Map<String, Value> constants = new LinkedHashMap<>();
    private final Map<String, Value> variables = new LinkedHashMap<>();
    private final Set<String> reserved = new HashSet<>(ALWAYS_RESERVED);
    private boolean assigningConstants;

    Environment(String name, Environment parent, Environment loader) {
        this.name = name;
        this.parent = parent;
        this.loader = loader;
        Builtins.constants().forEach(this::constant);
    }

    String name() {
        return name;
    }

    /** A scope for a function call or comprehension, inside this one. */
    Environment nested() {
        return new Environment(name + "'", this, null);
    }

    Value get(String key) {
        for (Environment env = this; env != null; env = env.parent) {
            Value v = env.constants.containsKey(key) ? env.constants.get(key) : env.variables.get(key);
            if (v != null) {
                return v;
            }
        }
        throw new RaspError("Undefined variable: " + key);
    }

    /** Assigns {@code key}, and passes a public name on to the loading environment. */
    void set(String key, Value value) {
        if (reserved.contains(key)) {
            throw new RaspError("Cannot set reserved name: " + key);
        }
        if (assigningConstants) {
            constant(key, value);
        } else {
            variables.put(key, value);
        }
        if (loader != null && !key.startsWith("_") && !key.equals("out")) {
            loader.set(key, value);
        }
    }

    /** {@code out}: the last expression's value, never reserved. */
    void setOut(Value value) {
        variables.put("out", value);
    }

    private void constant(String key, Value value) {
        constants.put(key, value);
        reserved.add(key);
    }

    /** While on, assignments become protected constants (how the base library is loaded). */
    void assignConstants(boolean on) {
        assigningConstants = on;
    }

    /** A copy of the current bindings (values themselves are immutable), with the same parent. */
    Environment snapshot() {
        Environment copy = new Environment(name, parent, loader);
        constants.forEach(copy::constant);
        copy.variables.putAll(variables);
        return copy;
    }
}
