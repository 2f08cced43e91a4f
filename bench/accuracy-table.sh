#!/usr/bin/env bash
# The paper's Table 1 with tprog: every RASP task in the configuration the table lists, several
# seeds, the best seed chosen by validation accuracy, and the test accuracy of its program.
#
#   bench/accuracy-table.sh                  # all 7 tasks, seeds 0 1 2, 250 epochs
#   TASKS="hist sort" SEEDS="0 1" bench/accuracy-table.sh
#   TASKS="double_hist-h8" bench/accuracy-table.sh   # double_hist with 4+4 heads (see config)
#   TASKS="double_hist-l2" SEEDS="0 1 2 3 4" bench/accuracy-table.sh   # double_hist with 2 layers
#
# Environment: TASKS, SEEDS, EPOCHS (250), RUNS (runs/table1: one run directory per task and
# seed; a finished run, one with program.json, is not trained again), THREADS (all processors),
# TPROG (the command that runs tprog; default ./tprog), TRAIN (1; with 0 nothing is trained and
# the table summarises the runs already in RUNS, listing the seeds found).
# Prints a Markdown table (task, config, seeds, best seed, val and test accuracy of the best
# seed's program, the paper's number, seconds of training per run) on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TASKS="${TASKS:-reverse hist double_hist sort most_freq dyck1 dyck2}"
SEEDS="${SEEDS:-0 1 2}"
EPOCHS="${EPOCHS:-250}"
RUNS="${RUNS:-$here/runs/table1}"
read -r -a tprog <<<"${TPROG:-$here/tprog}"
threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")

# Table 1 of the paper (transformer-programs.md §7): layers, categorical+numerical heads per
# layer (H split evenly), categorical+numerical MLPs per layer (M split evenly), and the test
# accuracy it reports. k is the task's default: max(vocabulary, length) = 8, or 16 for dyck.
# double_hist-h8 is double_hist with 4+4 heads per layer: Table 1 lists H4 (2+2), but the
# reference's shipped double_hist program, the one that scores 99.28, has 4+4 (§5).
# double_hist-l2 is double_hist with 2 layers, another point of the paper's configuration grid.
config() {
  case "$1" in
    reverse)     echo "3 4 4 1 1 99.79" ;;
    hist)        echo "1 2 2 1 1 100.0" ;;
    double_hist) echo "3 2 2 1 1 98.40" ;;
    double_hist-h8) echo "3 4 4 1 1 98.40" ;;
    double_hist-l2) echo "2 2 2 1 1 98.40" ;;
    sort)        echo "3 4 4 2 2 99.83" ;;
    most_freq)   echo "3 4 4 2 2 75.69" ;;
    dyck1)       echo "3 4 4 1 1 99.30" ;;
    dyck2)       echo "3 2 2 2 2 99.09" ;;
    *) echo "accuracy-table.sh: no Table 1 configuration for task '$1'" >&2; exit 2 ;;
  esac
}

"${tprog[@]}" --version >/dev/null # builds on first use
echo "| task | L | heads (cat+num) | MLPs (cat+num) | seeds | best seed (by val) | val % | test % (program = model) | paper test % | s per run (mean) |"
echo "|---|---:|---|---|---|---:|---:|---:|---:|---:|"
for task in $TASKS; do
  read -r layers cat num catm numm paper <<<"$(config "$task")"
  best="" best_val=-1 best_test="" seconds_total=0 runs=0 seeds=""
  for seed in $SEEDS; do
    out="$RUNS/$task-seed$seed"
    if [ ! -f "$out/program.json" ] && [ "${TRAIN:-1}" = 0 ]; then
      continue
    fi
    if [ ! -f "$out/program.json" ]; then
      mkdir -p "$out"
      "${tprog[@]}" train --task "${task%-*}" --size 20000 --epochs "$EPOCHS" --layers "$layers" \
        --cat-heads "$cat" --num-heads "$num" --cat-mlps "$catm" --num-mlps "$numm" \
        --seed "$seed" --out "$out" --quiet ${threads[@]+"${threads[@]}"} >"$out/train.log" 2>&1 \
        || { echo "accuracy-table.sh: $task seed $seed failed (see $out/train.log)" >&2; exit 1; }
    fi
    val=$(awk -F, '$1 == "val" {print $3}' "$out/results.csv")
    test=$(awk -F, '$1 == "test" {print $3}' "$out/results.csv")
    seconds=$(awk -F, 'NR > 1 && $1 ~ /^[0-9]+$/ {s += $5} END {printf "%.0f", s}' "$out/results.csv")
    seconds_total=$((seconds_total + seconds)); runs=$((runs + 1)); seeds="$seeds${seeds:+,}$seed"
    if awk -v a="$val" -v b="$best_val" 'BEGIN {exit !(a > b)}'; then
      best="$seed" best_val="$val" best_test="$test"
    fi
  done
  [ "$runs" = 0 ] && continue
  printf "| %s | %s | %s+%s | %s+%s | %s | %s | %.2f | %.2f | %s | %d |\n" "$task" "$layers" "$cat" "$num" \
    "$catm" "$numm" "$seeds" "$best" "$(awk -v v="$best_val" 'BEGIN {print 100 * v}')" \
    "$(awk -v v="$best_test" 'BEGIN {print 100 * v}')" "$paper" $((seconds_total / runs))
done
