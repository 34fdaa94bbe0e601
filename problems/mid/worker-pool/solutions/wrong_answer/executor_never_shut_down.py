import threading
from concurrent.futures import ThreadPoolExecutor


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    lock = threading.Lock()

    def work(job):
        amount = job()
        with lock:
            ledger.write(ledger.read() + amount)
        return amount

    # no `with` and no shutdown(): the results are right, but the worker
    # threads are left running after the function returns
    pool = ThreadPoolExecutor(max_workers=workers)
    return list(pool.map(work, jobs))
