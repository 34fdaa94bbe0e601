"""The judge's Python side: runs one submission's test cases.

Embedded into the `judge` binary. The process runner writes it (with
judge_values.py, judge_limits.py and zygote.py) to a directory and starts
`python -I [-S] -c LAUNCHER DIR MODE`, which imports it from DIR (so that
its bytecode is cached) and calls `main`; the embedded runner loads it
into its interpreter and calls `Harness` directly. Standard library only.

Process protocol (docs/protocol.md): frames of a 4-byte little-endian
length and a `marshal` payload; requests arrive on fd 3 and events leave on
fd 4, never on stdout, so nothing a solution prints can be read as a
result. The first request is the setup; each following one is a batch of
cases; end of input ends the run. Expected values never come here: this
process reports what the solution did, and the judge compares.

MODE is `run` (judge a solution) or `check` (host a problem's trusted
checker.py; see `check_main`).
"""

# Only modules that cost nothing to import: json and traceback would
# double the start-up time, so they are imported where they are needed.
import _struct
import _thread
import gc
import io
import marshal
import os
import resource
import sys
import time

# InterruptTimer is only re-exported: the embedded runner takes it from here
from judge_limits import (Capture, CpuTimer, InterruptTimer, OutputLimitExceeded,  # noqa: F401
                          ScriptOutput, TimeLimitExceeded)
import judge_interactive
import judge_tests
from judge_values import _safe_text, describe_exception, encode
# forbid and unforbid are also called through this module (the embedded runner)
from judge_forbid import ForbiddenCall, forbid, unforbid  # noqa: F401

import builtins as _builtins_module

# The harness's own view of the builtins, taken before any solution runs: a
# solution that patches the builtins module (`builtins.len = ...`) changes
# what it sees, not what the harness's functions see.
__builtins__ = dict(_builtins_module.__dict__)

REQUEST_FD = 3
RESULT_FD = 4
# marshal version 2: no back-references, so every frame stands alone
MARSHAL_VERSION = 2
# A case's CPU time is the CPU clock at its end less a reading (the mark)
# taken at most this long (of wall time) before it began: the clock is a
# system call, too dear to read around every case.
CPU_MARK_AGE = 0.001
# a case that took longer than this (wall) has its CPU time read
SLOW_CASE = 0.001
# the prefix of a case's status when the interpreter failed during it
SUSPECT = "suspect_"
# a traceback costs ~100 us to describe: thousands of expected raises in
# one class case need only their type
FULL_TRACEBACKS_PER_CASE = 50

# Bound once, before any solution code runs and could replace them.
_perf_counter = time.perf_counter
_thread_time = time.thread_time
_getrusage = resource.getrusage
_RUSAGE_SELF = resource.RUSAGE_SELF


def process_clock():
    """(CPU seconds of every thread of the process, dead ones included;
    peak RSS in KiB). getrusage is exact to the microsecond, where the
    process CPU clock only advances at ticks while a CPU timer is armed."""
    r = _getrusage(_RUSAGE_SELF)
    return r.ru_utime + r.ru_stime, r.ru_maxrss


def thread_clock():
    """(CPU seconds of this thread, no memory reading): the embedded
    runner's, whose process is the judge's and runs other threads."""
    return _thread_time(), 0
_dumps = marshal.dumps
_loads = marshal.loads
_frame_head = _struct.Struct("<I")


class DriverFailed(Exception):
    """The problem's driver.py failed in its own code (at import, or in
    `run` outside the solution's): the problem's fault, an IE, never the
    solution's RE. Its message names driver.py and has the driver's
    traceback; it ends the run like the harness's own failure."""


# What the solution must not swallow on the harness's behalf (nor the
# harness mistake for the solution's exception).
_CONTROL = (OutputLimitExceeded, TimeLimitExceeded, MemoryError, DriverFailed)


# ----------------------------------------------------------------------------
# Exceptions


# The stack of a thread a solution starts (see run_main).
THREAD_STACK_BYTES = 2 << 20


def with_article(noun):
    """'an int', 'a str': the article English gives the noun (by its first
    letter, which is right for Python's type names)."""
    return ("an " if noun[:1].lower() in "aeiou" and noun else "a ") + noun


