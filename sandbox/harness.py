"""The judge's Python side: runs one submission's test cases in one process.

Embedded into the `judge` binary and written to a temporary directory at run
time; started as `python -I -B [-S] harness.py MODE`. Standard library only.

Protocol (see docs/protocol.md): requests arrive as JSON lines on fd 3 and
results leave as JSON lines on fd 4, never on stdout, so nothing a solution
prints can be mistaken for a result. The first request is the setup; each
following one is a test case; end of input ends the run. Values use the
judge's JSON encoding (docs/values.md): tagged objects such as
{"$tuple": [...]} keep tuples, sets, bytes and non-string dict keys apart.

Expected values never come here: this process returns what the solution
did, and the judge compares.

MODE is `run` (judge a solution) or `check` (host a problem's trusted
checker.py; see `check_main`).
"""

import io
import json
import os
import resource
import signal
import sys
import time
import traceback
import types

# Bound once, before any solution code runs and could replace them.
_perf_counter = time.perf_counter
_getrusage = resource.getrusage
_RUSAGE_SELF = resource.RUSAGE_SELF

REQUEST_FD = 3
RESULT_FD = 4

_INF = float("inf")


# ----------------------------------------------------------------------------
# Values: the judge's JSON encoding <-> Python objects


class CodecError(Exception):
    """A request used the encoding wrongly (a judge bug, never the solution's)."""


def decode(j):
    """A JSON-decoded object in the judge's encoding -> a Python value."""
    t = type(j)
    if t is list:
        return [decode(x) for x in j]
    if t is dict:
        if j:
            key = next(iter(j))
            if key[:1] == "$":
                if len(j) != 1:
                    raise CodecError("a tagged value has exactly one key: %r" % key)
                return _decode_tagged(key, j[key])
        return {k: decode(v) for k, v in j.items()}
    return j


def _decode_tagged(tag, body):
    if tag == "$tuple":
        return tuple(decode(x) for x in body)
    if tag == "$set":
        return {decode(x) for x in body}
    if tag == "$frozenset":
        return frozenset(decode(x) for x in body)
    if tag == "$dict":
        return {decode(k): decode(v) for k, v in body}
    if tag == "$bytes":
        return body.encode("latin-1")
    if tag == "$float":
        return float(body)
    if tag == "$opaque":
        raise CodecError("an opaque value (%s) cannot be given to a solution" % body.get("type"))
    raise CodecError("unknown tag %r" % tag)


def encode(v):
    """A Python value -> an object json.dumps writes in the judge's encoding.

    Never fails: what the model has no variant for (or cannot encode, like a
    list that contains itself) becomes {"$opaque": {"type", "repr"}}.
    """
    try:
        return _encode(v)
    except RecursionError:
        return _opaque(v)


def _encode(v):
    t = type(v)
    if t is str:
        return v if v.isascii() or _utf8_safe(v) else _opaque(v)
    if t is int or t is bool or v is None:
        return v
    if t is float:
        return v if (v == v and v != _INF and v != -_INF) else {"$float": repr(v)}
    if t is list:
        return [_encode(x) for x in v]
    if t is tuple:
        return {"$tuple": [_encode(x) for x in v]}
    if t is dict:
        return _encode_dict(v)
    if t is set:
        return {"$set": [_encode(x) for x in v]}
    if t is frozenset:
        return {"$frozenset": [_encode(x) for x in v]}
    if t is bytes:
        return {"$bytes": v.decode("latin-1")}
    # Subclasses (IntEnum, namedtuple, defaultdict, Counter, ...) are the
    # value they compare equal to.
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return _encode(float(v))
    if isinstance(v, str):
        return _encode(str(v))
    if isinstance(v, (bytes, bytearray)):
        return {"$bytes": bytes(v).decode("latin-1")}
    if isinstance(v, tuple):
        return {"$tuple": [_encode(x) for x in v]}
    if isinstance(v, list):
        return [_encode(x) for x in v]
    if isinstance(v, dict):
        return _encode_dict(v)
    if isinstance(v, frozenset):
        return {"$frozenset": [_encode(x) for x in v]}
    if isinstance(v, set):
        return {"$set": [_encode(x) for x in v]}
    return _opaque(v)


def _encode_dict(d):
    plain = True
    first = True
    for k in d:
        if type(k) is not str or (first and k[:1] == "$") or not (k.isascii() or _utf8_safe(k)):
            plain = False
            break
        first = False
    if plain:
        return {k: _encode(x) for k, x in d.items()}
    return {"$dict": [[_encode(k), _encode(x)] for k, x in d.items()]}


