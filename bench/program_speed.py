"""Helper of bench/program-speed.sh: times programs in one python3 process and compares predictions.

Usage:
  python3 program_speed.py reference PROGRAM.py INPUTS.jsonl PREDICTIONS.jsonl
      Run a reference program (it reads its weights CSV by a path relative to the reference
      checkout, so run this from there) once over every input; print {"seq_per_s": ...}.
  python3 program_speed.py emitted PROGRAM.py INPUTS.jsonl PREDICTIONS.jsonl [MIN_SECONDS]
      Run a program written by `tprog emit --lang python`: one warm-up pass, then passes until
      MIN_SECONDS (default 2) have passed; print {"seq_per_s": ...}.
  python3 program_speed.py agreement INPUTS.jsonl REFERENCE.jsonl EXECUTOR.jsonl EMITTED.jsonl PROGRAM.py
      Print the share of scored positions (label not null) where the executor predicts what the
      reference program predicts, and whether the emitted Python matches the executor everywhere.
      Sequences that disagree are run again through the reference program with its select_closest
      replaced by the trained model's selection rule, to count the disagreements that rule does not
      explain (run from the reference checkout, like `reference`).
  python3 program_speed.py report RESULTS.tsv COMMAND
      Print the "## Program execution" section for the results program-speed.sh collected.
  python3 program_speed.py write-docs BENCHMARKS.md SECTION.md
      Put SECTION.md (which starts with "## Program execution") into BENCHMARKS.md, replacing an
      earlier version of that section and leaving every other section as it is.
INPUTS.jsonl holds tprog dataset lines: {"input": [...], "output": [...]}.
"""
import contextlib
import importlib.util
import io
import json
import os
import platform
import subprocess
import sys
import time


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    with contextlib.redirect_stdout(io.StringIO()):  # reference programs print their examples
        spec.loader.exec_module(module)
    return module


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps([str(label) for label in row]) + "\n")


def timed_pass(run, inputs):
    start = time.perf_counter()
    outputs = [run(list(tokens)) for tokens in inputs]
    return outputs, time.perf_counter() - start


def reference(program, inputs_file, predictions_file):
    inputs = [example["input"] for example in read_jsonl(inputs_file)]
    module = load_module(program, "reference_program")
    outputs, seconds = timed_pass(module.run, inputs)
    write_jsonl(predictions_file, outputs)
    print(json.dumps({"sequences": len(inputs), "seconds": round(seconds, 3),
                      "seq_per_s": len(inputs) / seconds}))


def emitted(program, inputs_file, predictions_file, min_seconds=2.0):
    inputs = [example["input"] for example in read_jsonl(inputs_file)]
    module = load_module(program, "emitted_program")
    outputs, _ = timed_pass(module.run, inputs)  # warm-up
    write_jsonl(predictions_file, outputs)
    passes, seconds = 0, 0.0
    while seconds < min_seconds:
        _, elapsed = timed_pass(module.run, inputs)
        passes += 1
        seconds += elapsed
    print(json.dumps({"sequences": passes * len(inputs), "seconds": round(seconds, 3),
                      "seq_per_s": passes * len(inputs) / seconds}))


def model_rule(causal):
    """The trained model's choice of key: the nearest other match, the left one of two equally
    near, the query itself only if nothing else matches, position 0 if nothing matches."""
    def select_closest(keys, queries, predicate):
        pattern = []
        for i, query in enumerate(queries):
            visible = keys[: i + 1] if causal else keys
            matches = [j for j, key in enumerate(visible) if predicate(query, key)]
            others = sorted((abs(i - j), j) for j in matches if j != i)
            chosen = others[0][1] if others else (i if matches else 0)
            pattern.append([j == chosen for j in range(len(keys))])
        return pattern
    return select_closest


def disagreements(example, reference_labels, executor_labels):
    return sum(label is not None and reference_labels[p] != executor_labels[p]
               for p, label in enumerate(example["output"]))


def agreement(inputs_file, reference_file, executor_file, emitted_file, program):
    examples = read_jsonl(inputs_file)
    theirs, ours, python = (read_jsonl(f) for f in (reference_file, executor_file, emitted_file))
    assert len(examples) == len(theirs) == len(ours) == len(python), "prediction files differ in length"
    scored = sum(label is not None for example in examples for label in example["output"])
    differing = [(e, o) for e, t, o in zip(examples, theirs, ours) if disagreements(e, t, o)]
    disagree = sum(disagreements(e, t, o) for e, t, o in zip(examples, theirs, ours))
    module = load_module(program, "reference_program")
    with open(program, encoding="utf-8") as f:
        causal = "keys[: i + 1]" in f.read()
    module.select_closest = model_rule(causal)
    unexplained = sum(disagreements(e, module.run(e["input"]), o) for e, o in differing)
    print(json.dumps({"sequences": len(examples), "scored": scored, "agree": scored - disagree,
                      "agreement": (scored - disagree) / scored, "unexplained": unexplained,
                      "emitted_equals_executor": all(a == b for a, b in zip(python, ours))}))


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    try:
        import pandas
        pandas_version = pandas.__version__
    except ImportError:
        pandas_version = "none"
    cores = len(os.sched_getaffinity(0))
    return (f"{cores} cores (`nproc`), {cpu}; `java -version`: {java[0]} ({java[-1]}); "
            f"Python {platform.python_version()} with pandas {pandas_version}; load average "
            f"{os.getloadavg()[0]:.2f} (1 min) at the end of the run (a load above the core count means other "
            f"jobs shared the machine, and every rate is lower than on an idle one)")


