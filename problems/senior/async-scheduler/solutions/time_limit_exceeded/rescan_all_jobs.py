# TOO SLOW: after every finished job, the dispatcher scans every job that has
# not started yet to find the ones whose dependencies are now all done. That
# is O(n) work per finished job, O(n^2) (times the dependency count) in all.
# The schedule itself is right.
import asyncio


def has_cycle(jobs):
    state = {}  # name -> 1 on the current path, 2 finished

    for root in jobs:
        if root in state:
            continue
        stack = [(root, iter(jobs[root]))]
        state[root] = 1
        while stack:
            name, deps = stack[-1]
            for dep in deps:
                if state.get(dep) == 1:
                    return True
                if dep not in state:
                    state[dep] = 1
                    stack.append((dep, iter(jobs[dep])))
                    break
            else:
                state[name] = 2
                stack.pop()
    return False


async def run_jobs(jobs, limit, work):
    if has_cycle(jobs):
        raise ValueError("cycle")
    pending = list(jobs)
    done = set()
    running = {}
    while pending or running:
        startable = [n for n in pending if all(d in done for d in jobs[n])]
        for name in startable:
            if len(running) >= limit:
                break
            pending.remove(name)
            running[asyncio.create_task(work(name))] = name
        finished, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in finished:
            done.add(running.pop(task))
