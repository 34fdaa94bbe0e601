import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    lock = threading.Lock()

    def work(job):
        amount = job()
        with lock:
            ledger.write(ledger.read() + amount)
        return amount

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(work, job) for job in jobs]
        # as_completed yields in finishing order, not in job order
        return [f.result() for f in as_completed(futures)]
