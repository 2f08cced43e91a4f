package dev.tprog.train;

/** How the per-epoch temperature anchors run from {@code --tau-init} to {@code --tau-end}: the reference's {@code --tau_schedule}. */
public enum TemperatureSpacing {
    /** {@code geomspace} (the default): evenly on a log scale. */
    GEOMETRIC,
    /** {@code linspace}: evenly. */
    LINEAR
}
