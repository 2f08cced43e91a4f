package dev.tprog.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programs written directly as IR, for the standard hist and reverse tasks (V = 8, max
 * length 8), so the executor, the file format and the emitters are tested on programs whose
 * meaning is known.
 */
public final class HandBuiltPrograms {
    static final ValueSet HIST_TOKENS = ValueSet.strings(List.of("<pad>", "0", "1", "2", "3", "4", "5", "<s>"));
    static final ValueSet REVERSE_TOKENS = ValueSet.strings(List.of("<pad>", "0", "1", "2", "3", "4", "</s>", "<s>"));

    private HandBuiltPrograms() {}

    /**
     * hist: a numerical head counts, for each position, the positions holding the same token
     * (query token matches key token); a numerical MLP turns the count c into category c;
     * the classifier reads category c as the label "c".
     */
    public static Program hist() {
        int[] sameToken = new int[HIST_TOKENS.size()];
        for (int t = 0; t < sameToken.length; t++) {
            sameToken[t] = t == 0 ? Predicate.NONE : t;
        }
        NumericalAttention count = new NumericalAttention("token_count", "tokens", "tokens", "ones", new Predicate(sameToken));
        Map<List<Integer>, Integer> table = new LinkedHashMap<>();
        for (int c = 1; c <= 7; c++) {
            table.put(List.of(c), c);
        }
        NumericalMlp category = new NumericalMlp("count_category", List.of("token_count"), ValueSet.range(8), table, 0);
        List<String> classes = List.of("1", "2", "3", "4", "5", "6", "7");
        Classifier classifier = new Classifier(classes,
                List.of(ClassifierTerm.Categorical.of("count_category", indicatorRows(ValueSet.range(8), classes))),
                Classifier.Readout.EACH_POSITION);
        return new Program("hist", HIST_TOKENS, 8, false, List.of(),
                List.of(new Layer(List.of(count, category))), classifier);
    }

    /**
     * reverse: layer 0 finds the position e of {@code </s>} (every query matches the key
     * {@code </s>}) and an MLP computes the source position e - p; layer 1 attends to that
     * position and copies its token.
     */
    public static Program reverse() {
        return reverse("reverse", REVERSE_TOKENS, List.of("0", "1", "2", "3", "4"));
    }

    /**
     * reverse with {@code <unk>} in its vocabulary and among its classes, as {@code tprog train
     * --vocab-size} on data makes one: an unknown token reads as {@code <unk>}, so the mirrored
     * position predicts {@code <unk>}.
     */
    public static Program reverseReadingUnknown() {
        return reverse("reverse_unk", ValueSet.strings(List.of("<pad>", "<unk>", "0", "1", "2", "3", "4", "</s>", "<s>")),
                List.of("0", "1", "2", "3", "4", "<unk>"));
    }

    private static Program reverse(String name, ValueSet vocabulary, List<String> classes) {
        int eos = vocabulary.slotOf("</s>");
        int[] toEos = new int[vocabulary.size()];
        java.util.Arrays.fill(toEos, eos);
        CategoricalAttention eosPosition = new CategoricalAttention("eos_position", "tokens", "tokens", "positions",
                new Predicate(toEos));
        int[] source = new int[8 * 8];
        for (int p = 0; p < 8; p++) {
            for (int e = 0; e < 8; e++) {
                source[p * 8 + e] = Math.max(0, e - p);
            }
        }
        CategoricalMlp sourcePosition = new CategoricalMlp("source_position", List.of("positions", "eos_position"),
                ValueSet.range(8), source);
        int[] identity = new int[8];
        for (int p = 0; p < 8; p++) {
            identity[p] = p;
        }
        CategoricalAttention reversed = new CategoricalAttention("reversed", "source_position", "positions", "tokens",
                new Predicate(identity));
        Classifier classifier = new Classifier(classes,
                List.of(ClassifierTerm.Categorical.of("reversed", indicatorRows(vocabulary, classes))),
                Classifier.Readout.EACH_POSITION);
        return new Program(name, vocabulary, 8, false, List.of(),
                List.of(new Layer(List.of(eosPosition, sourcePosition)), new Layer(List.of(reversed))), classifier);
    }

