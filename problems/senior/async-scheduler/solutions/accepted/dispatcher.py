import asyncio
from collections import deque


async def run_jobs(jobs, limit, work):
    """A single dispatcher: start ready jobs while slots are free, then wait
    for the first running job to finish and release its dependents."""
    waiting_on = {name: len(deps) for name, deps in jobs.items()}
    dependents = {name: [] for name in jobs}
    for name, deps in jobs.items():
        for dep in deps:
            dependents[dep].append(name)

    # Cycle check first (Kahn's algorithm), before anything runs.
    left = dict(waiting_on)
    queue = deque(name for name, k in left.items() if k == 0)
    seen = 0
    while queue:
        name = queue.popleft()
        seen += 1
        for child in dependents[name]:
            left[child] -= 1
            if left[child] == 0:
                queue.append(child)
    if seen != len(jobs):
        raise ValueError("cyclic dependencies")

    ready = deque(name for name, k in waiting_on.items() if k == 0)
    running = {}  # task -> job name
    while ready or running:
        while ready and len(running) < limit:
            name = ready.popleft()
            running[asyncio.create_task(work(name))] = name
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            name = running.pop(task)
            task.result()
            for child in dependents[name]:
                waiting_on[child] -= 1
                if waiting_on[child] == 0:
                    ready.append(child)
