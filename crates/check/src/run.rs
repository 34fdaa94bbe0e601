//! Running every reference solution (and template) of many problems on a
//! pool of threads, and assessing each problem as its last run finishes.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use judge_engine::{Engine, JudgeOptions, RunInputs, Submission};
use judge_problem::{LoadError, Problem, Solution, SolutionFolder};
use judge_report::{Finding, ProblemCheck, TimeLimit};
use judge_runner::{CaseStatus, OpResult};

use crate::assess::{self, ObservedRun, ProblemFacts, Role, SolutionRuns, TestFacts};
use crate::floor::{self, Probe};
use crate::lint::{self, PackageTexts};
use crate::probe_memo::{ProbeKey, ProbeMemo};
use crate::schedule::Admission;
use crate::shape::shape_of;

#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Runs at once, whatever the CPUs are doing.
    pub jobs: usize,
    /// More runs at once while CPUs stay idle (runs that wait hold none),
    /// up to `schedule::EXTRA_FACTOR` x `jobs`.
    pub adaptive: bool,
    /// Runs of each accepted solution (more than one checks determinism).
    pub repeat: u32,
    /// An accepted test may take at most `time_ms / safety_factor`.
    pub safety_factor: f64,
    /// A `time_limit_exceeded` solution must be at least this many times
    /// over the limit: its failing test runs again under `tle_floor x
    /// time_ms` (at most 1: no second run, no floor).
    pub tle_floor: f64,
    /// Start no further problem once one has failed (the problems under
    /// way are checked to the end).
    pub fail_fast: bool,
    /// What each problem's runs took at the last check (`run_ms`), by the
    /// directory as given: the longest start first.
    pub previous_run_ms: HashMap<PathBuf, f64>,
    /// Slow-margin probes of earlier checks, asked before one is run.
    pub probe_memo: Option<std::sync::Arc<ProbeMemo>>,
}

/// What a check found, problem by problem.
#[derive(Debug)]
pub struct Checked {
    /// Each problem checked, in the order of the directories given.
    pub problems: Vec<ProblemCheck>,
    /// The problems never started because `fail_fast` stopped the check.
    pub not_checked: Vec<PathBuf>,
}

/// What `check_problems` reports as it goes.
#[derive(Debug)]
pub enum Progress<'a> {
    /// Before any run: how much work there is.
    Planned {
        problems: usize,
        runs: usize,
    },
    /// One solution's run finished.
    RunFinished,
    ProblemFinished(&'a ProblemCheck),
}

/// What is known of a problem before it is loaded (a directory listing):
/// enough to plan its runs. Its tests are read only when its first run
/// starts, and dropped after its last, so that the judge's memory follows
/// the problems in progress, not the bank.
struct Plan {
    dir: PathBuf,
    /// `solutions/*/*.py`, or why they cannot be listed.
    solutions: Result<Vec<Solution>, LoadError>,
    /// The role of each file to run, by index: the solutions, then the
    /// template.
    roles: Vec<Role>,
}

impl Plan {
    fn new(dir: &Path) -> Plan {
        let solutions = judge_problem::list_solutions(dir);
        let mut roles: Vec<Role> = match &solutions {
            Ok(list) => list.iter().map(|s| Role::Reference(s.folder)).collect(),
            Err(_) => Vec::new(),
        };
        roles.push(Role::Template);
        Plan {
            dir: dir.to_owned(),
            solutions,
            roles,
        }
    }

    /// Time limits exceeded cost the most: such problems go first.
    fn weight(&self) -> usize {
        self.roles.iter().filter(|r| expected_cost_rank(**r) <= 1).count()
    }
}

/// A problem loaded for its runs: what was found wrong so far, and the
/// files to run.
struct Prepared {
    problem: Option<Problem>,
    /// The problem's inputs, made once for all its runs.
    inputs: Option<RunInputs>,
    /// The same with the hidden tests first, for the solutions that are
    /// meant to be slow: they stop at their first TLE, and that must be
    /// on a hidden test whenever one is slow enough to catch them. Only
    /// where there are such solutions: it is a copy of every input.
    hidden_first: Option<RunInputs>,
    facts: Option<ProblemFacts>,
    /// Each file read once, by the plan's index (`None`: it could not be
    /// read, or the problem did not load): every run of it (`--repeat`)
    /// judges these bytes.
    files: Vec<Option<Submission>>,
    findings: Vec<Finding>,
}

