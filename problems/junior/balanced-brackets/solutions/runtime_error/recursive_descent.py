# Crash: a recursive parser, one call per nesting level. Correct, but the
# deeply nested tests go far past Python's recursion limit (RecursionError).
CLOSER_FOR = {"(": ")", "[": "]", "{": "}"}


class _Unbalanced(Exception):
    pass


def is_balanced(s: str) -> bool:
    brackets = [c for c in s if c in "()[]{}"]

    def group_list(i):
        """Parse balanced groups from index i; return where they end."""
        while i < len(brackets) and brackets[i] in CLOSER_FOR:
            end = group_list(i + 1)
            if end == len(brackets) or brackets[end] != CLOSER_FOR[brackets[i]]:
                raise _Unbalanced
            i = end + 1
        return i

    try:
        return group_list(0) == len(brackets)
    except _Unbalanced:
        return False
