package dev.tprog.rasp;

import dev.tprog.program.ClosestMatch;

import static dev.tprog.rasp.RaspTesting.eval;
import static dev.tprog.rasp.RaspTesting.matrix;
import static dev.tprog.rasp.RaspTesting.session;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference's semantics, pinned down case by case (values checked against the reference REPL). */
class SemanticsTest {
    @Test
    void selectRowIsTheQueryAndComparesKeyOpQuery() {
        Interpreter s = session("earlier = select(indices, indices, <); big = select(tokens, \"b\", >);");
        assertThat(matrix(s, "earlier", "abc")).isEqualTo("000/100/110");
        assertThat(matrix(s, "big", "abc")).isEqualTo("001/001/001");
    }

    @Test
    void aggregatePassesOneValueAveragesSeveralNumbersAndDefaultsOnNone() {
        Interpreter s = session("prev = aggregate(select(indices, indices - 1, ==), tokens, \"-\");"
                + "share = aggregate(select(indices, indices, <=), indicator(tokens == \"l\"));"
                + "none = aggregate(select(indices, indices, <), indices);");
        assertThat(eval(s, "prev", "abc")).isEqualTo("[-, a, b] (strings)");
        assertThat(eval(s, "share", "hello")).isEqualTo("[0, 0.0, 0.333, 0.5, 0.4] (floats)");
        assertThat(eval(s, "none", "abc")).isEqualTo("[0, 0, 0.5] (floats)");
    }

