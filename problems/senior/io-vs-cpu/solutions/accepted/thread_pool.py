from concurrent.futures import ThreadPoolExecutor


def run_tasks(tasks, max_threads):
    """I/O-bound tasks go to a pool of at most max_threads threads: while one
    waits on I/O it releases the GIL, so the waits overlap. CPU-bound tasks
    run right here: under the GIL, threads cannot run Python code in
    parallel, so a thread for them would only add switching and compete
    with the I/O threads for the GIL.

    Everything I/O is submitted first, so it is in flight while the
    computation runs. Every task runs to the end even if another fails;
    the first failure in input order is raised once all are done."""
    results = [None] * len(tasks)
    errors = {}
    with ThreadPoolExecutor(max_workers=max_threads) as pool:
        futures = {i: pool.submit(fn) for i, (kind, fn) in enumerate(tasks) if kind == "io"}
        for i, (kind, fn) in enumerate(tasks):
            if kind == "cpu":
                try:
                    results[i] = fn()
                except Exception as exc:
                    errors[i] = exc
        for i, future in futures.items():
            try:
                results[i] = future.result()
            except Exception as exc:
                errors[i] = exc
    # leaving the `with` block waited for every worker thread to end
    if errors:
        raise errors[min(errors)]
    return results
