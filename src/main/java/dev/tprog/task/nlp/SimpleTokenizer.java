package dev.tprog.task.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation, approximating nltk's {@code word_tokenize}, which the
 * reference applies to its classification sets. A token is either a run of letters and digits
 * that may contain single inner apostrophes or hyphens ({@code don't}, {@code fastest-growing}),
 * or one character that is neither a letter, a digit, white space nor a control character.
 *
 * <p>nltk (Punkt sentence splitting, then the Penn Treebank rules) differs in these ways, so
 * vocabularies and sentence lengths are close to the reference's but not identical:
 * <ul>
 * <li>contractions and possessives: nltk {@code do n't}, {@code What 's}, {@code John 's};
 *     here {@code don't}, {@code What's}, {@code John's};
 * <li>double quotes: nltk rewrites them as {@code ``} and {@code ''}; here they stay {@code "};
 * <li>numbers: nltk keeps {@code 3.5} and {@code 1,000}; here {@code 3 . 5} and {@code 1 , 000};
 * <li>abbreviations inside a sentence: nltk keeps {@code U.S.} and {@code Mr.}; here {@code U . S .};
 * <li>runs of punctuation: nltk keeps {@code ...} and {@code --} whole; here one token per character;
 * <li>URLs: nltk {@code http : //example.com}; here {@code http : / / example . com}.
 * </ul>
 */
public final class SimpleTokenizer {
    private static final String LETTER_OR_DIGIT = "[\\p{L}\\p{M}\\p{N}]";
    private static final Pattern TOKEN = Pattern.compile(
            LETTER_OR_DIGIT + "+(?:['’-]" + LETTER_OR_DIGIT + "+)*"
                    + "|[^\\p{L}\\p{M}\\p{N}\\p{IsWhite_Space}\\p{Cc}\\p{Cf}]");

    private SimpleTokenizer() {}

    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
