"""Calls tally several times in one test, as a program would.

A test gives:
    calls   [[words], [words, "name"], ...]: tally(words), or
            tally(words, d) with the caller's dict named "name"
    dicts   optional {"name": {word: count}}: how the caller's dicts start
            (a dict first named by a call and not listed here starts empty)

It returns the list of copies of what each call returned (copied right
after the call, so a later call cannot change them). When a call with a
dict returns anything but that very dict, it returns a message instead.
"""


def run(solution, calls, dicts=None):
    owned = {name: dict(start) for name, start in (dicts or {}).items()}
    results = []
    for call in calls:
        words = list(call[0])
        if len(call) == 1:
            got = solution.tally(words)
        else:
            mine = owned.setdefault(call[1], {})
            got = solution.tally(words, mine)
            if got is not mine:
                return ("call %d: tally(words, %s) returned %s, not the dict it was given "
                        "(it must add to that dict in place and return it)"
                        % (len(results) + 1, call[1], "None" if got is None else "another object"))
        results.append(dict(got) if isinstance(got, dict) else got)
    return results