/// A problem's part in the check as it goes.
struct Slot {
    /// Loaded by its first run, dropped after its last.
    prepared: Mutex<Option<Arc<Prepared>>>,
    /// Runs not yet finished.
    remaining: AtomicUsize,
    /// Whether a run of it has begun (a problem under way is finished even
    /// after `fail_fast` stops the check).
    started: AtomicBool,
    /// By (file, run).
    results: Mutex<HashMap<(usize, usize), ObservedRun>>,
    check: Mutex<Option<ProblemCheck>>,
}

/// The solutions that run hidden tests first and stop at their first TLE.
const SLOW: Role = Role::Reference(SolutionFolder::TimeLimitExceeded);

/// One run of one file of one problem.
#[derive(Debug, Clone, Copy)]
struct Unit {
    problem: usize,
    file: usize,
    run: usize,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Checks the problems in `dirs` (reported in that order), calling
/// `progress` from any worker thread.
pub fn check_problems(
    engine: &Engine,
    dirs: &[PathBuf],
    options: &CheckOptions,
    progress: &(dyn Fn(Progress<'_>) + Sync),
) -> Checked {
    let plans: Vec<Plan> = dirs.iter().map(|d| Plan::new(d)).collect();
    let runs_of = |role: Role| match role {
        Role::Reference(SolutionFolder::Accepted) => options.repeat.max(1) as usize,
        _ => 1,
    };
    // Problem by problem, so that few are loaded at once; the costliest
    // problems first, and in each its costliest runs first, so that no
    // worker is left with a long run at the end.
    let weights: Vec<usize> = plans.iter().map(Plan::weight).collect();
    let previous: Vec<Option<f64>> = plans
        .iter()
        .map(|plan| options.previous_run_ms.get(&plan.dir).copied())
        .collect();
    let order = problem_order(&weights, &previous);
    let mut units = Vec::new();
    for &p in &order {
        let mut files: Vec<usize> = (0..plans[p].roles.len()).collect();
        files.sort_by_key(|&f| expected_cost_rank(plans[p].roles[f]));
        for f in files {
            units.extend((0..runs_of(plans[p].roles[f])).map(|run| Unit {
                problem: p,
                file: f,
                run,
            }));
        }
    }
    progress(Progress::Planned {
        problems: plans.len(),
        runs: units.len(),
    });
    let slots: Vec<Slot> = plans
        .iter()
        .map(|plan| Slot {
            prepared: Mutex::new(None),
            remaining: AtomicUsize::new(plan.roles.iter().map(|r| runs_of(*r)).sum()),
            started: AtomicBool::new(false),
            results: Mutex::new(HashMap::new()),
            check: Mutex::new(None),
        })
        .collect();

    let admission = Admission::new(options.jobs, options.adaptive);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..admission.most().clamp(1, units.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let permit = admission.enter();
                    let Some(unit) = units.get(next.fetch_add(1, Ordering::Relaxed)) else {
                        break;
                    };
                    let (plan, slot) = (&plans[unit.problem], &slots[unit.problem]);
                    if failed.load(Ordering::Acquire) && !slot.started.load(Ordering::Acquire) {
                        // --fail-fast: a problem not yet begun stays unchecked
                        progress(Progress::RunFinished);
                        continue;
                    }
                    slot.started.store(true, Ordering::Release);
                    let prepared = lock(&slot.prepared)
                        .get_or_insert_with(|| Arc::new(prepare(engine, plan)))
                        .clone();
                    let observed = run_unit(engine, plan, &prepared, unit, options);
                    give_back_freed_memory();
                    drop(permit);
                    progress(Progress::RunFinished);
                    if let Some(observed) = observed {
                        lock(&slot.results).insert((unit.file, unit.run), observed);
                    }
                    if slot.remaining.fetch_sub(1, Ordering::AcqRel) == 1 {
                        // the last run of the problem: assess it and let it go
                        lock(&slot.prepared).take();
                        let check = assemble(engine, plan, &prepared, &mut lock(&slot.results), options);
                        if options.fail_fast && check.errors() > 0 {
                            failed.store(true, Ordering::Release);
                        }
                        drop(prepared);
                        give_back_freed_memory();
                        progress(Progress::ProblemFinished(&check));
                        *lock(&slot.check) = Some(check);
                    }
                }
            });
        }
    });
    let mut checked = Checked {
        problems: Vec::new(),
        not_checked: Vec::new(),
    };
    for (slot, plan) in slots.into_iter().zip(&plans) {
        match slot.check.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Some(check) => checked.problems.push(check),
            None => checked.not_checked.push(plan.dir.clone()),
        }
    }
    checked
}

