//! Judging one solution: builds the runner's job from the problem (inputs
//! only), turns each case's outcome into a verdict with the problem's
//! checker, and assembles the report.
//!
//! The verdict rules (`verdict`) are pure; this module wires them to a
//! runner and, for custom checkers, to the checker's Python process.

mod answer;
mod failure;
mod growth;
mod interactive;
mod tests_kind;
mod verdict;

use std::sync::Arc;

use judge_model::{CaseInput, Expected};
use judge_problem::{CaseExpected, Kind, LoadError, Location, Problem, TestCase};
use judge_report::{LimitsInfo, ProblemInfo, RunReport, SCHEMA, TestReport, TimeLimit, Verdict};
pub use judge_runner::Submission;
use judge_runner::{
    CaseStatus, HarnessFile, Interpreter, Job, JobKind, JobLimits, ProcessRunner, RunEvent, Runner, RunnerError,
};

pub use answer::AnswerChecker;
pub use growth::{Growth, GrowthError, GrowthOptions, SIZES_ALWAYS_RUN, case_input, next_size_fits};
pub use verdict::{judge_case, judge_load_failure};

/// Judges solutions with one runner and one interpreter.
#[derive(Debug)]
pub struct Engine {
    runner: Box<dyn Runner>,
    python: Interpreter,
    harness: Arc<HarnessFile>,
}

impl Engine {
    pub fn new(runner: Box<dyn Runner>, python: Interpreter, harness: Arc<HarnessFile>) -> Engine {
        Engine {
            runner,
            python,
            harness,
        }
    }

    /// An engine with the process runner (the default, for untrusted code).
    pub fn with_process_runner(python: Interpreter) -> std::io::Result<Engine> {
        let harness = Arc::new(HarnessFile::write()?);
        let runner = ProcessRunner::new(python.clone(), harness.clone());
        Ok(Engine::new(Box::new(runner), python, harness))
    }

