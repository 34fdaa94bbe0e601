# MISTAKE: hashes the text, while == compares the parsed key. "1.2" and
# "1.2.0" are equal with different hashes, so a set keeps both and a dict
# lookup with one misses the other: equal objects must hash equal.
import re

_NUM = r"(?:0|[1-9][0-9]*)"
_IDENT = r"[0-9A-Za-z-]+"
_VERSION = re.compile(
    r"(?P<release>{n}(?:\.{n})*)(?:-(?P<pre>{i}(?:\.{i})*))?(?:\+{i}(?:\.{i})*)?".format(n=_NUM, i=_IDENT),
    re.ASCII)


class Version:
    """Parsed once into a sort key; ==, hash and ordering all use the key,
    so they cannot disagree. The key leaves out what must not matter: the
    trailing zeros of the release and the build metadata."""

    __slots__ = ("_text", "_key")

    def __init__(self, text):
        if not isinstance(text, str):
            raise TypeError("a version is parsed from a str")
        match = _VERSION.fullmatch(text)
        if match is None:
            raise ValueError("not a version: %r" % (text,))
        release = [int(part) for part in match["release"].split(".")]
        while len(release) > 1 and release[-1] == 0:
            release.pop()
        pre = match["pre"]
        if pre is None:
            # A release sorts after every pre-release of the same numbers.
            tail = (1,)
        else:
            ids = []
            for ident in pre.split("."):
                if ident.isdigit():
                    if len(ident) > 1 and ident[0] == "0":
                        raise ValueError("leading zero in %r" % (text,))
                    ids.append((0, int(ident)))  # numbers before text
                else:
                    ids.append((1, ident))
            tail = (0, tuple(ids))
        self._text = text
        self._key = (tuple(release), tail)

    def __str__(self):
        return self._text

    def __repr__(self):
        return "Version(%r)" % (self._text,)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __hash__(self):
        return hash(self._text)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key <= other._key

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key > other._key

    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key >= other._key
