//! Both runners give the same verdict on every test, for every solution
//! of the fixtures and every accepted and runtime_error solution of the
//! bank (and every template), and for mutants of their accepted
//! solutions (`mutate.py`: the mistakes a person makes). Solutions marked
//! `# judge: process-only` would end the judge itself when embedded.
#![cfg(feature = "embedded")]

use std::path::{Path, PathBuf};

use judge_problem::SolutionFolder;

use crate::support::{judge, parallel, repo};

const PROCESS_ONLY: &str = "# judge: process-only";

/// What the bank adds to the fixtures: its accepted solutions run every
/// feature a problem uses (threads, asyncio, drivers, classes) on every
/// test, and its runtime errors the exceptions. Its wrong and slow
/// solutions take most of the time and add only what the fixtures
/// already cover. The fixture banks of `judge check` are left out: they
/// are broken on purpose.
const BANK_FOLDERS: [SolutionFolder; 2] = [SolutionFolder::Accepted, SolutionFolder::RuntimeError];

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
        let in_bank = root == "problems";
        for problem in crate::bank::problems_under(&repo().join(root)) {
            if problem.components().any(|c| c.as_os_str() == "banks") {
                continue;
            }
            // the embedded runner refuses interactive problems
            // (docs/problem-format.md, "Interactive problems")
            let interactive = judge_problem::load(&problem).is_ok_and(|p| p.config.checker.is_interactive());
            if interactive {
                continue;
            }
            let solutions = judge_problem::list_solutions(&problem).unwrap_or_else(|e| panic!("{e}"));
            for path in solutions
                .into_iter()
                .filter(|s| !in_bank || BANK_FOLDERS.contains(&s.folder))
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

/// Mutants of the first accepted solution of every problem (those the
/// `submissions` hold), written into `dir`.
fn mutants(submissions: &[(PathBuf, PathBuf)], dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (problem, solution) in submissions {
        let accepted = solution.parent().is_some_and(|p| p.ends_with("solutions/accepted"));
        if !accepted || !seen.insert(problem.clone()) {
            continue;
        }
        let out = std::process::Command::new("python3")
            .arg(repo().join("tests/integration/mutate.py"))
            .arg(solution)
            .arg(dir)
            .arg("2")
            .output()
            .expect("python3 runs mutate.py");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            // one folder per problem would be tidier; a name per problem is enough
            let renamed = dir.join(format!(
                "{}-{}",
                problem.file_name().unwrap_or_default().to_string_lossy(),
                Path::new(line).file_name().unwrap_or_default().to_string_lossy()
            ));
            std::fs::rename(line, &renamed).expect("rename a mutant");
            found.push((problem.clone(), renamed));
        }
    }
    found
}

#[test]
fn both_runners_give_the_same_verdict_on_every_test() {
    let mut jobs = submissions();
    let mutant_dir = tempfile::tempdir().expect("a temp dir");
    let mutated = mutants(&jobs, mutant_dir.path());
    assert!(mutated.len() > 40, "only {} mutants", mutated.len());
    jobs.extend(mutated);
    assert!(jobs.len() > 40, "only {} submissions", jobs.len());
    let results = parallel(&jobs, |(problem, solution)| {
        (
            verdicts(problem, solution, "process"),
            verdicts(problem, solution, "embedded"),
        )
    });
    let mut differ = Vec::new();
    for ((problem, solution), (process, embedded)) in jobs.iter().zip(results) {
        // A solution whose answers depend on chance (the order of a set of
        // strings changes with each interpreter's hash seed) disagrees
        // with itself too: that is not the runners disagreeing.
        if process != embedded && !(0..3).any(|_| verdicts(problem, solution, "process") != process) {
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