def source_lines(source):
    """The lines of the solution's source as Python decodes it (a BOM, a
    PEP 263 coding line, else UTF-8), for tracebacks: they quote the bytes
    that were judged, not the file as it is on disk now. No imports: an
    exception is often described when memory is short (linecache and
    tokenize would need megabytes, and cost milliseconds)."""
    encoding = "utf-8-sig" if source.startswith(b"\xef\xbb\xbf") else "utf-8"
    for line in source.split(b"\n", 2)[:2]:
        text = line.decode("latin-1").lstrip()
        at = text.find("coding")
        if text.startswith("#") and at >= 0 and text[at + 6:at + 7] in (":", "="):
            name = text[at + 7:].lstrip()
            end = 0
            while end < len(name) and (name[end].isalnum() or name[end] in "-_."):
                end += 1
            encoding = name[:end] or encoding
            break
    try:
        return source.decode(encoding, "replace").splitlines()
    except LookupError:
        return source.decode("utf-8", "replace").splitlines()


def release_exception(exc):
    """Drops the tracebacks of a described exception and of those chained
    to it. A traceback holds the frames of the solution (a runaway
    recursion: hundreds of thousands, with their locals) and the harness's
    own frame that holds the exception: a cycle only the collector frees,
    later, in the middle of another case, which it would slow down or run
    out of memory. Without the tracebacks it all goes now, between cases."""
    todo, seen = [exc], set()
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        try:
            e.__traceback__ = None
            todo.append(e.__context__)
            todo.append(e.__cause__)
        except BaseException:  # an exception class of the solution's may refuse
            pass


def exit_status(code):
    """The exit status CPython's own interpreter gives `sys.exit(code)`:
    None is 0; an int (a bool too) is its C `long` cut to the byte the OS
    keeps, and one that does not fit a `long` is 255 (-1); anything else is
    printed to stderr and is 1, also when printing it fails."""
    if code is None:
        return 0
    if isinstance(code, int):
        code = int(code)
        if not -(1 << 63) <= code < (1 << 63):
            return 255
        return code & 0xff
    try:
        sys.stderr.write(str(code) + "\n")
    except _CONTROL:
        raise
    except BaseException:
        pass
    return 1


def raised_at_call_boundary(exc):
    """A TypeError raised by the call itself (wrong number or names of
    arguments), before any of the solution's code ran."""
    tb = exc.__traceback__
    return isinstance(exc, TypeError) and tb is not None and tb.tb_next is None


# Exceptions a driver's own code raises on the solution's behalf: Python's
# complaints about what the solution returned or built (not an iterator, no
# such attribute, cannot unpack), and a driver's deliberate rejection
# (`assert`, or an exception class driver.py defines).
_SOLUTIONS_IN_DRIVER = (TypeError, AttributeError, ValueError, AssertionError)


