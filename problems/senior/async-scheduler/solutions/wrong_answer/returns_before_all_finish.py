# WRONG: a dispatcher that stops as soon as there is nothing left to start,
# without waiting for the jobs still running: run_jobs returns too early.
import asyncio
from collections import deque


async def run_jobs(jobs, limit, work):
    waiting_on = {name: len(deps) for name, deps in jobs.items()}
    dependents = {name: [] for name in jobs}
    for name, deps in jobs.items():
        for dep in deps:
            dependents[dep].append(name)
    left = dict(waiting_on)
    queue = deque(n for n, k in left.items() if k == 0)
    seen = 0
    while queue:
        name = queue.popleft()
        seen += 1
        for child in dependents[name]:
            left[child] -= 1
            if left[child] == 0:
                queue.append(child)
    if seen != len(jobs):
        raise ValueError("cycle")

    ready = deque(name for name, k in waiting_on.items() if k == 0)
    running = {}
    started = 0
    while started < len(jobs):
        while ready and len(running) < limit:
            name = ready.popleft()
            running[asyncio.create_task(work(name))] = name
            started += 1
        if started == len(jobs):
            break
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            name = running.pop(task)
            for child in dependents[name]:
                waiting_on[child] -= 1
                if waiting_on[child] == 0:
                    ready.append(child)