    pub fn runner_name(&self) -> &'static str {
        self.runner.name()
    }

    /// The version of the Python that runs solutions.
    pub fn python_version(&self) -> String {
        self.runner.python_version()
    }

    /// The runner's sandbox layers, and what is missing.
    pub fn isolation(&self) -> judge_runner::Isolation {
        self.runner.isolation()
    }

    /// Up to `count` mutants of a reference solution, chosen by `seed`
    /// (`judge check --mutants`); `label` names the file in their diffs.
    pub fn mutants_of(
        &self,
        solution: &std::path::Path,
        label: &str,
        seed: u64,
        count: usize,
    ) -> Result<judge_runner::Mutants, judge_runner::MutantsError> {
        judge_runner::mutants_of(&self.python, &self.harness, solution, label, seed, count)
    }

    /// Refuses a problem whose own code is broken before any solution runs
    /// on it: a `checker.py` with a syntax error, one that raises while
    /// loading, or one without `check` (docs/problem-format.md). The error
    /// names checker.py and the line. A checker host that cannot start for
    /// the judge's own reasons is not the problem's mistake: that stays
    /// for the run to report (IE).
    ///
    /// An output validator is compiled here (C and C++, or found in the
    /// cache; Python, without running it): one that does not compile is
    /// the author's mistake, naming the validator; a compiler that cannot
    /// be run is the judge's (IE at each test).
    pub fn check_problem(&self, problem: &Problem) -> Result<(), LoadError> {
        if let Some(validator) = &problem.validator {
            answer::check_validator(validator, &self.python)?;
        }
        if problem.config.kind == Kind::Tests {
            // an implementation that does not compile is the author's
            // mistake, found before any test suite runs on it
            for case in &problem.tests {
                if let Ok(Some(found)) = judge_runner::python_syntax_error(&self.python.path, &case.file) {
                    return Err(LoadError::invalid(
                        Location {
                            path: case.file.to_path_buf(),
                            line: found.line.map(|l| l as usize),
                            column: found.line.and(found.column).map(|c| c as usize),
                        },
                        found.message,
                    ));
                }
            }
        }
        let Some(script) = &problem.checker_script else {
            return Ok(());
        };
        match judge_runner::CheckerHost::start(&self.python, self.harness.path(), script) {
            Err(judge_runner::RunnerError::CheckerInvalid { line, column, message }) => Err(LoadError::invalid(
                Location {
                    path: script.clone(),
                    line: line.map(|l| l as usize),
                    column: line.and(column).map(|c| c as usize),
                },
                message,
            )),
            _ => Ok(()),
        }
    }

    /// Judges `solution` on every test of `problem`, calling `on_test` as
    /// each test's report is ready (in test order). The solution's bytes
    /// were read once (`Submission::read`): the whole run judges them.
    pub fn judge(&self, problem: &Problem, solution: &Submission, on_test: &mut dyn FnMut(&TestReport)) -> RunReport {
        self.judge_observing(problem, solution, &mut |report, _| on_test(report))
    }

    /// [`Engine::judge`], also handing over what the solution did in each
    /// test (its return value, output or exception): `judge check` compares
    /// it across repeated runs.
    pub fn judge_observing(
        &self,
        problem: &Problem,
        solution: &Submission,
        on_test: &mut dyn FnMut(&TestReport, &CaseStatus),
    ) -> RunReport {
        self.judge_with(problem, solution, JudgeOptions::default(), on_test)
    }

    /// [`Engine::judge_observing`] with options. A run stopped at a
    /// timeout reports only the tests that ran.
    pub fn judge_with(
        &self,
        problem: &Problem,
        solution: &Submission,
        options: JudgeOptions,
        on_test: &mut dyn FnMut(&TestReport, &CaseStatus),
    ) -> RunReport {
        self.judge_inputs(problem, &RunInputs::in_order(problem), solution, options, on_test)
    }

    /// [`Engine::judge_with`] on the problem's inputs made once
    /// ([`RunInputs`]) for many runs: `judge check` holds one copy per
    /// problem, not one per run in progress.
    pub fn judge_inputs(
        &self,
        problem: &Problem,
        inputs: &RunInputs,
        solution: &Submission,
        options: JudgeOptions,
        on_test: &mut dyn FnMut(&TestReport, &CaseStatus),
    ) -> RunReport {
        assert_eq!(inputs.order.len(), problem.tests.len(), "the inputs are the problem's");
        let mut job = job_on(problem, inputs, solution);
        // results one by one, so that a timeout needs no second run to be
        // attributed, when the run may stop at one
        job.stop_at_timeout = options.stop_at_timeout || options.fail_fast;
        // an interactive problem's interactor, ready before any case runs
        // (kept alive for the run: a compiled one may live in a
        // directory of this run's)
        let interaction = interactive::interaction(problem, &self.python, inputs.order.clone());
        let _built = match interaction {
            Ok(Some((interaction, built))) => {
                job.interaction = Some(interaction);
                Ok(built)
            }
            Ok(None) => Ok(None),
            Err(why) => Err(why),
        };
        let mut checker = AnswerChecker::for_problem(problem, &self.python, &self.harness);
        let mut tests = Arrivals::with_capacity(problem.tests.len());
        let mut load_failure = None;
        let run = match &_built {
            Err(why) => Err(RunnerError::Checker(format!("the problem's interactor failed: {why}"))),
            Ok(_) => Ok(()),
        };
        let run = run.and_then(|()| {
            self.runner.run(&job, &mut |event| match event {
                // a runner that runs on after a stop: what comes after is not reported
                RunEvent::Case { .. } if job.stop.is_stopped() => {}
                RunEvent::Case { index, outcome } => {
                    // the job's cases are in the run's order
                    let Some(index) = inputs.order.get(index).copied() else {
                        return;
                    };
                    let Some(case) = problem.tests.get(index) else {
                        return;
                    };
                    let (verdict, failure) = judge_case(problem, case, &outcome, &mut checker);
                    let report = TestReport {
                        name: case.id(),
                        group: case.group.to_string(),
                        sample: case.is_sample(),
                        verdict,
                        cpu_ms: outcome.cpu_ms,
                        wall_ms: outcome.wall_ms,
                        peak_memory_kb: outcome.peak_rss_kb,
                        time_limit: time_limit(verdict, &outcome.status),
                        failure: failure.map(Box::new),
                    };
                    if options.fail_fast && verdict != Verdict::Accepted {
                        job.stop.stop();
                    }
                    on_test(&report, &outcome.status);
                    tests.push(index, report);
                }
                RunEvent::LoadFailed(failure) => load_failure = Some(failure),
            })
        });
        let internal_error = run.err().map(|e| e.to_string());
        let load_failure = load_failure.map(|f| judge_load_failure(problem, &f));
        let fill = match (&internal_error, &load_failure) {
            (Some(_), _) => Verdict::InternalError,
            (None, Some((verdict, _))) => *verdict,
            // A runner that skipped a case without saying why is the judge's bug.
            (None, None) => Verdict::InternalError,
        };
        let stopped = internal_error.is_none()
            && load_failure.is_none()
            && (job.stop.is_stopped()
                || options.stop_at_timeout && tests.reports.iter().any(|t| t.verdict == Verdict::TimeLimitExceeded));
        let not_run = if stopped {
            problem.tests.len() - tests.reports.len()
        } else {
            0
        };
        let tests = tests.in_test_order(&problem.tests, |case| {
            // a test that never ran: left out of a run stopped early
            (!stopped).then(|| TestReport {
                name: case.id(),
                group: case.group.to_string(),
                sample: case.is_sample(),
                verdict: fill,
                cpu_ms: None,
                wall_ms: 0.0,
                peak_memory_kb: None,
                time_limit: None,
                failure: None,
            })
        });
        let passed = tests.iter().filter(|t| t.verdict == Verdict::Accepted).count();
        let isolation = self.runner.isolation();
        let limits = &problem.config.limits;
        RunReport {
            schema: SCHEMA.to_owned(),
            problem: problem_info(problem),
            solution: solution.path.display().to_string(),
            runner: self.runner.name().to_owned(),
            python: self.runner.python_version(),
            sandbox: isolation.layers,
            sandbox_warnings: isolation.warnings,
            verdict: Verdict::overall(tests.iter().map(|t| t.verdict)),
            passed,
            total: tests.len(),
            limits: LimitsInfo {
                time_ms: limits.time_ms,
                wall_ms: limits.wall_ms(),
                memory_mb: limits.memory_mb,
                output_kb: limits.output_kb,
            },
            max_cpu_ms: tests.iter().filter_map(|t| t.cpu_ms).reduce(f64::max),
            tests,
            not_run,
            load_failure: load_failure.map(|(_, failure)| failure),
            internal_error,
            complexity: None,
        }
    }
}

