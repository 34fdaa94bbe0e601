//! Every reference solution of the fixture problems gets the verdict its
//! folder names through `judge run`; no template is accepted. (The bank
//! itself is checked by `judge check problems/` in .ci/run, which applies
//! the same rule and more: see check.rs for its tests.)

use std::path::{Path, PathBuf};

use judge_check::promised;
use judge_problem::{SolutionFolder, list_solutions};
use judge_report::Verdict;

use crate::support::{parallel, repo, run_json};

/// Problem directories under `root` (any depth), as `judge check` finds them.
pub fn problems_under(root: &Path) -> Vec<PathBuf> {
    judge_check::discover(&[root.to_owned()]).unwrap_or_else(|e| panic!("{e}"))
}

fn check_folder_verdicts(root: &Path, skip: &[&str]) {
    let problems: Vec<PathBuf> = problems_under(root)
        .into_iter()
        .filter(|p| !skip.iter().any(|s| p.components().any(|c| c.as_os_str() == *s)))
        .collect();
    assert!(!problems.is_empty(), "no problems under {}", root.display());
    let mut jobs: Vec<(PathBuf, PathBuf, Option<Verdict>)> = Vec::new();
    for problem in &problems {
        let solutions = list_solutions(problem).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            solutions.iter().any(|s| s.folder == SolutionFolder::Accepted),
            "{} has no accepted solution",
            problem.display()
        );
        for s in solutions {
            let want = promised(s.folder).expect("the bank uses folders of one verdict");
            jobs.push((problem.clone(), s.path, Some(want)));
        }
        // The template must not pass: None means "anything but AC".
        jobs.push((problem.clone(), problem.join("template.py"), None));
    }
    let results = parallel(&jobs, |(problem, solution, _)| run_json(problem, solution));
    let mut wrong = Vec::new();
    for ((problem, solution, want), (report, code)) in jobs.iter().zip(results) {
        let ok = match want {
            Some(v) => report.verdict == *v && code == if *v == Verdict::Accepted { 0 } else { 1 },
            None => report.verdict != Verdict::Accepted,
        };
        if !ok {
            let first = report
                .first_failure()
                .map(|t| format!("{}: {}", t.name, t.failure.as_ref().map_or("", |f| f.summary.as_str())))
                .unwrap_or_default();
            wrong.push(format!(
                "{} on {}: got {} (exit {code}), want {}; {first}",
                solution.strip_prefix(repo()).unwrap_or(solution).display(),
                problem.file_name().unwrap_or_default().to_string_lossy(),
                report.verdict,
                want.map_or("anything but AC".to_owned(), |v| v.to_string()),
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "solutions with the wrong verdict:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_fixture_solution_gets_its_folders_verdict() {
    // broken-checker's solutions are judged IE on purpose (see verdicts.rs);
    // the hostile ones have a test of their own (hostile.rs); the banks'
    // defects are on purpose too (check.rs)
    check_folder_verdicts(
        &repo().join("tests/fixtures"),
        &["broken-checker", "hostile", "hostile-stdio", "hostile-forbid", "banks"],
    );
}

#[test]
fn the_bank_has_a_problem_of_each_kind_at_junior_level() {
    let kinds: Vec<String> = problems_under(&repo().join("problems/junior"))
        .iter()
        .map(|p| {
            judge_problem::load(p)
                .unwrap_or_else(|e| panic!("{e}"))
                .config
                .kind
                .as_str()
                .to_owned()
        })
        .collect();
    for kind in ["function", "class", "stdio"] {
        assert!(kinds.iter().any(|k| k == kind), "no junior {kind} problem: {kinds:?}");
    }
}
