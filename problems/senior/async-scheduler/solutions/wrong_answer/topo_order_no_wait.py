# WRONG: starts the jobs in a dependency order behind a semaphore, assuming
# that starting after a dependency is as good as starting after it has
# finished. With limit >= 2 a job starts while its dependency still runs.
import asyncio
from graphlib import CycleError, TopologicalSorter


async def run_jobs(jobs, limit, work):
    try:
        order = list(TopologicalSorter(jobs).static_order())
    except CycleError as e:
        raise ValueError("cycle") from e
    slots = asyncio.Semaphore(limit)

    async def run_one(name):
        async with slots:
            await work(name)

    # the semaphore is FIFO, so jobs start in dependency order...
    await asyncio.gather(*(run_one(name) for name in order))