def report(results_file, command):
    rows = []
    with open(results_file, encoding="utf-8") as f:
        for line in f:
            task, summary, reference_json, executor_rate, emitted_json, agreement_json, sequences = \
                line.rstrip("\n").split("\t")
            rows.append((task, summary, json.loads(reference_json), float(executor_rate),
                         json.loads(emitted_json), json.loads(agreement_json), int(sequences)))
    out = ["## Program execution", "",
           "The reference's shipped RASP programs (`programs/rasp/<task>/<task>.py` and its weights CSV, run",
           "with pandas as generated: the CSV is re-read on every call) against the same programs imported",
           "with `tprog import-reference` and run by tprog's executor (one thread, after a 2 s warm-up, timed",
           "over repeated passes for at least 3 s) and by the Python that `tprog emit --lang python` writes",
           "(one warm-up pass, then passes for at least 2 s, one python3 process). Inputs: the first",
           f"{rows[0][6] if rows else 0} test inputs of `tprog data generate --task <task>` with the standard",
           "parameters (vocabulary 8 and lengths 1-8; dyck: lengths 16-16), the same for all three.",
           "Agreement: scored positions (label not null) where the imported program predicts what the",
           "reference program predicts. A disagreement is put down to the selection rule of a categorical",
           "head (docs/program.md, \"Importing the reference's programs\") when the reference program",
           "predicts what tprog predicts once its `select_closest` is replaced by the model's rule (nearest",
           "other match, ties to the left, itself only if alone). The emitted Python predicted exactly",
           "what the executor predicted on every input of every task"
           + ("." if all(r[5]["emitted_equals_executor"] for r in rows) else " EXCEPT where marked."),
           "",
           f"Command: `{command}`",
           "",
           f"Machine: {machine()}.",
           "",
           "| task | imported program | reference seq/s | executor seq/s | emitted Python seq/s "
           "| executor / reference (target ≥ 1000×) | emitted / reference (target ≥ 100×) "
           "| agreement (disagreements: by the selection rule, otherwise) |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    worst_executor = worst_emitted = None
    for task, summary, ref, executor_rate, emitted, agreement, sequences in rows:
        ref_rate, emitted_rate = ref["seq_per_s"], emitted["seq_per_s"]
        executor_ratio, emitted_ratio = executor_rate / ref_rate, emitted_rate / ref_rate
        worst_executor = min(worst_executor or executor_ratio, executor_ratio)
        worst_emitted = min(worst_emitted or emitted_ratio, emitted_ratio)
        shape = summary.split(", ", 1)[1].rsplit(", max length", 1)[0]
        mark = "" if agreement["emitted_equals_executor"] else " (emitted ≠ executor!)"
        out.append(f"| {task} | {shape} | {ref_rate:,.1f} | {executor_rate:,.0f} | {emitted_rate:,.0f} "
                   f"| {executor_ratio:,.0f}× | {emitted_ratio:,.0f}× "
                   f"| {100 * agreement['agreement']:.2f}% ({agreement['agree']} of {agreement['scored']}; "
                   f"{agreement['scored'] - agreement['agree'] - agreement['unexplained']} by the rule, "
                   f"{agreement['unexplained']} otherwise){mark} |")
    if rows:
        out += ["", f"Smallest ratios: executor {worst_executor:,.0f}× (target ≥ 1000×: "
                f"{'met' if worst_executor >= 1000 else 'NOT met'}), emitted Python {worst_emitted:,.0f}× "
                f"(target ≥ 100×: {'met' if worst_emitted >= 100 else 'NOT met'})."]
    print("\n".join(out))


def write_docs(benchmarks, section_file):
    with open(section_file, encoding="utf-8") as f:
        section = f.read().rstrip("\n") + "\n"
    heading = section.splitlines()[0]
    try:
        with open(benchmarks, encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
    except FileNotFoundError:
        lines = ["# Benchmarks\n"]
    start = next((i for i, line in enumerate(lines) if line.rstrip("\n") == heading), None)
    if start is None:
        text = "".join(lines).rstrip("\n") + "\n\n" + section
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        after = "".join(lines[end:])
        text = "".join(lines[:start]) + section + ("\n" + after if after else "")
    with open(benchmarks, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "reference":
        reference(*args)
    elif command == "emitted":
        emitted(args[0], args[1], args[2], *(float(a) for a in args[3:]))
    elif command == "agreement":
        agreement(*args)
    elif command == "report":
        report(*args)
    elif command == "write-docs":
        write_docs(*args)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv)
