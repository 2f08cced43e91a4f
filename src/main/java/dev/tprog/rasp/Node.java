package dev.tprog.rasp;

import java.util.List;

/**
 * A node of a RASP computation graph: an s-op or a selector. Nodes are immutable and compared
 * by identity (two separately built {@code select(...)}s are two heads, as in the reference);
 * names and encodings are kept beside the graph, in the session that built it.
 */
public sealed interface Node extends Value permits SOp, Selector {
    /** The nodes this one is computed from, in a fixed order. */
    List<Node> inputs();
}