    /**
     * A language-sized vocabulary (3000 words, {@code <unk>} among them) and a two-valued embedding
     * of it, the word's parity: a categorical head copies the parity of the nearest word of the
     * same parity, and the classifier reads the word itself (a row per word) and both parities.
     * Every table over the vocabulary is larger than the emitters write as code.
     */
    public static Program largeVocabulary() {
        List<String> words = new ArrayList<>(List.of("<pad>", "<unk>", "<s>"));
        for (int w = 0; w < 3000; w++) {
            words.add("w" + w);
        }
        ValueSet vocabulary = ValueSet.strings(words);
        int[] parity = new int[words.size()];
        for (int t = 3; t < parity.length; t++) {
            parity[t] = (t - 3) % 2;
        }
        TokenEmbedding embedding = new TokenEmbedding("parity", ValueSet.range(2), parity);
        CategoricalAttention sameParity = new CategoricalAttention("same_parity", "parity", "parity", "parity",
                new Predicate(new int[] {0, 1}));
        List<String> classes = List.of("even", "odd");
        float[][] wordRows = new float[words.size()][2];
        for (int t = 0; t < wordRows.length; t++) {
            wordRows[t][parity[t]] = 1f + t / 4096f; // distinct weights, so a row read from the wrong word shows
        }
        Classifier classifier = new Classifier(classes,
                List.of(ClassifierTerm.Categorical.of(Program.TOKENS, wordRows),
                        ClassifierTerm.Categorical.of("same_parity", new float[][] {{0.5f, 0}, {0, 0.25f}})),
                Classifier.Readout.EACH_POSITION);
        return new Program("large_vocabulary", vocabulary, 8, false, List.of(embedding),
                List.of(new Layer(List.of(sameParity))), classifier);
    }

    /**
     * Over sequences of up to 40 tokens, a numerical MLP of two counts, the occurrences c of the
     * position's token and the number d of 1s: category 1 when c > d, else 0. Its table, every
     * pair with c > d, has far more entries than the emitters write as code.
     */
    public static Program moreThanOnes() {
        int[] sameToken = new int[HIST_TOKENS.size()];
        int[] one = new int[HIST_TOKENS.size()];
        for (int t = 0; t < sameToken.length; t++) {
            sameToken[t] = t == 0 ? Predicate.NONE : t;
            one[t] = t == 0 ? Predicate.NONE : HIST_TOKENS.slotOf("1");
        }
        NumericalAttention occurrences = new NumericalAttention("occurrences", "tokens", "tokens", "ones",
                new Predicate(sameToken));
        NumericalAttention ones = new NumericalAttention("ones_count", "tokens", "tokens", "ones", new Predicate(one));
        Map<List<Integer>, Integer> table = new LinkedHashMap<>();
        for (int c = 0; c <= 40; c++) {
            for (int d = 0; d < c; d++) {
                table.put(List.of(c, d), 1);
            }
        }
        NumericalMlp more = new NumericalMlp("more_than_ones", List.of("occurrences", "ones_count"), ValueSet.range(2),
                table, 0);
        List<String> classes = List.of("no", "yes");
        Classifier classifier = new Classifier(classes,
                List.of(ClassifierTerm.Categorical.of("more_than_ones", new float[][] {{1, 0}, {0, 1}})),
                Classifier.Readout.EACH_POSITION);
        return new Program("more_than_ones", HIST_TOKENS, 40, false, List.of(),
                List.of(new Layer(List.of(occurrences, ones)), new Layer(List.of(more))), classifier);
    }

    /** The same program, renamed, with a pooled classifier: one class per input, from its positions' mean logits. */
    public static Program pooled(Program program) {
        Classifier classifier = program.classifier();
        return new Program(program.name() + "_pooled", program.vocabulary(), program.maxLength(), program.causal(),
                program.embeddings(), program.layers(),
                new Classifier(classifier.classes(), classifier.terms(), Classifier.Readout.POOLED));
    }

    /** Weight 1 where a value's name is the class's name, 0 elsewhere. */
    static float[][] indicatorRows(ValueSet values, List<String> classes) {
        float[][] rows = new float[values.size()][classes.size()];
        for (int v = 0; v < values.size(); v++) {
            int c = classes.indexOf(values.name(v));
            if (c >= 0) {
                rows[v][c] = 1;
            }
        }
        return rows;
    }

    static List<String> tokens(String text) {
        return new ArrayList<>(List.of(text.split(" ")));
    }
}
