//! What the runs of a problem's solutions say about the problem: verdicts
//! against folders, time margins, test strength, determinism. Pure: runs
//! in, findings out.

use judge_problem::SolutionFolder;
use judge_report::{Finding, RunReport, SolutionCheck, TestReport, TimeMargin, Verdict};

/// What the assessment needs to know of one test.
#[derive(Debug, Clone)]
pub struct TestFacts {
    /// `group/name`.
    pub id: String,
    pub sample: bool,
    pub shape: String,
    /// The file that holds the test.
    pub file: String,
}

#[derive(Debug, Clone)]
pub struct ProblemFacts {
    pub time_ms: u64,
    pub wall_multiplier: f64,
    /// In the problem's order. (A run's report may list fewer, in another
    /// order: see `redundant_tests`.)
    pub tests: Vec<TestFacts>,
}

/// Why a file was run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Reference(SolutionFolder),
    Template,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Reference(folder) => folder.dir_name(),
            Role::Template => "template",
        }
    }
}

/// One run: the report, and a fingerprint of what the solution did in
/// each test (its value, output or exception), in test order.
#[derive(Debug, Clone)]
pub struct ObservedRun {
    pub report: RunReport,
    pub outputs: Vec<u64>,
    /// Wall time of the whole run, start-up included.
    pub elapsed_ms: f64,
    /// A slow solution's failing test run again under a raised limit
    /// (`--tle-floor`).
    pub probe: Option<crate::floor::Probe>,
}

#[derive(Debug, Clone)]
pub struct SolutionRuns {
    pub path: String,
    pub role: Role,
    /// At least one.
    pub runs: Vec<ObservedRun>,
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub findings: Vec<Finding>,
    pub margin: Option<TimeMargin>,
    pub solutions: Vec<SolutionCheck>,
}

/// The one verdict a folder promises (on at least one test, and nothing
/// worse), for the folders that promise one.
pub fn promised(folder: SolutionFolder) -> Option<Verdict> {
    Some(match folder {
        SolutionFolder::Accepted => Verdict::Accepted,
        SolutionFolder::WrongAnswer => Verdict::WrongAnswer,
        SolutionFolder::TimeLimitExceeded => Verdict::TimeLimitExceeded,
        SolutionFolder::MemoryLimitExceeded => Verdict::MemoryLimitExceeded,
        SolutionFolder::RuntimeError => Verdict::RuntimeError,
        SolutionFolder::OutputLimitExceeded => Verdict::OutputLimitExceeded,
        SolutionFolder::CompileError => Verdict::CompileError,
        SolutionFolder::Rejected | SolutionFolder::SlowAccepted | SolutionFolder::BruteForce => return None,
    })
}

/// The rule of the folders of Kattis packages (docs/check.md), on a run's
/// report: `rejected` fails at least one test (any verdict but AC);
/// `slow_accepted` is right wherever it finishes (every test AC or TLE:
/// Kattis runs it with the limit times its safety margin, which the judge
/// does not; and it is not held to the time margin);
/// `brute_force` never answers wrong (every test AC, TLE, MLE or RE: a
/// brute force may also pass within the judge's limit). The error, if the
/// run breaks the rule.
pub fn kattis_folder_rule(folder: SolutionFolder, report: &RunReport) -> Option<String> {
    match folder {
        SolutionFolder::Rejected if report.verdict == Verdict::Accepted => {
            Some("gets AC on every test: no test catches this rejected solution".into())
        }
        SolutionFolder::SlowAccepted => {
            let wrong = |v: Verdict| !matches!(v, Verdict::Accepted | Verdict::TimeLimitExceeded);
            report.tests.iter().any(|t| wrong(t.verdict)).then(|| {
                format!(
                    "a slow_accepted solution must be right, if slow (only AC or TLE), but gets {}",
                    failures(report, wrong)
                )
            })
        }
        SolutionFolder::BruteForce => {
            let never = |v: Verdict| {
                !matches!(
                    v,
                    Verdict::Accepted
                        | Verdict::TimeLimitExceeded
                        | Verdict::MemoryLimitExceeded
                        | Verdict::RuntimeError
                )
            };
            report.tests.iter().any(|t| never(t.verdict)).then(|| {
                format!(
                    "a brute_force solution must never answer wrong (only AC, TLE, MLE or RE), but gets {}",
                    failures(report, never)
                )
            })
        }
        _ => None,
    }
}

pub fn assess(facts: &ProblemFacts, solutions: &[SolutionRuns], safety_factor: f64) -> Assessment {
    let mut findings = Vec::new();
    for solution in solutions {
        findings.extend(assess_solution(solution));
    }
    let margin = time_margin(facts, solutions, safety_factor);
    if let Some(m) = &margin
        && m.slowest_ms > m.budget_ms
    {
        findings.push(Finding::error(
            &m.solution,
            format!(
                "too close to the time limit: test {} takes {} of CPU, over the limit {} ms / safety factor {} = {}; \
                 raise [limits] time_ms or make the test smaller",
                m.test,
                ms(m.slowest_ms),
                m.limit_ms,
                safety_factor,
                ms(m.budget_ms)
            ),
        ));
    }
    findings.extend(redundant_tests(facts, solutions));
    Assessment {
        findings,
        margin,
        solutions: solutions.iter().map(summary).collect(),
    }
}

