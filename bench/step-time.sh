#!/usr/bin/env bash
# One training step's time (bench/StepTime.java), for work on the engine: the sort and reverse
# configurations on 1 thread and on all processors, a few rounds each (the fastest step is the
# steadiest figure on a shared machine).
#
#   bench/step-time.sh                 # uses target/tprog-all.jar (built by ./tprog)
#   JAR=/path/to/other.jar bench/step-time.sh   # the same for another build, to compare
#   CONFIGS=sort TEMPERATURE=0.03 CHECKPOINT=runs/sort/checkpoint.bin bench/step-time.sh
#                                      # a step late in training: a trained model, a low temperature
#
# Environment: JAR, CONFIGS ("sort reverse"), ROUNDS (3), WARMUP (60), STEPS (80), TEMPERATURE
# (1), CHECKPOINT (none: an untrained model; else a checkpoint.bin of a run of the one configuration).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$here/target/tprog-all.jar}"
[ "$JAR" != "$here/target/tprog-all.jar" ] || "$here/tprog" --version >/dev/null # builds on first use
for config in ${CONFIGS:-sort reverse}; do
  for threads in 1 "$(nproc)"; do
    for _ in $(seq "${ROUNDS:-3}"); do
      java --add-modules jdk.incubator.vector -cp "$JAR" "$here/bench/StepTime.java" "$config" "$threads" \
          "${WARMUP:-60}" "${STEPS:-80}" "${TEMPERATURE:-1}" ${CHECKPOINT:+"$CHECKPOINT"} 2>&1 | grep -v -e '^WARNING: Using incubator modules' -e 'incubating module' -e '^1 warning'
    done
  done
done
