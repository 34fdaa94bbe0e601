# RUNTIME ERROR: the cycle check is a recursive depth-first search. A chain
# of dependencies thousands of jobs long goes past Python's recursion limit
# (RecursionError). The scheduling itself is right.
import asyncio


def check_acyclic(jobs):
    state = {}

    def visit(name):
        state[name] = "active"
        for dep in jobs[name]:
            s = state.get(dep)
            if s == "active":
                raise ValueError("cycle through %r" % dep)
            if s is None:
                visit(dep)
        state[name] = "done"

    for name in jobs:
        if name not in state:
            visit(name)


async def run_jobs(jobs, limit, work):
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
