import threading
from concurrent.futures import ThreadPoolExecutor


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    lock = threading.Lock()

    def work(job):
        # the lock also covers the job: only one job ever runs at a time
        with lock:
            amount = job()
            ledger.write(ledger.read() + amount)
        return amount

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, jobs))
