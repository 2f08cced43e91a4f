#!/usr/bin/env bash
# How fast programs run: the reference's shipped RASP programs (programs/rasp/<task>/, Python +
# pandas) against the same programs imported into tprog, run by the executor and by the emitted
# Python, on the same inputs (the first SEQUENCES test inputs of `tprog data generate` with the
# task's standard parameters). Also reports how often the imported program predicts what the
# reference program predicts. Writes the "## Program execution" section of docs/benchmarks.md.
#
#   TP_REFERENCE_DIR=/path/to/TransformerPrograms bench/program-speed.sh
#
# Needs Debian's python3-pandas (PYTHON, default /usr/bin/python3). TPROG (default ./tprog) may
# name another launcher, e.g. TPROG="java -jar target/tprog-0.1.0-SNAPSHOT-all.jar".
# SEQUENCES (default 300) inputs per task; the reference runs them once (it manages 8-60 per
# second), tprog's executor and the emitted Python repeat them for a few seconds after a warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TP_REFERENCE_DIR:?set TP_REFERENCE_DIR to a checkout of princeton-nlp/TransformerPrograms}"
reference_dir=$(cd "$TP_REFERENCE_DIR" && pwd)
python=${PYTHON:-/usr/bin/python3}
read -r -a tprog <<<"${TPROG:-./tprog}"
sequences=${SEQUENCES:-300}
helper=$(pwd)/bench/program_speed.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# task min-length max-length (vocabulary: the task's default, 8 for the RASP tasks)
tasks=("reverse 1 8" "hist 1 8" "double_hist 1 8" "sort 1 8" "most_freq 1 8" "dyck1 16 16" "dyck2 16 16")
results=$work/results.tsv
: >"$results"
for config in "${tasks[@]}"; do
  read -r task lo hi <<<"$config"
  program=programs/rasp/$task/$task.py
  summary=$("${tprog[@]}" import-reference "$reference_dir/$program" --out "$work/$task.json")
  "${tprog[@]}" data generate --task "$task" --min-length "$lo" --max-length "$hi" --out "$work/data-$task" >/dev/null
  head -n "$sequences" "$work/data-$task/test.jsonl" >"$work/$task-inputs.jsonl"
  executor=$("${tprog[@]}" bench-program "$work/$task.json" --data "$work/$task-inputs.jsonl" \
    --predictions "$work/$task-executor.jsonl" --warmup 2 --seconds 3)
  "${tprog[@]}" emit "$work/$task.json" --lang python --out "$work/$task-emitted.py" >/dev/null
  reference=$(cd "$reference_dir" && "$python" "$helper" reference "$program" "$work/$task-inputs.jsonl" \
    "$work/$task-reference.jsonl")
  emitted=$("$python" "$helper" emitted "$work/$task-emitted.py" "$work/$task-inputs.jsonl" "$work/$task-emitted.jsonl" 2)
  agreement=$(cd "$reference_dir" && "$python" "$helper" agreement "$work/$task-inputs.jsonl" \
    "$work/$task-reference.jsonl" "$work/$task-executor.jsonl" "$work/$task-emitted.jsonl" "$program")
  executor_rate=$(sed -E 's/.* inputs, ([0-9]+) sequences\/s.*/\1/' <<<"$executor")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$task" "${summary#*: }" "$reference" "$executor_rate" "$emitted" \
    "$agreement" "$sequences" >>"$results"
  echo "$task: reference $reference; executor $executor_rate seq/s; emitted $emitted; $agreement" >&2
done
command="TP_REFERENCE_DIR=$TP_REFERENCE_DIR${TPROG:+ TPROG=\"$TPROG\"}${SEQUENCES:+ SEQUENCES=$SEQUENCES} bench/program-speed.sh"
"$python" "$helper" report "$results" "$command" >"$work/section.md"
mkdir -p docs
"$python" "$helper" write-docs docs/benchmarks.md "$work/section.md"
cat "$work/section.md"
