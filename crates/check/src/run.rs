//! Running every reference solution (and template) of many problems on a
//! pool of threads, and assessing each problem as its last run finishes.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use judge_engine::{Engine, JudgeOptions, Submission};
use judge_problem::{LoadError, Problem, SolutionFolder};
use judge_report::{Finding, ProblemCheck};
use judge_runner::{CaseStatus, OpResult};

use crate::assess::{self, ObservedRun, ProblemFacts, Role, SolutionRuns, TestFacts};
use crate::lint::{self, PackageTexts};
use crate::shape::shape_of;

#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Runs at once.
    pub jobs: usize,
    /// Runs of each accepted solution (more than one checks determinism).
    pub repeat: u32,
    /// An accepted test may take at most `time_ms / safety_factor`.
    pub safety_factor: f64,
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

/// A problem ready to run: what was found wrong so far, and the files to run.
struct Prepared {
    dir: PathBuf,
    problem: Option<Problem>,
    /// The problem with its hidden tests first, for the solutions that are
    /// meant to be slow: they stop at their first TLE, and that must be
    /// on a hidden test whenever one is slow enough to catch them. Only
    /// where there are such solutions: it is a copy of every test.
    hidden_first: Option<Problem>,
    facts: Option<ProblemFacts>,
    /// Each file read once: every run of it (`--repeat`) judges these bytes.
    files: Vec<(Submission, Role)>,
    findings: Vec<Finding>,
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

/// Checks the problems in `dirs` (in that order), calling `progress` from
/// any worker thread.
pub fn check_problems(
    engine: &Engine,
    dirs: &[PathBuf],
    options: &CheckOptions,
    progress: &(dyn Fn(Progress<'_>) + Sync),
) -> Vec<ProblemCheck> {
    let prepared: Vec<Prepared> = dirs.iter().map(|d| prepare(engine, d)).collect();
    let runs_of = |role: Role| match role {
        Role::Reference(SolutionFolder::Accepted) => options.repeat.max(1) as usize,
        _ => 1,
    };
    let mut units = Vec::new();
    for (p, problem) in prepared.iter().enumerate() {
        for (f, (_, role)) in problem.files.iter().enumerate() {
            units.extend((0..runs_of(*role)).map(|run| Unit {
                problem: p,
                file: f,
                run,
            }));
        }
    }
    // The longest runs first, so that no worker is left with one at the end.
    units.sort_by_key(|u| expected_cost_rank(prepared[u.problem].files[u.file].1));
    progress(Progress::Planned {
        problems: prepared.len(),
        runs: units.len(),
    });

    let finished: Vec<Mutex<Option<ProblemCheck>>> = prepared.iter().map(|_| Mutex::new(None)).collect();
    let remaining: Vec<AtomicUsize> = prepared
        .iter()
        .map(|p| AtomicUsize::new(p.files.iter().map(|(_, role)| runs_of(*role)).sum()))
        .collect();
    let results: Mutex<HashMap<(usize, usize, usize), ObservedRun>> = Mutex::new(HashMap::new());
    let finish = |p: usize, runs: &mut HashMap<(usize, usize, usize), ObservedRun>| {
        let check = assemble(&prepared[p], p, runs, options);
        progress(Progress::ProblemFinished(&check));
        *finished[p].lock().unwrap_or_else(|e| e.into_inner()) = Some(check);
    };
    for (p, problem) in prepared.iter().enumerate() {
        if problem.files.is_empty() {
            finish(p, &mut HashMap::new());
        }
    }

    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.clamp(1, units.len().max(1)) {
            scope.spawn(|| {
                while let Some(unit) = units.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let problem = &prepared[unit.problem];
                    let Some(loaded) = &problem.problem else { continue };
                    let (file, role) = &problem.files[unit.file];
                    // Each test a slow solution fails costs a whole time
                    // limit; the first hidden one proves the folder right.
                    let observed = match &problem.hidden_first {
                        Some(hidden_first) if *role == SLOW => observe(
                            engine,
                            hidden_first,
                            file,
                            JudgeOptions {
                                stop_at_timeout: true,
                                ..JudgeOptions::default()
                            },
                        ),
                        _ => observe(engine, loaded, file, JudgeOptions::default()),
                    };
                    progress(Progress::RunFinished);
                    let mut results = results.lock().unwrap_or_else(|e| e.into_inner());
                    results.insert((unit.problem, unit.file, unit.run), observed);
                    if remaining[unit.problem].fetch_sub(1, Ordering::AcqRel) == 1 {
                        finish(unit.problem, &mut results);
                    }
                }
            });
        }
    });
    finished
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every problem was finished")
        })
        .collect()
}