/// The order problems start in, longest first (as a scheduler of jobs of
/// known length does, so that none is left running alone at the end):
/// by what each took at the last check where that is known, and the
/// problems never timed first, the ones with the most slow solutions
/// (`weights`) first among them (a slow solution costs a time limit per
/// test it fails; a solution that waits costs wall time that only a past
/// check can tell).
pub fn problem_order(weights: &[usize], previous_ms: &[Option<f64>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| match (previous_ms[a], previous_ms[b]) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (None, None) => weights[b].cmp(&weights[a]),
    });
    order
}

/// Returns what a run or a problem just dropped held to the system: glibc
/// keeps freed memory in each thread's arena otherwise, so the judge's
/// resident memory would grow with every problem a worker has loaded, and
/// the scheduler's memory budget would see memory no longer in use.
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// One run, or `None` when its file could not be read or the problem did
/// not load (the findings say why).
fn run_unit(
    engine: &Engine,
    plan: &Plan,
    prepared: &Prepared,
    unit: &Unit,
    options: &CheckOptions,
) -> Option<ObservedRun> {
    let file = prepared.files.get(unit.file)?.as_ref()?;
    // Each test a slow solution fails costs a whole time limit; the first
    // hidden one proves the folder right.
    let problem = prepared.problem.as_ref()?;
    Some(match &prepared.hidden_first {
        Some(hidden_first) if plan.roles[unit.file] == SLOW => {
            let mut observed = observe(
                engine,
                problem,
                hidden_first,
                file,
                JudgeOptions {
                    stop_at_timeout: true,
                    ..JudgeOptions::default()
                },
            );
            observed.probe = probe(
                engine,
                problem,
                file,
                &observed,
                options.tle_floor,
                options.probe_memo.as_deref(),
            );
            observed
        }
        // a template only has to fail somewhere: one failing test is
        // enough (a template that waits for input would otherwise cost a
        // wall-clock limit per test of an interactive problem)
        _ if plan.roles[unit.file] == Role::Template => observe(
            engine,
            problem,
            prepared.inputs.as_ref()?,
            file,
            JudgeOptions {
                fail_fast: true,
                ..JudgeOptions::default()
            },
        ),
        _ => observe(
            engine,
            problem,
            prepared.inputs.as_ref()?,
            file,
            JudgeOptions::default(),
        ),
    })
}

/// The wall-clock limit of a probe, as a multiple of its raised CPU limit
/// (or the problem's own, if larger).
const PROBE_WALL_MULTIPLIER: f64 = 20.0;

