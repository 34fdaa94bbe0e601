# WRONG: puts the jobs in a dependency order and awaits them one by one.
# Dependencies and the limit are respected, but nothing ever runs in
# parallel: with limit >= 2 a slot sits idle while ready jobs wait.
from graphlib import CycleError, TopologicalSorter


async def run_jobs(jobs, limit, work):
    try:
        order = list(TopologicalSorter(jobs).static_order())
    except CycleError as e:
        raise ValueError("cycle") from e
    for name in order:
        await work(name)
