package dev.tprog.train;

import dev.tprog.io.AtomicFiles;
import dev.tprog.program.ProgramFormat;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a finished run adds to its directory (beside {@code config.json} and
 * {@code checkpoint.bin}): {@code results.csv}, one row per epoch then the final scores, and
 * {@code program.json}. A standard transformer has no temperature, no sampled accuracy and no
 * program, so its {@code results.csv} has none of those columns and no {@code program.json} is
 * written.
 */
public final class RunFiles {
    private RunFiles() {}

    public static void write(Path directory, Trainer.Result result) {
        boolean program = result.program() != null;
        StringBuilder csv = new StringBuilder(program ? "epoch,temperature,train_loss,val_accuracy,seconds,val_accuracy_sampled\n"
                : "epoch,train_loss,val_accuracy,seconds\n");
        for (Trainer.EpochReport epoch : result.epochs()) {
            csv.append(String.format(Locale.ROOT, "%d,", epoch.epoch()));
            if (program) {
                csv.append(String.format(Locale.ROOT, "%.6f,", epoch.temperature()));
            }
            csv.append(String.format(Locale.ROOT, "%.6f,%.6f,%.3f", epoch.trainLoss(), epoch.validationAccuracy(),
                    epoch.seconds()));
            if (program) {
                csv.append(String.format(Locale.ROOT, ",%.6f", epoch.sampledValidationAccuracy()));
            }
            csv.append(System.lineSeparator());
        }
        csv.append(program ? "\nsplit,model_accuracy,program_accuracy,scored_positions\n"
                : "\nsplit,model_accuracy,scored_positions\n");
        for (Trainer.SplitScore score : result.scores()) {
            csv.append(String.format(Locale.ROOT, "%s,%.6f,", score.split().fileStem(), score.model().tokenAccuracy()));
            if (program) {
                csv.append(String.format(Locale.ROOT, "%.6f,", score.program().tokenAccuracy()));
            }
            csv.append(score.model().scored()).append(System.lineSeparator());
        }
        AtomicFiles.writeString(directory.resolve("results.csv"), csv.toString());
        if (program) {
            ProgramFormat.write(result.program(), directory.resolve("program.json"));
        }
    }
}
