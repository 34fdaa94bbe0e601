# MISTAKE: collects the results by kind, the CPU results first and then the
# I/O results, instead of putting each result at its task's position.
from concurrent.futures import ThreadPoolExecutor


def run_tasks(tasks, max_threads):
    errors = {}
    cpu_results, io_results = [], []
    with ThreadPoolExecutor(max_workers=max_threads) as pool:
        futures = [(i, pool.submit(fn)) for i, (kind, fn) in enumerate(tasks) if kind == "io"]
        for i, (kind, fn) in enumerate(tasks):
            if kind == "cpu":
                try:
                    cpu_results.append(fn())
                except Exception as exc:
                    errors[i] = exc
        for i, future in futures:
            try:
                io_results.append(future.result())
            except Exception as exc:
                errors[i] = exc
    if errors:
        raise errors[min(errors)]
    return cpu_results + io_results
