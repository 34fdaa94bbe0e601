"""Decorates a scripted flaky function with the solution's retry(...) and
reports what happened, as values:

    {"name": ..., "doc": ...,        # the decorated function's __name__, __doc__
     "wrapped": bool,                # its __wrapped__ is the original function
     "calls": [                      # one entry per call of the decorated function
        {"returned": value}          #   what it returned, or
        {"raised": name,             #   the exception it let out and whether
         "original": bool},          #   it is the very object the function raised last
        + {"attempts": n,            #   how many times the original ran
           "sleeps": [seconds, ...]} #   what was passed to sleep(), as floats
     ]}

If retry(...) or decorating raises ValueError, the report is just
{"error": "ValueError"}; any other exception there propagates.

The original function follows `outcomes`, one entry per run, across all
calls: an exception name (raise it, with the message "attempt N") or "ok"
(return {"args": [...], "kwargs": {...}, "attempt": N}); past the end of
`outcomes` it always returns.
"""

import builtins


class TransientError(Exception):
    """A failure that is worth retrying (stands for a flaky network call)."""


class Cancelled(BaseException):
    """Like KeyboardInterrupt: not an Exception, never retried by default."""


EXCEPTIONS = {name: getattr(builtins, name) for name in (
    "BaseException", "Exception", "ValueError", "KeyError", "IndexError", "LookupError",
    "OSError", "ConnectionError", "ConnectionResetError", "TimeoutError", "RuntimeError",
    "ZeroDivisionError", "ArithmeticError", "TypeError",
)}
EXCEPTIONS["TransientError"] = TransientError
EXCEPTIONS["Cancelled"] = Cancelled


def run(solution, config, fn, outcomes, calls):
    config = dict(config)
    if "exceptions" in config:
        config["exceptions"] = tuple(EXCEPTIONS[name] for name in config["exceptions"])
    sleeps = []
    raised = []
    runs = [0]

    def fake_sleep(seconds):
        sleeps.append(seconds)

    def original(*args, **kwargs):
        runs[0] += 1
        n = runs[0]
        if n <= len(outcomes) and outcomes[n - 1] != "ok":
            exc = EXCEPTIONS[outcomes[n - 1]]("attempt %d" % n)
            raised.append(exc)
            raise exc
        return {"args": list(args), "kwargs": dict(kwargs), "attempt": n}

    original.__name__ = original.__qualname__ = fn["name"]
    original.__doc__ = fn.get("doc")

    try:
        decorator = solution.retry(**config, sleep=fake_sleep)
        wrapped = decorator(original)
    except ValueError as e:
        return {"error": type(e).__name__}

    report = {
        "name": getattr(wrapped, "__name__", None),
        "doc": getattr(wrapped, "__doc__", None),
        "wrapped": getattr(wrapped, "__wrapped__", None) is original,
        "calls": [],
    }
    for args, kwargs in calls:
        runs_before, sleeps_before, raised_before = runs[0], len(sleeps), len(raised)
        entry = {}
        try:
            entry["returned"] = wrapped(*args, **kwargs)
        except MemoryError:
            raise
        except (Exception, Cancelled) as e:
            entry["raised"] = type(e).__name__
            entry["original"] = len(raised) > raised_before and e is raised[-1]
        entry["attempts"] = runs[0] - runs_before
        entry["sleeps"] = [round(float(s), 9) for s in sleeps[sleeps_before:]]
        report["calls"].append(entry)
    return report
