"""Driver for async-scheduler.

Runs the solution's `run_jobs(jobs, limit, work)` on an asyncio event loop
whose clock is virtual: time stands still while any callback is ready to
run, and jumps straight to the next timer when every task is waiting. So
`await asyncio.sleep(5)` costs no real time, and the run is deterministic.

`work(name)` is the job itself: it sleeps for the job's duration (known to
the driver only) and records, in virtual time, when each job started and
finished. While the loop is idle (just before the clock jumps) the driver
checks that no slot is free while a job is ready to start.

The driver returns the list of rule violations it saw (empty when the
schedule is right), so a wrong schedule shows what went wrong and when.
"""

import asyncio
from asyncio import base_events

MAX_MESSAGES = 4


class _Deadlock(Exception):
    """Nothing can ever run again: no callback is ready and no timer is set."""


class _VirtualSelector:
    def __init__(self, loop):
        self.loop = loop

    def select(self, timeout):
        loop = self.loop
        if timeout is None:
            raise _Deadlock()
        if timeout > 0:
            # idle: every task waits; only a timer can wake one
            loop.on_idle(loop.virtual_now)
            when = loop._scheduled[0]._when
            if when > loop.virtual_now:
                loop.virtual_now = when
        return []


class VirtualTimeLoop(base_events.BaseEventLoop):
    def __init__(self, on_idle):
        super().__init__()
        self.virtual_now = 0.0
        self.on_idle = on_idle
        self._selector = _VirtualSelector(self)

    def time(self):
        return self.virtual_now

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


def _t(x):
    return "%g" % x


class Trace:
    def __init__(self, jobs, limit, durations):
        self.deps = {name: list(ds) for name, ds in jobs.items()}
        self.order = {name: i for i, name in enumerate(jobs)}
        self.limit = limit
        self.durations = durations
        self.dependents = {name: [] for name in jobs}
        self.waiting_on = {}
        for name, ds in self.deps.items():
            self.waiting_on[name] = len(set(ds))
            for d in set(ds):
                if d in self.dependents:
                    self.dependents[d].append(name)
        self.ready = {name for name, c in self.waiting_on.items() if c == 0}
        self.started = {}
        self.finished = {}
        self.running = 0
        self.max_running = 0
        self.messages = []
        self.extra = 0
        self.reported = set()
        self.loop = None

    def now(self):
        return self.loop.virtual_now

    def violation(self, text, once=None):
        if once is not None:
            if once in self.reported:
                return
            self.reported.add(once)
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append(text)
        else:
            self.extra += 1

    def result(self):
        out = list(self.messages)
        if self.extra:
            out.append("... and %d more" % self.extra)
        return out

    def idle(self, now):
        if self.ready and self.running < self.limit and "idle" not in self.reported:
            name = min(self.ready, key=self.order.__getitem__)
            self.violation(
                "t=%s: job %r was ready (all its dependencies had finished) and only %d of %d "
                "slots were busy, but it was not started" % (_t(now), name, self.running, self.limit),
                once="idle")

    def start(self, name):
        now = self.now()
        if not isinstance(name, str) or name not in self.deps:
            self.violation("t=%s: work(%r) was called, but there is no such job" % (_t(now), name))
            return False
        if name in self.started:
            self.violation("t=%s: job %r was started a second time (first at t=%s)"
                           % (_t(now), name, _t(self.started[name])))
            return False
        for d in self.deps[name]:
            if d not in self.finished:
                self.violation("t=%s: job %r started before its dependency %r had finished"
                               % (_t(now), name, d))
                break
        self.started[name] = now
        self.ready.discard(name)
        self.running += 1
        if self.running > self.limit:
            self.violation("t=%s: %d jobs were running at once; the limit is %d"
                           % (_t(now), self.running, self.limit), once="limit")
        return True

    def finish(self, name):
        self.running -= 1
        self.finished[name] = self.now()
        for child in self.dependents[name]:
            self.waiting_on[child] -= 1
            if self.waiting_on[child] == 0 and child not in self.started:
                self.ready.add(child)

    def cancelled(self, name):
        self.running -= 1
        self.violation("t=%s: job %r was cancelled while it ran" % (_t(self.now()), name))

    def unfinished(self, when):
        for name in self.deps:
            if name not in self.started:
                self.violation("job %r never started" % name)
            elif name not in self.finished:
                self.violation("%s while job %r was still running" % (when, name))


def _cleanup(loop):
    """Cancel whatever the solution left behind, without judging it."""
    try:
        tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in tasks:
            t.cancel()
        if tasks:
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    except BaseException:
        pass
    finally:
        loop._ready.clear()
        loop._scheduled.clear()
        asyncio.set_event_loop(None)
        loop.close()


def run(solution, jobs, limit, durations):
    trace = Trace(jobs, limit, durations)
    loop = VirtualTimeLoop(trace.idle)
    trace.loop = loop
    judging = [True]

    async def work(name):
        if not judging[0]:
            return
        if not trace.start(name):
            return
        try:
            await asyncio.sleep(durations[name])
        except asyncio.CancelledError:
            if judging[0]:
                trace.cancelled(name)
            raise
        if judging[0]:
            trace.finish(name)

    # the solution gets its own copy: it may change it
    given = {name: list(ds) for name, ds in jobs.items()}
    asyncio.set_event_loop(loop)
    try:
        coro = solution.run_jobs(given, limit, work)
        if not asyncio.iscoroutine(coro):
            raise TypeError("run_jobs must be a coroutine function (async def run_jobs...); "
                            "it returned %r" % (coro,))
        try:
            loop.run_until_complete(coro)
        except _Deadlock:
            judging[0] = False
            stuck = [n for n in jobs if n not in trace.started]
            trace.violation("t=%s: deadlock: no job is running and no timer is set, but run_jobs has "
                            "not returned; jobs that never started: %s"
                            % (_t(loop.virtual_now), ", ".join(map(repr, stuck[:5]))
                               + (", ..." if len(stuck) > 5 else "")))
            return trace.result()
        except ValueError:
            judging[0] = False
            if trace.started:
                first = min(trace.started, key=lambda n: (trace.started[n], trace.order[n]))
                trace.violation("run_jobs raised ValueError at t=%s, after job %r had started: a cycle "
                                "must be reported before any job starts" % (_t(loop.virtual_now), first))
                return trace.result()
            raise
        judging[0] = False
        trace.unfinished("run_jobs returned at t=%s" % _t(loop.virtual_now))
        return trace.result()
    finally:
        judging[0] = False
        _cleanup(loop)
