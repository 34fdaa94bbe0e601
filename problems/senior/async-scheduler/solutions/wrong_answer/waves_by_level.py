# WRONG: runs the jobs level by level (all jobs whose dependencies are done,
# then wait for that whole wave, then the next). Within a wave the limit is
# respected, but a job whose dependencies finished early still waits for the
# slowest job of the wave: slots sit idle while it is ready.
import asyncio


async def run_jobs(jobs, limit, work):
    remaining = {name: set(deps) for name, deps in jobs.items()}
    waves = []
    done = set()
    while remaining:
        wave = [n for n, deps in remaining.items() if deps <= done]
        if not wave:
            raise ValueError("cycle")
        for n in wave:
            del remaining[n]
        done.update(wave)
        waves.append(wave)

    slots = asyncio.Semaphore(limit)

    async def run_one(name):
        async with slots:
            await work(name)

    for wave in waves:
        await asyncio.gather(*(run_one(n) for n in wave))
