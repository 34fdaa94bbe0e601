# WRONG: the events-and-semaphore scheduler without a cycle check. On a cycle
# every job of the cycle waits for another one forever: a deadlock instead
# of a ValueError.
import asyncio


async def run_jobs(jobs, limit, work):
    finished = {name: asyncio.Event() for name in jobs}
    slots = asyncio.Semaphore(limit)

    async def run_one(name):
        for dep in jobs[name]:
            await finished[dep].wait()
        async with slots:
            await work(name)
        finished[name].set()

    await asyncio.gather(*(run_one(name) for name in jobs))