/// A slow solution's failing test run again alone, under the limit raised
/// to `tle_floor x time_ms`: the timer stops a test just past the limit,
/// so only a second run says how far over it goes. One test per slow
/// solution, the one it already failed.
fn probe(
    engine: &Engine,
    problem: &Problem,
    file: &Submission,
    observed: &ObservedRun,
    tle_floor: f64,
    memo: Option<&ProbeMemo>,
) -> Option<Probe> {
    let limit_ms = floor::probe_limit_ms(problem.config.limits.time_ms, tle_floor)?;
    let failed = floor::failing_test(&observed.report.tests)?;
    let test = problem.tests.iter().find(|t| t.id() == failed.name)?.clone();
    // not `problem.clone()`: that would copy every test's input
    let mut alone = Problem {
        dir: problem.dir.clone(),
        slug: problem.slug.clone(),
        config: problem.config.clone(),
        tests: vec![test],
        statement: problem.statement.clone(),
        template: problem.template.clone(),
        checker_script: problem.checker_script.clone(),
        driver: problem.driver.clone(),
        validator: problem.validator.clone(),
    };
    alone.config.limits.time_ms = limit_ms;
    // a busy machine must not stop a computing solution by the clock
    // before its CPU time says how slow it is; one the clock stopped
    // (it waits) keeps the problem's own clock, or its probe would wait
    // 20 x the raised limit
    if failed.time_limit != Some(TimeLimit::Wall) {
        alone.config.limits.wall_multiplier = alone.config.limits.wall_multiplier.max(PROBE_WALL_MULTIPLIER);
    }
    let key = memo.and_then(|_| {
        ProbeKey {
            problem_dir: &problem.dir,
            solution: &file.code,
            test: &failed.name,
            limit_ms,
            wall_multiplier: alone.config.limits.wall_multiplier,
            python: &engine.python_version(),
        }
        .digest()
    });
    let remembered = memo.zip(key.as_deref()).and_then(|(memo, key)| memo.get(key));
    let report = match remembered {
        Some(report) => report,
        None => {
            let report = engine
                .judge_inputs(
                    &alone,
                    &RunInputs::in_order(&alone),
                    file,
                    JudgeOptions::default(),
                    &mut |_, _| {},
                )
                .tests
                .into_iter()
                .next()?;
            // an internal error is the judge's, not the solution's: asked again next time
            if let (Some(memo), Some(key)) = (memo, key)
                && report.verdict != judge_report::Verdict::InternalError
            {
                memo.put(key, report.clone());
            }
            report
        }
    };
    Some(Probe {
        test: failed.name.clone(),
        limit_ms,
        first_stopped_by: failed.time_limit,
        report,
    })
}

/// Time limit exceeded runs cost the most; the template the least.
fn expected_cost_rank(role: Role) -> u8 {
    match role {
        Role::Reference(SolutionFolder::TimeLimitExceeded | SolutionFolder::BruteForce) => 0,
        Role::Reference(SolutionFolder::MemoryLimitExceeded) => 1,
        Role::Reference(SolutionFolder::Accepted) => 2,
        Role::Reference(_) => 3,
        Role::Template => 4,
    }
}

fn prepare(engine: &Engine, plan: &Plan) -> Prepared {
    let dir = &plan.dir;
    let mut prepared = Prepared {
        problem: None,
        inputs: None,
        hidden_first: None,
        facts: None,
        files: Vec::new(),
        findings: Vec::new(),
    };
    // a problem whose own code (checker.py) is broken is refused like a
    // malformed one: no solution of it runs
    let problem = match judge_problem::load(dir).and_then(|p| engine.check_problem(&p).map(|()| p)) {
        Ok(problem) => problem,
        Err(e) => {
            prepared.findings.push(load_error(&e));
            return prepared;
        }
    };
    let solutions = match &plan.solutions {
        Ok(solutions) => solutions,
        Err(e) => {
            prepared.findings.push(load_error(e));
            return prepared;
        }
    };
    let read = |path: &Path| std::fs::read_to_string(path);
    match (read(&problem.template), read(&problem.statement)) {
        (Ok(template), Ok(statement)) => {
            // it was just loaded from this text
            let config = read(&dir.join("problem.toml")).unwrap_or_default();
            let texts = PackageTexts {
                template: &template,
                statement: &statement,
                config: &config,
            };
            prepared.findings.extend(lint::lint(&problem, solutions, &texts));
        }
        (Err(e), _) => prepared.findings.push(Finding::error(
            problem.template.display().to_string(),
            format!("cannot read: {e}"),
        )),
        (_, Err(e)) => prepared.findings.push(Finding::error(
            problem.statement.display().to_string(),
            format!("cannot read: {e}"),
        )),
    }
    let paths = solutions.iter().map(|s| &s.path).chain([&problem.template]);
    for path in paths {
        match Submission::read(path) {
            Ok(submission) => prepared.files.push(Some(submission)),
            Err(e) => {
                prepared.files.push(None);
                prepared
                    .findings
                    .push(Finding::error(path.display().to_string(), format!("cannot read: {e}")));
            }
        }
    }
    prepared.facts = Some(ProblemFacts {
        time_ms: problem.config.limits.time_ms,
        wall_multiplier: problem.config.limits.wall_multiplier,
        tests: problem
            .tests
            .iter()
            .map(|t| TestFacts {
                id: t.id(),
                sample: t.is_sample(),
                shape: shape_of(&t.input),
                file: t.file.display().to_string(),
            })
            .collect(),
    });
    if plan.roles.contains(&SLOW) {
        prepared.hidden_first = Some(RunInputs::hidden_first(&problem));
    }
    prepared.inputs = Some(RunInputs::in_order(&problem));
    prepared.problem = Some(problem);
    prepared
}

