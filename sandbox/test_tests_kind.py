"""Unit tests of the `tests` kind (judge_tests.py) through the real
harness in a child, as the judge runs it. Standard library only."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_harness import result, run_harness  # noqa: E402

REFERENCE = ("implementations/reference.py", "def double(x):\n    return 2 * x\n")
BUGGY = ("implementations/buggy/square.py", '"""squares instead"""\ndef double(x):\n    return x * x\n')


def tested(source, implementations):
    events, code = run_harness("tests", source, [(impl, None) for impl in implementations], entry="double")
    return events, code


class TestsKindTest(unittest.TestCase):
    def test_tests_run_in_definition_order_up_to_the_first_failure(self):
        events, code = tested("""
            def test_two():
                assert double(2) == 4

            def helper():
                raise AssertionError("not a test")

            def test_three():
                assert double(3) == 6

            def test_zero():
                assert double(0) == 0
            """, [REFERENCE, BUGGY])
        self.assertEqual(code, 0)
        self.assertEqual(events[0], ("ready",))
        reference, buggy = result(events[1]), result(events[2])
        self.assertEqual((reference["status"], reference["payload"]),
                         ("tested", (["test_two", "test_three", "test_zero"], None)))
        self.assertEqual(buggy["status"], "tested")
        passed, (name, exception, explanation) = buggy["payload"]
        # 2 * 2 == 2 ** 2: the first test misses the bug, the second catches it
        self.assertEqual((passed, name), (["test_two"], "test_three"))
        self.assertEqual(exception["type"], "AssertionError")
        self.assertEqual(exception["traceback"][-1]["code"], "assert double(3) == 6")
        self.assertEqual(explanation, "assert double(3) == 6\n  where double(3) = 9")

    def test_the_entry_is_only_there_inside_a_test(self):
        events, _ = tested("CASES = [double(1)]\n", [REFERENCE])
        self.assertEqual(events[0][0], "load_failed")
        self.assertEqual(events[0][1]["reason"], "raised")
        self.assertIn("only be called inside a test", events[0][1]["exception"]["message"])

    def test_no_tests_is_no_failure_of_the_harness(self):
        events, _ = tested("def check():\n    assert double(1) == 2\n", [REFERENCE])
        self.assertEqual(result(events[1])["payload"], ([], None))

    def test_a_test_that_takes_arguments_says_so(self):
        events, _ = tested("def test_x(value):\n    assert double(value)\n", [REFERENCE])
        passed, (name, exception, explanation) = result(events[1])["payload"]
        self.assertEqual(exception["type"], "TypeError")
        self.assertIn("no fixtures", explanation)

    def test_an_implementation_that_does_not_load_is_the_problems_fault(self):
        events, code = tested("def test_x():\n    assert double(1) == 2\n",
                              [("implementations/buggy/broken.py", "def double(x:\n")])
        self.assertEqual(code, 70)
        self.assertEqual(events[-1][0], "internal")
        self.assertIn("implementations/buggy/broken.py", events[-1][1])


if __name__ == "__main__":
    unittest.main()
