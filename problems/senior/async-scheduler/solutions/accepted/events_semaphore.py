import asyncio
from collections import deque


def check_acyclic(jobs):
    """Kahn's algorithm: raises ValueError if the dependencies have a cycle."""
    indegree = {name: len(deps) for name, deps in jobs.items()}
    dependents = {name: [] for name in jobs}
    for name, deps in jobs.items():
        for d in deps:
            dependents[d].append(name)
    queue = deque(name for name, k in indegree.items() if k == 0)
    seen = 0
    while queue:
        name = queue.popleft()
        seen += 1
        for child in dependents[name]:
            indegree[child] -= 1
            if indegree[child] == 0:
                queue.append(child)
    if seen != len(jobs):
        raise ValueError("the dependencies contain a cycle")


async def run_jobs(jobs, limit, work):
    """One task per job: wait for its dependencies, then for a slot."""
    check_acyclic(jobs)
    finished = {name: asyncio.Event() for name in jobs}
    slots = asyncio.Semaphore(limit)

    async def run_one(name):
        for dep in jobs[name]:
            await finished[dep].wait()
        async with slots:
            await work(name)
        finished[name].set()

    await asyncio.gather(*(run_one(name) for name in jobs))
