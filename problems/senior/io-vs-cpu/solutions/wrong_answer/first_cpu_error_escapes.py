# MISTAKE: runs the CPU tasks without catching their exceptions. The first
# CPU failure escapes at once: the remaining CPU tasks never run, and an
# I/O task that failed earlier in the list is not the one reported.
from concurrent.futures import ThreadPoolExecutor


def run_tasks(tasks, max_threads):
    results = [None] * len(tasks)
    with ThreadPoolExecutor(max_workers=max_threads) as pool:
        futures = {i: pool.submit(fn) for i, (kind, fn) in enumerate(tasks) if kind == "io"}
        for i, (kind, fn) in enumerate(tasks):
            if kind == "cpu":
                results[i] = fn()
        for i, future in futures.items():
            results[i] = future.result()
    return results
