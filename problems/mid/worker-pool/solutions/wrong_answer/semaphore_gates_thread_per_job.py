import threading


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    results = [None] * len(jobs)
    lock = threading.Lock()
    slots = threading.BoundedSemaphore(workers)

    def work(i, job):
        with slots:  # at most `workers` jobs at once...
            amount = job()
            results[i] = amount
            with lock:
                ledger.write(ledger.read() + amount)

    # ...but still one thread per job: not a pool of `workers` threads
    threads = [threading.Thread(target=work, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
