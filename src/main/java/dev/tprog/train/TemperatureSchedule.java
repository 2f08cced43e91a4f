package dev.tprog.train;

/**
 * The reference's per-step temperature: epoch anchors {@code geomspace(tau_init, tau_end, epochs)}
 * (or {@code linspace} with {@link TemperatureSpacing#LINEAR}); within epoch e the steps run
 * geometrically from anchor e to anchor e + 1, whatever the anchors' spacing (the reference's
 * {@code run.py} always uses {@code geomspace} there); the last epoch stays at {@code tau_end}.
 * Every sampler of the model shares it.
 */
public record TemperatureSchedule(double initial, double end, int epochs, int stepsPerEpoch, TemperatureSpacing spacing) {

    public double at(int epoch, int step) {
        if (epoch >= epochs - 1) {
            return end;
        }
        return geometric(anchor(epoch), anchor(epoch + 1), step, stepsPerEpoch);
    }

    private double anchor(int epoch) {
        return spacing == TemperatureSpacing.LINEAR ? linear(initial, end, epoch, epochs)
                : geometric(initial, end, epoch, epochs);
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

    /** numpy's {@code linspace(from, to, count)[index]}: {@code index · step + from}, the last exactly {@code to}. */
    static double linear(double from, double to, int index, int count) {
        if (index == 0 || count == 1) {
            return from;
        }
        if (index == count - 1) {
            return to;
        }
        return index * ((to - from) / (count - 1)) + from;
    }
}