fn load_error(error: &LoadError) -> Finding {
    match error {
        LoadError::Missing { path, what } => Finding::error(path.display().to_string(), format!("{what} is missing")),
        LoadError::NotA { path, what, is, want } => {
            Finding::error(path.display().to_string(), format!("{what} is {is}, not {want}"))
        }
        LoadError::Io { path, source } => Finding::error(path.display().to_string(), format!("cannot read: {source}")),
        LoadError::Invalid { location, message } => {
            Finding::error(location.path.display().to_string(), message).at(location.line, location.column)
        }
    }
}

fn observe(
    engine: &Engine,
    problem: &Problem,
    inputs: &RunInputs,
    file: &Submission,
    options: JudgeOptions,
) -> ObservedRun {
    let started = std::time::Instant::now();
    let mut outputs = vec![0; problem.tests.len()];
    let mut index = 0;
    let report = engine.judge_inputs(problem, inputs, file, options, &mut |_, status| {
        if let Some(slot) = outputs.get_mut(index) {
            *slot = fingerprint(status);
        }
        index += 1;
    });
    ObservedRun {
        report,
        outputs,
        elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
        probe: None,
    }
}

/// A hash of what the solution did in a test. Exceptions count by type
/// and message: a traceback's memory addresses differ from run to run.
fn fingerprint(status: &CaseStatus) -> u64 {
    let mut hasher = DefaultHasher::new();
    match status {
        CaseStatus::Raised(e) => (&e.type_name, &e.message).hash(&mut hasher),
        CaseStatus::Ops(ops) => {
            for op in ops {
                match op {
                    OpResult::Returned(v) => format!("{v:?}").hash(&mut hasher),
                    OpResult::Raised(e) => (&e.type_name, &e.message).hash(&mut hasher),
                }
            }
        }
        other => format!("{other:?}").hash(&mut hasher),
    }
    hasher.finish()
}

fn assemble(
    engine: &Engine,
    plan: &Plan,
    prepared: &Prepared,
    results: &mut HashMap<(usize, usize), ObservedRun>,
    options: &CheckOptions,
) -> ProblemCheck {
    let mut findings = prepared.findings.clone();
    let mut check = ProblemCheck {
        path: plan.dir.display().to_string(),
        slug: plan
            .dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| plan.dir.display().to_string()),
        level: prepared.problem.as_ref().map(|p| p.config.level.as_str().to_owned()),
        title: prepared.problem.as_ref().map(|p| p.config.title.clone()),
        run_ms: 0.0,
        margin: None,
        slow: Vec::new(),
        solutions: Vec::new(),
        findings: Vec::new(),
        complexity: None,
        mutants: None,
    };
    if let Some(facts) = &prepared.facts {
        let (files, mut solutions): (Vec<usize>, Vec<SolutionRuns>) = prepared
            .files
            .iter()
            .enumerate()
            .filter_map(|(f, file)| Some((f, file.as_ref()?)))
            .map(|(f, file)| {
                let runs: Vec<ObservedRun> = (0..).map_while(|run| results.remove(&(f, run))).collect();
                let solution = SolutionRuns {
                    path: file.path.display().to_string(),
                    role: plan.roles[f],
                    runs,
                };
                (f, solution)
            })
            .unzip();
        confirm_margin(engine, plan, prepared, facts, &files, &mut solutions, options);
        let assessment = assess::assess(facts, &solutions, options.safety_factor);
        findings.extend(assessment.findings);
        for solution in &solutions {
            let Some(probe) = solution.runs.first().and_then(|r| r.probe.as_ref()) else {
                continue;
            };
            let (margin, finding) = floor::slow_margin(
                &solution.path,
                facts.time_ms,
                facts.wall_multiplier,
                probe,
                options.tle_floor,
            );
            check.slow.push(margin);
            findings.extend(finding);
        }
        check.margin = assessment.margin;
        check.run_ms = assessment.solutions.iter().map(|s| s.wall_ms).sum();
        check.solutions = assessment.solutions;
    }
    check.findings = findings;
    check
}

