"""An interactive case's standard streams: pipes to the problem's
interactor, which the judge opened before the sandbox was entered and left
on fds 5 (what the interactor writes, the solution's stdin) and 6 (what the
solution writes, the interactor's stdin). docs/protocol.md, "Interactive
problems".

sys.stdout is block-buffered, as Python's own is for a pipe: a solution
that never flushes leaves the interactor waiting, and both wait until the
wall-clock limit ends the case as TLE (as on Kattis). What the solution
writes still counts against the output limit. Standard library only.
"""

import io
import os

from judge_limits import OutputLimitExceeded

# the judge's numbers for the two ends (crates/runner/src/child.rs)
FROM_INTERACTOR_FD = 5
TO_INTERACTOR_FD = 6

# bound now: a solution that patches os cannot reach the harness's writes
_write = os.write


class LimitedPipe(io.RawIOBase):
    """The raw end of the solution's stdout: writes to the interactor,
    stopping at the output limit."""

    def __init__(self, fd, limit):
        super().__init__()
        self.fd = fd
        self.limit = limit
        self.size = 0
        self.exceeded = False

    def writable(self):
        return True

    def fileno(self):
        return self.fd

    def write(self, b):
        if self.size + len(b) > self.limit:
            self.exceeded = True
            raise OutputLimitExceeded()
        written = _write(self.fd, b)
        self.size += written
        return written

    def close(self):
        if not self.closed:
            try:
                os.close(self.fd)
            except OSError:
                pass
        super().close()


class InteractiveOutput(io.TextIOWrapper):
    """An interactive solution's sys.stdout: text with a .buffer, like the
    real one, block-buffered (no line buffering, no write-through)."""

    def __init__(self, fd, limit):
        self.pipe = LimitedPipe(fd, limit)
        super().__init__(io.BufferedWriter(self.pipe), encoding="utf-8", errors="backslashreplace",
                         newline="\n")

    @property
    def exceeded(self):
        return self.pipe.exceeded

    def text(self):
        # what went to the interactor is the interactor's to judge
        return ""


def bind(limit, from_fd=FROM_INTERACTOR_FD, to_fd=TO_INTERACTOR_FD):
    """The case's (stdin, stdout): text, UTF-8, over the two pipes."""
    stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(from_fd, "r", closefd=True)), encoding="utf-8")
    return stdin, InteractiveOutput(to_fd, limit)


def finish(stdin, stdout):
    """Once the solution has returned (or exited): flush what it left in
    its buffer, then close both ends, so that the interactor sees the end
    of the solution's output. An interactor that has gone already is not
    the solution's failure (its verdict decides); a flush past the output
    limit marks it exceeded."""
    try:
        stdout.flush()
    except (OSError, ValueError, OutputLimitExceeded):
        pass
    for stream in (stdout, stdin):
        try:
            stream.close()
        except (OSError, ValueError, OutputLimitExceeded):
            # a failed flush leaves the buffer full: close the raw end anyway
            pass
    stdout.pipe.close()
