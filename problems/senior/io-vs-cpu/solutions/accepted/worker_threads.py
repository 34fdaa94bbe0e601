import threading


def run_tasks(tasks, max_threads):
    """Hand-made pool: min(max_threads, #io) worker threads take I/O task
    indexes from a shared list under a lock; the calling thread runs the
    CPU tasks meanwhile, then joins the workers."""
    results = [None] * len(tasks)
    errors = {}
    io_indexes = [i for i, (kind, _) in enumerate(tasks) if kind == "io"]
    io_indexes.reverse()            # pop() from the end takes them in order
    lock = threading.Lock()

    def call(i):
        try:
            results[i] = tasks[i][1]()
        except Exception as exc:
            errors[i] = exc         # each index is written by one thread only

    def worker():
        while True:
            with lock:
                if not io_indexes:
                    return
                i = io_indexes.pop()
            call(i)

    workers = [threading.Thread(target=worker) for _ in range(min(max_threads, len(io_indexes)))]
    for w in workers:
        w.start()
    for i, (kind, _) in enumerate(tasks):
        if kind == "cpu":
            call(i)
    for w in workers:
        w.join()
    if errors:
        raise errors[min(errors)]
    return results
