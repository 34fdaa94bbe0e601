"""Measures one whole process the way the benchmarks here report it: its
wall time, its CPU time with every child it reaped, its own CPU time, its
own peak RSS (VmHWM), and `ru_maxrss` (the largest of it and its
children: for a judge, often a solution's memory, not the judge's).
"""

import json
import subprocess
import sys

# Runs one command and prints what it measured, as JSON. It runs in a fresh,
# small interpreter: a child's `ru_maxrss` starts from its parent's RSS at the
# fork (Linux copies the high-water mark through fork and exec), and this
# script holds the problem and the reports.
MEASURE = r"""
import json, os, sys, threading, time
argv, out_path = json.loads(sys.argv[1]), sys.argv[2]
ticks = os.sysconf("SC_CLK_TCK")
with open(out_path, "wb") as out:
    started = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, dict(os.environ), file_actions=[
        (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
        (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0)])
    hwm = [0]
    done = threading.Event()
    def poll():
        # the judge's own peak RSS (VmHWM), read until it exits
        while not done.is_set():
            try:
                with open("/proc/%d/status" % pid) as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            hwm[0] = max(hwm[0], int(line.split()[1]))
            except OSError:
                return
            time.sleep(0.002)
    poller = threading.Thread(target=poll)
    poller.start()
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    done.set()
    poller.join()
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # fields[0] is field 3 (state); utime and stime are fields 14 and 15
    own = (int(fields[11]) + int(fields[12])) / ticks
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
print(json.dumps([wall, usage.ru_utime + usage.ru_stime, own, usage.ru_maxrss, hwm[0],
                  os.waitstatus_to_exitcode(status)]))
"""


def run(python, argv, out_path):
    """(wall s, cpu s with children, own cpu s, maxrss KiB, own VmHWM KiB)
    of `argv`, its standard output written to `out_path`."""
    measured = subprocess.run(
        [python, "-I", "-S", "-c", MEASURE, json.dumps(argv), out_path],
        check=True, capture_output=True, text=True,
    )
    wall, cpu, own, maxrss, hwm, code = json.loads(measured.stdout)
    if code not in (0, 1):
        sys.exit("%s failed: %s" % (argv, code))
    return wall, cpu, own, maxrss, hwm
