import functools


def _number(part, text):
    if not part.isdigit() or not part.isascii() or (len(part) > 1 and part[0] == "0"):
        raise ValueError("bad number %r in %r" % (part, text))
    return int(part)


def _identifiers(field, text):
    if not field:
        raise ValueError("empty field in %r" % (text,))
    ids = field.split(".")
    for ident in ids:
        if not ident or not all(c.isascii() and (c.isalnum() or c == "-") for c in ident):
            raise ValueError("bad identifier %r in %r" % (ident, text))
    return ids


@functools.total_ordering
class Version:
    """Parsed by hand; functools.total_ordering derives <=, > and >= from
    __lt__ and __eq__ (and passes NotImplemented through)."""

    def __init__(self, text):
        self.text = text
        rest, plus, build = text.partition("+")
        if plus:
            _identifiers(build, text)
        core, dash, pre = rest.partition("-")
        release = [_number(p, text) for p in core.split(".")]
        while len(release) > 1 and release[-1] == 0:
            release.pop()
        self.release = tuple(release)
        self.pre = None
        if dash:
            self.pre = tuple((0, _number(i, text)) if i.isdigit() else (1, i)
                             for i in _identifiers(pre, text))

    def __str__(self):
        return self.text

    def _cmp_key(self):
        return (self.release, (1,) if self.pre is None else (0, self.pre))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._cmp_key() == other._cmp_key()

    def __hash__(self):
        return hash(self._cmp_key())

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._cmp_key() < other._cmp_key()
