import threading
from concurrent.futures import ThreadPoolExecutor


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    lock = threading.Lock()

    def work(job):
        amount = job()  # outside the lock: jobs run side by side
        with lock:      # read-modify-write of shared state: one at a time
            ledger.write(ledger.read() + amount)
        return amount

    # leaving the `with` block waits for every worker thread to finish
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, jobs))
