package dev.tprog.task.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleTokenizerTest {
    @Test
    void splitsWordsFromPunctuation() {
        assertThat(SimpleTokenizer.tokenize("How do bees make honey?"))
                .containsExactly("How", "do", "bees", "make", "honey", "?");
        assertThat(SimpleTokenizer.tokenize("Who wrote \"Middlemarch\"?"))
                .containsExactly("Who", "wrote", "\"", "Middlemarch", "\"", "?");
    }

    @Test
    void keepsInnerApostrophesAndHyphens() {
        assertThat(SimpleTokenizer.tokenize("What's the fastest-growing plant? It isn't 'bamboo'-like."))
                .containsExactly("What's", "the", "fastest-growing", "plant", "?", "It", "isn't", "'", "bamboo", "'",
                        "-", "like", ".");
        assertThat(SimpleTokenizer.tokenize("rock’n’roll -- yes")).containsExactly("rock’n’roll", "-", "-", "yes");
    }

    @Test
    void splitsNumbersAbbreviationsAndSymbolsCharacterByCharacter() {
        assertThat(SimpleTokenizer.tokenize("U.S. sales: $3.5 billion (1,000...)"))
                .containsExactly("U", ".", "S", ".", "sales", ":", "$", "3", ".", "5", "billion", "(", "1", ",", "000",
                        ".", ".", ".", ")");
    }

    @Test
    void handlesLettersBeyondAsciiAndIgnoresAllWhiteSpace() {
        assertThat(SimpleTokenizer.tokenize("Café\u00A0naïve\tZürich\u200B—Ελλάδα 😀"))
                .containsExactly("Café", "naïve", "Zürich", "—", "Ελλάδα", "😀");
        assertThat(SimpleTokenizer.tokenize(" \t ")).isEmpty();
    }
}
