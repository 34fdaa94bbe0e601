def run_jobs(jobs, workers, ledger):
    """Run the zero-argument callables in `jobs` on a pool of at most
    `workers` threads, as many at once as the pool allows.

    Each job returns an int amount. Right after a job returns, its worker
    adds the amount to the ledger (ledger.write(ledger.read() + amount),
    under a lock) before taking another job. Return the amounts in the
    order of `jobs`, once every job is done and every worker thread has
    finished. Raises ValueError if workers < 1.
    """
    raise NotImplementedError("write your solution here")
