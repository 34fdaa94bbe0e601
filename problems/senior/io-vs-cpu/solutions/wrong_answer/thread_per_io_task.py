# MISTAKE: starts one thread per I/O task and ignores max_threads. With
# hundreds of requests that is hundreds of threads (each with its own
# stack), and the service at the other end gets more concurrent calls than
# it was promised.
import threading


def run_tasks(tasks, max_threads):
    results = [None] * len(tasks)
    errors = {}

    def call(i, fn):
        try:
            results[i] = fn()
        except Exception as exc:
            errors[i] = exc

    threads = [threading.Thread(target=call, args=(i, fn))
               for i, (kind, fn) in enumerate(tasks) if kind == "io"]
    for t in threads:
        t.start()
    for i, (kind, fn) in enumerate(tasks):
        if kind == "cpu":
            call(i, fn)
    for t in threads:
        t.join()
    if errors:
        raise errors[min(errors)]
    return results
