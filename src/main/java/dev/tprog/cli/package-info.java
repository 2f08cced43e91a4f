/**
 * The {@code tprog} command line (picocli). Commands parse options, call the library and print;
 * they hold no logic of their own.
 */
package dev.tprog.cli;
