"""Unit tests of the harness, run with `python3 -m unittest discover sandbox`
(the Rust test suite runs them too). Standard library only."""

import fcntl
import io
import json
import marshal
import os
import struct
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
import interpreter_state  # noqa: E402

SANDBOX = os.path.dirname(os.path.abspath(__file__))
# how the judge starts the harness (crates/runner/src/child.rs)
LAUNCHER = ("import sys; d = sys.argv[1]; sys.path.insert(0, d); import harness; sys.path.remove(d); "
            "harness.main(sys.argv[1:])")


class EncodeTest(unittest.TestCase):
    def test_plain_values(self):
        self.assertEqual(harness.encode([1, (2, "x"), {3}, b"\x00"]),
                         [1, {"$tuple": [2, "x"]}, {"$set": [3]}, {"$bytes": "\x00"}])
        self.assertEqual(harness.encode({(1,): None}), {"$dict": [[{"$tuple": [1]}, None]]})
        self.assertEqual(harness.encode({"$a": 1}), {"$dict": [["$a", 1]]})

    def test_special_floats(self):
        self.assertEqual(harness.encode(float("inf")), {"$float": "inf"})
        self.assertEqual(harness.encode(float("-inf")), {"$float": "-inf"})
        self.assertEqual(harness.encode(float("nan")), {"$float": "nan"})

    def test_subclasses_are_their_base_value(self):
        import collections
        Point = collections.namedtuple("Point", "x y")
        self.assertEqual(harness.encode(Point(1, 2)), {"$tuple": [1, 2]})
        self.assertEqual(harness.encode(collections.Counter("aab")), {"a": 2, "b": 1})
        self.assertEqual(harness.encode(bytearray(b"hi")), {"$bytes": "hi"})

    def test_anything_else_is_opaque(self):
        import collections
        self.assertEqual(harness.encode(collections.deque([1])),
                         {"$opaque": {"type": "deque", "repr": "deque([1])"}})
        cyclic = []
        cyclic.append(cyclic)
        self.assertEqual(harness.encode(cyclic)["$opaque"]["repr"], "[[...]]")
        self.assertIn("$opaque", harness.encode("\ud800"))


class SourceEncodingTest(unittest.TestCase):
    """The harness compiles a solution's bytes; it must refuse exactly the
    sources `python3 file.py` refuses for their encoding (PEP 263)."""

    SOURCES = [
        b"x = 1\n",
        b"# caf\xe9\nx = 1\n",  # Latin-1 without a coding line
        b"x = 1\n# \xff\n",  # invalid UTF-8 in a comment
        b"x = 'caf\xe9'\n",  # in a string
        b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n",
        b"#!/usr/bin/env python3\n# vim: set fileencoding=latin-1 :\n# caf\xe9\n",
        b"x = 1\n# coding: latin-1\n# caf\xe9\n",  # too late to declare
        b"\xef\xbb\xbfx = 'caf\xc3\xa9'\n",  # a BOM
        b"\xef\xbb\xbfx = 1\n# \xff\n",
        b"# the word coding, not a declaration \xe9\n",
    ]

    def test_refused_as_python_refuses_it(self):
        with tempfile.TemporaryDirectory() as d:
            for i, source in enumerate(self.SOURCES):
                path = os.path.join(d, "s%d.py" % i)
                with open(path, "wb") as f:
                    f.write(source)
                run = subprocess.run([sys.executable, "-I", "-S", path], capture_output=True)
                python_refuses = b"SyntaxError" in run.stderr
                try:
                    harness.check_encoding(source, path)
                    compile(source, path, "exec", dont_inherit=True)
                    refused = None
                except SyntaxError as e:
                    refused = e
                self.assertEqual(refused is not None, python_refuses, (source, run.stderr, refused))
                if refused is not None and b"Non-UTF-8" in run.stderr:
                    self.assertIn(str(refused.msg).encode(), run.stderr)


