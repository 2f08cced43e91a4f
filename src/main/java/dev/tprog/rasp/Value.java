package dev.tprog.rasp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a RASP expression evaluates to. Atoms, lists, dicts and functions live at the meta level
 * (while a program is being built); s-ops and selectors are lazy graphs evaluated per input.
 */
public sealed interface Value permits Value.Atom, Value.ListValue, Value.DictValue, Value.Function, Node {

    /** The reference's type names, used in error messages. */
    String typeName();

    /** An int, float, string or bool, with Python's semantics (bools count as ints 0/1). */
    sealed interface Atom extends Value permits Int, Float, Str, Bool {
        @Override
        default String typeName() {
            return "atom";
        }
    }

    record Int(long value) implements Atom {}

    record Float(double value) implements Atom {}

    record Str(String value) implements Atom {
        public Str {
            Objects.requireNonNull(value);
        }
    }

    record Bool(boolean value) implements Atom {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }
    }

    record ListValue(List<Value> items) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    /** A dict keyed by atoms; keys equal in Python ({@code 1 == 1.0 == True}) are one key. */
    record DictValue(List<Atom> keys, List<Value> values) implements Value {
        public DictValue {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }

        /** Builds a dict as Python does: a repeated key keeps its first spelling and its last value. */
        public static DictValue of(List<Atom> keys, List<Value> values) {
            List<Atom> k = new ArrayList<>();
            List<Value> v = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                int at = indexOf(k, keys.get(i));
                if (at < 0) {
                    k.add(keys.get(i));
                    v.add(values.get(i));
                } else {
                    v.set(at, values.get(i));
                }
            }
            return new DictValue(k, v);
        }

        /** The value at {@code key}, or null when the dict has no such key. */
        public Value get(Atom key) {
            int at = indexOf(keys, key);
            return at < 0 ? null : values.get(at);
        }

        private static int indexOf(List<Atom> keys, Atom key) {
            for (int i = 0; i < keys.size(); i++) {
                if (Py.equal(keys.get(i), key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String typeName() {
            return "dict";
        }
    }

    /** A user {@code def} (a closure over its defining environment) or a tprog built-in. */
    sealed interface Function extends Value permits Closure, Builtin {
        String name();

        @Override
        default String typeName() {
            return "function";
        }
    }

    record Closure(Stmt.FunctionDef definition, Environment scope) implements Function {
        @Override
        public String name() {
            return definition.name();
        }
    }

    /** A function written in Java; it gets the session, the evaluated arguments and the call's position. */
    record Builtin(String name, int arity, Body body) implements Function {
        public interface Body {
            Value apply(Interpreter session, List<Value> args, Pos pos);
        }
    }
}
