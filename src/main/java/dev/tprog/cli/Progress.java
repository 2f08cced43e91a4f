package dev.tprog.cli;

import dev.tprog.train.Trainer;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Training progress: one line per epoch (epoch, loss, validation accuracy, temperature, time)
 * and, on a terminal, a bar that redraws itself in place while the epoch's steps run.
 */
final class Progress implements Trainer.Listener {
    private static final int BAR = 30;

    private final PrintWriter out;
    private final int epochs;
    private final boolean quiet;
    private final boolean terminal;

    Progress(PrintWriter out, int epochs, boolean quiet, boolean terminal) {
        this.out = out;
        this.epochs = epochs;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    @Override
    public void step(int epoch, int step, int steps, double temperature, double loss) {
        if (quiet || !terminal) {
            return;
        }
        int done = BAR * step / steps;
        out.printf(Locale.ROOT, "\repoch %4d/%d [%s%s] step %d/%d  loss %.4f%s", epoch, epochs, "=".repeat(done),
                " ".repeat(BAR - done), step, steps, loss, tau(temperature));
        out.flush();
    }

    @Override
    public void epoch(Trainer.EpochReport report) {
        if (quiet) {
            return;
        }
        if (terminal) {
            out.print("\r\033[K");
        }
        out.printf(Locale.ROOT, "epoch %4d/%d  loss %.4f  val %.2f%%%s%s  %.1f s%n", report.epoch(), epochs,
                report.trainLoss(), 100 * report.validationAccuracy(), sampled(report.sampledValidationAccuracy()),
                tau(report.temperature()), report.seconds());
        out.flush();
    }

    /** The still-stochastic model's validation accuracy; a standard transformer has none (NaN). */
    private static String sampled(double accuracy) {
        return Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, " (sampled %.2f%%)", 100 * accuracy);
    }

    /** The temperature column; a standard transformer has none (NaN). */
    private static String tau(double temperature) {
        return Double.isNaN(temperature) ? "" : String.format(Locale.ROOT, "  tau %.4f", temperature);
    }
}
