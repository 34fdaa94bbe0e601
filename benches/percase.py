"""The judge's own cost per case, whole process: `judge run --no-record
--format json` of the bank's palindrome solution on a generated function
problem with N cases, against the plain-Python floor (the same calls, with
the same test file read by `json`, in a plain loop under `python -I -S`).

    python3 benches/percase.py [--cases N] [--rounds R] JUDGE [JUDGE ...]

Several judge binaries are run interleaved (one run of each per round), so
a shared machine's load weighs on each alike. For each it prints medians:

- wall: the whole run, as a person waits for it;
- cpu: user+sys of the judge and every child it reaped (wait4);
- judge cpu: the judge process's own user+sys, without its children, read
  from /proc/PID/stat while the exited judge is still a zombie (waitid
  with WNOWAIT), so the Python child's CPU is not in it;
- own peak: the judge process's own peak RSS (VmHWM of /proc/PID/status,
  polled every 2 ms until it exits), and per case;
- max rss: `ru_maxrss` of wait4, the largest of the judge and its children.
"""

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile

from measure import run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BANK = os.path.join(ROOT, "problems", "junior", "palindrome")
SOLUTION = os.path.join(BANK, "solutions", "accepted", "filter_and_reverse.py")


def inputs(n):
    """~20-character strings, a third of them not palindromes (as benches/runners.rs)."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        half = "".join(rng.choice("abcAB ,.") for _ in range(10))
        out.append(half + "x" + half if i % 3 == 0 else half + half[::-1])
    return out


def is_palindrome(s):
    cleaned = "".join(c for c in s if c.isalnum()).casefold()
    return cleaned == cleaned[::-1]


def make_problem(directory, n):
    root = os.path.join(directory, "palindrome")
    os.makedirs(os.path.join(root, "tests"))
    for name in ("problem.toml", "statement.md", "template.py"):
        with open(os.path.join(BANK, name), "rb") as src, open(os.path.join(root, name), "wb") as dst:
            dst.write(src.read())
    # problem.toml's [complexity] names a generator: it must be there
    generators = os.path.join(BANK, "generators")
    if os.path.isdir(generators):
        shutil.copytree(generators, os.path.join(root, "generators"))
    lines = [
        json.dumps({"name": "c%d" % i, "args": [s], "expected": is_palindrome(s)})
        for i, s in enumerate(inputs(n))
    ]
    with open(os.path.join(root, "tests", "hidden.json"), "w") as f:
        f.write("[\n" + ",\n".join(lines) + "\n]\n")
    floor = os.path.join(directory, "floor.py")
    with open(floor, "w") as f:
        f.write(
            "import json, sys\n"
            "ns = {}\n"
            "exec(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'), ns)\n"
            "f = ns['is_palindrome']\n"
            "failed = 0\n"
            "for case in json.load(open(sys.argv[2])):\n"
            "    if f(*case['args']) != case['expected']:\n"
            "        failed += 1\n"
            "print(failed)\n"
        )
    return root, floor


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("judges", nargs="+")
    args = parser.parse_args()
    python = os.environ.get("JUDGE_PYTHON") or sys.executable
    env = dict(os.environ, JUDGE_PYTHON=python)
    with tempfile.TemporaryDirectory() as directory:
        problem, floor = make_problem(directory, args.cases)
        commands = [("floor", [python, "-I", "-S", floor, SOLUTION, os.path.join(problem, "tests", "hidden.json")])]
        for judge in args.judges:
            commands.append((judge, [judge, "run", "--no-record", "--format", "json", problem, SOLUTION]))
        results = {name: [] for name, _ in commands}
        out_path = os.path.join(directory, "out.json")
        for _ in range(args.rounds):
            for name, argv in commands:
                results[name].append(run(python, argv, out_path))
                if name != "floor":
                    with open(out_path) as f:
                        report = json.load(f)
                    assert report["passed"] == args.cases, report["verdict"]
                    del report
    n = args.cases
    floor_wall = statistics.median(r[0] for r in results["floor"])
    floor_cpu = statistics.median(r[1] for r in results["floor"])
    print("%d cases, %d rounds, medians" % (n, args.rounds))
    print(
        "%-34s %9s %6s %9s %6s %11s %10s %9s %9s %10s"
        % ("command", "wall ms", "/floor", "cpu ms", "/floor", "judge cpu", "per case", "own peak", "per case", "max rss")
    )
    for name, _ in commands:
        rows = results[name]
        wall, cpu, own, maxrss, hwm = (statistics.median(r[i] for r in rows) for i in range(5))
        print(
            "%-34s %9.1f %5.2fx %9.1f %5.2fx %8.0f ms %7.2f us %6.1f MB %7.0f B %7.1f MB"
            % (
                name[-34:],
                wall * 1000,
                wall / floor_wall,
                cpu * 1000,
                cpu / floor_cpu,
                own * 1000,
                own / n * 1e6,
                hwm / 1024,
                hwm * 1024 / n,
                maxrss / 1024,
            )
        )


main()