def _from_the_solution(exc, solution_path, driver_name):
    """Whether an exception that came out of the driver's run() is the
    solution's: it passed through the solution's code, or it is one the
    driver raises about the solution (_SOLUTIONS_IN_DRIVER, or a class of
    driver.py's own). Anything else raised in the driver's own code
    (NameError, ZeroDivisionError, KeyError, ...) is a bug of the driver."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == solution_path:
            return True
        tb = tb.tb_next
    if isinstance(exc, _SOLUTIONS_IN_DRIVER):
        return True
    return any(getattr(c, "__module__", None) == driver_name for c in type(exc).__mro__)


def _driver_traceback(exc, driver_path, when):
    """driver.py's failure for a person: the exception and the driver's
    frames (and what it called), without the harness's. The driver is
    named by its file name: the process runner runs a copy of it."""
    import traceback

    name = os.path.basename(driver_path)
    frames = traceback.extract_tb(exc.__traceback__)
    # drop the harness's own frames above the driver's first
    first = next((i for i, f in enumerate(frames) if f.filename == driver_path), 0)
    frames = frames[first:]
    for f in frames:
        if f.filename == driver_path:
            f.filename = name
    try:
        message = str(exc)
    except BaseException:
        message = "<str() of the exception failed>"
    text = "%s raised %s %s: %s\nTraceback (most recent call last):\n%s" % (
        name, type(exc).__name__, when, message, "".join(traceback.format_list(frames)))
    return _safe_text(text.rstrip())


# ----------------------------------------------------------------------------
# Running a submission


def check_encoding(source, path):
    """Refuses what `python3 file.py` refuses: a source without a BOM or a
    coding line (PEP 263) must be UTF-8 throughout. compile() of bytes
    takes invalid bytes in a comment, and a string with them fails only at
    run time; with a BOM or a declaration it already agrees with python.
    Raises the SyntaxError CPython gives."""
    if source.startswith(b"\xef\xbb\xbf"):
        return
    head = source.split(b"\n", 2)[:2]
    if any(b"coding" in line for line in head):
        import tokenize  # only for a source that may declare its encoding

        first = head[0].decode("latin-1")
        if tokenize.cookie_re.match(first):
            return
        if len(head) > 1 and tokenize.blank_re.match(head[0]) and tokenize.cookie_re.match(head[1].decode("latin-1")):
            return
    try:
        source.decode("utf-8")
    except UnicodeDecodeError as e:
        line = source.count(b"\n", 0, e.start) + 1
        message = ("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                   "see https://peps.python.org/pep-0263/ for details" % (source[e.start], path, line))
        raise SyntaxError(message, (path, line, None, None)) from None


class Harness:
    """Loads one solution and runs its cases, one call of `run_case` each."""

    def __init__(self, kind, path, entry_name, time_ms, output_bytes, timer, driver=None, source=None,
                 clock=process_clock, interactive=False):
        self.kind = kind
        # stdio: sys.stdin and sys.stdout are pipes to the problem's
        # interactor (judge_interactive), one case per process
        self.interactive = interactive
        # the solution's bytes as the judge read them once (the embedded
        # runner); the process runner's file is already a private copy
        self.source = source
        self.driver_path = driver
        self.driver_run = None
        self.path = path
        self.entry_name = entry_name
        self.output_limit = output_bytes
        self.timer = timer
        self.entry = None
        # the `tests` kind: the solution's globals and its test functions
        self.namespace = None
        self.tests = ()
        self.code = None
        self.out = Capture(output_bytes)
        self.err = Capture(output_bytes)
        self.no_input = io.StringIO("")
        self.rss_kb = 0
        # the bytes compiled, and their lines once an exception needs them
        self.source_bytes = None
        self.source_lines = None
        # the largest result frame the judge reads (run_main sets it)
        self.frame_bytes = 1 << 30
        # the case raised SystemError: see run_case
        self.suspect = False
        self.clock = clock
        self.reads_rss = clock is process_clock
        # see run_case: the last reading of the CPU clock, and when it was
        # taken (wall); -inf: take a new one before the next case
        self.cpu_mark = 0.0
        self.mark_wall = float("-inf")

    # -- loading --------------------------------------------------------------

    def load(self):
        """Compiles (and for function/class kinds, imports) the solution.
        Returns the event: ("ready",) or ("load_failed", details)."""
        try:
            source = self.source
            if source is None:
                with open(self.path, "rb") as f:
                    source = f.read()
            check_encoding(source, self.path)
            self.source_bytes = source
            self.code = compile(source, self.path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as e:
            return ("load_failed", {"reason": "syntax", "exception": self.describe(e),
                                    "line": getattr(e, "lineno", None), "column": getattr(e, "offset", None)})
        if self.kind == "stdio":
            return ("ready",)
        module = type(sys)("solution")
        module.__file__ = self.path
        module.__builtins__ = _builtins_module
        sys.modules["solution"] = module
        if self.kind == "tests":
            module.__dict__[self.entry_name] = judge_tests.outside_a_test(self.entry_name)
        out, err = self.out, self.err
        out.reset()
        err.reset()
        sys.stdin, sys.stdout, sys.stderr = self.no_input, out, err
        failure = None
        self.timer.arm(_perf_counter())
        try:
            exec(self.code, module.__dict__)
        except MemoryError:
            failure = {"reason": "memory"}
        except OutputLimitExceeded as e:
            if out.exceeded or err.exceeded:
                failure = {"reason": "output_limit"}
            else:
                failure = {"reason": "raised", "exception": self.describe(e)}
        except TimeLimitExceeded as e:
            if self.timer.take_fired():
                failure = {"reason": "timed_out"}
            else:
                failure = {"reason": "raised", "exception": self.describe(e)}
        except BaseException as e:
            failure = {"reason": "raised", "exception": self.describe(e)}
        finally:
            self.timer.disarm()
            sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
        if failure is None and self.kind == "tests":
            # no tests at all is the judge's wrong answer, not a load failure
            self.namespace = module.__dict__
            self.tests = judge_tests.collect(self.namespace, self.path)
        elif failure is None:
            failure = self.find_entry(module)
        if failure is not None:
            failure["stdout"] = out.text()
            failure["stderr"] = err.text()
            return ("load_failed", failure)
        return ("ready",)

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
            return {"reason": "no_entry", "message": "%s is %s, not a class" % (name, with_article(type(entry).__name__))}
        if not callable(entry):
            return {"reason": "no_entry", "message": "%s is %s, not a function" % (name, with_article(type(entry).__name__))}
        self.entry = entry
        if self.driver_path:
            self.entry = self.driven(module)
        return None

    def load_driver(self):
        """Loads the problem's driver, once: the process runner does it
        before it says `loading`, so that a broken driver is the problem's
        error (IE), not the solution's."""
        if self.driver_run is None and self.driver_path:
            self.driver_run = self._load_driver()
        return self.driver_run

    def driven(self, solution):
        """The problem's driver, called as the entry point: run(solution,
        *args) exercises the solution and returns what is checked.

        The driver's own failures are the problem's (DriverFailed): a
        syntax error, an exception at its import or no `run` (found before
        the solution loads: `load_driver`), and an exception raised in its
        own code during a case. An exception that came out of the
        solution's code stays the solution's."""
        run = self.load_driver()
        path, solution_path = self.driver_path, self.path

        def drive(*args, **kwargs):
            try:
                return run(solution, *args, **kwargs)
            except _CONTROL:
                raise
            except BaseException as e:
                if _from_the_solution(e, solution_path, "driver"):
                    raise
                raise DriverFailed(_driver_traceback(e, path, "in run()")) from None

        return drive

    def _load_driver(self):
        path = self.driver_path
        try:
            with open(path, "rb") as f:
                code = compile(f.read(), path, "exec", dont_inherit=True)
        except SyntaxError as e:
            raise DriverFailed("%s:%s:%s: %s: %s" % (os.path.basename(path), e.lineno, e.offset,
                                                     type(e).__name__, e.msg)) from None
        driver = type(sys)("driver")
        driver.__file__ = path
        driver.__builtins__ = _builtins_module
        try:
            exec(code, driver.__dict__)
        except _CONTROL:
            raise
        except BaseException as e:
            raise DriverFailed(_driver_traceback(e, path, "while loading")) from None
        run = driver.__dict__.get("run")
        if not callable(run):
            raise DriverFailed("%s defines no function run(solution, *args)" % os.path.basename(path))
        return run

    # -- cases ----------------------------------------------------------------

    def run_case(self, case):
        """Runs one case: (id, args, kwargs), (id, ops, exceptions expected)
        or (id, stdin text).

        Returns (status, payload, cpu_ms, wall_ms, rss_kb, stdout, stderr),
        with the payload still a Python object (a returned value, an
        exception, a list of op results, or a stdio program's exit code):
        the caller turns it into data, outside the timed part. This is the
        hot path of a judge: it does as little as it can.
        """
        kind = self.kind
        if self.interactive:
            sys.stdin, out = judge_interactive.bind(self.output_limit)
            err = Capture(self.output_limit)
        elif kind == "stdio":
            out, err = ScriptOutput(self.output_limit), Capture(self.output_limit)
            sys.stdin = io.TextIOWrapper(io.BytesIO(case[1].encode("utf-8")), encoding="utf-8")
        else:
            out, err = self.out, self.err
            if out.size or out.exceeded:
                out.reset()
            if err.size or err.exceeded:
                err.reset()
            if sys.stdin is not self.no_input:
                sys.stdin = self.no_input
        sys.stdout, sys.stderr = out, err
        timer = self.timer
        # one clock reading serves the timer and the case's wall time
        wall0 = _perf_counter()
        if wall0 - self.mark_wall > CPU_MARK_AGE:
            self.cpu_mark = self.clock()[0]
            self.mark_wall = wall0 = _perf_counter()
        timer.arm(wall0)
        try:
            if kind == "function":
                # inlined: this is the hottest line of the judge
                try:
                    payload = self.entry(*case[1], **case[2]) if case[2] else self.entry(*case[1])
                    status = "returned"
                except _CONTROL:
                    raise
                except BaseException as e:
                    status, payload = self.call_failed(e)
            elif kind == "class":
                status, payload = self.run_ops(case[1], case[2])
            elif kind == "tests":
                status, payload = self.run_tests(case[1])
            else:
                status, payload = self.run_script()
        except OutputLimitExceeded as e:
            # the capture sets `exceeded` before it raises (checked below);
            # one the solution raised itself is its own exception
            status, payload = "raised", e
        except MemoryError:
            status, payload = "memory", None
        except TimeLimitExceeded as e:
            # only the timer's own interrupt is a timeout: a solution that
            # raises the class itself (in no time) has raised an exception
            status, payload = ("timed_out", None) if timer.take_fired() else ("raised", e)
        if self.interactive:
            # the interactor sees the end of the solution's output now
            judge_interactive.finish(sys.stdin, out)
            # closed now: the harness's own last flush must not meet them
            sys.stdin, sys.stdout = self.no_input, sys.__stdout__
        wall = _perf_counter() - wall0
        if wall > SLOW_CASE:
            # The clock now, less the mark and everything since the mark
            # that was not this case (the harness's own work and earlier
            # fast cases, at most CPU_MARK_AGE of wall time, which is at
            # least the CPU time they used): never another case's time,
            # never the harness's.
            now, rss = self.clock()
            cpu = max(0.0, now - self.cpu_mark - (wall0 - self.mark_wall))
            if rss:
                self.rss_kb = rss
            # the harness's work on this result must not count towards the
            # next case: it takes a fresh mark
            self.mark_wall = float("-inf")
        else:
            # a fast case's wall time is its CPU time, near enough
            cpu = wall
            if self.reads_rss and (wall > 0.0005 or not self.rss_kb):
                # a fast case cannot have grown memory much: skip the syscall
                self.rss_kb = _getrusage(_RUSAGE_SELF).ru_maxrss
        timer.done(wall)
        if out.exceeded or err.exceeded:
            # also when the solution caught OutputLimitExceeded and went on
            status, payload = "output_limit", None
        elif self.suspect:
            # The interpreter reported its own failure (SystemError): its
            # state cannot be trusted. The judge runs the case again in a
            # fresh interpreter; only if it fails so again is it the
            # solution's doing.
            status = SUSPECT + status
            self.suspect = False
        return (status, payload, cpu * 1000.0, wall * 1000.0, self.rss_kb,
                out.text() if kind == "stdio" or out.size else "", err.text() if err.size else "")

    def call_failed(self, e):
        """What an exception from calling the entry point means."""
        if isinstance(e, SystemError):
            self.suspect = True
        if raised_at_call_boundary(e):
            return "bad_call", "%s: %s" % (type(e).__name__, e)
        return "raised", e

    def run_ops(self, ops, exceptions_expected):
        """The constructor, then each method call; every op's result or
        exception is recorded (the judge decides which were expected).

        The case ends at the exception after the `exceptions_expected`
        first (None: never): one of them was unexpected, and decides the
        verdict; running on would only reach a time or memory limit."""
        try:
            obj = self.entry(*ops[0][1])
        except _CONTROL:
            raise
        except BaseException as e:
            if raised_at_call_boundary(e):
                return "bad_call", "%s(): %s: %s" % (self.entry_name, type(e).__name__, e)
            return "ops", [(False, e)]
        results = [(True, None)]
        append = results.append
        cls = type(obj)
        for method, args in ops[1:]:
            if not hasattr(cls, method) and not hasattr(obj, method):
                return "bad_call", "class %s has no method %s" % (self.entry_name, method)
            try:
                value = getattr(obj, method)(*args)
            except _CONTROL:
                raise
            except BaseException as e:
                if raised_at_call_boundary(e):
                    return "bad_call", "%s(): %s: %s" % (method, type(e).__name__, e)
                if isinstance(e, SystemError):
                    self.suspect = True
                append((False, e))
                if exceptions_expected is not None:
                    if not exceptions_expected:
                        break
                    exceptions_expected -= 1
                continue
            append((True, value))
        return "ops", results

    def run_tests(self, implementation):
        """The `tests` kind: the solution's tests on one implementation,
        given as (label, source). An implementation that does not load is
        the problem's fault (IE), like a driver's."""
        label, source = implementation
        try:
            entry = judge_tests.load_implementation(label, source, self.entry_name)
        except judge_tests.ImplementationFailed as e:
            raise DriverFailed(str(e)) from None
        return "tested", judge_tests.run(self.tests, self.namespace, self.entry_name, entry, _CONTROL,
                                         self.solution_lines)

    def solution_lines(self):
        if self.source_lines is None and self.source_bytes is not None:
            self.source_lines = source_lines(self.source_bytes)
        return self.source_lines or ()

    def run_script(self):
        module = {"__name__": "__main__", "__file__": self.path, "__builtins__": _builtins_module}
        try:
            exec(self.code, module)
        except SystemExit as e:
            return "exited", exit_status(e.code)
        except _CONTROL:
            raise
        except BaseException as e:
            if isinstance(e, SystemError):
                self.suspect = True
            return "raised", e
        return "exited", 0

    # -- results as data -----------------------------------------------------

    def describe(self, exc, with_traceback=True):
        """`describe_exception`, quoting the lines of the source judged."""
        return describe_exception(exc, self.path, with_traceback, self.solution_lines())

    def payload_data(self, status, payload):
        """A payload with its exceptions described (values left as they are)
        and then released (`release_exception`)."""
        if status.startswith(SUSPECT):
            status = status[len(SUSPECT):]
        if status == "raised":
            data = self.describe(payload)
            release_exception(payload)
            return data
        if status == "tested":
            passed, failure = payload
            if failure is None:
                return (passed, None)
            name, exc, explanation = failure
            data = (passed, (name, self.describe(exc), explanation))
            release_exception(exc)
            return data
        if status == "ops":
            data = []
            described = 0
            for ok, item in payload:
                if ok:
                    data.append((0, item))
                else:
                    data.append((1, self.describe(item, described < FULL_TRACEBACKS_PER_CASE)))
                    release_exception(item)
                    described += 1
            return data
        return payload


