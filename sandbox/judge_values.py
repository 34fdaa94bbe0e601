"""Python values as the judge's data: the JSON value encoding for what
marshal cannot carry (docs/values.md), and exceptions described with
the solution's own frames. Used by harness.py.
"""

import builtins as _builtins_module

# as in harness.py: the builtins as they were before any solution ran
__builtins__ = dict(_builtins_module.__dict__)

_INF = float("inf")




def encode(v):
    """A Python value -> an object json.dumps writes in the judge's encoding.

    Never fails: what the model has no variant for (or cannot encode, like a
    list that contains itself) becomes {"$opaque": {"type", "repr"}}.
    """
    try:
        return _encode(v)
    except RecursionError:
        return _opaque(v)


def _encode(v):
    t = type(v)
    if t is str:
        return v if v.isascii() or _utf8_safe(v) else _opaque(v)
    if t is int:
        return _encode_int(v)
    if t is bool or v is None:
        return v
    if t is float:
        return v if (v == v and v != _INF and v != -_INF) else {"$float": repr(v)}
    if t is list:
        return [_encode(x) for x in v]
    if t is tuple:
        return {"$tuple": [_encode(x) for x in v]}
    if t is dict:
        return _encode_dict(v)
    if t is set:
        return {"$set": [_encode(x) for x in v]}
    if t is frozenset:
        return {"$frozenset": [_encode(x) for x in v]}
    if t is bytes:
        return {"$bytes": v.decode("latin-1")}
    # Subclasses (IntEnum, namedtuple, defaultdict, Counter, ...) are the
    # value they compare equal to.
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, int):
        return _encode_int(int(v))
    if isinstance(v, float):
        return _encode(float(v))
    if isinstance(v, str):
        return _encode(str(v))
    if isinstance(v, (bytes, bytearray)):
        return {"$bytes": bytes(v).decode("latin-1")}
    if isinstance(v, tuple):
        return {"$tuple": [_encode(x) for x in v]}
    if isinstance(v, list):
        return [_encode(x) for x in v]
    if isinstance(v, dict):
        return _encode_dict(v)
    if isinstance(v, frozenset):
        return {"$frozenset": [_encode(x) for x in v]}
    if isinstance(v, set):
        return {"$set": [_encode(x) for x in v]}
    return _opaque(v)


# log10(2): an int of more than 100,000 decimal digits is written in
# hexadecimal (docs/values.md), which costs linear time, decimal quadratic
_LOG10_2 = 0.30102999566398120
_MAX_DECIMAL_DIGITS = 100_000


def _encode_int(v):
    if v.bit_length() * _LOG10_2 > _MAX_DECIMAL_DIGITS:
        return {"$int": hex(v)}
    return v


def _encode_dict(d):
    plain = True
    first = True
    for k in d:
        if type(k) is not str or (first and k[:1] == "$") or not (k.isascii() or _utf8_safe(k)):
            plain = False
            break
        first = False
    if plain:
        return {k: _encode(x) for k, x in d.items()}
    return {"$dict": [[_encode(k), _encode(x)] for k, x in d.items()]}


def _utf8_safe(s):
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:  # lone surrogates
        return False


def _safe_text(s):
    return s if _utf8_safe(s) else s.encode("utf-8", "backslashreplace").decode("utf-8")


def _opaque(v):
    try:
        text = repr(v)
    except BaseException as e:  # a user __repr__ may fail in any way
        text = "<%s object; repr() raised %s>" % (type(v).__name__, type(e).__name__)
    return {"$opaque": {"type": type(v).__name__, "repr": _safe_text(text)}}


# the frames of a traceback that are shown (the last ones)
TRACEBACK_FRAMES = 30


def describe_exception(exc, solution_path, with_traceback=True, lines=()):
    """The exception as plain data, its traceback trimmed to the solution's
    own frames (repeats of one frame, as in deep recursion, collapsed),
    quoting `lines` (the solution's source)."""

    # A walk of the traceback's own links, not traceback.extract_tb: a
    # runaway recursion leaves hundreds of thousands of frames, and only
    # the last few are shown, so only they have their lines looked up.
    frames = []
    tb = exc.__traceback__ if with_traceback else None
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == solution_path:
            line, name = tb.tb_lineno, code.co_name
            if frames and frames[-1][0] == line and frames[-1][1] == name:
                frames[-1][2] += 1
            else:
                frames.append([line, name, 0])
        tb = tb.tb_next
    frames = [{"line": line, "function": name,
               "code": lines[line - 1].strip() if line and 0 < line <= len(lines) else "",
               "repeated": repeated} for line, name, repeated in frames[-TRACEBACK_FRAMES:]]
    if isinstance(exc, SyntaxError) and exc.filename == solution_path and exc.lineno:
        frames.append({"line": exc.lineno, "function": "<module>", "code": (exc.text or "").strip(), "repeated": 0})
    try:
        # a SyntaxError's str() repeats the file and line the frame gives
        message = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)
    except BaseException:
        message = "<str() of the exception failed>"
    return {
        "type": type(exc).__name__,
        "mro": [c.__name__ for c in type(exc).__mro__ if c is not object],
        "message": _safe_text(message),
        "traceback": frames,
    }
