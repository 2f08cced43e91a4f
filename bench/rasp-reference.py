#!/usr/bin/python3
"""Time the reference RASP interpreter (tech-srl/RASP) on tprog's task programs.

Same programs (src/main/resources/dev/tprog/rasp/lib/tasks.rasp), same input shapes and lengths
as `tprog bench rasp`, a fresh random input per run (the reference memoises the last input).

Needs a checkout of https://github.com/tech-srl/RASP, Debian's /usr/bin/python3 with
python3-antlr4 4.9.1 (apt-get install python3-antlr4; newer runtimes cannot read its generated
parser), and termcolor (a no-colour stand-in is created if it is missing):

    RASP_DIR=/path/to/RASP bench/rasp-reference.py [--lengths 8,32,128] [--runs 5]
"""
import argparse
import os
import random
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = os.path.join(HERE, "..", "src", "main", "resources", "dev", "tprog", "rasp", "lib", "tasks")
PROGRAMS = [("sort", "task_sort", "0123456789", True), ("hist", "task_hist", "0123456789", False),
            ("reverse", "task_reverse", "0123456789", True), ("most_freq", "task_most_freq", "0123456789", False),
            ("dyck2", "task_dyck2", "(){}", False)]


def termcolor_shim():
    try:
        import termcolor  # noqa: F401
    except ImportError:
        shim = tempfile.mkdtemp()
        with open(os.path.join(shim, "termcolor.py"), "w") as f:
            f.write("def colored(text, *args, **kwargs):\n    return str(text)\n")
        sys.path.insert(0, shim)


def task_input(n, alphabet, eos, rng):
    content = n - 1 - (1 if eos else 0)
    return ["<s>"] + [rng.choice(alphabet) for _ in range(content)] + (["</s>"] if eos else [])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lengths", default="8,32,128")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    termcolor_shim()
    os.chdir(os.environ["RASP_DIR"])  # the REPL loads RASP_support/rasplib relative to here
    sys.path.insert(0, os.getcwd())
    from RASP_support.REPL import REPL
    repl = REPL()
    repl.run_given_line('load "' + os.path.abspath(TASKS) + '";')
    lengths = [int(n) for n in args.lengths.split(",")]
    rng = random.Random(0)
    print("| program |" + "".join(" n=%d |" % n for n in lengths))
    print("|---|" + "---:|" * len(lengths))
    for label, name, alphabet, eos in PROGRAMS:
        sop = repl.env.get_variable(name)
        cells = []
        for n in lengths:
            sop.call(task_input(n, alphabet, eos, rng))  # warm-up
            times = []
            for _ in range(args.runs):
                w = task_input(n, alphabet, eos, rng)
                start = time.perf_counter()
                sop.call(w)
                times.append((time.perf_counter() - start) * 1000)
            cells.append(statistics.median(times))
        print("| %s |" % label + "".join(" %.2f |" % ms for ms in cells))


if __name__ == "__main__":
    main()
