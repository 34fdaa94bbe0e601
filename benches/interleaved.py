"""Whole-process timings of `judge` commands, interleaved: one run of each
command in turn, N rounds, so that a machine whose load changes (a shared
one) weighs on every command alike. Prints each command's median wall
time and the median CPU time `wait4` reports for it (the judge and every
child it waited for), and the ratio of the medians to the first command.

    python3 benches/interleaved.py N 'NAME=COMMAND' 'NAME=COMMAND' ...

A command is split on spaces; `VAR=value` words before it set its
environment, a `-VAR` word unsets VAR; `+prepare:CMD` (`;`-separated words
with no spaces) runs CMD before each of its runs, untimed.
"""

import os
import statistics
import subprocess
import sys
import time


def parse(spec):
    name, _, command = spec.partition("=")
    env = dict(os.environ)
    prepare = None
    words = command.split()
    while words and ("=" in words[0] or words[0].startswith(("-", "+prepare:"))):
        word = words.pop(0)
        if word.startswith("+prepare:"):
            prepare = word[len("+prepare:"):].split(";")
        elif word.startswith("-"):
            env.pop(word[1:], None)
        else:
            key, _, value = word.partition("=")
            env[key] = value
    return name, words, env, prepare


def main():
    rounds = int(sys.argv[1])
    commands = [parse(s) for s in sys.argv[2:]]
    wall = {c[0]: [] for c in commands}
    cpu = {c[0]: [] for c in commands}
    for _ in range(rounds):
        for name, argv, env, prepare in commands:
            if prepare:
                subprocess.run(prepare, check=True)
            started = time.perf_counter()
            child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                sys.exit("%s failed: %s" % (name, status))
    base = statistics.median(wall[commands[0][0]])
    for name, *_ in commands:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print("%-40s wall %7.1f ms  cpu (wait4) %6.1f ms  %.2fx" % (name, w * 1000, c * 1000, w / base))


main()
