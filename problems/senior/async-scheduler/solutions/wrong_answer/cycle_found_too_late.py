# WRONG: the dispatcher only notices a cycle when it gets stuck (nothing
# running, nothing ready, jobs left). By then the jobs outside the cycle have
# already run: the ValueError must come before any job starts.
import asyncio
from collections import deque


async def run_jobs(jobs, limit, work):
    waiting_on = {name: len(deps) for name, deps in jobs.items()}
    dependents = {name: [] for name in jobs}
    for name, deps in jobs.items():
        for dep in deps:
            dependents[dep].append(name)
    ready = deque(name for name, k in waiting_on.items() if k == 0)
    running = {}
    finished = 0
    while ready or running:
        while ready and len(running) < limit:
            name = ready.popleft()
            running[asyncio.create_task(work(name))] = name
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            name = running.pop(task)
            finished += 1
            for child in dependents[name]:
                waiting_on[child] -= 1
                if waiting_on[child] == 0:
                    ready.append(child)
    if finished != len(jobs):
        raise ValueError("cycle")
