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

    /** The Java class for a program called {@code name}: {@code double_hist} becomes {@code DoubleHist}. */
    static String javaClassName(String name) {
        StringBuilder className = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                className.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return className.length() == 0 || !Character.isLetter(className.charAt(0)) ? "Program" + className : className.toString();
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
