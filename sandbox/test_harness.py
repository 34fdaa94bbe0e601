"""Unit tests of the harness, run with `python3 -m unittest discover sandbox`
(the Rust test suite runs them too). Standard library only."""

import fcntl
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

HARNESS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness.py")


class CodecTest(unittest.TestCase):
    def round_trip(self, v):
        return harness.decode(json.loads(json.dumps(harness.encode(v))))

    def test_values_survive(self):
        for v in [None, True, 0, -(2**100), 1.5, -0.0, "é\n", b"\x00\xff", [1, (2, 3)], {1, 2},
                  frozenset({(1,)}), {"a": [1]}, {(1, 2): "x", 3: None}, {"$a": 1}, ()]:
            back = self.round_trip(v)
            self.assertEqual(back, v)
            self.assertIs(type(back), type(v))

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

    def test_bad_requests_are_codec_errors(self):
        with self.assertRaises(harness.CodecError):
            harness.decode({"$nope": 1})
        with self.assertRaises(harness.CodecError):
            harness.decode({"$tuple": [], "x": 1})


def run_harness(kind, source, cases, entry=None, time_ms=1000, output_bytes=1 << 16):
    """Runs the real harness in a child with fds 3/4, as the judge does."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "solution.py")
        with open(path, "w") as f:
            f.write(textwrap.dedent(source))
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()

        def wire_fds():
            # above 10 first, so that moving one to 3 cannot clobber the other
            high_r, high_w = fcntl.fcntl(req_r, fcntl.F_DUPFD, 10), fcntl.fcntl(res_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        proc = subprocess.Popen([sys.executable, "-I", "-S", "-B", HARNESS, "run"], preexec_fn=wire_fds,
                                close_fds=False, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.close(req_r)
        os.close(res_w)
        setup = {"kind": kind, "solution": path, "entry": entry, "time_ms": time_ms, "output_bytes": output_bytes}
        lines = [setup] + [dict(c, id=i) for i, c in enumerate(cases)]
        with os.fdopen(req_w, "w") as w:
            for line in lines:
                w.write(json.dumps(line) + "\n")
        with os.fdopen(res_r) as r:
            events = [json.loads(line) for line in r]
        proc.communicate(timeout=30)
        return events, proc.returncode


class RunTest(unittest.TestCase):
    def test_function_cases(self):
        events, code = run_harness("function", """
            def double(x):
                print("debug", x)
                return x * 2
        """, [{"args": [2]}, {"args": [{"$tuple": [1]}]}], entry="double")
        self.assertEqual(code, 0)
        self.assertEqual(events[0], {"ev": "ready"})
        self.assertEqual(events[1]["value"], 4)
        self.assertEqual(events[1]["stdout"], "debug 2\n")
        self.assertEqual(events[2]["value"], {"$tuple": [1, 1]})

    def test_exceptions_keep_only_solution_frames(self):
        events, _ = run_harness("function", """
            def f(x):
                return g(x)

            def g(x):
                return 1 // x
        """, [{"args": [0]}], entry="f")
        exc = events[1]["exception"]
        self.assertEqual(exc["type"], "ZeroDivisionError")
        self.assertEqual([fr["line"] for fr in exc["traceback"]], [3, 6])
        self.assertEqual(exc["traceback"][1]["code"], "return 1 // x")
        self.assertIn("ArithmeticError", exc["mro"])

    def test_recursion_is_collapsed(self):
        events, _ = run_harness("function", """
            def f(n):
                return f(n + 1)
        """, [{"args": [0]}], entry="f")
        exc = events[1]["exception"]
        self.assertEqual(exc["type"], "RecursionError")
        self.assertEqual(len(exc["traceback"]), 1)
        self.assertGreater(exc["traceback"][0]["repeated"], 500)

    def test_load_failures(self):
        events, _ = run_harness("function", "def f(:\n    pass\n", [], entry="f")
        self.assertEqual(events[0]["reason"], "syntax")
        self.assertEqual(events[0]["line"], 1)
        events, _ = run_harness("function", "def is_palindrom(s): pass\n", [], entry="is_palindrome")
        self.assertEqual(events[0]["reason"], "no_entry")
        self.assertIn("did you mean is_palindrom?", events[0]["message"])
        events, _ = run_harness("function", "import no_such_module\n", [], entry="f")
        self.assertEqual(events[0]["reason"], "raised")
        self.assertEqual(events[0]["exception"]["type"], "ModuleNotFoundError")

    def test_wrong_signature_is_a_bad_call(self):
        events, _ = run_harness("function", "def f(a, b):\n    return a\n", [{"args": [1]}], entry="f")
        self.assertEqual(events[1]["status"], "bad_call")
        events, _ = run_harness("function", "def f(a):\n    raise TypeError('mine')\n", [{"args": [1]}], entry="f")
        self.assertEqual(events[1]["status"], "raised")

    def test_class_ops(self):
        events, _ = run_harness("class", """
            class Stack:
                def __init__(self):
                    self.items = []
                def push(self, x):
                    self.items.append(x)
                def pop(self):
                    return self.items.pop()
        """, [{"ops": [["Stack"], ["push", 1], ["pop"], ["pop"]]}, {"ops": [["Stack"], ["peek"]]}], entry="Stack")
        results = events[1]["results"]
        self.assertEqual([r.get("value") for r in results[:3]], [None, None, 1])
        self.assertEqual(results[3]["exception"]["type"], "IndexError")
        self.assertEqual(events[2]["status"], "bad_call")

    def test_stdio(self):
        events, _ = run_harness("stdio", """
            import sys
            n = int(input())
            data = sys.stdin.read().split()
            print(sum(map(int, data[:n])))
            if n == 0:
                sys.exit(3)
        """, [{"stdin": "2\n3 4\n"}, {"stdin": "0\n"}])
        self.assertEqual(events[1]["output"], "7\n")
        self.assertEqual(events[1]["code"], 0)
        self.assertEqual(events[2]["code"], 3)

    def test_output_limit(self):
        events, _ = run_harness("function", """
            def f():
                try:
                    while True:
                        print("x" * 100)
                except BaseException:
                    return 1
        """, [{}], entry="f", output_bytes=1000)
        self.assertEqual(events[1]["status"], "output_limit")

    def test_cpu_limit_ends_the_process(self):
        events, code = run_harness("function", "def f():\n    while True: pass\n", [{}], entry="f", time_ms=100)
        self.assertEqual(events, [{"ev": "ready"}])
        self.assertEqual(code, -27)  # SIGPROF


if __name__ == "__main__":
    unittest.main()