# ----------------------------------------------------------------------------
# The process runner's side


class Channel:
    """Frames: a 4-byte little-endian length, then a marshal payload."""

    def __init__(self):
        self.read = io.open(REQUEST_FD, "rb", buffering=1 << 16).read
        self.write = os.write

    def receive(self):
        head = self.read(4)
        if len(head) < 4:
            return None
        return _loads(self.read(_frame_head.unpack(head)[0]))

    def send(self, obj):
        self.send_bytes(_dumps(obj, MARSHAL_VERSION))

    def send_bytes(self, data):
        self.write_all(_frame_head.pack(len(data)) + data)

    def write_all(self, data):
        view = memoryview(data)
        while view:
            view = view[self.write(RESULT_FD, view):]


def result_frame(harness, case_id, result, last_rss):
    """The marshalled result event; values marshal cannot carry (subclasses,
    user objects) go as JSON in the value encoding instead.

    The common case (a value returned, nothing printed, memory as before)
    has a short form: ("v", id, value, cpu_ms, wall_ms).
    """
    status, payload, cpu_ms, wall_ms, rss_kb, out, err = result
    if status == "returned" and rss_kb == last_rss and not out and not err:
        try:
            return _dumps(("v", case_id, payload, cpu_ms, wall_ms), MARSHAL_VERSION)
        except ValueError:
            pass
    if status == "exited":
        payload, out = (out, payload), ""
    payload = harness.payload_data(status, payload)
    try:
        return _dumps(("result", case_id, status, payload, cpu_ms, wall_ms, rss_kb, out, err, False),
                      MARSHAL_VERSION)
    except ValueError:
        import json

        text = json.dumps(encode(payload), ensure_ascii=False, allow_nan=False)
        return _dumps(("result", case_id, status, text, cpu_ms, wall_ms, rss_kb, out, err, True), MARSHAL_VERSION)


