"""Whole-process cost of checking a bank: `judge check BANK --format json`
for one or more judge binaries, interleaved (one run of each per round),
medians of the rounds.

    python3 benches/bank_check.py [--rounds R] [--bank DIR] JUDGE [JUDGE ...]

For each judge: wall time, CPU (the judge and every child it reaped), the
judge's own CPU, the judge's own peak RSS (VmHWM: what the judge holds,
not a solution's memory) and `ru_maxrss` (the largest of the judge and
its children, which on the bank is a memory_limit_exceeded solution
reaching its limit). Then where the last round's time went
(bank_time.py), for the last judge.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile

from bank_time import main as where_the_time_went
from measure import run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--bank", default=os.path.join(ROOT, "problems"))
    parser.add_argument("judges", nargs="+")
    args = parser.parse_args()
    python = os.environ.get("JUDGE_PYTHON") or sys.executable
    results = {judge: [] for judge in args.judges}
    with tempfile.TemporaryDirectory() as directory:
        out_path = os.path.join(directory, "check.json")
        for _ in range(args.rounds):
            for judge in args.judges:
                results[judge].append(run(python, [judge, "check", args.bank, "--format", "json"], out_path))
                with open(out_path) as f:
                    report = json.load(f)
                if report["errors"]:
                    sys.exit("%s: the check failed: %s" % (judge, report["errors"][:3]))
        print("`judge check %s --format json`, %d round(s), medians\n" % (os.path.relpath(args.bank), args.rounds))
        print("| judge | wall | CPU, with children | judge's own CPU | judge's own peak RSS | largest RSS (judge or a child) |")
        print("|---|---:|---:|---:|---:|---:|")
        for judge, rows in results.items():
            wall, cpu, own, maxrss, hwm = (statistics.median(r[i] for r in rows) for i in range(5))
            print("| %s | %.1f s | %.1f s | %.1f s | %.1f MB | %.1f MB |" % (judge, wall, cpu, own, hwm / 1024, maxrss / 1024))
        print()
        where_the_time_went(out_path)


main()
