def run_tasks(tasks, max_threads):
    """Run every task and return their results in input order.

    tasks: a list of (kind, fn) pairs, kind "io" or "cpu", fn a function of
    no arguments. I/O tasks run on at most max_threads worker threads, as
    many at once as allowed, all handed over before any CPU task runs. CPU
    tasks run on the calling thread. If tasks raise, wait for every task to
    finish, then raise the exception of the first failed task in input
    order.
    """
    raise NotImplementedError