fn assess_solution(solution: &SolutionRuns) -> Vec<Finding> {
    let error = |message: String| vec![Finding::error(&solution.path, message)];
    let Some(first) = solution.runs.first() else {
        return Vec::new();
    };
    for run in &solution.runs {
        if let Some(problem) = internal_error(&run.report) {
            return error(format!(
                "internal error ({problem}): the judge or the problem's checker failed, not the solution"
            ));
        }
    }
    match solution.role {
        Role::Template => {
            if first.report.verdict == Verdict::Accepted {
                return error("gets AC on every test: the starter file already solves the problem".into());
            }
            Vec::new()
        }
        Role::Reference(SolutionFolder::Accepted) => {
            let runs = solution.runs.len();
            for (k, run) in solution.runs.iter().enumerate() {
                if run.report.verdict != Verdict::Accepted {
                    let when = if runs > 1 {
                        format!(" in run {} of {runs}", k + 1)
                    } else {
                        String::new()
                    };
                    return error(format!(
                        "an accepted solution fails{when}: {}",
                        failures(&run.report, |v| v != Verdict::Accepted)
                    ));
                }
            }
            let unstable: Vec<&str> = (0..first.outputs.len())
                .filter(|&i| solution.runs.iter().any(|r| r.outputs.get(i) != first.outputs.get(i)))
                .map(|i| first.report.tests[i].name.as_str())
                .collect();
            if unstable.is_empty() {
                return Vec::new();
            }
            error(format!(
                "gives different answers across {runs} runs on {}: the result depends on chance \
                 (set or dict order of strings, random, time)",
                list(&unstable)
            ))
        }
        Role::Reference(folder @ (SolutionFolder::SlowAccepted | SolutionFolder::BruteForce)) => {
            kattis_folder_rule(folder, &first.report).map(error).unwrap_or_default()
        }
        Role::Reference(SolutionFolder::Rejected) => {
            if let Some(message) = kattis_folder_rule(SolutionFolder::Rejected, &first.report) {
                return error(message);
            }
            caught_only_by_samples(solution)
        }
        Role::Reference(folder) => {
            let Some(want) = promised(folder) else {
                return Vec::new();
            };
            let report = &first.report;
            let mut found = Vec::new();
            if report.verdict != want {
                let message = if !report.tests.iter().any(|t| t.verdict == want) {
                    if report.verdict == Verdict::Accepted {
                        format!(
                            "gets AC on every test: no test catches this {} solution",
                            folder.dir_name()
                        )
                    } else {
                        format!(
                            "should get {want} on at least one test, but gets {}",
                            failures(report, |v| v != Verdict::Accepted)
                        )
                    }
                } else {
                    format!(
                        "gets {}: worse than the {want} its folder promises",
                        failures(report, |v| v.severity() > want.severity())
                    )
                };
                found.push(Finding::error(&solution.path, message));
            }
            found.extend(caught_only_by_samples(solution));
            found
        }
    }
}

/// An error when only sample tests catch a wrong solution.
fn caught_only_by_samples(solution: &SolutionRuns) -> Vec<Finding> {
    let Some(first) = solution.runs.first() else {
        return Vec::new();
    };
    let failing: Vec<&TestReport> = first
        .report
        .tests
        .iter()
        .filter(|t| t.verdict != Verdict::Accepted)
        .collect();
    if failing.is_empty() || !failing.iter().all(|t| t.sample) {
        return Vec::new();
    }
    let names: Vec<&str> = failing.iter().map(|t| t.name.as_str()).collect();
    vec![Finding::error(
        &solution.path,
        format!(
            "caught only by sample tests ({}): the hidden tests alone must catch every wrong solution",
            list(&names)
        ),
    )]
}

/// The judge's own failure in a run, described.
fn internal_error(report: &RunReport) -> Option<String> {
    if let Some(e) = &report.internal_error {
        return Some(e.clone());
    }
    let test = report.tests.iter().find(|t| t.verdict == Verdict::InternalError)?;
    let summary = test.failure.as_ref().map_or("", |f| f.summary.as_str());
    Some(format!("{}: {summary}", test.name))
}

