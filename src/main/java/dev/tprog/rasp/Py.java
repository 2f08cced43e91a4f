package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import dev.tprog.rasp.Value.Bool;
import dev.tprog.rasp.Value.Float;
import dev.tprog.rasp.Value.Int;
import dev.tprog.rasp.Value.Str;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Python's meaning of the operators on atoms, which the reference inherits: bools are the ints
 * 0 and 1, {@code /} is true division, {@code %} takes the divisor's sign, {@code round} rounds
 * half to even. Failures are {@link RaspError}s with Python's wording.
 */
final class Py {
    /** Ints are exact up to here; tprog keeps numbers of s-ops in doubles (docs/rasp.md). */
    static final double MAX_EXACT_INT = 9007199254740992.0; // 2^53

    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INT_TEXT = Pattern.compile("[+-]?\\d+");

    private Py() {}

    static String typeName(Value v) {
        if (v instanceof Int) {
            return "int";
        }
        if (v instanceof Float) {
            return "float";
        }
        if (v instanceof Str) {
            return "str";
        }
        if (v instanceof Bool) {
            return "bool";
        }
        return v.typeName();
    }

    static boolean isNumber(Value v) {
        return v instanceof Int || v instanceof Float || v instanceof Bool;
    }

    static boolean isIntLike(Value v) {
        return v instanceof Int || v instanceof Bool;
    }

    static long asLong(Value v) {
        if (v instanceof Int i) {
            return i.value();
        }
        if (v instanceof Bool b) {
            return b.value() ? 1 : 0;
        }
        throw new AssertionError(v);
    }

    static double asDouble(Value v) {
        return v instanceof Float f ? f.value() : asLong(v);
    }

    static boolean truthy(Value v) {
        if (v instanceof Bool b) {
            return b.value();
        }
        if (v instanceof Int i) {
            return i.value() != 0;
        }
        if (v instanceof Float f) {
            return f.value() != 0;
        }
        if (v instanceof Str s) {
            return !s.value().isEmpty();
        }
        if (v instanceof Value.ListValue l) {
            return !l.items().isEmpty();
        }
        if (v instanceof Value.DictValue d) {
            return !d.keys().isEmpty();
        }
        return true;
    }