/// The tests' reports as the runner hands them over. They usually come in
/// test order, each once; they are kept in that order of arrival, with where
/// each test's report is, rather than in a list of every test's optional
/// report filled in as they come: a test's report is a few hundred bytes,
/// and a list of 100,000 empty ones, then a second list of the reports
/// moved out of it, cost the judge more than judging did.
struct Arrivals {
    reports: Vec<TestReport>,
    /// For each test, the index of its report in `reports`, if it came.
    at: Vec<Option<u32>>,
}

impl Arrivals {
    fn with_capacity(tests: usize) -> Arrivals {
        Arrivals {
            reports: Vec::with_capacity(tests),
            at: vec![None; tests],
        }
    }

    /// The report of test `index` (a later report of the same test
    /// replaces the earlier one, as an assignment to its slot did).
    fn push(&mut self, index: usize, report: TestReport) {
        match self.at[index] {
            Some(at) => self.reports[at as usize] = report,
            None => {
                self.at[index] = Some(self.reports.len() as u32);
                self.reports.push(report);
            }
        }
    }

    /// One report per test of `cases`, in test order; a test whose report
    /// never came gets `missing(case)`'s, or none.
    fn in_test_order(
        self,
        cases: &[TestCase],
        mut missing: impl FnMut(&TestCase) -> Option<TestReport>,
    ) -> Vec<TestReport> {
        let in_order =
            self.reports.len() == cases.len() && self.at.iter().enumerate().all(|(i, at)| *at == Some(i as u32));
        if in_order {
            return self.reports;
        }
        let mut reports: Vec<Option<TestReport>> = self.reports.into_iter().map(Some).collect();
        self.at
            .iter()
            .zip(cases)
            .filter_map(|(at, case)| match at {
                Some(at) => reports[*at as usize].take(),
                None => missing(case),
            })
            .collect()
    }
}

/// Which limit stopped a TLE test: the wall clock only when the runner
/// says so; a test over the CPU limit (stopped, or measured) is the CPU's.
fn time_limit(verdict: Verdict, status: &CaseStatus) -> Option<TimeLimit> {
    match (verdict, status) {
        (Verdict::TimeLimitExceeded, CaseStatus::TimedOut { cpu: false }) => Some(TimeLimit::Wall),
        (Verdict::TimeLimitExceeded, _) => Some(TimeLimit::Cpu),
        _ => None,
    }
}

