//! Both runners give the same verdict on every test, for every solution
//! of the bank and of the fixtures (and every template). Solutions marked
//! `# judge: process-only` would end the judge itself when embedded.
#![cfg(feature = "embedded")]

use std::path::{Path, PathBuf};

use crate::support::{judge, parallel, repo};

const PROCESS_ONLY: &str = "# judge: process-only";

fn verdicts(problem: &Path, solution: &Path, runner: &str) -> Vec<(String, String)> {
    let out = judge(&[
        "run",
        "--runner",
        runner,
        "--format",
        "json",
        &problem.to_string_lossy(),
        &solution.to_string_lossy(),
    ]);
    let report: judge_report::RunReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{runner} runner on {}: no report ({e}): {}",
            solution.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(report.runner, runner);
    report
        .tests
        .into_iter()
        .map(|t| (t.name, t.verdict.code().to_owned()))
        .collect()
}

fn submissions() -> Vec<(PathBuf, PathBuf)> {
    let mut found = Vec::new();
    for root in ["problems", "tests/fixtures"] {
        for problem in crate::bank::problems_under(&repo().join(root)) {
            let solutions = judge_problem::list_solutions(&problem).unwrap_or_else(|e| panic!("{e}"));
            for path in solutions
                .into_iter()
                .map(|s| s.path)
                .chain([problem.join("template.py")])
            {
                let source = std::fs::read_to_string(&path).unwrap_or_default();
                if !source.contains(PROCESS_ONLY) {
                    found.push((problem.clone(), path));
                }
            }
        }
    }
    found
}

#[test]
fn both_runners_give_the_same_verdict_on_every_test() {
    let jobs = submissions();
    assert!(jobs.len() > 40, "only {} submissions", jobs.len());
    let results = parallel(&jobs, |(problem, solution)| {
        (
            verdicts(problem, solution, "process"),
            verdicts(problem, solution, "embedded"),
        )
    });
    let mut differ = Vec::new();
    for ((_, solution), (process, embedded)) in jobs.iter().zip(results) {
        if process != embedded {
            let first = process
                .iter()
                .zip(&embedded)
                .find(|(p, e)| p != e)
                .map(|(p, e)| format!("{}: process {} / embedded {}", p.0, p.1, e.1))
                .unwrap_or_else(|| "different test lists".into());
            differ.push(format!(
                "{}: {first}",
                solution.strip_prefix(repo()).unwrap_or(solution).display()
            ));
        }
    }
    assert!(differ.is_empty(), "the runners disagree:\n{}", differ.join("\n"));
}
