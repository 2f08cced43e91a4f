package dev.tprog.train;

import dev.tprog.io.AtomicFiles;
import dev.tprog.program.ProgramFormat;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a finished run adds to its directory (beside {@code config.json} and
 * {@code checkpoint.bin}): {@code results.csv}, one row per epoch then the final scores, and
 * {@code program.json}.
 */
public final class RunFiles {
    private RunFiles() {}

    public static void write(Path directory, Trainer.Result result) {
        StringBuilder csv = new StringBuilder("epoch,temperature,train_loss,val_accuracy,seconds\n");
        for (Trainer.EpochReport epoch : result.epochs()) {
            csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.3f%n", epoch.epoch(), epoch.temperature(),
                    epoch.trainLoss(), epoch.validationAccuracy(), epoch.seconds()));
        }
        csv.append("\nsplit,model_accuracy,program_accuracy,scored_positions\n");
        for (Trainer.SplitScore score : result.scores()) {
            csv.append(String.format(Locale.ROOT, "%s,%.6f,%.6f,%d%n", score.split().fileStem(),
                    score.model().tokenAccuracy(), score.program().tokenAccuracy(), score.model().scored()));
        }
        AtomicFiles.writeString(directory.resolve("results.csv"), csv.toString());
        ProgramFormat.write(result.program(), directory.resolve("program.json"));
    }
}