pub fn problem_info(problem: &Problem) -> ProblemInfo {
    ProblemInfo {
        slug: problem.slug.clone(),
        title: problem.config.title.clone(),
        level: problem.config.level.as_str().to_owned(),
        kind: problem.config.kind.as_str().to_owned(),
        path: problem.dir.display().to_string(),
    }
}

/// How to judge, beyond the problem and the solution.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JudgeOptions {
    /// Stop at the first test that runs out of time; the report then lists
    /// only the tests that ran. `judge check` uses it for solutions that
    /// are meant to be slow. (The embedded runner runs every test anyway.)
    pub stop_at_timeout: bool,
    /// Stop at the first test that fails, whatever its verdict (`judge run
    /// --fail-fast`, `judge practice`); the report lists the tests that ran
    /// and counts the others as not run.
    pub fail_fast: bool,
}

/// How many of a class test's ops are expected to raise: the runner may
/// end the test at the exception after that many (`Job::exceptions_expected`).
fn exceptions_expected(test: &TestCase) -> usize {
    match &test.expected {
        CaseExpected::Ops(ops) => ops.iter().filter(|e| matches!(e, Expected::Raises(_))).count(),
        _ => 0,
    }
}

/// A problem's inputs as a runner's job takes them, made once for many
/// runs: the cases in the run's order, and the test each one is.
#[derive(Debug, Clone)]
pub struct RunInputs {
    /// The index in `problem.tests` of each case, in run order.
    order: Arc<[usize]>,
    cases: Arc<[CaseInput]>,
}

impl RunInputs {
    /// Every test, in the problem's order.
    pub fn in_order(problem: &Problem) -> RunInputs {
        RunInputs::ordered(problem, (0..problem.tests.len()).collect())
    }

    /// The hidden tests first, then the samples (`judge check`'s slow
    /// solutions, which stop at their first TLE: it must be a hidden one
    /// whenever one is slow enough). Reports still list tests in the
    /// problem's order.
    pub fn hidden_first(problem: &Problem) -> RunInputs {
        let mut order: Vec<usize> = (0..problem.tests.len()).collect();
        order.sort_by_key(|&i| problem.tests[i].is_sample());
        RunInputs::ordered(problem, order)
    }

    fn ordered(problem: &Problem, order: Vec<usize>) -> RunInputs {
        RunInputs {
            cases: order.iter().map(|&i| problem.tests[i].input.clone()).collect(),
            order: order.into(),
        }
    }
}

/// The runner's job: the inputs of every test, and the limits. Expected
/// values stay here; of the exceptions, only how many a class test expects.
pub fn job_for(problem: &Problem, solution: &Submission) -> Job {
    job_on(problem, &RunInputs::in_order(problem), solution)
}

fn job_on(problem: &Problem, inputs: &RunInputs, solution: &Submission) -> Job {
    let exceptions_expected = inputs
        .order
        .iter()
        .map(|&i| exceptions_expected(&problem.tests[i]))
        .collect();
    job_with(problem, solution, inputs.cases.clone(), exceptions_expected)
}

/// A job on inputs that are not the problem's tests (measured growth):
/// a class case runs all its ops.
fn job_for_inputs(problem: &Problem, solution: &Submission, cases: Vec<CaseInput>) -> Job {
    job_with(problem, solution, cases.into(), Vec::new())
}

fn job_with(problem: &Problem, solution: &Submission, cases: Arc<[CaseInput]>, exceptions_expected: Vec<usize>) -> Job {
    let config = &problem.config;
    let entry = config.entry.clone().unwrap_or_default();
    Job {
        solution: solution.clone(),
        kind: match config.kind {
            Kind::Function => JobKind::Function { entry },
            Kind::Class => JobKind::Class { entry },
            Kind::Stdio => JobKind::Stdio,
            Kind::Tests => JobKind::Tests { entry },
        },
        cases,
        exceptions_expected,
        limits: JobLimits {
            cpu_ms: config.limits.time_ms,
            wall_ms: config.limits.wall_ms(),
            memory_bytes: config.limits.memory_mb << 20,
            output_bytes: config.limits.output_kb << 10,
        },
        site_packages: config.site_packages,
        driver: problem.driver.clone(),
        forbid: config.forbid.clone(),
        // set by judge_inputs, which keeps the interactor alive for the run
        interaction: None,
        stop_at_timeout: false,
        stop: Default::default(),
    }
}
