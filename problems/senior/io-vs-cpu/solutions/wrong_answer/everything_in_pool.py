# MISTAKE: sends the CPU tasks to the thread pool too, "to parallelize
# them". Under the GIL only one thread runs Python code at a time, so the
# CPU tasks gain nothing, and they take pool threads away from the I/O.
from concurrent.futures import ThreadPoolExecutor


def run_tasks(tasks, max_threads):
    results = [None] * len(tasks)
    errors = {}
    with ThreadPoolExecutor(max_workers=max_threads) as pool:
        futures = [pool.submit(fn) for _, fn in tasks]
        for i, future in enumerate(futures):
            try:
                results[i] = future.result()
            except Exception as exc:
                errors[i] = exc
    if errors:
        raise errors[min(errors)]
    return results
