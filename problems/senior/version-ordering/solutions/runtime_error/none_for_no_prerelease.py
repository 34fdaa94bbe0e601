# MISTAKE: a release keeps pre = None and the key is (release, pre). Two
# versions with the same release numbers, one a pre-release, then compare
# None with a tuple: TypeError: '<' not supported between instances of
# 'NoneType' and 'tuple'.
import re

_VERSION = re.compile(r"((?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?", re.ASCII)


class Version:
    def __init__(self, text):
        match = _VERSION.fullmatch(text)
        if match is None:
            raise ValueError(text)
        release = [int(p) for p in match[1].split(".")]
        while len(release) > 1 and release[-1] == 0:
            release.pop()
        pre = None
        if match[2] is not None:
            pre = tuple((0, int(i)) if i.isdigit() else (1, i) for i in match[2].split("."))
        self.text = text
        self.key = (tuple(release), pre)

    def __str__(self):
        return self.text

    def __eq__(self, other):
        return self.key == other.key if isinstance(other, Version) else NotImplemented

    def __hash__(self):
        return hash(self.key)

    def __lt__(self, other):
        return self.key < other.key if isinstance(other, Version) else NotImplemented

    def __le__(self, other):
        return self.key <= other.key if isinstance(other, Version) else NotImplemented

    def __gt__(self, other):
        return self.key > other.key if isinstance(other, Version) else NotImplemented

    def __ge__(self, other):
        return self.key >= other.key if isinstance(other, Version) else NotImplemented
