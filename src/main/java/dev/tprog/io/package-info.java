/**
 * Small file utilities every part shares: atomic writes (temporary file, then rename) and the
 * exception that carries a one-line message about bad input. It depends on nothing else in tprog.
 */
package dev.tprog.io;
