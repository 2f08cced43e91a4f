package dev.tprog.synth;

/** How a search ended: a program matching every visible example, or a limit that stopped it. */
public sealed interface SearchResult {
    Statistics statistics();

    record Found(Term term, Statistics statistics) implements SearchResult {}

    /** {@code reason} is one line saying which limit stopped the search and where. */
    record Stopped(String reason, Statistics statistics) implements SearchResult {}
}