def _utf8_safe(s):
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:  # lone surrogates
        return False


def _opaque(v):
    try:
        text = repr(v)
    except BaseException as e:  # a user __repr__ may fail in any way
        text = "<%s object; repr() raised %s>" % (type(v).__name__, type(e).__name__)
    if not _utf8_safe(text):
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return {"$opaque": {"type": type(v).__name__, "repr": text}}


# ----------------------------------------------------------------------------
# Exceptions and tracebacks


FULL_TRACEBACKS_PER_CASE = 50


def describe_exception(exc, solution_path, with_traceback=True):
    """The exception as data, its traceback trimmed to the solution's frames."""
    frames = []
    for fs in traceback.extract_tb(exc.__traceback__) if with_traceback else ():
        if fs.filename != solution_path:
            continue
        code = (fs.line or "").strip()
        if frames and frames[-1]["line"] == fs.lineno and frames[-1]["function"] == fs.name:
            frames[-1]["repeated"] += 1
        else:
            frames.append({"line": fs.lineno, "function": fs.name, "code": code, "repeated": 0})
    if isinstance(exc, SyntaxError) and exc.filename == solution_path and exc.lineno:
        frames.append({"line": exc.lineno, "function": "<module>", "code": (exc.text or "").strip(), "repeated": 0})
    try:
        # a SyntaxError's str() repeats the file and line the frame gives
        message = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)
    except BaseException:
        message = "<str() of the exception failed>"
    return {
        "type": type(exc).__name__,
        "mro": [c.__name__ for c in type(exc).__mro__ if c is not object],
        "message": message if _utf8_safe(message) else message.encode("utf-8", "backslashreplace").decode(),
        "traceback": frames[-30:],
    }


def raised_at_call_boundary(exc):
    """A TypeError raised by the call itself (wrong number or names of
    arguments), before any of the solution's code ran."""
    tb = exc.__traceback__
    return isinstance(exc, TypeError) and tb is not None and tb.tb_next is None


# ----------------------------------------------------------------------------
# Output capture


class OutputLimitExceeded(BaseException):
    """Raised into the solution when it prints more than its limit."""


class LimitedBuffer(io.BytesIO):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.exceeded = False

    def write(self, b):
        if self.tell() + len(b) > self.limit:
            self.exceeded = True
            raise OutputLimitExceeded()
        return super().write(b)


def text_capture(limit):
    return io.TextIOWrapper(LimitedBuffer(limit), encoding="utf-8", errors="backslashreplace", newline="\n")


def captured_text(stream):
    try:
        stream.flush()
    except OutputLimitExceeded:
        pass
    return stream.buffer.getvalue().decode("utf-8", "replace")


# ----------------------------------------------------------------------------
# The run loop


