# MISTAKE: walks the list once, submitting each I/O task and running each
# CPU task as it comes. A CPU task near the front of the list then runs
# before the I/O tasks behind it have been started, so their waiting does
# not overlap with that computation.
from concurrent.futures import ThreadPoolExecutor


def run_tasks(tasks, max_threads):
    results = [None] * len(tasks)
    errors = {}
    futures = {}
    with ThreadPoolExecutor(max_workers=max_threads) as pool:
        for i, (kind, fn) in enumerate(tasks):
            if kind == "io":
                futures[i] = pool.submit(fn)
            else:
                try:
                    results[i] = fn()
                except Exception as exc:
                    errors[i] = exc
        for i, future in futures.items():
            try:
                results[i] = future.result()
            except Exception as exc:
                errors[i] = exc
    if errors:
        raise errors[min(errors)]
    return results
