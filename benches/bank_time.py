"""Where a bank check's time goes, from its JSON report.

    judge check problems/ --format json > check.json
    python3 benches/bank_time.py check.json

Prints markdown: the check's wall time, the sum of its runs' wall times
(how much ran at once), the time by solution folder, and the problems and
runs that cost the most.
"""

import collections
import json
import sys


def main(path):
    report = json.load(open(path))
    runs = []
    for problem in report["problems"]:
        for solution in problem["solutions"]:
            folder = solution["expected"]
            runs.append((solution["wall_ms"], folder, solution["path"], problem["path"]))
    total = sum(r[0] for r in runs)
    wall = report["wall_ms"]
    print("| | |\n|---|---:|")
    print("| problems | %d |" % len(report["problems"]))
    print("| runs | %d |" % len(runs))
    print("| wall time of the check | %.1f s |" % (wall / 1000))
    print("| sum of the runs' wall times | %.1f s |" % (total / 1000))
    print("| runs at once, on average | %.2f |" % (total / wall if wall else 0))
    print()
    by_folder = collections.defaultdict(lambda: [0, 0.0])
    for ms, folder, _, _ in runs:
        by_folder[folder][0] += 1
        by_folder[folder][1] += ms
    print("| folder | runs | wall time of its runs | share |\n|---|---:|---:|---:|")
    for folder, (count, ms) in sorted(by_folder.items(), key=lambda kv: -kv[1][1]):
        print("| %s | %d | %.1f s | %.0f%% |" % (folder, count, ms / 1000, 100 * ms / total))
    print()
    by_problem = collections.defaultdict(float)
    for ms, _, _, problem in runs:
        by_problem[problem] += ms
    print("| costliest problems | wall time of its runs |\n|---|---:|")
    for problem, ms in sorted(by_problem.items(), key=lambda kv: -kv[1])[:8]:
        print("| %s | %.1f s |" % (problem, ms / 1000))


if __name__ == "__main__":
    main(sys.argv[1])
