#!/usr/bin/env bash
# Training speed of tprog, and with TP_REFERENCE_DIR of the reference PyTorch code side by side,
# on the same configuration and the same number of epochs, in one go.
#
#   bench/train-speed.sh                       # tprog only: the sort and reverse configurations
#   TP_REFERENCE_DIR=/path/to/TransformerPrograms bench/train-speed.sh
#
# Configurations (../shared/reference/transformer-programs.md §6): "sort" is the reference
# README's (2 layers, 4 categorical heads, 1 categorical MLP, 10 000 examples, batch 512);
# "reverse" is rasp.sh's (3 layers, 4+4 heads, 2+2 MLPs, 20 000 requested examples).
# Environment: CONFIGS ("sort reverse"), EPOCHS (20; fewer epochs compress the temperature
# schedule in both implementations alike), THREADS (tprog's; default all processors), TPROG
# (the command that runs tprog; default ./tprog), PYTHON (/usr/bin/python3, with Debian's
# python3-torch; the reference also needs the stand-ins in
# ../shared/reference/reference-run/shims, found through REFERENCE_SHIMS).
#
# Each implementation runs as one process from start to end (data, training, evaluation,
# program); the table gives its wall time per epoch, tprog's mean epoch time from results.csv,
# and the ratio of the wall times. Run on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGS="${CONFIGS:-sort reverse}"
EPOCHS="${EPOCHS:-20}"
PYTHON="${PYTHON:-/usr/bin/python3}"
REFERENCE_SHIMS="${REFERENCE_SHIMS:-$here/../shared/reference/reference-run/shims}"
read -r -a tprog <<<"${TPROG:-$here/tprog}"
threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# tprog flags, then the reference's run.py flags, for one configuration.
tprog_flags() {
  case "$1" in
    sort) echo "--task sort --vocab-size 8 --min-length 1 --max-length 8 --size 10000 --layers 2 --cat-heads 4 --num-heads 0 --cat-mlps 1 --num-mlps 0" ;;
    reverse) echo "--task reverse --vocab-size 8 --min-length 1 --max-length 8 --size 20000 --layers 3 --cat-heads 4 --num-heads 4 --cat-mlps 2 --num-mlps 2" ;;
    *) echo "train-speed.sh: unknown configuration '$1' (sort, reverse)" >&2; exit 2 ;;
  esac
}
reference_flags() {
  case "$1" in
    sort) echo "--dataset sort --vocab_size 8 --dataset_size 10000 --min_length 1 --max_length 8 --n_layers 2 --n_heads_cat 4 --n_heads_num 0 --n_cat_mlps 1 --n_num_mlps 0" ;;
    reverse) echo "--dataset reverse --vocab_size 8 --dataset_size 20000 --min_length 1 --max_length 8 --n_layers 3 --n_heads_cat 4 --n_heads_num 4 --n_cat_mlps 2 --n_num_mlps 2 --unique 1" ;;
  esac
}

seconds_of() { # runs a command, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; echo "train-speed.sh: failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}'
}

"${tprog[@]}" --version >/dev/null # builds on first use
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1); $EPOCHS epochs"
echo
echo "| configuration | tprog wall s/epoch | tprog mean epoch s (results.csv) | reference wall s/epoch | ratio (reference / tprog) |"
echo "|---|---:|---:|---:|---:|"
for config in $CONFIGS; do
  # shellcheck disable=SC2046
  t=$(seconds_of "${tprog[@]}" train $(tprog_flags "$config") --epochs "$EPOCHS" --batch-size 512 --lr 0.05 \
      --seed 0 --out "$work/tprog-$config" --quiet ${threads[@]+"${threads[@]}"})
  epoch=$(awk -F, 'NR > 1 && $1 ~ /^[0-9]+$/ {s += $5; n++} END {printf "%.2f", s / n}' "$work/tprog-$config/results.csv")
  reference="-" ratio="-"
  if [ -n "${TP_REFERENCE_DIR:-}" ]; then
    # shellcheck disable=SC2046
    r=$(cd "$TP_REFERENCE_DIR" && PYTHONPATH="$REFERENCE_SHIMS:$TP_REFERENCE_DIR" PYTHONDONTWRITEBYTECODE=1 \
        seconds_of "$PYTHON" src/run.py $(reference_flags "$config") --n_epochs "$EPOCHS" --batch_size 512 --lr 5e-2 \
        --one_hot_embed --count_only --seed 0 --device cpu --output_dir "$work/reference-$config")
    reference=$(awk -v r="$r" -v e="$EPOCHS" 'BEGIN {printf "%.2f", r / e}')
    ratio=$(awk -v r="$r" -v t="$t" 'BEGIN {printf "%.1f×", r / t}')
  fi
  printf "| %s | %.2f | %s | %s | %s |\n" "$config" "$(awk -v t="$t" -v e="$EPOCHS" 'BEGIN {print t / e}')" "$epoch" "$reference" "$ratio"
done