    /** Python's {@code ==}: numbers by value, strings by text, lists item by item, else identity. */
    static boolean equal(Value a, Value b) {
        if (isNumber(a) && isNumber(b)) {
            return isIntLike(a) && isIntLike(b) ? asLong(a) == asLong(b) : asDouble(a) == asDouble(b);
        }
        if (a instanceof Str x && b instanceof Str y) {
            return x.value().equals(y.value());
        }
        if (a instanceof Value.ListValue x && b instanceof Value.ListValue y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!equal(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == b;
    }

    /** Python's ordering of two values, or a TypeError for kinds that do not compare. */
    static int compare(Value a, Value b, String symbol) {
        if (isNumber(a) && isNumber(b)) {
            return isIntLike(a) && isIntLike(b) ? Long.compare(asLong(a), asLong(b))
                    : compareDoubles(asDouble(a), asDouble(b));
        }
        if (a instanceof Str x && b instanceof Str y) {
            return x.value().compareTo(y.value());
        }
        throw new RaspError("'" + symbol + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    /** Like Double.compare, but NaN is unordered as in Python: every comparison with it is false. */
    private static int compareDoubles(double x, double y) {
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : Integer.MIN_VALUE;
    }

    static Value binary(BinaryOp op, Value a, Value b) {
        switch (op) {
            case EQ:
                return Bool.of(equal(a, b));
            case LT:
                return Bool.of(compare(a, b, "<") < 0 && ordered(a, b));
            case GT:
                return Bool.of(compare(a, b, ">") > 0);
            case LE:
                return Bool.of(compare(a, b, "<=") <= 0 && ordered(a, b));
            case GE:
                return Bool.of(compare(a, b, ">=") >= 0);
            case AND:
                return truthy(a) ? b : a;
            case OR:
                return truthy(a) ? a : b;
            default:
                return arithmetic(op, a, b);
        }
    }

    private static boolean ordered(Value a, Value b) {
        return !(isNumber(a) && isNumber(b)) || !(Double.isNaN(asDouble(a)) || Double.isNaN(asDouble(b)));
    }

    private static Value arithmetic(BinaryOp op, Value a, Value b) {
        if (isNumber(a) && isNumber(b)) {
            return isIntLike(a) && isIntLike(b) ? intArithmetic(op, asLong(a), asLong(b))
                    : floatArithmetic(op, asDouble(a), asDouble(b));
        }
        if (op == BinaryOp.ADD && a instanceof Str x && b instanceof Str y) {
            return new Str(x.value() + y.value());
        }
        if (op == BinaryOp.MUL && (a instanceof Str || b instanceof Str) && (isIntLike(a) || isIntLike(b))) {
            Str s = (Str) (a instanceof Str ? a : b);
            long times = asLong(a instanceof Str ? b : a);
            return new Str(times <= 0 ? "" : s.value().repeat(Math.toIntExact(times)));
        }
        if (op == BinaryOp.ADD && a instanceof Value.ListValue x && b instanceof Value.ListValue y) {
            java.util.List<Value> items = new java.util.ArrayList<>(x.items());
            items.addAll(y.items());
            return new Value.ListValue(items);
        }
        throw new RaspError("unsupported operand type(s) for " + pySymbol(op) + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    private static String pySymbol(BinaryOp op) {
        return op == BinaryOp.POW ? "** or pow()" : op.symbol();
    }

    static Value intArithmetic(BinaryOp op, long x, long y) {
        try {
            switch (op) {
                case ADD:
                    return new Int(Math.addExact(x, y));
                case SUB:
                    return new Int(Math.subtractExact(x, y));
                case MUL:
                    return new Int(Math.multiplyExact(x, y));
                case DIV:
                    if (y == 0) {
                        throw new RaspError("division by zero");
                    }
                    return new Float((double) x / y);
                case MOD:
                    if (y == 0) {
                        throw new RaspError("integer division or modulo by zero");
                    }
                    return new Int(Math.floorMod(x, y));
                case POW:
                    return y >= 0 ? new Int(power(x, y)) : floatArithmetic(op, x, y);
                default:
                    throw new AssertionError(op);
            }
        } catch (ArithmeticException overflow) {
            throw new RaspError("integer overflow in " + x + " " + op.symbol() + " " + y
                    + " (tprog ints are 64-bit)");
        }
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e > 0) {
                b = Math.multiplyExact(b, b);
            }
        }
        return result;
    }

    static Float floatArithmetic(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD:
                return new Float(x + y);
            case SUB:
                return new Float(x - y);
            case MUL:
                return new Float(x * y);
            case DIV:
                if (y == 0) {
                    throw new RaspError("float division by zero");
                }
                return new Float(x / y);
            case MOD:
                return new Float(floatMod(x, y));
            case POW:
                return new Float(floatPow(x, y));
            default:
                throw new AssertionError(op);
        }
    }

    /** Python's float {@code %}: the result takes the divisor's sign. */
    static double floatMod(double x, double y) {
        if (y == 0) {
            throw new RaspError("float modulo");
        }
        double r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) {
            r += y;
        } else if (r == 0) {
            r = Math.copySign(0.0, y);
        }
        return r;
    }

    static double floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw new RaspError("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            throw new RaspError("negative number cannot be raised to a fractional power (the result is complex)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw new RaspError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    static Value unary(UnaryOp op, Value v) {
        switch (op) {
            case NOT:
                return Bool.of(!truthy(v));
            case NEG:
            case POS:
                if (isIntLike(v)) {
                    return new Int(op == UnaryOp.NEG ? Math.negateExact(asLong(v)) : asLong(v));
                }
                if (v instanceof Float f) {
                    return new Float(op == UnaryOp.NEG ? -f.value() : f.value());
                }
                throw new RaspError("bad operand type for unary " + op.symbol() + ": '" + typeName(v) + "'");
            case ROUND:
                if (isIntLike(v)) {
                    return new Int(asLong(v));
                }
                if (v instanceof Float f) {
                    return new Int(roundHalfEven(f.value()));
                }
                throw new RaspError("type " + typeName(v) + " doesn't define __round__ method");
            default:
                throw new RaspError("indicator operator expects s-op, got: " + Format.describe(v));
        }
    }

    static long roundHalfEven(double x) {
        if (Double.isNaN(x)) {
            throw new RaspError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new RaspError("cannot convert float infinity to integer");
        }
        return (long) Math.rint(x);
    }

    /** Python's {@code str(v)} of an atom. */
    static String str(Atom v) {
        if (v instanceof Str s) {
            return s.value();
        }
        if (v instanceof Int i) {
            return Long.toString(i.value());
        }
        if (v instanceof Bool b) {
            return b.value() ? "True" : "False";
        }
        return floatRepr(((Float) v).value());
    }

    /** Python's {@code int(v)}. */
    static long toInt(Atom v) {
        if (isIntLike(v)) {
            return asLong(v);
        }
        if (v instanceof Float f) {
            if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                throw new RaspError("cannot convert float " + floatRepr(f.value()) + " to integer");
            }
            return (long) f.value();
        }
        String text = ((Str) v).value().strip().replace("_", "");
        if (!INT_TEXT.matcher(text).matches()) {
            throw new RaspError("invalid literal for int() with base 10: " + Format.pyRepr(v));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RaspError("int too large for tprog: " + text);
        }
    }

    /** Python's {@code float(v)}. */
    static double toFloat(Atom v) {
        if (v instanceof Str s) {
            String text = s.value().strip();
            if (!FLOAT_TEXT.matcher(text).matches()) {
                throw new RaspError("could not convert string to float: " + Format.pyRepr(v));
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("inf") || lower.endsWith("infinity")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return lower.endsWith("nan") ? Double.NaN : Double.parseDouble(text);
        }
        return asDouble(v);
    }

    /** Python's {@code repr(float)}: shortest digits, scientific below 1e-4 and from 1e16. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = d.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = d.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sign = x < 0 ? "-" : "";
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** Python's {@code round(x, 3)} (used for display): exact decimal rounding, ties to even. */
    static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
