import queue
import threading


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    results = [None] * len(jobs)
    todo = queue.SimpleQueue()
    for item in enumerate(jobs):
        todo.put(item)
    lock = threading.Lock()

    def worker():
        while True:
            try:
                i, job = todo.get_nowait()
            except queue.Empty:
                return
            amount = job()
            results[i] = amount
            with lock:
                ledger.write(ledger.read() + amount)

    threads = [threading.Thread(target=worker) for _ in range(min(workers, len(jobs)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
