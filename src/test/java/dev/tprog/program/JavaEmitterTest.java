package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the Java emitter writes tables: small ones as code a reader can follow, large ones as data. */
class JavaEmitterTest {

    @Test
    void smallTablesAreCode() {
        String java = JavaEmitter.emit(HandBuiltPrograms.reverse(), "Reverse");
        assertThat(java).contains("VOCABULARY = List.of(\"<pad>\", \"0\", \"1\"").contains("Map.entry(\"</s>\"")
                .doesNotContain("items(");
    }

    @Test
    void tablesOverTheVocabularyOfALanguageTaskAreData() {
        Program program = HandBuiltPrograms.largeVocabulary();
        String java = JavaEmitter.emit(program, "Large");
        assertThat(java).contains("VOCABULARY = List.of(items(", "EMBEDDING_parity = lookup(VOCABULARY, integers(items(",
                "W_tokens = rows(List.of(items(", "W_same_parity = Map.ofEntries(");
        // no switch over the vocabulary: one case per word would not fit in a method
        assertThat(java.lines().filter(line -> line.strip().startsWith("case ")).count()).isLessThan(10);
        // 3003 words, 64 to a constant
        assertThat(java.lines().filter(line -> line.strip().startsWith("\"<pad>\\u001f<unk>\\u001f<s>\\u001fw0\\u001f")))
                .hasSize(2); // the vocabulary, and the keys of the classifier's rows over it
        EmittedJava compiled = EmittedJava.compile(program);
        assertThat(compiled.run(List.of("<s>", "w7", "w2999", "w4", "nothing"))).isEqualTo(new Executor(program)
                .predict(List.of("<s>", "w7", "w2999", "w4", "nothing")));
    }

    @Test
    void manyInputTuplesOfAnMlpOutputAreData() {
        Program program = HandBuiltPrograms.moreThanOnes();
        String java = JavaEmitter.emit(program, "MoreThanOnes");
        // 820 pairs (c, d) with 0 <= d < c <= 40, both counts integers
        assertThat(java).contains("static final Set<List<?>> MLP_more_than_ones_0 = tuples(items(",
                "\"1\\u001f0\\u001f2\\u001f0\\u001f2\\u001f1\\u001f3\\u001f0", "), true, true);");
        List<String> input = List.of("<s>", "2", "2", "1", "2", "3");
        assertThat(EmittedJava.compile(program).run(input)).isEqualTo(new Executor(program).predict(input))
                .containsExactly("no", "yes", "yes", "no", "yes", "no");
    }

    @Test
    void aLargeTableWithTheSeparatorInAnItemIsRefused() {
        List<String> words = new ArrayList<>(List.of("<pad>", "<s>"));
        for (int w = 0; w < JavaEmitter.LARGE; w++) {
            words.add("w" + w);
        }
        words.add("a\u001fb");
        Program program = new Program("odd", ValueSet.strings(words), 4, false, List.of(), List.of(),
                new Classifier(List.of("x"), List.of(ClassifierTerm.Categorical.of(Program.TOKENS, new float[words.size()][1])),
                        Classifier.Readout.EACH_POSITION));
        assertThatThrownBy(() -> JavaEmitter.emit(program, "Odd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value \"a\\u001fb\" contains U+001F, which the emitted Java uses to separate the items"
                        + " of a large table");
    }
}
