package dev.tprog.train;

/**
 * The reference's per-step temperature: epoch anchors {@code geomspace(tau_init, tau_end, epochs)};
 * within epoch e the steps run geometrically from anchor e to anchor e + 1; the last epoch stays
 * at {@code tau_end}. Every sampler of the model shares it.
 */
public record TemperatureSchedule(double initial, double end, int epochs, int stepsPerEpoch) {

    public double at(int epoch, int step) {
        if (epoch >= epochs - 1) {
            return end;
        }
        return geometric(anchor(epoch), anchor(epoch + 1), step, stepsPerEpoch);
    }

    private double anchor(int epoch) {
        return geometric(initial, end, epoch, epochs);
    }

    /** numpy's {@code geomspace(from, to, count)[index]}: the endpoints exactly, log-linear between. */
    static double geometric(double from, double to, int index, int count) {
        if (index == 0 || count == 1) {
            return from;
        }
        if (index == count - 1) {
            return to;
        }
        return from * Math.pow(to / from, (double) index / (count - 1));
    }
}
