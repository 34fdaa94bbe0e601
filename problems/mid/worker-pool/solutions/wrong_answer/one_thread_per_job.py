import threading


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    results = [None] * len(jobs)
    lock = threading.Lock()

    def work(i, job):
        amount = job()
        results[i] = amount
        with lock:
            ledger.write(ledger.read() + amount)

    # ignores `workers`: every job gets its own thread, all at once
    threads = [threading.Thread(target=work, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
