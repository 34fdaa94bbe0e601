"""How the wall time of `judge check` falls when a bank is checked as N
shards (docs/performance.md, "Sharding"; docs/check.md, "Sharding in CI").

    python3 benches/shards.py [--problems 1000] [--shards 1,2,4] [--rounds 3]
                              [--judge target/release/judge]

Writes a synthetic bank (benches/synthetic_bank.py) to a temporary
directory, then for each round and each N (interleaved, so that a shared
machine's changing load weighs on every N alike) starts the N shards
`judge check BANK --partition K/N --jobs 1 --format json` at once, as N
CI machines would, and waits for all of them: the wall time is from the
start to the last shard's end; the CPU time is the sum over the shards of
what `wait4` reports (each judge and every child it waited for). Then it
times `judge check --merge` of the N reports, and checks that the merge
passed and holds every problem. Prints a markdown table of the medians.
On a machine with fewer cores than shards the shards share the cores:
the wall time then says how the work divides, not how N machines run.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_shards(judge, bank, count, out_dir):
    """Starts the `count` shards at once; (wall s, summed CPU s, report paths)."""
    started = time.perf_counter()
    children = []
    for k in range(1, count + 1):
        path = os.path.join(out_dir, f"report-{k}.json")
        with open(path, "wb") as out:
            child = subprocess.Popen(
                [judge, "check", bank, "--partition", f"{k}/{count}", "--jobs", "1", "--format", "json"],
                stdout=out,
            )
        children.append((child, path))
    cpu = 0.0
    for child, path in children:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit(f"shard {path} exited {child.returncode}")
        cpu += usage.ru_utime + usage.ru_stime
    return time.perf_counter() - started, cpu, [path for _, path in children]


def run_merge(judge, reports, problems):
    started = time.perf_counter()
    out = subprocess.run([judge, "check", "--format", "json", "--merge", *reports], capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if out.returncode != 0:
        sys.exit(f"merge exited {out.returncode}: {out.stderr.decode()}")
    # the merged report holds every problem, once
    held = out.stdout.decode().count('"slug":')
    if held != problems:
        sys.exit(f"the merge holds {held} problems, not {problems}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--problems", type=int, default=1000)
    parser.add_argument("--shards", default="1,2,4")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--judge", default=os.path.join(HERE, "..", "target", "release", "judge"))
    args = parser.parse_args()
    judge = os.path.abspath(args.judge)
    counts = [int(n) for n in args.shards.split(",")]

    with tempfile.TemporaryDirectory(prefix="judge-shards-") as tmp:
        bank = os.path.join(tmp, "bank")
        subprocess.run(
            [sys.executable, os.path.join(HERE, "synthetic_bank.py"), str(args.problems), bank],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        walls = {n: [] for n in counts}
        cpus = {n: [] for n in counts}
        merges = {n: [] for n in counts}
        for round_ in range(args.rounds):
            for n in counts:
                out_dir = os.path.join(tmp, f"reports-{n}")
                os.makedirs(out_dir, exist_ok=True)
                wall, cpu, reports = run_shards(judge, bank, n, out_dir)
                walls[n].append(wall)
                cpus[n].append(cpu)
                merges[n].append(run_merge(judge, reports, args.problems))
                print(f"round {round_ + 1}: {n} shard(s): {wall:.1f} s wall, {cpu:.1f} s CPU", file=sys.stderr)

    base = statistics.median(walls[counts[0]])
    print(f"{args.problems} problems, {args.rounds} rounds, {os.cpu_count()} CPUs; medians:\n")
    print("| shards | wall | wall / 1 shard | CPU, all shards | merge |")
    print("|---:|---:|---:|---:|---:|")
    for n in counts:
        wall = statistics.median(walls[n])
        print(
            f"| {n} | {wall:.1f} s | {wall / base:.2f} | {statistics.median(cpus[n]):.1f} s "
            f"| {statistics.median(merges[n]) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