/// Time limit exceeded runs cost the most; the template the least.
fn expected_cost_rank(role: Role) -> u8 {
    match role {
        Role::Reference(SolutionFolder::TimeLimitExceeded) => 0,
        Role::Reference(SolutionFolder::MemoryLimitExceeded) => 1,
        Role::Reference(SolutionFolder::Accepted) => 2,
        Role::Reference(_) => 3,
        Role::Template => 4,
    }
}

fn prepare(engine: &Engine, dir: &Path) -> Prepared {
    let mut prepared = Prepared {
        dir: dir.to_owned(),
        problem: None,
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
    let solutions = match judge_problem::list_solutions(dir) {
        Ok(solutions) => solutions,
        Err(e) => {
            prepared.findings.push(load_error(&e));
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
            prepared.findings.extend(lint::lint(&problem, &solutions, &texts));
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
    let paths = solutions
        .into_iter()
        .map(|s| (s.path, Role::Reference(s.folder)))
        .chain([(problem.template.clone(), Role::Template)]);
    for (path, role) in paths {
        match Submission::read(&path) {
            Ok(submission) => prepared.files.push((submission, role)),
            Err(e) => prepared
                .findings
                .push(Finding::error(path.display().to_string(), format!("cannot read: {e}"))),
        }
    }
    prepared.facts = Some(ProblemFacts {
        time_ms: problem.config.limits.time_ms,
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
    if prepared.files.iter().any(|(_, role)| *role == SLOW) {
        let mut hidden_first = problem.clone();
        hidden_first.tests.sort_by_key(|t| t.is_sample());
        prepared.hidden_first = Some(hidden_first);
    }
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

fn observe(engine: &Engine, problem: &Problem, file: &Submission, options: JudgeOptions) -> ObservedRun {
    let started = std::time::Instant::now();
    let mut outputs = vec![0; problem.tests.len()];
    let mut index = 0;
    let report = engine.judge_with(problem, file, options, &mut |_, status| {
        if let Some(slot) = outputs.get_mut(index) {
            *slot = fingerprint(status);
        }
        index += 1;
    });
    ObservedRun {
        report,
        outputs,
        elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
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
    prepared: &Prepared,
    index: usize,
    results: &mut HashMap<(usize, usize, usize), ObservedRun>,
    options: &CheckOptions,
) -> ProblemCheck {
    let mut findings = prepared.findings.clone();
    let mut check = ProblemCheck {
        path: prepared.dir.display().to_string(),
        slug: prepared
            .dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| prepared.dir.display().to_string()),
        level: prepared.problem.as_ref().map(|p| p.config.level.as_str().to_owned()),
        title: prepared.problem.as_ref().map(|p| p.config.title.clone()),
        run_ms: 0.0,
        margin: None,
        solutions: Vec::new(),
        findings: Vec::new(),
    };
    if let Some(facts) = &prepared.facts {
        let solutions: Vec<SolutionRuns> = prepared
            .files
            .iter()
            .enumerate()
            .map(|(f, (file, role))| {
                let runs: Vec<ObservedRun> = (0..).map_while(|run| results.remove(&(index, f, run))).collect();
                SolutionRuns {
                    path: file.path.display().to_string(),
                    role: *role,
                    runs,
                }
            })
            .collect();
        let assessment = assess::assess(facts, &solutions, options.safety_factor);
        findings.extend(assessment.findings);
        check.margin = assessment.margin;
        check.run_ms = assessment.solutions.iter().map(|s| s.wall_ms).sum();
        check.solutions = assessment.solutions;
    }
    check.findings = findings;
    check
}
