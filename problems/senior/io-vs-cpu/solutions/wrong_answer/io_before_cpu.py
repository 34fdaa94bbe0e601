# MISTAKE: waits for all the I/O to finish (pool.map) before starting the
# CPU work. The I/O does overlap with itself, but not with the computation:
# the calling thread sits idle while the I/O waits, then computes while
# nothing is in flight.
from concurrent.futures import ThreadPoolExecutor


def run_tasks(tasks, max_threads):
    results = [None] * len(tasks)
    errors = {}

    def call(fn):
        try:
            return fn(), None
        except Exception as exc:
            return None, exc

    io_indexes = [i for i, (kind, _) in enumerate(tasks) if kind == "io"]
    with ThreadPoolExecutor(max_workers=max_threads) as pool:
        for i, (value, exc) in zip(io_indexes, pool.map(call, [tasks[i][1] for i in io_indexes])):
            results[i] = value
            if exc is not None:
                errors[i] = exc
    for i, (kind, fn) in enumerate(tasks):
        if kind == "cpu":
            results[i], exc = call(fn)
            if exc is not None:
                errors[i] = exc
    if errors:
        raise errors[min(errors)]
    return results
