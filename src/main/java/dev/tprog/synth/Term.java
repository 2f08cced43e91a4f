package dev.tprog.synth;

import dev.tprog.rasp.Comparison;

import java.util.List;

/**
 * A program of the DSL: a production applied to argument terms. {@code constant} terms contain
 * no input (they are RASP atoms, not s-ops) and are never a whole program.
 */
public record Term(Production production, List<Term> arguments, int cost, int size, boolean constant) {
    public Term {
        arguments = List.copyOf(arguments);
    }

    static Term of(Production production, List<Term> arguments) {
        int cost = production.cost();
        int size = 1;
        for (Term argument : arguments) {
            cost += argument.cost;
            size += argument.size;
        }
        // The search never applies an operator to constants only, so only leaves are constant.
        return new Term(production, arguments, cost, size, production.operator() instanceof Operator.Constant);
    }

    public Type type() {
        return production.result();
    }

    /** The term as a RASP expression, fully parenthesised so that RASP's precedence cannot regroup it. */
    public String toRasp() {
        Operator op = production.operator();
        List<String> a = arguments.stream().map(Term::toRasp).toList();
        if (op instanceof Operator.Input input) {
            return input.name();
        }
        if (op instanceof Operator.Constant constant) {
            return constant.rasp();
        }
        if (op instanceof Operator.Arithmetic arithmetic) {
            return "(" + a.get(0) + " " + arithmetic.symbol() + " " + a.get(1) + ")";
        }
        if (op instanceof Operator.Compare compare) {
            return "(" + a.get(0) + " " + compare.comparison().symbol() + " " + a.get(1) + ")";
        }
        if (op instanceof Operator.Indicator) {
            return "indicator(" + a.get(0) + ")";
        }
        if (op instanceof Operator.IfElse) {
            return "(" + a.get(0) + " if " + a.get(1) + " else " + a.get(2) + ")";
        }
        if (op instanceof Operator.Select select) {
            return select.comparison() == Comparison.TRUE ? "select(indices, indices, TRUE)"
                    : "select(" + a.get(0) + ", " + a.get(1) + ", " + select.comparison().symbol() + ")";
        }
        if (op instanceof Operator.Combine combine) {
            return "(" + a.get(0) + (combine.and() ? " and " : " or ") + a.get(1) + ")";
        }
        if (op instanceof Operator.Aggregate) {
            return "aggregate(" + a.get(0) + ", " + a.get(1) + ")";
        }
        if (op instanceof Operator.Width) {
            return "selector_width(" + a.get(0) + ")";
        }
        throw new AssertionError(op);
    }

    @Override
    public String toString() {
        return toRasp();
    }
}
