package dev.tprog.rasp;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every environment starts with: the input s-ops, the bools, and tprog's annotation functions. */
public final class Builtins {
    public static final SOp TOKENS_STR = new SOp.Tokens(SOp.Conversion.STR);
    public static final SOp TOKENS_INT = new SOp.Tokens(SOp.Conversion.INT);
    public static final SOp TOKENS_FLOAT = new SOp.Tokens(SOp.Conversion.FLOAT);
    public static final SOp TOKENS_BOOL = new SOp.Tokens(SOp.Conversion.BOOL);
    public static final SOp TOKENS_ASIS = new SOp.Tokens(SOp.Conversion.ASIS);
    public static final SOp INDICES = new SOp.Indices();

    private static final Map<String, Value> CONSTANTS = new LinkedHashMap<>();

    static {
        CONSTANTS.put("tokens_asis", TOKENS_ASIS);
        CONSTANTS.put("tokens_str", TOKENS_STR);
        CONSTANTS.put("tokens_int", TOKENS_INT);
        CONSTANTS.put("tokens_bool", TOKENS_BOOL);
        CONSTANTS.put("tokens_float", TOKENS_FLOAT);
        CONSTANTS.put("indices", INDICES);
        CONSTANTS.put("True", Value.Bool.TRUE);
        CONSTANTS.put("False", Value.Bool.FALSE);
        CONSTANTS.put("categorical", annotation(Encoding.CATEGORICAL));
        CONSTANTS.put("numerical", annotation(Encoding.NUMERICAL));
    }

    private Builtins() {}

    static Map<String, Value> constants() {
        return CONSTANTS;
    }

    /** {@code categorical(sop)} / {@code numerical(sop)}: the same s-op, with its encoding noted. */
    private static Value.Builtin annotation(Encoding encoding) {
        return new Value.Builtin(encoding.label(), 1, (session, args, pos) -> {
            if (!(args.get(0) instanceof SOp sop)) {
                throw new RaspError(pos, encoding.label() + " expects an s-op, got: " + Format.describe(args.get(0)));
            }
            session.annotate(sop, encoding);
            return sop;
        });
    }
}
