package dev.tprog.cli;

import dev.tprog.program.JavaEmitter;
import dev.tprog.program.Program;
import dev.tprog.program.PythonEmitter;
import dev.tprog.program.RaspEmitter;

/** The languages programs are emitted in. */
enum Language {
    PYTHON, JAVA, RASP;

    String emit(Program program, String javaClassName) {
        return switch (this) {
            case PYTHON -> PythonEmitter.emit(program);
            case JAVA -> JavaEmitter.emit(program, javaClassName);
            case RASP -> RaspEmitter.emit(program);
        };
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
