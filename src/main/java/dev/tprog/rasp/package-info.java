/**
 * RASP, the language of transformer computations: grammar, AST, analysis, evaluator, REPL and a
 * standard library of {@code .rasp} programs.
 */
package dev.tprog.rasp;
