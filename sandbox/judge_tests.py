"""The `tests` kind: the solution is a test suite (pytest-style `test_*`
functions with plain `assert`s), run by the harness against one of the
problem's implementations per case. Used by harness.py; standard library
only, and nothing imported until a test fails.

A case's input is (label, source) of an implementation: its module is
run, its entry function bound to the entry's name in the solution's
globals, and the tests run in definition order up to the first that
fails. Whether that is right (every test passes on the reference, some
test fails on each buggy implementation) is the judge's decision.
"""

import builtins as _builtins_module

# as in harness.py: the builtins as they were before any solution ran
__builtins__ = dict(_builtins_module.__dict__)

_FUNCTION = type(lambda: None)
# co_flags of a generator or coroutine function (inspect's CO_GENERATOR,
# CO_COROUTINE, CO_ASYNC_GENERATOR): calling one runs none of its asserts
_NOT_RUN_BY_A_CALL = 0x20 | 0x80 | 0x200
# the longest value shown in an assertion's explanation
MAX_SHOWN = 200


class ImplementationFailed(Exception):
    """An implementation of the problem failed to load (a syntax error, an
    exception at import, no entry function): the problem's fault."""


def outside_a_test(entry_name):
    """What the entry's name is bound to while the solution's module runs:
    the implementation is only there inside a test."""

    def not_yet(*args, **kwargs):
        raise RuntimeError("%s can only be called inside a test function (def test_...): "
                           "the judge binds it to each implementation in turn" % entry_name)

    not_yet.__name__ = entry_name
    return not_yet


def collect(namespace, path):
    """The solution's test functions, (name, function), in the order they
    are defined in the file: module-level functions whose name starts with
    `test` and whose code is the solution's (not imported). Generator and
    `async` functions are not tests: a call would run none of their code."""
    found = []
    for name, value in namespace.items():
        if (name.startswith("test") and type(value) is _FUNCTION and value.__code__.co_filename == path
                and not value.__code__.co_flags & _NOT_RUN_BY_A_CALL):
            found.append((value.__code__.co_firstlineno, name, value))
    found.sort(key=lambda t: t[0])
    return [(name, fn) for _, name, fn in found]


def load_implementation(label, source, entry_name):
    """The entry function of one implementation (its own module, so that
    the tests see none of its other names). Raises ImplementationFailed."""
    module = {"__name__": "implementation", "__file__": label, "__builtins__": _builtins_module}
    try:
        exec(compile(source, label, "exec", dont_inherit=True), module)
    except MemoryError:
        raise
    except SyntaxError as e:
        raise ImplementationFailed("%s:%s: %s: %s" % (label, e.lineno, type(e).__name__, e.msg)) from None
    except Exception as e:
        raise ImplementationFailed("%s raised %s while loading: %s" % (label, type(e).__name__, e)) from None
    entry = module.get(entry_name)
    if not callable(entry):
        raise ImplementationFailed("%s defines no function %s" % (label, entry_name))
    return entry


def run(tests, namespace, entry_name, entry, control, lines):
    """Runs `tests` with `entry` bound in `namespace`, up to the first that
    fails. Returns (names of the tests that passed, None or (name, the
    exception, explanation or None)). `control` are the harness's own
    exceptions (limits), which end the case instead; `lines()` gives the
    solution's source lines as judged."""
    namespace[entry_name] = entry
    passed = []
    for name, test in tests:
        try:
            test()
        except control:
            raise
        except BaseException as e:
            return passed, (name, e, explain(e, test, name, lines))
        passed.append(name)
    return passed, None


def explain(exc, test, name, lines):
    """A line or two more than the exception says: why a test could not be
    called, or, for a bare `assert` of a comparison, the values compared
    (the sides evaluated again, so cheap and pure ones are best)."""
    tb = exc.__traceback__
    if isinstance(exc, TypeError) and tb is not None and tb.tb_next is None:
        return "%s() takes arguments: the judge calls each test with none (no fixtures, no parametrize)" % name
    if not isinstance(exc, AssertionError) or exc.args:
        return None
    path = test.__code__.co_filename
    frame = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            frame, line = tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next
    if frame is None:
        return None
    try:
        return _assert_values(frame, lines()[line - 1].strip(), path)
    except Exception:
        return None


def _assert_values(frame, text, path):
    import ast

    if not text.startswith("assert"):
        return None
    node = ast.parse(text).body[0]
    if not isinstance(node, ast.Assert):
        return None
    test = node.test
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        parts = [test.left, test.comparators[0]]
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        parts = [test.operand]
    else:
        parts = [test]
    shown = [text]
    for part in parts:
        if isinstance(part, ast.Constant):
            continue
        source = ast.get_source_segment(text, part)
        value = eval(compile(ast.Expression(part), path, "eval"), frame.f_globals, frame.f_locals)
        value = repr(value)
        if len(value) > MAX_SHOWN:
            value = value[:MAX_SHOWN] + "..."
        if source != value:
            shown.append("  where %s = %s" % (source, value))
    return "\n".join(shown) if len(shown) > 1 else None
