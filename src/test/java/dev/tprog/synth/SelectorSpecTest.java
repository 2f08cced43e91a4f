package dev.tprog.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inverse semantics of selector_width, aggregate, and and or on one input,
 * {@code <s> b a b}, computed by hand. A row is written with key j at bit j: 0b1010 selects
 * keys 1 and 3. Strings order as "<s>" < "a" < "b".
 */
class SelectorSpecTest {
    private static final Layout LAYOUT = new Layout(List.of(List.of("<s>", "b", "a", "b")), List.of("c"));
    private static final double A = LAYOUT.code("a");
    private static final double B = LAYOUT.code("b");

    /** select(tokens, tokens, ==): each token with its copies. */
    private static final long[] SAME = {0b0001, 0b1010, 0b0100, 0b1010};
    /** select(tokens, tokens, <): the smaller tokens ("<s>" is the smallest). */
    private static final long[] SMALLER = {0b0000, 0b0101, 0b0001, 0b0101};
    /** select(indices, indices, ==). */
    private static final long[] DIAGONAL = {0b0001, 0b0010, 0b0100, 0b1000};
    private static final long[] FULL = {0b1111, 0b1111, 0b1111, 0b1111};

    /** The histogram, BOS free: 2, 1, 2 at the tokens. */
    private static SelectorSpec histogram() {
        return SelectorSpec.widths(numbers(false, null, new double[] {2}, new double[] {1}, new double[] {2}));
    }

    private static SOpSpec numbers(boolean distinct, double[]... allowed) {
        return new SOpSpec(LAYOUT, Type.NUM, allowed, distinct, 0);
    }

    @Test
    void widthsCountTheSelectedKeysAndIgnoreFreeRows() {
        SelectorSpec spec = histogram();
        assertThat(spec.accepts(SAME)).isTrue();
        assertThat(spec.accepts(new long[] {0b1111, 0b1010, 0b0100, 0b1010})).as("the free BOS row may select anything").isTrue();
        assertThat(spec.accepts(new long[] {0b0001, 0b0010, 0b0100, 0b1010})).as("row 1 selects one key, not two").isFalse();
        assertThat(spec.rows()).isEqualTo(3);
        assertThat(spec.depth()).isEqualTo(1);
    }

    @Test
    void widthsNoSelectorCanReachAreRefused() {
        assertThat(SelectorSpec.widths(numbers(false, null, new double[] {5}, null, null))).as("4 keys at most").isNull();
        assertThat(SelectorSpec.widths(numbers(false, null, new double[] {1.5}, null, null))).as("not a count").isNull();
        assertThat(SelectorSpec.widths(numbers(false, null, new double[] {1.5, 3}, null, null))).isNotNull();
    }

    @Test
    void distinctWidthsAreCheckedOnTheWholeSelectorOnly() {
        double[] any = {0, 1, 2, 3, 4};
        SelectorSpec spec = SelectorSpec.widths(numbers(true, any, any, any, any));
        long[] repeated = {0b0000, 0b0001, 0b0001, 0b0111};
        assertThat(spec.accepts(repeated)).isTrue();
        assertThat(spec.acceptsWhole(repeated)).as("widths 0 1 1 3").isFalse();
        assertThat(spec.acceptsWhole(new long[] {0b0000, 0b0001, 0b0011, 0b0111})).isTrue();
    }

