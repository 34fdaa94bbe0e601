from concurrent.futures import ThreadPoolExecutor


def run_jobs(jobs, workers, ledger):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: job(), jobs))
    # the final balance is right, but the ledger is stale while the jobs
    # run: nobody watching it sees any progress until the very end
    ledger.write(ledger.read() + sum(results))
    return results
