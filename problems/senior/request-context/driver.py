"""Runs one scenario against the solution's `bind` and `current`: a small
program of asyncio tasks (and threads) that bind fields, yield to each
other and log what they see.

A program is a list of statements, run by the "main" task under
asyncio.run():
  ["get"]                  log [task, current()]
  ["bind", {fields}, body] with bind(**fields): run body
  ["fail", {fields}, body] with bind(**fields): run body, then raise Boom;
                           the Boom is caught just outside the with
  ["sleep"]                await asyncio.sleep(0): the other ready tasks run
  ["spawn", name, body]    start task `name` running body (it starts at the
                           spawning task's next sleep or join)
  ["join", name]           await task `name`
  ["mutate"]               current()["mutated"] = True: changes the copy
  ["thread", body]         run body in a new thread, and wait for it
                           (body: no sleep, spawn or join)

The result is the log, in the order the gets happened. The event loop runs
ready tasks first in, first out, so the order is always the same. Any
exception other than the driver's own Boom propagates.
"""
import asyncio
import threading


class Boom(Exception):
    """Raised inside a `fail` block to leave it by an exception."""


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


class Scenario:
    def __init__(self, solution):
        self.bind = solution.bind
        self.current = solution.current
        self.log = []
        self.tasks = {}

    def sync(self, who, body):
        for stmt in body:
            op = stmt[0]
            if op == "get":
                self.log.append([who, self.current()])
            elif op == "bind":
                with self.bind(**stmt[1]):
                    self.sync(who, stmt[2])
            elif op == "fail":
                try:
                    with self.bind(**stmt[1]):
                        self.sync(who, stmt[2])
                        raise Boom()
                except Boom:
                    pass
            elif op == "mutate":
                self.current()["mutated"] = True
            elif op == "thread":
                self.in_thread(stmt[1])
            else:
                raise BadScenario("%r cannot run here" % (op,))

    def in_thread(self, body):
        errors = []

        def target():
            try:
                self.sync("thread", body)
            except BaseException as exc:  # re-raised in the caller's thread
                errors.append(exc)
        thread = threading.Thread(target=target)
        thread.start()
        thread.join()
        if errors:
            raise errors[0]

    async def run(self, who, body):
        for stmt in body:
            op = stmt[0]
            if op == "sleep":
                await asyncio.sleep(0)
            elif op == "spawn":
                self.tasks[stmt[1]] = asyncio.create_task(self.run(stmt[1], stmt[2]))
            elif op == "join":
                await self.tasks[stmt[1]]
            elif op == "bind":
                with self.bind(**stmt[1]):
                    await self.run(who, stmt[2])
            elif op == "fail":
                try:
                    with self.bind(**stmt[1]):
                        await self.run(who, stmt[2])
                        raise Boom()
                except Boom:
                    pass
            else:
                self.sync(who, [stmt])


def run(solution, program):
    scenario = Scenario(solution)
    asyncio.run(scenario.run("main", program))
    return scenario.log