    @Test
    void aGatherSelectsExactlyOneRightKeyAndAFreeRowReadsItself() {
        SOpSpec target = new SOpSpec(LAYOUT, Type.CAT, new double[][] {null, {A}, {B}, {B}}, false, 0);
        double[] tokens = {LAYOUT.code("<s>"), B, A, B};
        SelectorSpec spec = SelectorSpec.gather(target, tokens);
        assertThat(spec.within(0)).as("BOS is free: any one key").isEqualTo(0b1111);
        assertThat(spec.within(1)).as("row 1 wants an a: key 2").isEqualTo(0b0100);
        assertThat(spec.within(2)).as("row 2 wants a b: keys 1 and 3").isEqualTo(0b1010);
        assertThat(spec.exactlyOneEverywhere()).isTrue();
        assertThat(spec.accepts(new long[] {0b0001, 0b0100, 0b0010, 0b1000})).isTrue();
        assertThat(spec.accepts(new long[] {0b0001, 0b0100, 0b1010, 0b1000})).as("two keys averaged").isFalse();
        assertThat(spec.accepts(new long[] {0b1000, 0b0100, 0b0010, 0b1000})).as("BOS reads any one key").isTrue();
        assertThat(spec.accepts(new long[] {0b0000, 0b0100, 0b0010, 0b1000})).as("BOS reads nothing").isFalse();
        SelectorSpec itself = spec.readingItselfWhereFree();
        assertThat(itself.within(0)).isEqualTo(0b0001);
        assertThat(itself.within(2)).isEqualTo(0b1010);
        assertThat(itself.perfectMatching()).isTrue();

        SOpSpec twoAs = new SOpSpec(LAYOUT, Type.CAT, new double[][] {null, {A}, {A}, {B}}, false, 0);
        assertThat(SelectorSpec.gather(twoAs, tokens).readingItselfWhereFree().perfectMatching())
                .as("rows 1 and 2 both need key 2").isFalse();
        SOpSpec missing = new SOpSpec(LAYOUT, Type.CAT, new double[][] {null, {LAYOUT.code("c")}, null, null}, false, 0);
        assertThat(SelectorSpec.gather(missing, tokens)).as("no key holds c").isNull();
    }

    @Test
    void aNumericalGatherLeavesFreeRowsFree() {
        SOpSpec target = numbers(false, null, new double[] {2}, new double[] {2}, new double[] {0});
        SelectorSpec spec = SelectorSpec.gather(target, new double[] {0, 1, 2, 3});
        assertThat(spec.rows()).isEqualTo(3);
        assertThat(spec.exactlyOne()).isTrue();
        assertThat(spec.exactlyOneEverywhere()).isFalse();
    }

    @Test
    void orLeavesTheKeysTheFirstArgumentMissedAndShiftsTheCounts() {
        // select(tokens, tokens, <) already counts 0, 2, 1, 2: x must add nothing where it counts.
        SelectorSpec rest = histogram().or(SMALLER);
        assertThat(rest.accepts(new long[4])).isTrue();
        assertThat(rest.accepts(DIAGONAL)).as("each row would gain itself").isFalse();
        assertThat(rest.accepts(SMALLER)).as("keys a already selected do not count again").isTrue();
        assertThat(histogram().or(FULL)).as("4 keys is more than any row allows").isNull();
    }

    @Test
    void orRefusesAKeyOutsideTheRightOnes() {
        SOpSpec target = new SOpSpec(LAYOUT, Type.CAT, new double[][] {null, {A}, {B}, {B}}, false, 0);
        SelectorSpec gather = SelectorSpec.gather(target, new double[] {LAYOUT.code("<s>"), B, A, B}).readingItselfWhereFree();
        assertThat(gather.or(DIAGONAL)).as("row 1 would read key 1, a b").isNull();
        SelectorSpec rest = gather.or(new long[] {0b0001, 0b0100, 0b0000, 0b0000});
        assertThat(rest.accepts(new long[] {0b0000, 0b0000, 0b0010, 0b1000})).isTrue();
        assertThat(rest.accepts(new long[] {0b0000, 0b0000, 0b0000, 0b1000})).as("row 2 still needs its key").isFalse();
    }

    @Test
    void andKeepsOnlyTheKeysTheFirstArgumentSelected() {
        SelectorSpec rest = histogram().and(SAME);
        assertThat(rest.accepts(FULL)).isTrue();
        assertThat(rest.accepts(DIAGONAL)).as("row 1 keeps one of its two keys").isFalse();
        assertThat(histogram().and(DIAGONAL)).as("one key per row cannot make two").isNull();
    }

    @Test
    void equalFingerprintsForEqualSpecs() {
        assertThat(histogram().or(SMALLER).fingerprint()).isEqualTo(histogram().or(SMALLER).fingerprint())
                .isNotEqualTo(histogram().and(SAME).fingerprint());
    }
}
