"""Builds the jobs and the ledger for run_jobs, calls it, and reports what
the pool did, as values:

    {"results": [...],               # what run_jobs returned
     "balance": int,                 # the ledger's balance at the end
     "peak_jobs": int | None,        # most jobs running at once ("sync" tests only)
     "jobs_within_limit": bool,      # never more than `workers` jobs at once
     "threads_within_limit": bool,   # never more than `workers` new threads alive
     "threads_left": int,            # new threads still alive after the return
     "ledger_in_step": bool | None,  # "sync" tests: see below
     "each_job_once": bool}          # every job was called exactly once

If run_jobs raises ValueError, the report is just {"error": "ValueError"};
any other exception propagates.

Races are made to happen, not hoped for:

- Ledger.read() takes a millisecond (a round trip to storage) after
  reading the value, so two unguarded read-then-write updates that meet
  always lose one of them.
- In "sync" mode the jobs wait at a Barrier of min(workers, len(jobs))
  parties: they can only finish when that many run at once, so a correct
  pool reaches exactly that peak, and all its workers update the ledger at
  the same moment. A pool that runs fewer jobs at once breaks the barrier
  (after a timeout, so nothing hangs) and shows a lower peak. When the
  barrier fills, every job finished so far must already be in the ledger
  ("ledger_in_step").
- In "free" mode job i sleeps delays[i] milliseconds, so jobs finish out of
  order.
"""

import threading
import time

READ_LATENCY = 0.001
HOLD = 0.002            # sync jobs stay busy this long after the barrier opens
BARRIER_TIMEOUT = 1.0   # only a pool that cannot reach the peak waits this long


class Ledger:
    """A balance in some remote store: read and write, no atomic add."""

    def __init__(self, balance):
        self._balance = balance

    def read(self):
        value = self._balance
        time.sleep(READ_LATENCY)
        return value

    def write(self, value):
        self._balance = value


def run(solution, amounts, workers, balance, mode="free", delays=None):
    n = len(amounts)
    ledger = Ledger(balance)
    before = set(threading.enumerate())
    lock = threading.Lock()
    state = {"running": 0, "peak": 0, "peak_threads": 0, "finished": 0, "in_step": True}
    calls = [0] * n

    def check_ledger():
        # runs once per filled barrier, before anyone passes it
        with lock:
            if ledger._balance != balance + state["finished"]:
                state["in_step"] = False

    barrier = None
    if mode == "sync":
        parties = min(workers, n)
        assert parties >= 1 and n % parties == 0, "bad sync test"
        barrier = threading.Barrier(parties, action=check_ledger, timeout=BARRIER_TIMEOUT)

    def make_job(i):
        def job():
            with lock:
                calls[i] += 1
                state["running"] += 1
                state["peak"] = max(state["peak"], state["running"])
                alive = sum(1 for t in threading.enumerate() if t not in before)
                state["peak_threads"] = max(state["peak_threads"], alive)
            try:
                if barrier is not None:
                    try:
                        barrier.wait()
                    except threading.BrokenBarrierError:
                        state["in_step"] = False
                    time.sleep(HOLD)
                elif delays:
                    time.sleep(delays[i] / 1000)
            finally:
                with lock:
                    state["running"] -= 1
                    state["finished"] += amounts[i]
            return amounts[i]
        return job

    jobs = [make_job(i) for i in range(n)]
    try:
        results = solution.run_jobs(jobs, workers, ledger)
    except ValueError as e:
        return {"error": type(e).__name__}
    left = sum(1 for t in threading.enumerate() if t not in before and t.is_alive())
    sync = barrier is not None
    return {
        "results": results,
        "balance": ledger._balance,
        "peak_jobs": state["peak"] if sync else None,
        "jobs_within_limit": state["peak"] <= workers,
        "threads_within_limit": state["peak_threads"] <= workers,
        "threads_left": left,
        "ledger_in_step": state["in_step"] if sync else None,
        "each_job_once": all(c == 1 for c in calls),
    }
