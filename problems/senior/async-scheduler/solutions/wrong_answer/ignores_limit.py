# WRONG: waits for dependencies correctly but has no semaphore, so every
# ready job starts at once and more than `limit` jobs run together.
import asyncio
from collections import deque


def check_acyclic(jobs):
    indegree = {name: len(deps) for name, deps in jobs.items()}
    dependents = {name: [] for name in jobs}
    for name, deps in jobs.items():
        for d in deps:
            dependents[d].append(name)
    queue = deque(n for n, k in indegree.items() if k == 0)
    seen = 0
    while queue:
        name = queue.popleft()
        seen += 1
        for child in dependents[name]:
            indegree[child] -= 1
            if indegree[child] == 0:
                queue.append(child)
    if seen != len(jobs):
        raise ValueError("cycle")


async def run_jobs(jobs, limit, work):
    check_acyclic(jobs)
    finished = {name: asyncio.Event() for name in jobs}

    async def run_one(name):
        for dep in jobs[name]:
            await finished[dep].wait()
        await work(name)
        finished[name].set()

    await asyncio.gather(*(run_one(name) for name in jobs))