def _framed(harness, case_id, result, last_rss, limit, result_frame):
    """(the result's frame, None) when it fits in `limit` bytes; else
    (None, the status sent instead): `result_limit` for a larger frame,
    `memory` when describing or encoding the result runs out of memory."""
    try:
        data = result_frame(harness, case_id, result, last_rss)
    except MemoryError:
        return None, "memory"
    return (data, None) if len(data) <= limit else (None, "result_limit")


def capped_frame(harness, case_id, result, last_rss, limit, result_frame=result_frame, framed=_framed):
    """`result_frame`, or, when the result cannot be sent, a result of its
    own that says why, blamed on the solution (which made the value): see
    `_framed`. (Both are bound when the harness loads: a solution that
    patches the module cannot reach them.)"""
    data, status = framed(harness, case_id, result, last_rss, limit, result_frame)
    if data is not None:
        return data
    status = SUSPECT + status if result[0].startswith(SUSPECT) else status
    return _dumps(("result", case_id, status, None, result[2], result[3], result[4], "", "", False),
                  MARSHAL_VERSION)


def result_cap(harness, case_id, result, limit, result_frame=result_frame, framed=_framed):
    """`capped_frame`'s rule for the embedded runner, which sends no frame:
    the status the process runner's harness sends instead of this result,
    or None when it fits. Both runners must give a solution the same
    verdict."""
    return framed(harness, case_id, result, result[4], limit, result_frame)[1]


