"""What bounds one case: the exceptions that stop a solution, output
capture that stops at a limit, and the two runners' timers. Used by
harness.py (which re-exports them: the embedded runner and the tests reach
them there).
"""

# the C `_signal`: the `signal` wrapper imports enum, which would double
# the harness's start-up time
import _signal as signal
import io
import time

from judge_values import _safe_text

import builtins as _builtins_module

# as in harness.py: the builtins as they were before any solution ran
__builtins__ = dict(_builtins_module.__dict__)

# Bound once, before any solution code runs and could replace it.
_perf_counter = time.perf_counter


class OutputLimitExceeded(BaseException):
    """Raised into the solution when it prints more than its limit."""


class TimeLimitExceeded(BaseException):
    """Raised into the solution by the embedded runner's watchdog."""


# ----------------------------------------------------------------------------
# Output capture


class Capture:
    """A text sink for sys.stdout / sys.stderr that stops at a limit.

    Much cheaper than a TextIOWrapper per test: `print` only needs write().
    The limit counts characters.
    """

    __slots__ = ("parts", "size", "limit", "exceeded")
    encoding = "utf-8"
    errors = "strict"
    newlines = None

    def __init__(self, limit):
        self.parts = []
        self.size = 0
        self.limit = limit
        self.exceeded = False

    def reset(self):
        if self.size or self.exceeded:
            self.parts = []
            self.size = 0
            self.exceeded = False

    def write(self, s):
        if type(s) is not str:
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        size = self.size + len(s)
        if size > self.limit:
            self.exceeded = True
            raise OutputLimitExceeded()
        self.size = size
        self.parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def text(self):
        return _safe_text("".join(self.parts)) if self.parts else ""


class LimitedBuffer(io.BytesIO):
    """The bytes under a stdio program's sys.stdout, stopping at a limit."""

    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.exceeded = False

    def write(self, b):
        if self.tell() + len(b) > self.limit:
            self.exceeded = True
            raise OutputLimitExceeded()
        return super().write(b)


class ScriptOutput(io.TextIOWrapper):
    """A stdio program's sys.stdout: text with a .buffer, like the real one."""

    def __init__(self, limit):
        super().__init__(LimitedBuffer(limit), encoding="utf-8", errors="backslashreplace", newline="\n")

    @property
    def exceeded(self):
        return self.buffer.exceeded

    def text(self):
        try:
            self.flush()
        except OutputLimitExceeded:
            pass
        return self.buffer.getvalue().decode("utf-8", "replace")


# ----------------------------------------------------------------------------
# Timers


class CpuTimer:
    """The process runner's CPU limit: SIGPROF's default action ends the
    process, even inside a C call; the judge sees the signal.

    Arming costs a system call, so a fast case leaves the timer running and
    the next case re-arms it only once the time since the last arming (an
    upper bound on the CPU it may have used) reaches a reserve of 5% of
    the limit: no case is stopped before it has used the limit (+20 ms), so
    a stopped case is over it, and a runaway case is stopped by 1.05 x the
    limit (+20 ms). Every test a slow solution fails costs this much CPU.
    """

    def __init__(self, seconds):
        self.reserve = seconds * 0.05
        self.seconds = seconds + 0.02 + self.reserve
        self.armed_at = None

    def take_fired(self):
        """Whether this timer raised TimeLimitExceeded: never (SIGPROF ends
        the process), so one that reaches the harness is the solution's."""
        return False

    def arm(self, now):
        """`now`: the case's start on the `_perf_counter` clock."""
        if self.armed_at is None or now - self.armed_at >= self.reserve:
            signal.setitimer(signal.ITIMER_PROF, self.seconds)
            self.armed_at = now

    def done(self, wall):
        # after a slow case, the harness's own work on its result (which
        # may be large) must not run on what is left of the timer
        if wall > 0.001:
            self.disarm()

    def disarm(self):
        signal.setitimer(signal.ITIMER_PROF, 0)
        self.armed_at = None


class InterruptTimer:
    """The embedded runner's limits: its watchdog signals this thread, and
    the handler raises into the solution while the timer is armed.

    A signal sent for one case can arrive after the next has begun: it is
    ignored unless the running case has had at least `threshold` seconds
    (the runner sets it a little under the job's smallest limit), so it
    cannot cut a fresh case short."""

    def __init__(self):
        self.armed = False
        self.armed_at = 0.0
        self.threshold = 0.0
        self.pending = TimeLimitExceeded
        # set just before the handler raises: the harness believes a
        # TimeLimitExceeded only then (a solution can raise the class too)
        self.fired = False

    def take_fired(self):
        """Whether the handler raised since the last call (and forget it)."""
        fired, self.fired = self.fired, False
        return fired

    def arm(self, now):
        """`now`: the case's start on the `_perf_counter` clock."""
        self.armed_at = now
        self.fired = False
        self.armed = True

    def done(self, wall):
        self.armed = False

    def disarm(self):
        self.armed = False

    def on_signal(self, signum, frame):
        if self.armed and _perf_counter() - self.armed_at >= self.threshold:
            self.fired = True
            raise self.pending()