/// `WA on hidden/a (expected 3, got 4), hidden/b`: the tests whose
/// verdict `pick` selects, the first with its summary.
fn failures(report: &RunReport, pick: impl Fn(Verdict) -> bool) -> String {
    let picked: Vec<&TestReport> = report.tests.iter().filter(|t| pick(t.verdict)).collect();
    let Some(first) = picked.first() else {
        return report.verdict.to_string();
    };
    let summary = first
        .failure
        .as_ref()
        .map(|f| format!(" ({})", f.summary))
        .unwrap_or_default();
    let more = match picked.len() {
        1 => String::new(),
        2 => " and 1 more test".to_owned(),
        n => format!(" and {} more tests", n - 1),
    };
    format!("{} on {}{summary}{more}", first.verdict, first.name)
}

fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [a] => (*a).to_owned(),
        [a, b] => format!("{a} and {b}"),
        [a, b, c] => format!("{a}, {b} and {c}"),
        [a, b, c, rest @ ..] => format!("{a}, {b}, {c} and {} more", rest.len()),
    }
}

/// The slowest test of any accepted solution, each test's time being the
/// fastest of its repeats (noise only ever adds time).
pub(crate) fn time_margin(facts: &ProblemFacts, solutions: &[SolutionRuns], safety_factor: f64) -> Option<TimeMargin> {
    let mut slowest: Option<(f64, &str, &str)> = None;
    for solution in solutions
        .iter()
        .filter(|s| s.role == Role::Reference(SolutionFolder::Accepted))
    {
        let Some(first) = solution.runs.first() else { continue };
        for (i, test) in first.report.tests.iter().enumerate() {
            let fastest = solution
                .runs
                .iter()
                .filter_map(|r| r.report.tests.get(i))
                .filter(|t| t.verdict == Verdict::Accepted)
                .filter_map(|t| t.cpu_ms)
                .reduce(f64::min);
            if let Some(cpu) = fastest
                && slowest.is_none_or(|(s, _, _)| cpu > s)
            {
                slowest = Some((cpu, &solution.path, &test.name));
            }
        }
    }
    let (slowest_ms, solution, test) = slowest?;
    Some(TimeMargin {
        limit_ms: facts.time_ms,
        budget_ms: facts.time_ms as f64 / safety_factor,
        slowest_ms,
        solution: solution.to_owned(),
        test: test.to_owned(),
        headroom: facts.time_ms as f64 / slowest_ms.max(0.001),
    })
}

/// Notes for hidden tests no wrong solution fails that repeat the shape of
/// another test: they cost time and catch nothing the bank knows of.
fn redundant_tests(facts: &ProblemFacts, solutions: &[SolutionRuns]) -> Vec<Finding> {
    let wrong: Vec<&RunReport> = solutions
        .iter()
        .filter(|s| {
            matches!(s.role, Role::Reference(f) if f != SolutionFolder::Accepted && f != SolutionFolder::SlowAccepted)
        })
        .filter_map(|s| s.runs.first().map(|r| &r.report))
        .collect();
    if wrong.is_empty() {
        return Vec::new();
    }
    // By name: a slow solution's run has its hidden tests first and stops
    // at its first TLE. A test it never ran might have caught it, so it is
    // not called redundant.
    let caught: Vec<bool> = facts
        .tests
        .iter()
        .map(|test| {
            wrong.iter().any(|r| {
                r.tests
                    .iter()
                    .find(|t| t.name == test.id)
                    .is_none_or(|t| t.verdict != Verdict::Accepted)
            })
        })
        .collect();
    let mut notes = Vec::new();
    for (i, test) in facts.tests.iter().enumerate() {
        if test.sample || caught[i] {
            continue;
        }
        let twin = facts
            .tests
            .iter()
            .enumerate()
            .find(|&(j, other)| j != i && other.shape == test.shape && (j < i || caught[j]));
        if let Some((_, twin)) = twin {
            notes.push(Finding::note(
                &test.file,
                format!(
                    "test {} catches no wrong solution and has the same shape as {} ({}): \
                     make it catch a mistake, or drop it",
                    test.id, twin.id, test.shape
                ),
            ));
        }
    }
    notes
}

fn summary(solution: &SolutionRuns) -> SolutionCheck {
    let first = solution.runs.first().map(|r| &r.report);
    SolutionCheck {
        path: solution.path.clone(),
        expected: solution.role.name().to_owned(),
        verdicts: solution.runs.iter().map(|r| r.report.verdict).collect(),
        failed_tests: first
            .map(|r| {
                r.tests
                    .iter()
                    .filter(|t| t.verdict != Verdict::Accepted)
                    .map(|t| t.name.clone())
                    .collect()
            })
            .unwrap_or_default(),
        max_cpu_ms: solution
            .runs
            .iter()
            .filter_map(|r| r.report.max_cpu_ms)
            .reduce(f64::max),
        wall_ms: solution.runs.iter().map(|r| r.elapsed_ms).sum(),
    }
}

/// `0.42 ms`, `120 ms`, `1.50 s`.
pub fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2} ms")
    } else if value < 1000.0 {
        format!("{value:.0} ms")
    } else {
        format!("{:.2} s", value / 1000.0)
    }
}
