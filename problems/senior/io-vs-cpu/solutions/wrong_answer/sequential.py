# MISTAKE: runs everything in order on the calling thread. Correct results,
# but the I/O waits happen one after another instead of overlapping: with
# 10 slow network calls that is 10 times the latency.
def run_tasks(tasks, max_threads):
    results = [None] * len(tasks)
    errors = {}
    for i, (kind, fn) in enumerate(tasks):
        try:
            results[i] = fn()
        except Exception as exc:
            errors[i] = exc
    if errors:
        raise errors[min(errors)]
    return results
