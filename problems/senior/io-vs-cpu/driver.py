"""Gives the solution's run_tasks a list of instrumented tasks and reports
what happened, as values.

run(solution, spec, max_threads): spec is a list of task descriptions
  ["io", value]        an I/O task: blocks (like a network call), returns value
  ["io-fail", msg]     an I/O task that raises ConnectionError(msg)
  ["cpu", n]           a CPU task: returns sum(i * i for i in range(n))
  ["cpu-fail", msg]    a CPU task that computes a little, then raises ValueError(msg)
run_tasks gets a list of ("io" | "cpu", function) tuples.

The I/O tasks do not sleep: they wait on a condition, so concurrency is
observed, not timed. An I/O task, once started, waits until
min(max_threads, I/O tasks not finished yet) I/O tasks are running at once,
and then until every CPU task has finished (the I/O is "slow": it only
completes after the computation). A CPU task first waits until
min(max_threads, number of I/O tasks) I/O tasks have started. A solution
that follows the rules never waits long; one that does not would wait
forever, so every wait gives up after WAIT seconds, the shortfall is
reported as a problem, and from then on nothing waits.

Returns {"results": [...] or None, "raised": [type, message] or None,
"max_io_at_once": int, "runs": [io tasks run, cpu tasks run],
"problems": [sorted descriptions of rule violations]}.
"""
import threading

WAIT = 0.4   # seconds; a correct solution needs microseconds, a loaded machine a few ms


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


class Observer:
    def __init__(self, spec, max_threads):
        self.cv = threading.Condition()
        self.main = threading.get_ident()
        self.threads_before = threading.active_count()
        self.max_threads = max_threads
        self.n_io = sum(1 for kind, _ in spec if kind.startswith("io"))
        self.n_cpu = len(spec) - self.n_io
        self.target = min(max_threads, self.n_io)
        self.io_active = self.io_started = self.io_finished = 0
        self.cpu_started = self.cpu_finished = 0
        self.max_active = 0
        self.problems = set()
        self.gave_up = False

    # -- helpers, called with self.cv held -----------------------------------

    def problem(self, text):
        self.problems.add(text)
        self.gave_up = True      # stop waiting: the verdict is already clear
        self.cv.notify_all()

    def check_threads(self):
        if threading.active_count() - self.threads_before > self.max_threads:
            self.problem("more than max_threads threads were running besides the calling thread")

    def wait_for(self, predicate, failure):
        if not self.cv.wait_for(lambda: self.gave_up or predicate(), timeout=WAIT):
            self.problem(failure)

    # -- the tasks -----------------------------------------------------------

    def io_task(self, value, fail):
        def task():
            with self.cv:
                self.io_active += 1
                self.io_started += 1
                self.max_active = max(self.max_active, self.io_active)
                if threading.get_ident() == self.main:
                    self.problem("an io task ran on the calling thread")
                if self.io_active > self.max_threads:
                    self.problem("more than max_threads io tasks ran at once")
                self.check_threads()
                self.cv.notify_all()
                self.wait_for(
                    lambda: self.io_active >= min(self.target, self.n_io - self.io_finished),
                    "io tasks did not run concurrently: fewer than min(max_threads, io tasks left) at once")
                self.wait_for(
                    lambda: self.cpu_finished == self.n_cpu,
                    "the cpu tasks did not run while the io tasks were waiting")
                self.io_active -= 1
                self.io_finished += 1
                self.cv.notify_all()
            if fail:
                raise ConnectionError(value)
            return value
        return task

    def cpu_task(self, n, fail_message=None):
        def task():
            with self.cv:
                self.cpu_started += 1
                if threading.get_ident() != self.main:
                    self.problem("a cpu task ran on a worker thread, not on the calling thread")
                self.check_threads()
                self.wait_for(lambda: self.io_started >= self.target,
                              "a cpu task ran before the io tasks were started")
            total = 0
            for i in range(n):
                total += i * i
            with self.cv:
                self.cpu_finished += 1
                self.cv.notify_all()
            if fail_message is not None:
                raise ValueError(fail_message)
            return total
        return task


def run(solution, spec, max_threads):
    obs = Observer(spec, max_threads)
    tasks = []
    for kind, arg in spec:
        if kind == "io":
            tasks.append(("io", obs.io_task(arg, False)))
        elif kind == "io-fail":
            tasks.append(("io", obs.io_task(arg, True)))
        elif kind == "cpu":
            tasks.append(("cpu", obs.cpu_task(arg)))
        elif kind == "cpu-fail":
            tasks.append(("cpu", obs.cpu_task(1000, arg)))
        else:
            raise BadScenario("unknown task kind %r" % (kind,))
    results = raised = None
    try:
        results = solution.run_tasks(tasks, max_threads)
        if isinstance(results, (list, tuple)):
            results = list(results)
    except Exception as exc:
        raised = [type(exc).__name__, str(exc.args[0]) if exc.args else None]
    with obs.cv:
        if obs.io_finished != obs.io_started or obs.cpu_finished != obs.cpu_started:
            obs.problems.add("run_tasks returned while tasks were still running")
        obs.gave_up = True
        obs.cv.notify_all()
    if threading.active_count() > obs.threads_before:
        obs.problems.add("threads were still running after run_tasks returned")
    return {
        "results": results,
        "raised": raised,
        "max_io_at_once": obs.max_active,
        "runs": [obs.io_started, obs.cpu_started],
        "problems": sorted(obs.problems),
    }
