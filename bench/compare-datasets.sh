#!/usr/bin/env bash
# Generates every task with tprog and with the reference implementation and compares the
# split files byte for byte. Needs a checkout of princeton-nlp/TransformerPrograms in
# TP_REFERENCE_DIR and Debian's python3-numpy, python3-pandas and python3-sklearn.
#   TP_REFERENCE_DIR=/path/to/TransformerPrograms bench/compare-datasets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TP_REFERENCE_DIR:?set TP_REFERENCE_DIR to a checkout of the reference code}"
python=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# task vocab min max size seed
configs=(
  "reverse 8 1 8 20000 0"    "sort 8 1 8 10000 0"        "sort 8 1 8 20000 0"
  "hist 8 1 8 20000 0"       "double_hist 8 1 8 20000 0" "most_freq 8 1 8 20000 0"
  "dyck1 2 16 16 20000 0"    "dyck2 4 16 16 20000 0"     "induction 10 9 9 20000 6"
  "reverse 16 1 16 5000 3"   "most_freq 12 2 12 3000 7"  "dyck2 4 2 10 3000 1"
  "induction 14 4 12 3000 2" "hist 5 1 4 1000 4294967295"
)
status=0
for config in "${configs[@]}"; do
  read -r task vocab lo hi size seed <<<"$config"
  ./tprog data generate --task "$task" --vocab-size "$vocab" --min-length "$lo" --max-length "$hi" \
    --size "$size" --seed "$seed" --out "$work/tprog" >/dev/null
  "$python" bench/reference_datasets.py "$TP_REFERENCE_DIR" "$work/ref" "$task" "$vocab" "$lo" "$hi" "$size" "$seed"
  verdict=identical
  for split in train val test; do
    cmp -s "$work/tprog/$split.jsonl" "$work/ref/$split.jsonl" || verdict="DIFFERENT ($split)"
  done
  "$python" - "$work/tprog/dataset.json" "$work/ref/vocab.json" <<'PY' || verdict="DIFFERENT (vocabulary)"
import json, sys
ours, theirs = (json.load(open(f)) for f in sys.argv[1:3])
sys.exit(any(ours[k] != theirs[k] for k in ("input_vocab", "output_vocab")))
PY
  [ "$verdict" = identical ] || status=1
  printf '%-40s %s (%s examples)\n' "$config" "$verdict" "$(cat "$work/tprog"/*.jsonl | wc -l)"
  rm -rf "$work/tprog" "$work/ref"
done
exit $status