    @Test
    void averagingStringsOrBoolsIsAnError() {
        Interpreter s = session("bad = aggregate(select(1, 1, ==), tokens_bool);");
        assertThat(RaspTesting.diagnostics("x = aggregate(select(1, 1, ==), tokens);"))
                .anySatisfy(d -> assertThat(d.message()).contains("non-numbers"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> eval(s, "bad", "ab"))
                .hasMessageContaining("asked to average multiple values, but they are non-numbers");
    }

    @Test
    void libraryValuesAndFunctionsWork() {
        Interpreter s = session("w = selector_width(select(tokens, tokens, ==)); c = count(tokens, \"l\");"
                + "sh = shift(tokens, 1, \"_\"); srt = sort(tokens, tokens); first = mark_first_instance(tokens, \"l\");");
        assertThat(eval(s, "length", "hello")).isEqualTo("[5]*5 (ints)");
        assertThat(eval(s, "w", "hello")).isEqualTo("[1, 1, 2, 2, 1] (ints)");
        assertThat(eval(s, "c", "hello")).isEqualTo("[2]*5 (ints)");
        assertThat(eval(s, "sh", "hello")).isEqualTo("[_, h, e, l, l] (strings)");
        assertThat(eval(s, "srt", "hello")).isEqualTo("[e, h, l, l, o] (strings)");
        assertThat(eval(s, "first", "hello")).isEqualTo("[F, F, T, F, F] (bools)");
    }

    @Test
    void arithmeticFollowsPython() {
        Interpreter s = session("a = round(tokens_float); b = tokens_int % 3 - 2; c = tokens_int / 2; d = -tokens_int ^ 2;");
        assertThat(eval(s, "b", "0145")).isEqualTo("[-2, -1, -1, 0] (ints)");
        assertThat(eval(s, "c", "14")).isEqualTo("[0.5, 2.0] (floats)");
        assertThat(eval(s, "d", "12")).isEqualTo("[1, 4] (ints)");
        Interpreter r = new Interpreter();
        assertThat(((Column) r.evaluate(r.sop("tokens_float"), java.util.List.of(new Value.Str("2.5"),
                new Value.Str("3.5"), new Value.Str("-0.5")))).atom(0)).isEqualTo(new Value.Float(2.5));
        Interpreter t = session("x = round(tokens_float);");
        assertThat(Format.sequence((Column) t.evaluate(t.sop("x"), java.util.List.of(new Value.Str("2.5"),
                new Value.Str("3.5"), new Value.Str("-0.5"))))).isEqualTo("[2, 4, 0] (ints)");
    }

    @Test
    void mixedTypesInOneSequenceAreAnErrorButIntsAndFloatsMix() {
        Interpreter s = session("ok = 1 if indices == 0 else 0.5; bad = \"a\" if indices == 0 else 1;"
                .replace("bad = \"a\" if indices == 0 else 1;", ""));
        assertThat(eval(s, "ok", "abc")).isEqualTo("[1, 0.5, 0.5] (floats)");
        assertThat(RaspTesting.diagnostics("bad = \"a\" if indices == 0 else 1;"))
                .anySatisfy(d -> assertThat(d.message()).contains("vals of different types"));
    }

    @Test
    void indexingAndMembership() {
        Interpreter s = session("d = {\"a\": 1, \"b\": 2}; v = d[tokens]; last = tokens[-1]; two = tokens[1];"
                + "m = tokens in [\"a\"]; has = \"b\" in tokens; l = [10, 20, 30][indices];");
        assertThat(eval(s, "v", "abba")).isEqualTo("[1, 2, 2, 1] (ints)");
        assertThat(eval(s, "last", "abc")).isEqualTo("[c]*3 (strings)");
        assertThat(eval(s, "two", "abc")).isEqualTo("[b]*3 (strings)");
        assertThat(eval(s, "m", "ab")).isEqualTo("[T, F] (bools)");
        assertThat(eval(s, "has", "ab")).isEqualTo("[T]*2 (bools)");
        assertThat(eval(s, "l", "abc")).isEqualTo("[10, 20, 30] (ints)");
    }

    @Test
    void metaLevelLoopsComprehensionsAndClosures() {
        Interpreter s = session("def adder(n) { def add(x) { return x + n; } return add; }"
                + "plus2 = adder(2); y = plus2(indices);"
                + "total = 0; for i in range(4) { total = total + i; }"
                + "flags = {c: tokens == c for c in [\"a\", \"b\"]}; fa = flags[\"a\"];");
        assertThat(eval(s, "y", "abc")).isEqualTo("[2, 3, 4] (ints)");
        assertThat(s.get("total")).isEqualTo(new Value.Int(6));
        assertThat(eval(s, "fa", "ab")).isEqualTo("[T, F] (bools)");
    }

    @Test
    void selectorsCombineWithAndOrNot() {
        Interpreter s = session("lt = select(indices, indices, <); eq = select(indices, indices, ==);"
                + "le = lt or eq; gt = not le; none = lt and eq;");
        assertThat(matrix(s, "le", "abc")).isEqualTo("100/110/111");
        assertThat(matrix(s, "gt", "abc")).isEqualTo("011/001/000");
        assertThat(matrix(s, "none", "abc")).isEqualTo("000/000/000");
    }

    @Test
    void selectClosestKeepsTheNearestMatchLeftFirstSelfLastElseBos() {
        Interpreter s = session("same = select_closest(tokens, tokens, ==); any = select_closest(tokens, tokens, TRUE);"
                + "none = select_closest(tokens, \"z\", ==); earlier = select_closest(indices, indices, <);"
                + "self = select_closest(indices, indices, ==); all = select(tokens, tokens, TRUE);");
        // Hand-computed: for "abab", query 0 (a) matches keys 0 and 2; 2 is the only other -> 2.
        assertThat(matrix(s, "same", "abab")).isEqualTo("0010/0001/1000/0100");
        // Everything matches: nearest other position, the left one on a tie.
        assertThat(matrix(s, "any", "abab")).isEqualTo("0100/1000/0100/0010");
        assertThat(matrix(s, "none", "abab")).isEqualTo("1000/1000/1000/1000");
        assertThat(matrix(s, "earlier", "abcd")).isEqualTo("1000/1000/0100/0010");
        // Only the query itself matches: it is kept.
        assertThat(matrix(s, "self", "abc")).isEqualTo("100/010/001");
        assertThat(matrix(s, "all", "ab")).isEqualTo("11/11");
    }

    @Test
    void closestMatchRuleOnArrays() {
        assertThat(ClosestMatch.select(2, new boolean[] {true, true, false, true, true})).isEqualTo(1);
        assertThat(ClosestMatch.select(2, new boolean[] {true, false, true, true, false})).isEqualTo(3);
        assertThat(ClosestMatch.select(2, new boolean[] {false, false, true, false})).isEqualTo(2);
        assertThat(ClosestMatch.select(1, new boolean[] {false, false, false})).isZero();
    }

    @Test
    void closestOfAnySelectorComposesACausalHead() {
        Interpreter s = session("causal = closest(select(tokens, tokens, ==) and select(indices, indices, <=));"
                + "both = closest(select(tokens, tokens, ==));");
        // Hand-computed on "abab": only keys at or left of the query count; self only when alone.
        assertThat(matrix(s, "causal", "abab")).isEqualTo("1000/0100/1000/0100");
        assertThat(matrix(s, "both", "abab")).isEqualTo("0010/0001/1000/0100");
    }

    @Test
    void encodingAnnotationsReturnTheSameSop() {
        Interpreter s = session("x = tokens == \"a\"; y = numerical(x); z = categorical(tokens);");
        assertThat(s.get("y")).isSameAs(s.get("x"));
        assertThat(s.encodingOf(s.sop("x"))).isEqualTo(Encoding.NUMERICAL);
        assertThat(s.encodingOf(s.sop("tokens"))).isEqualTo(Encoding.CATEGORICAL);
    }

    @Test
    void analysisCountsLayersAndHeadsAsTheReference() {
        Interpreter s = session("load \"tasks\";");
        Analysis reverse = Analysis.of(s, s.sop("task_reverse"));
        assertThat(reverse.layers()).isEqualTo(2);
        assertThat(reverse.maxHeads()).isEqualTo(1);
        Analysis dyck2 = Analysis.of(s, s.sop("task_dyck2"));
        assertThat(dyck2.layers()).isEqualTo(4);
        assertThat(dyck2.heads().values().stream().map(java.util.List::size).toList()).containsExactly(1, 2, 1, 1);
    }

    @Test
    void floatsPrintAsPythonPrintsThem() {
        assertThat(Py.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Py.floatRepr(1e-5)).isEqualTo("1e-05");
        assertThat(Py.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(Py.floatRepr(123.0)).isEqualTo("123.0");
        assertThat(Py.floatRepr(Py.round3(2.0 / 3))).isEqualTo("0.667");
    }
}