class Harness:
    def __init__(self, setup, send):
        self.kind = setup["kind"]
        self.path = setup["solution"]
        self.entry_name = setup.get("entry")
        self.cpu_limit = setup["time_ms"] / 1000.0
        self.output_limit = setup["output_bytes"]
        self.send = send
        self.entry = None
        self.code = None

    # -- timing ---------------------------------------------------------------

    def arm(self):
        # SIGPROF's default action ends the process: a runaway loop, even one
        # inside a C call, dies at the CPU limit and the judge sees SIGPROF.
        signal.setitimer(signal.ITIMER_PROF, self.cpu_limit * 1.1 + 0.02)

    def disarm(self):
        signal.setitimer(signal.ITIMER_PROF, 0)

    # -- loading --------------------------------------------------------------

    def load(self):
        """Compiles (and for function/class kinds, imports) the solution.
        Returns True when cases can run; otherwise has reported why not."""
        try:
            with open(self.path, "rb") as f:
                source = f.read()
            self.code = compile(source, self.path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as e:
            self.send({"ev": "load_failed", "reason": "syntax", "exception": describe_exception(e, self.path),
                       "line": getattr(e, "lineno", None), "column": getattr(e, "offset", None)})
            return False
        if self.kind == "stdio":
            self.send({"ev": "ready"})
            return True
        module = types.ModuleType("solution")
        module.__file__ = self.path
        sys.modules["solution"] = module
        out, err = text_capture(self.output_limit), text_capture(self.output_limit)
        sys.stdout, sys.stderr = out, err
        failure = None
        self.arm()
        try:
            exec(self.code, module.__dict__)
        except MemoryError:
            failure = {"reason": "memory"}
        except OutputLimitExceeded:
            failure = {"reason": "output_limit"}
        except BaseException as e:
            failure = {"reason": "raised", "exception": describe_exception(e, self.path)}
        finally:
            self.disarm()
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        if failure is None:
            failure = self.find_entry(module)
        if failure is not None:
            failure["ev"] = "load_failed"
            failure["stdout"] = captured_text(out)
            failure["stderr"] = captured_text(err)
            self.send(failure)
            return False
        self.send({"ev": "ready"})
        return True

    def find_entry(self, module):
        name = self.entry_name
        entry = module.__dict__.get(name)
        want = "class" if self.kind == "class" else "function"
        if entry is None:
            import difflib

            defined = [n for n, v in module.__dict__.items() if not n.startswith("__") and callable(v)]
            close = difflib.get_close_matches(name, defined, n=1)
            hint = " (did you mean %s?)" % close[0] if close else ""
            return {"reason": "no_entry", "message": "the solution defines no %s named %s%s" % (want, name, hint)}
        if self.kind == "class" and not isinstance(entry, type):
            return {"reason": "no_entry", "message": "%s is a %s, not a class" % (name, type(entry).__name__)}
        if not callable(entry):
            return {"reason": "no_entry", "message": "%s is a %s, not a function" % (name, type(entry).__name__)}
        self.entry = entry
        return None

    # -- cases ----------------------------------------------------------------

    def run_case(self, case):
        """Runs one case; returns the result message."""
        prepared = self.prepare(case)
        out, err = text_capture(self.output_limit), text_capture(self.output_limit)
        stdin = io.TextIOWrapper(io.BytesIO(case.get("stdin", "").encode("utf-8")), encoding="utf-8")
        sys.stdin, sys.stdout, sys.stderr = stdin, out, err
        # CPU time from getrusage, not time.process_time(): while a CPU timer
        # is armed, Linux advances CLOCK_PROCESS_CPUTIME_ID only at ticks.
        usage0, wall0 = _getrusage(_RUSAGE_SELF), _perf_counter()
        self.arm()
        try:
            result = self.execute(prepared)
        except OutputLimitExceeded:
            result = {"status": "output_limit"}
        except MemoryError:
            result = {"status": "memory"}
        finally:
            self.disarm()
            wall = _perf_counter() - wall0
            usage = _getrusage(_RUSAGE_SELF)
            sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
        out_text, err_text = captured_text(out), captured_text(err)
        if out.buffer.exceeded or err.buffer.exceeded:
            # also when the solution caught OutputLimitExceeded and went on
            result = {"status": "output_limit"}
        # Encoding values and describing exceptions is the judge's work, done
        # outside the timed part.
        if "value" in result:
            result["value"] = encode(result["value"])
        elif "raised" in result:
            result["exception"] = describe_exception(result.pop("raised"), self.path)
        elif "results" in result:
            described = 0
            for r in result["results"]:
                if "value" in r:
                    r["value"] = encode(r["value"])
                elif "raised" in r:
                    # a traceback costs ~100 us; thousands of expected raises
                    # need only their type
                    full = described < FULL_TRACEBACKS_PER_CASE
                    r["exception"] = describe_exception(r.pop("raised"), self.path, with_traceback=full)
                    described += 1
        result["ev"] = "result"
        result["id"] = case["id"]
        cpu = (usage.ru_utime - usage0.ru_utime) + (usage.ru_stime - usage0.ru_stime)
        result["cpu_ms"] = cpu * 1000.0
        result["wall_ms"] = wall * 1000.0
        result["rss_kb"] = usage.ru_maxrss
        if result["status"] == "exited":
            result["output"] = out_text
        elif out_text:
            # also a stdio program's output before it crashed
            result["stdout"] = out_text
        if err_text:
            result["stderr"] = err_text
        return result

    def prepare(self, case):
        """Decodes a case's arguments (outside the timed part)."""
        if self.kind == "function":
            return decode(case.get("args", [])), decode(case.get("kwargs", {}))
        if self.kind == "class":
            return [(op[0], decode(op[1:])) for op in case["ops"]]
        return None

    def execute(self, prepared):
        if self.kind == "function":
            return self.call(*prepared)
        if self.kind == "class":
            return self.run_ops(prepared)
        return self.run_script()

    def call(self, args, kwargs):
        try:
            value = self.entry(*args, **kwargs)
        except (OutputLimitExceeded, MemoryError):
            raise
        except BaseException as e:
            if raised_at_call_boundary(e):
                return {"status": "bad_call", "message": "%s: %s" % (type(e).__name__, e)}
            return {"status": "raised", "raised": e}
        return {"status": "returned", "value": value}

    def run_ops(self, ops):
        """The constructor, then each method call; every op's result or
        exception is recorded (the judge decides which were expected)."""
        constructor_args = ops[0][1]
        try:
            obj = self.entry(*constructor_args)
        except (OutputLimitExceeded, MemoryError):
            raise
        except BaseException as e:
            if raised_at_call_boundary(e):
                return {"status": "bad_call", "message": "%s(): %s: %s" % (self.entry_name, type(e).__name__, e)}
            return {"status": "ops", "results": [{"raised": e}]}
        results = [{"value": None}]
        cls = type(obj)
        for method, args in ops[1:]:
            if not hasattr(cls, method) and not hasattr(obj, method):
                return {"status": "bad_call", "message": "class %s has no method %s" % (self.entry_name, method)}
            try:
                fn = getattr(obj, method)
                value = fn(*args)
            except (OutputLimitExceeded, MemoryError):
                raise
            except BaseException as e:
                if raised_at_call_boundary(e):
                    return {"status": "bad_call", "message": "%s(): %s: %s" % (method, type(e).__name__, e)}
                results.append({"raised": e})
                continue
            results.append({"value": value})
        return {"status": "ops", "results": results}

    def run_script(self):
        module = {"__name__": "__main__", "__file__": self.path, "__builtins__": __builtins__}
        try:
            exec(self.code, module)
        except SystemExit as e:
            code = e.code
            if code is None or code == 0:
                return {"status": "exited", "code": 0}
            if isinstance(code, int):
                return {"status": "exited", "code": code}
            # sys.exit("message") prints the message and exits with 1
            sys.stderr.write(str(code) + "\n")
            return {"status": "exited", "code": 1}
        except (OutputLimitExceeded, MemoryError):
            raise
        except BaseException as e:
            return {"status": "raised", "raised": e}
        return {"status": "exited", "code": 0}


class Channel:
    """JSON lines in on fd 3, out on fd 4."""

    def __init__(self):
        self.requests = io.open(REQUEST_FD, "rb", buffering=1 << 16)
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
        self.write = os.write

    def send(self, obj):
        data = (self.dumps(obj) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            n = self.write(RESULT_FD, view)
            view = view[n:]

    def receive(self):
        line = self.requests.readline()
        return json.loads(line) if line else None


def run_main(channel):
    setup = channel.receive()
    if setup is None:
        return
    harness = Harness(setup, channel.send)
    if not harness.load():
        return
    while True:
        case = channel.receive()
        if case is None:
            return
        channel.send(harness.run_case(case))


# ----------------------------------------------------------------------------
# Checker host: a problem's own checker.py, trusted, in its own process


def check_main(channel):
    setup = channel.receive()
    if setup is None:
        return
    path = setup["checker"]
    namespace = {"__name__": "checker", "__file__": path}
    with open(path, "rb") as f:
        exec(compile(f.read(), path, "exec"), namespace)
    check = namespace.get("check")
    if not callable(check):
        channel.send({"ev": "load_failed", "message": "checker.py defines no function check(input, expected, got)"})
        return
    channel.send({"ev": "ready"})
    while True:
        req = channel.receive()
        if req is None:
            return
        try:
            verdict = check(decode(req["input"]), decode(req["expected"]), decode(req["got"]))
            if isinstance(verdict, tuple):
                ok, message = bool(verdict[0]), str(verdict[1]) if len(verdict) > 1 else ""
            else:
                ok, message = bool(verdict), ""
            channel.send({"ev": "checked", "ok": ok, "message": message})
        except BaseException:
            channel.send({"ev": "checker_failed", "message": traceback.format_exc(limit=-10)})


def main(argv):
    sys.set_int_max_str_digits(0)
    mode = argv[1] if len(argv) > 1 else "run"
    channel = Channel()
    try:
        check_main(channel) if mode == "check" else run_main(channel)
    except BaseException:
        # The harness's own failure: the judge reports it as IE, never as the
        # solution's fault.
        try:
            channel.send({"ev": "internal", "message": traceback.format_exc()})
        except BaseException:
            pass
        os._exit(70)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