/// Times an accepted solution runs again before its slowest test is said
/// to be too close to the time limit.
const MARGIN_CONFIRMATIONS: usize = 2;

/// A margin over the budget is measured again before it fails the check:
/// the accepted solution with the slowest test runs again, and each test
/// keeps the fastest of its times (noise only ever adds time). One run on
/// a machine busy for a moment took 1.9 times its usual CPU time, and a
/// problem with a fair margin failed for it; a margin that is really too
/// small stays too small however often it is measured.
fn confirm_margin(
    engine: &Engine,
    plan: &Plan,
    prepared: &Prepared,
    facts: &ProblemFacts,
    files: &[usize],
    solutions: &mut [SolutionRuns],
    options: &CheckOptions,
) {
    for _ in 0..MARGIN_CONFIRMATIONS {
        let Some(margin) = assess::time_margin(facts, solutions, options.safety_factor) else {
            return;
        };
        if margin.slowest_ms <= margin.budget_ms {
            return;
        }
        let Some(at) = solutions.iter().position(|s| s.path == margin.solution) else {
            return;
        };
        let unit = Unit {
            problem: 0,
            file: files[at],
            run: 0,
        };
        let Some(again) = run_unit(engine, plan, prepared, &unit, options) else {
            return;
        };
        let Some(first) = solutions[at].runs.first_mut() else {
            return;
        };
        fastest_times(&mut first.report.tests, &again.report.tests);
    }
}

/// Each test of `kept` takes the CPU time of the same test in `again` where
/// that is smaller and the test passed there too.
fn fastest_times(kept: &mut [judge_report::TestReport], again: &[judge_report::TestReport]) {
    for (test, other) in kept.iter_mut().zip(again) {
        if test.name != other.name || other.verdict != judge_report::Verdict::Accepted {
            continue;
        }
        if let (Some(ms), Some(other_ms)) = (test.cpu_ms, other.cpu_ms) {
            test.cpu_ms = Some(ms.min(other_ms));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::problem_order;

    #[test]
    fn a_test_measured_again_keeps_its_fastest_passing_time() {
        use judge_report::{TestReport, Verdict};
        let test = |name: &str, verdict: Verdict, cpu_ms: Option<f64>| TestReport {
            name: name.into(),
            group: "hidden".into(),
            sample: false,
            verdict,
            cpu_ms,
            wall_ms: cpu_ms.unwrap_or(0.0),
            peak_memory_kb: None,
            time_limit: None,
            failure: None,
        };
        let mut kept = vec![
            test("a", Verdict::Accepted, Some(190.0)),
            test("b", Verdict::Accepted, Some(20.0)),
            test("c", Verdict::Accepted, Some(50.0)),
        ];
        let again = [
            test("a", Verdict::Accepted, Some(101.0)),
            test("b", Verdict::Accepted, Some(30.0)),
            // a failure's time is no measure of the passing solution
            test("c", Verdict::TimeLimitExceeded, Some(1.0)),
        ];
        super::fastest_times(&mut kept, &again);
        let times: Vec<Option<f64>> = kept.iter().map(|t| t.cpu_ms).collect();
        assert_eq!(times, [Some(101.0), Some(20.0), Some(50.0)]);
    }

    #[test]
    fn the_longest_last_time_first_and_the_untimed_before_them() {
        // untimed: by slow solutions; timed: by their last time
        let weights = [0, 3, 1, 0, 2];
        let previous = [Some(17_000.0), None, Some(500.0), Some(9_000.0), None];
        assert_eq!(problem_order(&weights, &previous), [1, 4, 0, 3, 2]);
        // nothing timed: the slow solutions decide, ties in the given order
        assert_eq!(problem_order(&[1, 2, 1, 0], &[None; 4]), [1, 0, 2, 3]);
    }
}
