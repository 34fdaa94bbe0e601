# TOO SLOW: one asyncio.Condition shared by every job. Whenever a job finishes
# it calls notify_all(), and every waiting task wakes up to re-check whether
# its own dependencies are done and a slot is free. Each finished job costs a
# wake-up for every waiting job: O(n^2) task switches. The schedule is right.
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
    changed = asyncio.Condition()
    done = set()
    running = 0

    async def run_one(name):
        nonlocal running
        async with changed:
            await changed.wait_for(
                lambda: running < limit and all(d in done for d in jobs[name]))
            running += 1
        await work(name)
        async with changed:
            running -= 1
            done.add(name)
            changed.notify_all()

    await asyncio.gather(*(run_one(name) for name in jobs))
