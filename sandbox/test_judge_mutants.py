"""Unit tests of judge_mutants.py, the mutant generator of `judge check
--mutants`: which mutations it makes, which it avoids, and that a seed
decides them."""

import ast
import json
import os
import subprocess
import sys
import tempfile
import unittest

import judge_mutants

SOLUTION = b'''def count_above(xs, k):
    """How many of xs are above k, ignoring the first."""
    total = 0
    for x in xs[1:]:
        if x > k and x != 3:
            total += 1
    i = 0
    while i < len(xs):
        i += 1
    return min(total, len(xs))
'''


def all_mutants(source=SOLUTION, seed=0, count=1000):
    return judge_mutants.mutants(source, "sol.py", seed, count)[1]


class Operators(unittest.TestCase):
    def test_every_operator_of_the_issue_is_made(self):
        made = {m["operator"] for m in all_mutants()}
        self.assertEqual(made, {"compare", "boolean", "constant", "slice", "drop", "negate", "swap",
                                "return-none"})

    def test_each_mutant_differs_by_its_one_change(self):
        sources = {m["source"] for m in all_mutants()}
        texts = [m["source"] for m in all_mutants()]
        self.assertTrue(any("x >= k" in t for t in texts))
        self.assertTrue(any("x > k or x != 3" in t for t in texts))
        self.assertTrue(any("xs[2:]" in t for t in texts))
        self.assertTrue(any("xs[0:]" in t for t in texts))
        self.assertTrue(any("total = 1" in t for t in texts))
        self.assertTrue(any("if not (x > k and x != 3)" in t for t in texts))
        self.assertTrue(any("min(len(xs), total)" in t for t in texts))
        self.assertTrue(any("return None" in t for t in texts))
        self.assertEqual(len(sources), len(texts), "no two mutants are the same")

    def test_a_while_loop_keeps_its_condition_and_its_step(self):
        for m in all_mutants():
            if "while" not in m["source"]:
                continue  # the whole loop dropped: it cannot loop
            self.assertIn("while i < len(xs):\n        i += ", m["source"], m["diff"])
            self.assertNotIn("i += 0", m["source"], m["diff"])

    def test_no_mutant_equals_the_original(self):
        original = judge_mutants.unparse(ast.parse(SOLUTION))
        self.assertTrue(all(m["source"] != original for m in all_mutants()))

    def test_docstrings_definitions_and_imports_are_not_dropped(self):
        source = b'import math\n\ndef f(x):\n    """Doc."""\n    return math.floor(x)\n'
        for m in all_mutants(source):
            self.assertIn("import math", m["source"])
            self.assertIn("def f(x):", m["source"])
            self.assertIn("Doc.", m["source"])


class Choice(unittest.TestCase):
    def test_a_seed_decides_the_mutants(self):
        self.assertEqual(all_mutants(seed=7, count=5), all_mutants(seed=7, count=5))
        self.assertNotEqual([m["hash"] for m in all_mutants(seed=7, count=5)],
                            [m["hash"] for m in all_mutants(seed=8, count=5)])

    def test_at_most_count_in_the_order_of_the_file(self):
        chosen = all_mutants(count=6)
        self.assertEqual(len(chosen), 6)
        lines = [m["line"] for m in chosen]
        self.assertEqual(lines, sorted(lines))

    def test_the_hash_is_of_the_mutant_source(self):
        for m in all_mutants(count=3):
            self.assertEqual(m["hash"], judge_mutants.mutant_hash(m["source"]))
            self.assertEqual(len(m["hash"]), 16)

    def test_the_diff_shows_only_the_change(self):
        for m in all_mutants():
            changed = [l for l in m["diff"].splitlines()
                       if l[:1] in "+-" and not l.startswith(("---", "+++"))]
            self.assertTrue(1 <= len(changed) <= 8, m["diff"])
            self.assertTrue(m["diff"].startswith("--- sol.py\n+++ sol.py (mutant)\n"))


class Command(unittest.TestCase):
    def run_helper(self, source, *args):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "s.py")
            with open(path, "wb") as f:
                f.write(source)
            here = os.path.dirname(os.path.abspath(__file__))
            return subprocess.run([sys.executable, "-I", os.path.join(here, "judge_mutants.py"), path,
                                   "accepted/s.py", *args], capture_output=True, text=True)

    def test_prints_json_of_the_mutants(self):
        done = self.run_helper(SOLUTION, "0", "4")
        self.assertEqual(done.returncode, 0, done.stderr)
        printed = json.loads(done.stdout)
        self.assertEqual(len(printed["mutants"]), 4)
        self.assertGreater(printed["sites"], 4)

    def test_a_file_that_does_not_parse_is_refused_naming_it(self):
        done = self.run_helper(b"def f(:\n", "0", "4")
        self.assertEqual(done.returncode, 1)
        self.assertIn("accepted/s.py:1: cannot parse", done.stderr)


if __name__ == "__main__":
    unittest.main()
