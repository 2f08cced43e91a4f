package dev.tprog.task;

/** The special token strings of the reference implementation. */
public final class Tokens {
    /** Beginning of sequence: every generated input starts with it. */
    public static final String BOS = "<s>";
    /** End of sequence: closes reverse and sort inputs. */
    public static final String EOS = "</s>";
    /** Padding: id 0 of every vocabulary, never a token or label in a dataset file. */
    public static final String PAD = "<pad>";
    /** Unknown: a real label in the induction task ("this letter was not seen before"). */
    public static final String UNK = "<unk>";

    private Tokens() {}
}
