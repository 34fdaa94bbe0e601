"""Calls dedupe_rows and checks that it left its input alone.

A test passes `rows` and, optionally, `columns` (as a keyword argument in
the test file). The rows are snapshotted with repr() before the call (repr
tells a list from a tuple, and is fast). If the call changed the outer list
or any row in it, the driver returns a message instead of the result, so the
test fails as a wrong answer that says why.
"""

_ABSENT = object()


def run(solution, rows, columns=_ABSENT):
    before = repr(rows)
    if columns is _ABSENT:
        result = solution.dedupe_rows(rows)
    else:
        result = solution.dedupe_rows(rows, columns=columns)
    after = repr(rows)
    if after != before:
        if len(after) > 200:
            after = after[:200] + "..."
        return "the input was modified: rows is now " + after
    return result