# Batched results are sent once the cases they report have run this long
# (their own wall time, without the harness's work between them).
FLUSH_AFTER = 0.002
FLUSH_BYTES = 1 << 16


def run_main(channel):
    setup = channel.receive()
    if setup is None:
        return
    harness = Harness(setup["kind"], setup["solution"], setup.get("entry"), setup["time_ms"],
                      setup["output_bytes"], CpuTimer(setup["time_ms"] / 1000.0), setup.get("driver"),
                      interactive=bool(setup.get("interactive")))
    harness.frame_bytes = setup.get("frame_bytes") or harness.frame_bytes
    # bound before the solution loads: patching the module cannot reach them
    frame, run_case, dumps, pack, clock = capped_frame, harness.run_case, _dumps, _frame_head.pack, _perf_counter
    # more than the judge reads for one case (JobLimits::frame_bytes)
    limit = harness.frame_bytes
    # The memory limit is address space: a thread's stack reserves its
    # full size there (8 MiB by default), so 20 threads would cost 160 MiB
    # of a 256 MiB limit while using almost none of it. A solution that
    # needs deep stacks in threads can still ask (threading.stack_size).
    _thread.stack_size(THREAD_STACK_BYTES)
    # the problem's rule, before any of the solution's code: a name that is
    # no builtin is the problem's error (IE)
    forbid(setup.get("forbid") or (), driver=setup.get("driver"))
    # the problem's code: its failure is the judge's (IE), so before `loading`
    harness.load_driver()
    # Everything before this frame is the harness's own (a failure is the
    # judge's); everything after it may be the solution's doing, which
    # cannot write before its code runs (docs/protocol.md, "Blame").
    channel.send(("loading",))
    event = harness.load()
    channel.send(event)
    if event[0] != "ready":
        return
    # the harness's own objects never become garbage: keep the collector
    # from walking them after every few cases
    gc.freeze()
    send_bytes = channel.send_bytes
    last_rss = 0
    if not setup.get("batch_results"):
        # strict: every result leaves before the next case starts, so the
        # judge knows exactly which case a timeout or a crash belongs to
        while True:
            batch = channel.receive()
            if batch is None:
                return
            for case in batch:
                result = run_case(case)
                send_bytes(frame(harness, case[0], result, last_rss, limit))
                last_rss = result[4]
                if result[0].startswith(SUSPECT):
                    return
    # batched: one write for many fast cases; the judge re-runs strictly
    # whatever a timeout or a crash leaves unreported
    pending = bytearray()
    append = pending.extend
    # the time (ms) the held results took: the cases' own wall time, which
    # run_case measured, and the framing of any result that is not the
    # short form (a large or odd value, whose repr may be the solution's
    # slow code)
    held_ms = 0.0
    flush_ms = FLUSH_AFTER * 1000.0
    while True:
        batch = channel.receive()
        if batch is None:
            break
        for case in batch:
            result = run_case(case)
            status, payload, cpu_ms, wall_ms, rss_kb, out, err = result
            # the common result's short form (`result_frame`'s), made here:
            # this loop is the judge's per-case cost; anything else, or a
            # value marshal cannot carry, takes the general way
            data = None
            if status == "returned" and rss_kb == last_rss and not out and not err:
                try:
                    data = dumps(("v", case[0], payload, cpu_ms, wall_ms), MARSHAL_VERSION)
                except (ValueError, MemoryError):
                    pass
            if data is None or len(data) > limit:
                framing = clock()
                data = frame(harness, case[0], result, last_rss, limit)
                held_ms += (clock() - framing) * 1000.0
            last_rss = rss_kb
            append(pack(len(data)))
            append(data)
            if status.startswith(SUSPECT):
                channel.write_all(pending)
                return
            held_ms += wall_ms
            if len(pending) >= FLUSH_BYTES or held_ms >= flush_ms:
                channel.write_all(pending)
                pending = bytearray()
                append = pending.extend
                held_ms = 0.0
        # the next receive may wait for good: the judge keeps the channel
        # open until it has every result
        if pending:
            channel.write_all(pending)
            pending = bytearray()
            append = pending.extend
            held_ms = 0.0
    channel.write_all(pending)