class CaptureTest(unittest.TestCase):
    def test_limit(self):
        c = harness.Capture(10)
        print("12345", file=c)
        self.assertEqual(c.text(), "12345\n")
        with self.assertRaises(harness.OutputLimitExceeded):
            print("67890", file=c)
        self.assertTrue(c.exceeded)
        c.reset()
        self.assertEqual((c.text(), c.exceeded), ("", False))


def run_harness(kind, source, cases, entry=None, time_ms=1000, output_bytes=1 << 16, forbid=(), interactive=None):
    """Runs the real harness in a child with fds 3/4, as the judge does.
    Returns its events (decoded) and its exit code. `interactive`: the
    (read, write) fds the child gets as 5 and 6, an interactive case's
    pipes (judge_interactive.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "solution.py")
        with open(path, "w") as f:
            f.write(textwrap.dedent(source))
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()

        def wire_fds():
            # above 10 first, so that moving one to 3 cannot clobber the other
            high_r, high_w = fcntl.fcntl(req_r, fcntl.F_DUPFD, 10), fcntl.fcntl(res_w, fcntl.F_DUPFD, 10)
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in interactive or ()]
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)
            for target, fd in zip((5, 6), high):
                os.dup2(fd, target)

        proc = subprocess.Popen([sys.executable, "-I", "-S", "-B", "-c", LAUNCHER, SANDBOX, "run"], preexec_fn=wire_fds,
                                close_fds=False, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.close(req_r)
        os.close(res_w)
        for fd in interactive or ():
            os.close(fd)
        # frame_bytes as the judge sets it (JobLimits::frame_bytes)
        setup = {"kind": kind, "solution": path, "entry": entry, "time_ms": time_ms, "output_bytes": output_bytes,
                 "frame_bytes": 2 * output_bytes + (1 << 20),
                 "forbid": list(forbid), "interactive": bool(interactive)}
        with os.fdopen(req_w, "wb") as w:
            for frame in (setup, [(i,) + tuple(c) for i, c in enumerate(cases)]):
                data = marshal.dumps(frame, 2)
                w.write(struct.pack("<I", len(data)) + data)
        events = []
        with os.fdopen(res_r, "rb") as r:
            while True:
                head = r.read(4)
                if not head:
                    break
                event = marshal.loads(r.read(struct.unpack("<I", head)[0]))
                if event[0] == "result" and event[-1]:
                    event = event[:3] + (json.loads(event[3]),) + event[4:]
                events.append(event)
        proc.communicate(timeout=30)
        # the harness says it is about to load the solution before anything
        # else (docs/protocol.md, "Blame"); the tests below start after it
        if events:
            assert events[0] == ("loading",), events[:1]
            events = events[1:]
        return events, proc.returncode


def result(event):
    """A result event as a dict."""
    if event[0] == "v":
        _, case_id, value, cpu_ms, wall_ms = event
        return {"ev": "result", "id": case_id, "status": "returned", "payload": value, "cpu_ms": cpu_ms,
                "wall_ms": wall_ms, "stdout": "", "stderr": "", "json": False}
    keys = ("ev", "id", "status", "payload", "cpu_ms", "wall_ms", "rss_kb", "stdout", "stderr", "json")
    return dict(zip(keys, event))


class BlameTest(unittest.TestCase):
    """What the solution does is its verdict (docs/sandbox.md, "Blame")."""

    def test_exit_status_is_cpythons(self):
        class Bad:
            def __str__(self):
                raise ValueError("no")

        # what `python3 -c 'import sys; sys.exit(X)'; echo $?` prints
        import contextlib

        for code, want in ((None, 0), (0, 0), (False, 0), (True, 1), (3, 3), (256, 0), (-1, 255),
                           (2 ** 64, 255), (-2 ** 64, 255), ("message", 1), (3.0, 1), (Bad(), 1)):
            with contextlib.redirect_stderr(io.StringIO()):
                self.assertEqual(harness.exit_status(code), want, code)
        for code in ("True", "2**64", "-1", "256", "[1]"):
            real = subprocess.run([sys.executable, "-c", "import sys; sys.exit(%s)" % code],
                                  capture_output=True).returncode
            with contextlib.redirect_stderr(io.StringIO()):
                self.assertEqual(harness.exit_status(eval(code)), real, code)

    def test_the_harness_exceptions_raised_by_the_solution_are_its_own(self):
        events, code = run_harness("function", """
            import harness
            def f(which):
                raise getattr(harness, which)()
        """, [(("TimeLimitExceeded",), None), (("OutputLimitExceeded",), None)], entry="f")
        self.assertEqual(code, 0)
        for event in events[1:]:
            self.assertEqual(result(event)["status"], "raised", event)

    def test_forbidden_builtins_cannot_be_reached(self):
        events, code = run_harness("function", """
            import enum, heapq, random, sys  # the library still imports (enum sorts)
            _sorted = sorted
            def f(how):
                sys.setprofile(None)
                if how == "kept":
                    return _sorted([2, 1])
                if how == "method":
                    xs = [2, 1]
                    xs.sort()
                    return xs
                if how == "library":
                    return heapq.nsmallest(2, [2, 1])
                return random.Random(1).sample(range(3), 3) and "library works"
        """, [(("kept",), None), (("method",), None), (("library",), None), (("fine",), None)], entry="f",
            forbid=["sorted", "list.sort"])
        self.assertEqual(code, 0)
        self.assertEqual(events[0], ("ready",))
        results = [result(e) for e in events[1:]]
        for r in results[:3]:
            self.assertEqual((r["status"], r["payload"]["type"]), ("raised", "ForbiddenCall"), r)
        self.assertEqual(results[3]["payload"], "library works")

    def test_a_result_too_large_to_send_is_the_solutions(self):
        events, code = run_harness("function", """
            class Huge:
                def __repr__(self):
                    return "r" * (8 << 20)
            def f(which):
                if which == "value":
                    return "x" * (8 << 20)
                if which == "repr":
                    return Huge()
                raise ValueError("m" * (8 << 20))
        """, [(("value",), None), (("repr",), None), (("message",), None)], entry="f", output_bytes=1000)
        self.assertEqual(code, 0)
        self.assertEqual([result(e)["status"] for e in events[1:]], ["result_limit"] * 3)

    def test_the_embedded_runners_cap_is_the_process_runners(self):
        class Huge:
            def __repr__(self):
                return "r" * 5000

        h = harness.Harness("function", "solution.py", "f", 1000, 1000, harness.CpuTimer(1.0))
        limit = 4000
        results = [
            ("returned", "x" * 100, 0.1, 0.1, 0, "", ""),
            ("returned", "x" * 5000, 0.1, 0.1, 0, "", ""),
            ("returned", Huge(), 0.1, 0.1, 0, "", ""),
            ("returned", None, 0.1, 0.1, 0, "p" * 5000, ""),
            ("raised", ValueError("m" * 5000), 0.1, 0.1, 0, "", ""),
            ("raised", ValueError("m"), 0.1, 0.1, 0, "", ""),
        ]
        for r in results:
            sent = marshal.loads(harness.capped_frame(h, 7, r, 0, limit))
            capped = sent[2] if sent[0] == "result" and sent[2] in ("result_limit", "memory") else None
            self.assertEqual(harness.result_cap(h, 7, r, limit), capped, r[:2])
        self.assertEqual(harness.result_cap(h, 7, results[1], limit), "result_limit")
        self.assertIsNone(harness.result_cap(h, 7, results[0], limit))


class RunTest(unittest.TestCase):
    def test_function_cases(self):
        events, code = run_harness("function", """
            def double(x):
                print("debug", x)
                return x * 2
        """, [((2,), None), (((1,),), None), ((), {"x": "ab"})], entry="double")
        self.assertEqual(code, 0)
        self.assertEqual(events[0], ("ready",))
        first = result(events[1])
        self.assertEqual((first["status"], first["payload"], first["stdout"]), ("returned", 4, "debug 2\n"))
        self.assertGreaterEqual(first["cpu_ms"], 0.0)
        self.assertEqual(result(events[2])["payload"], (1, 1))
        self.assertEqual(result(events[3])["payload"], "abab")

    def test_unmarshallable_values_fall_back_to_json(self):
        events, _ = run_harness("function", """
            import collections
            def f():
                return [collections.deque([1]), collections.OrderedDict(a=(1,))]
        """, [((), None)], entry="f")
        r = result(events[1])
        self.assertTrue(r["json"])
        self.assertEqual(r["payload"], [{"$opaque": {"type": "deque", "repr": "deque([1])"}}, {"a": {"$tuple": [1]}}])

    def test_exceptions_keep_only_solution_frames(self):
        events, _ = run_harness("function", """
            def f(x):
                return g(x)

            def g(x):
                return 1 // x
        """, [((0,), None)], entry="f")
        exc = result(events[1])["payload"]
        self.assertEqual(exc["type"], "ZeroDivisionError")
        self.assertEqual([fr["line"] for fr in exc["traceback"]], [3, 6])
        self.assertEqual(exc["traceback"][1]["code"], "return 1 // x")
        self.assertIn("ArithmeticError", exc["mro"])

    def test_recursion_is_collapsed(self):
        events, _ = run_harness("function", """
            def f(n):
                return f(n + 1)
        """, [((0,), None)], entry="f")
        exc = result(events[1])["payload"]
        self.assertEqual(exc["type"], "RecursionError")
        self.assertEqual(len(exc["traceback"]), 1)
        self.assertGreater(exc["traceback"][0]["repeated"], 500)

    def test_load_failures(self):
        events, _ = run_harness("function", "def f(:\n    pass\n", [], entry="f")
        self.assertEqual(events[0][1]["reason"], "syntax")
        self.assertEqual(events[0][1]["line"], 1)
        events, _ = run_harness("function", "def is_palindrom(s): pass\n", [], entry="is_palindrome")
        self.assertEqual(events[0][1]["reason"], "no_entry")
        self.assertIn("did you mean is_palindrom?", events[0][1]["message"])
        events, _ = run_harness("function", "import no_such_module\n", [], entry="f")
        self.assertEqual(events[0][1]["reason"], "raised")
        self.assertEqual(events[0][1]["exception"]["type"], "ModuleNotFoundError")

    def test_wrong_signature_is_a_bad_call(self):
        events, _ = run_harness("function", "def f(a, b):\n    return a\n", [((1,), None)], entry="f")
        self.assertEqual(result(events[1])["status"], "bad_call")
        events, _ = run_harness("function", "def f(a):\n    raise TypeError('mine')\n", [((1,), None)], entry="f")
        self.assertEqual(result(events[1])["status"], "raised")

    def test_class_ops(self):
        events, _ = run_harness("class", """
            class Stack:
                def __init__(self):
                    self.items = []
                def push(self, x):
                    self.items.append(x)
                def pop(self):
                    return self.items.pop()
        """, [([("Stack", ()), ("push", (1,)), ("pop", ()), ("pop", ())], None),
              ([("Stack", ()), ("peek", ())], None),
              ([("Stack", ()), ("pop", ()), ("push", (2,)), ("pop", ()), ("pop", ()), ("pop", ())], 1),
              ([("Stack", ()), ("pop", ()), ("pop", ())], 0)], entry="Stack")
        ops = result(events[1])["payload"]
        self.assertEqual(ops[:3], [(0, None), (0, None), (0, 1)])
        self.assertEqual((ops[3][0], ops[3][1]["type"]), (1, "IndexError"))
        self.assertEqual(result(events[2])["status"], "bad_call")
        # one exception expected: the case ends at the second
        self.assertEqual([flag for flag, _ in result(events[3])["payload"]], [0, 1, 0, 0, 1])
        self.assertEqual([flag for flag, _ in result(events[4])["payload"]], [0, 1])

    def test_stdio(self):
        events, _ = run_harness("stdio", """
            import sys
            n = int(input())
            data = sys.stdin.read().split()
            print(sum(map(int, data[:n])))
            if n == 0:
                sys.exit(3)
            if n < 0:
                raise ValueError(n)
        """, [("2\n3 4\n",), ("0\n",), ("-1\n",)])
        self.assertEqual(result(events[1])["payload"], ("7\n", 0))
        self.assertEqual(result(events[2])["payload"], ("0\n", 3))
        crashed = result(events[3])
        self.assertEqual((crashed["status"], crashed["stdout"]), ("raised", "0\n"))

    def test_output_limit(self):
        events, _ = run_harness("function", """
            def f():
                try:
                    while True:
                        print("x" * 100)
                except BaseException:
                    return 1
        """, [((), None)], entry="f", output_bytes=1000)
        self.assertEqual(result(events[1])["status"], "output_limit")

    def test_cpu_time_of_slow_cases_is_measured_not_guessed(self):
        events, _ = run_harness("function", """
            import time
            def f(how):
                if how == "busy":
                    end = time.thread_time() + 0.05
                    while time.thread_time() < end:
                        pass
                if how == "sleep":
                    time.sleep(0.05)
                return how
        """, [(("fast",), None)] * 40 + [(("busy",), None), (("sleep",), None)], entry="f")
        busy, sleep = result(events[-2]), result(events[-1])
        # 50 ms of CPU, whatever else the machine is doing (fast cases
        # since the last clock reading add their harness overhead: a little)
        self.assertGreater(busy["cpu_ms"], 45)
        self.assertLess(busy["cpu_ms"], 60)
        self.assertLess(sleep["cpu_ms"], 5)
        self.assertGreater(sleep["wall_ms"], 45)

    def test_a_cases_cpu_time_holds_no_harness_work_and_no_other_case(self):
        # the first case's result is dear to encode (JSON, not marshal); the
        # harness's work on it must not be charged to the case after it
        events, _ = run_harness("function", """
            import collections, time
            P = collections.namedtuple("P", "x y")
            def f(how):
                if how == "big":
                    return [P(i, str(i)) for i in range(100_000)]
                end = time.thread_time() + 0.005
                while time.thread_time() < end:
                    pass
                return how
        """, [(("big",), None), (("busy",), None)] * 3, entry="f")
        for event in events[2::2]:
            busy = result(event)
            self.assertEqual(busy["payload"], "busy")
            self.assertGreater(busy["cpu_ms"], 4.5)
            # one thread: its CPU time cannot exceed its wall time
            self.assertLessEqual(busy["cpu_ms"], busy["wall_ms"] + 0.5, busy)

    def test_work_done_in_a_thread_is_charged(self):
        events, _ = run_harness("function", """
            import threading, time
            def spin():
                end = time.thread_time() + 0.06
                while time.thread_time() < end:
                    pass
            def f(x):
                t = threading.Thread(target=spin)
                t.start()
                t.join()
                return x
        """, [((1,), None)], entry="f")
        case = result(events[1])
        self.assertGreater(case["cpu_ms"], 55, case)

    def test_patched_builtins_do_not_reach_the_harness(self):
        events, _ = run_harness("function", """
            import builtins
            def f(x):
                builtins.len = lambda *a: 0
                builtins.isinstance = lambda *a: False
                builtins.type = lambda *a: int
                builtins.repr = lambda *a: "forged"
                return [x, (x,)]
        """, [((1,), None), ((2,), None)], entry="f")
        self.assertEqual(result(events[1])["payload"], [1, (1,)])
        self.assertEqual(result(events[2])["payload"], [2, (2,)])

    def test_cpu_limit_ends_the_process(self):
        events, code = run_harness("function", "def f():\n    while True: pass\n", [((), None)], entry="f",
                                   time_ms=100)
        self.assertEqual(events, [("ready",)])
        self.assertEqual(code, -27)  # SIGPROF


class InteractiveTest(unittest.TestCase):
    """An interactive case: sys.stdin and sys.stdout are the pipes on fds
    5 and 6; this test plays the interactor."""

    def converse(self, source, replies, output_bytes=1 << 16):
        """Runs one case of `source`; answers each line it writes with the
        next of `replies`. Returns its result and every line it wrote."""
        import threading
        to_solution_r, to_solution_w = os.pipe()
        from_solution_r, from_solution_w = os.pipe()
        heard = []

        def interactor():
            with os.fdopen(from_solution_r, "r") as inp:
                with os.fdopen(to_solution_w, "w") as out:
                    try:
                        for reply in replies:
                            line = inp.readline()
                            if not line:
                                break
                            heard.append(line)
                            out.write(reply + "\n")
                            out.flush()
                    except BrokenPipeError:
                        pass
                # the solution's stdin ends here; the rest of what it writes
                heard.extend(inp.readlines())

        thread = threading.Thread(target=interactor)
        thread.start()
        events, code = run_harness("stdio", source, [("ignored: the interactor has the input\n",)],
                                   output_bytes=output_bytes, interactive=(to_solution_r, from_solution_w))
        thread.join(timeout=30)
        self.assertFalse(thread.is_alive(), "the harness closed its ends")
        self.assertEqual(code, 0)
        return result(events[1]), heard

    def test_a_conversation_over_the_pipes(self):
        got, heard = self.converse("""
            import sys
            print(1, flush=True)
            first = input()
            sys.stdout.write(f"2 after {first}\\n")
            sys.stdout.flush()
            second = sys.stdin.readline().strip()
            print("done", second, sys.stdin.read() == "")
        """, ["one", "two"])
        self.assertEqual(heard, ["1\n", "2 after one\n", "done two True\n"], got)
        # the conversation is the interactor's to judge, not captured
        self.assertEqual((got["status"], got["payload"]), ("exited", ("", 0)))

    def test_stdout_is_block_buffered_and_flushed_at_the_end(self):
        got, heard = self.converse("""
            import sys
            print(sys.stdout.line_buffering, sys.stdout.write_through, file=sys.stderr)
            sys.stdout.buffer.write(b"raw ")
            print("unflushed")
            sys.exit(0)
        """, [])
        self.assertEqual(got["stderr"], "False False\n")
        # written at the end, by the harness, after sys.exit
        self.assertEqual(heard, ["raw unflushed\n"])

    def test_the_output_limit_counts_what_goes_to_the_interactor(self):
        got, heard = self.converse("""
            for i in range(1000):
                print("x" * 99, flush=True)
        """, [], output_bytes=1000)
        self.assertEqual(got["status"], "output_limit")
        self.assertLessEqual(sum(map(len, heard)), 1000)

    def test_a_solution_whose_interactor_has_gone_gets_a_broken_pipe(self):
        got, _ = self.converse("""
            print("a", flush=True)
            input()
            print("b", flush=True)
        """, [])
        self.assertEqual(got["status"], "raised")


class InterruptTimerTest(unittest.TestCase):
    def test_a_late_signal_cannot_cut_a_fresh_case_short(self):
        timer = harness.InterruptTimer()
        timer.threshold = 60.0
        timer.on_signal(None, None)  # not armed: ignored
        timer.arm(harness._perf_counter())
        timer.on_signal(None, None)  # armed, but the case has only begun
        timer.threshold = 0.0
        with self.assertRaises(harness.TimeLimitExceeded):
            timer.on_signal(None, None)
        timer.disarm()
        timer.on_signal(None, None)


class StateTest(unittest.TestCase):
    def test_restore_undoes_what_a_submission_did(self):
        import builtins
        import json as some_module

        state = interpreter_state.snapshot_state()
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(limit + 123)
        builtins.len = lambda x: 0
        some_module.dumps = None
        sys.modules["left_behind"] = types_module = type(sys)("left_behind")
        self.assertIs(sys.modules["left_behind"], types_module)
        interpreter_state.restore_state(state)
        self.assertEqual(sys.getrecursionlimit(), limit)
        self.assertEqual(len([1, 2]), 2)
        self.assertIsNotNone(some_module.dumps)
        self.assertNotIn("left_behind", sys.modules)


if __name__ == "__main__":
    unittest.main()
