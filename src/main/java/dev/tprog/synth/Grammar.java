package dev.tprog.synth;

import dev.tprog.rasp.Comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The DSL as data: a list of productions with costs. The search knows nothing of RASP beyond
 * the types; adding a production here (another constant, a learned abstraction's operator)
 * needs no change to it.
 */
public record Grammar(List<Production> productions) {
    /** The small integers every grammar offers. */
    static final List<Integer> NUMBERS = List.of(0, 1, 2);

    private static final List<Comparison> ORDERS = List.of(Comparison.EQ, Comparison.NE, Comparison.LT,
            Comparison.GT, Comparison.LE, Comparison.GE);

    public Grammar {
        productions = List.copyOf(productions);
    }

    /**
     * The typed subset of RASP of issue 6, every production at cost 1 (so cost = size):
     * the inputs, the numbers 0..2, the given strings as categorical constants, arithmetic,
     * comparisons, indicator, ternaries, select with each comparison (and TRUE), and/or,
     * aggregate and selector_width.
     *
     * @param strings the categorical constants, each in the layout's string table
     */
    static Grammar standard(Collection<String> strings, Layout layout) {
        List<Production> p = new ArrayList<>();
        p.add(leaf("tokens", Type.CAT, new Operator.Input("tokens")));
        p.add(leaf("indices", Type.NUM, new Operator.Input("indices")));
        p.add(leaf("length", Type.NUM, new Operator.Input("length")));
        for (int n : NUMBERS) {
            p.add(leaf(Integer.toString(n), Type.NUM, new Operator.Constant(Integer.toString(n), n)));
        }
        for (String s : strings) {
            p.add(leaf("\"" + s + "\"", Type.CAT, new Operator.Constant("\"" + s + "\"", layout.code(s))));
        }
        p.add(leaf("select TRUE", Type.SEL, new Operator.Select(Comparison.TRUE)));
        for (char symbol : new char[] {'+', '-', '*'}) {
            p.add(op(String.valueOf(symbol), Type.NUM, List.of(Type.NUM, Type.NUM), new Operator.Arithmetic(symbol)));
        }
        // RASP has no element-wise != (only select takes it).
        for (Comparison c : ORDERS) {
            if (c != Comparison.NE) {
                p.add(op(c.symbol(), Type.BOOL, List.of(Type.NUM, Type.NUM), new Operator.Compare(c)));
            }
        }
        p.add(op("== (categorical)", Type.BOOL, List.of(Type.CAT, Type.CAT), new Operator.Compare(Comparison.EQ)));
        p.add(op("indicator", Type.NUM, List.of(Type.BOOL), new Operator.Indicator()));
        p.add(op("if (numerical)", Type.NUM, List.of(Type.NUM, Type.BOOL, Type.NUM), new Operator.IfElse()));
        p.add(op("if (categorical)", Type.CAT, List.of(Type.CAT, Type.BOOL, Type.CAT), new Operator.IfElse()));
        for (Comparison c : ORDERS) {
            p.add(op("select " + c.symbol(), Type.SEL, List.of(Type.NUM, Type.NUM), new Operator.Select(c)));
            p.add(op("select " + c.symbol() + " (categorical)", Type.SEL, List.of(Type.CAT, Type.CAT),
                    new Operator.Select(c)));
        }
        p.add(op("and", Type.SEL, List.of(Type.SEL, Type.SEL), new Operator.Combine(true)));
        p.add(op("or", Type.SEL, List.of(Type.SEL, Type.SEL), new Operator.Combine(false)));
        p.add(op("aggregate (numerical)", Type.NUM, List.of(Type.SEL, Type.NUM), new Operator.Aggregate()));
        p.add(op("aggregate (categorical)", Type.CAT, List.of(Type.SEL, Type.CAT), new Operator.Aggregate()));
        p.add(op("selector_width", Type.NUM, List.of(Type.SEL), new Operator.Width()));
        return new Grammar(p);
    }

    private static Production leaf(String name, Type type, Operator operator) {
        return new Production(name, 1, type, List.of(), operator);
    }

    private static Production op(String name, Type type, List<Type> arguments, Operator operator) {
        return new Production(name, 1, type, arguments, operator);
    }
}