# ----------------------------------------------------------------------------
# Checker host: a problem's own checker.py, trusted, in its own process


def _load_checker(path, namespace):
    """Runs checker.py into `namespace`; None, or why it cannot serve as a
    checker: (line, column, message), 0 where there is no line or column."""
    try:
        with open(path, "rb") as f:
            source = f.read()
        code = compile(source, path, "exec")
    except SyntaxError as e:
        return (e.lineno or 0, e.offset or 0, _safe_text("%s: %s" % (type(e).__name__, e.msg)))
    try:
        exec(code, namespace)
    except BaseException as e:
        import traceback

        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == path]
        line = frames[-1].lineno if frames else 0
        where = "".join(traceback.format_list(frames))
        message = "raised %s while loading: %s\n%s" % (type(e).__name__, e, where.rstrip())
        return (line or 0, 0, _safe_text(message))
    if not callable(namespace.get("check")):
        return (0, 0, "defines no function check(input, expected, got)")
    return None


def check_main(channel):
    setup = channel.receive()
    if setup is None:
        return
    path = setup["checker"]
    namespace = {"__name__": "checker", "__file__": path}
    invalid = _load_checker(path, namespace)
    if invalid is not None:
        # the problem's mistake, found before any test runs
        channel.send(("checker_invalid",) + invalid)
        return
    check = namespace["check"]
    channel.send(("ready",))
    while True:
        request = channel.receive()
        if request is None:
            return
        _, given, expected, got = request
        try:
            verdict = check(given, expected, got)
            if isinstance(verdict, tuple):
                ok, message = bool(verdict[0]), str(verdict[1]) if len(verdict) > 1 else ""
            else:
                ok, message = bool(verdict), ""
            channel.send(("checked", ok, _safe_text(message)))
        except BaseException:
            import traceback

            channel.send(("checker_failed", traceback.format_exc(limit=-10)))


def main(argv):
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    mode = argv[1] if len(argv) > 1 else "run"
    if mode == "zygote":
        # the warm pool's server, beside this file
        sys.path.insert(0, argv[0])
        import zygote

        sys.path.remove(argv[0])
        zygote.serve()
        os._exit(0)
    channel = Channel()
    try:
        check_main(channel) if mode == "check" else run_main(channel)
    except DriverFailed as e:
        # the problem's fault: its own message, not the harness's traceback
        try:
            channel.send(("internal", "DriverFailed: %s" % e))
        except BaseException:
            pass
        os._exit(70)
    except BaseException:
        # The harness's own failure: the judge reports it as IE, never as the
        # solution's fault.
        try:
            import traceback

            channel.send(("internal", traceback.format_exc()))
        except BaseException:
            pass
        os._exit(70)
    sys.stdout.flush()
    os._exit(0)

