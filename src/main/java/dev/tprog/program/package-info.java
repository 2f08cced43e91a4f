/**
 * The hub: the Program IR of a discrete transformer program, its executor, file format, emitters
 * (Python, Java, RASP), simplifier and verifier. Training, the RASP compiler and the synthesizer
 * meet here and depend on nothing of each other.
 */
package dev.tprog.program;
