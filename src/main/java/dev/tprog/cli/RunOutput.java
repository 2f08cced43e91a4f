package dev.tprog.cli;

import dev.tprog.io.AtomicFiles;
import dev.tprog.program.Program;
import dev.tprog.program.Simplifier;
import dev.tprog.train.RunFiles;
import dev.tprog.train.Trainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's program (and its emissions) and prints the scores; shared by train and
 * decompile. A standard transformer's run has no program: only its model's scores.
 */
final class RunOutput {
    private RunOutput() {}

    /** @return whether the discrete model and its program scored the same on every split */
    static boolean write(Path out, String name, Trainer.Result result, List<Language> languages, PrintWriter stdout) {
        RunFiles.write(out, result);
        Program program = result.program();
        for (Language language : languages) {
            String className = Language.javaClassName(name);
            String file = switch (language) {
                case PYTHON -> name + ".py";
                case JAVA -> className + ".java";
                case RASP -> name + ".rasp";
            };
            AtomicFiles.writeString(out.resolve(file), language.emit(Simplifier.simplify(program), className));
        }
        boolean identical = true;
        for (Trainer.SplitScore score : result.scores()) {
            if (program == null) {
                stdout.printf(Locale.ROOT, "%-5s  model %.2f%%  (%d positions)%n", score.split().fileStem(),
                        100 * score.model().tokenAccuracy(), score.model().scored());
                continue;
            }
            identical &= score.model().correct() == score.program().correct();
            stdout.printf(Locale.ROOT, "%-5s  model %.2f%%  program %.2f%%  (%d positions)%n", score.split().fileStem(),
                    100 * score.model().tokenAccuracy(), 100 * score.program().tokenAccuracy(), score.model().scored());
        }
        stdout.printf("wrote %s: %s%s%n", out, program == null ? "results.csv" : "program.json, results.csv",
                languages.isEmpty() ? "" : " and the program in " + String.join(", ", languages.stream().map(Language::label).toList()));
        stdout.flush();
        return identical;
    }
}
