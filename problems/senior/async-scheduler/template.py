async def run_jobs(jobs, limit, work):
    """Runs every job once, at most `limit` at a time, each only after all of
    its dependencies have finished.

    jobs:  dict mapping each job name (str) to the list of names it depends on.
    limit: the most jobs that may run at the same time (>= 1).
    work:  an async function; `await work(name)` runs the job `name` and
           returns when it has finished.

    Raises ValueError, before starting any job, if the dependencies contain
    a cycle. Returns None once every job has finished.
    """
    raise NotImplementedError
