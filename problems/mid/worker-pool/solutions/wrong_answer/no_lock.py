from concurrent.futures import ThreadPoolExecutor


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")

    def work(job):
        amount = job()
        # "one line, so it's atomic": it is not; two workers can both read
        # the old balance and one update is lost
        ledger.write(ledger.read() + amount)
        return amount

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, jobs))
