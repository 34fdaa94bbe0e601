//! `judge check --mutants`: mutation testing of each problem's tests.
//! Mutants of its accepted solutions (made by `sandbox/judge_mutants.py`)
//! are judged on its tests; a mutant no test rejects survives, and is an
//! error unless the package records it as equivalent
//! (`equivalent-mutants.txt`, [`parse_equivalent`]).
//!
//! `parse_equivalent` and `tally` are pure; `check_mutants` runs the
//! generator and the judge.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use judge_engine::{Engine, JudgeOptions, RunInputs, Submission};
use judge_report::{Finding, MutantsCheck, ProblemCheck, Survivor, Verdict};
use judge_runner::Mutant;

/// The file of a package listing the survivors its author judged
/// equivalent to the solution, one hash a line.
pub use judge_report::EQUIVALENT_MUTANTS_FILE as EQUIVALENT_FILE;

#[derive(Debug, Clone)]
pub struct MutantOptions {
    /// Mutants per accepted solution, at most.
    pub per_solution: usize,
    /// Chooses the mutants: the same seed, the same mutants.
    pub seed: u64,
    /// Mutants judged at once.
    pub jobs: usize,
}

/// The hashes an equivalent-mutants.txt records: a hash (16 hex digits)
/// a line, then optionally `# why`; blank lines and lines starting with
/// `#` say nothing. A line that is anything else is an error naming
/// `file` and the line.
pub fn parse_equivalent(text: &str, file: &str) -> Result<BTreeSet<String>, Finding> {
    let mut hashes = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let hash = line.split('#').next().unwrap_or("").trim();
        if hash.is_empty() {
            continue;
        }
        if hash.len() != 16 || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(Finding::error(
                file,
                format!(
                    "`{hash}` is not a mutant's hash (16 hex digits, as `judge check --mutants` prints them), \
                     optionally followed by `# a comment`"
                ),
            )
            .at(Some(n + 1), None));
        }
        hashes.insert(hash.to_ascii_lowercase());
    }
    Ok(hashes)
}

/// A mutant of a solution, and whether the tests rejected it.
#[derive(Debug, Clone)]
pub struct Judged {
    pub solution: String,
    pub mutant: Mutant,
    pub killed: bool,
}

/// The mutants' tally, and an error for each survivor the package does
/// not record as equivalent (`equivalent_file` names the file to record
/// it in).
pub fn tally(
    judged: &[Judged],
    equivalent: &BTreeSet<String>,
    equivalent_file: &str,
    options: &MutantOptions,
) -> (MutantsCheck, Vec<Finding>) {
    let mut check = MutantsCheck {
        per_solution: options.per_solution,
        seed: options.seed,
        total: judged.len(),
        killed: 0,
        equivalent: 0,
        survivors: Vec::new(),
    };
    let mut findings = Vec::new();
    for j in judged {
        if j.killed {
            check.killed += 1;
        } else if equivalent.contains(&j.mutant.hash) {
            check.equivalent += 1;
        } else {
            findings.push(
                Finding::error(
                    &j.solution,
                    format!(
                        "mutant {} ({}{}) survives: no test rejects it. Add a test that does, or, if it is \
                         equivalent to the solution, record `{}` in {equivalent_file}",
                        j.mutant.hash,
                        j.mutant.operator,
                        change_of(&j.mutant.diff).map(|c| format!(": {c}")).unwrap_or_default(),
                        j.mutant.hash
                    ),
                )
                .at(Some(j.mutant.line), None),
            );
            check.survivors.push(Survivor {
                solution: j.solution.clone(),
                operator: j.mutant.operator.clone(),
                line: j.mutant.line,
                hash: j.mutant.hash.clone(),
                diff: j.mutant.diff.clone(),
            });
        }
    }
    (check, findings)
}

/// The first line a diff takes out and the first it puts in, as
/// ``a` -> `b``: the change in a line, for a message without the diff
/// (an annotation on the line).
fn change_of(diff: &str) -> Option<String> {
    let body = || diff.lines().filter(|l| !l.starts_with("---") && !l.starts_with("+++"));
    let removed = body().find_map(|l| l.strip_prefix('-'))?.trim();
    let added = body().find_map(|l| l.strip_prefix('+'))?.trim();
    Some(format!("`{removed}` -> `{added}`"))
}

/// The lines `--record-equivalent` appends to a problem's
/// equivalent-mutants.txt: one per survivor, its hash and what it is.
pub fn equivalent_lines(survivors: &[Survivor]) -> String {
    survivors
        .iter()
        .map(|s| {
            let solution = s.solution.rsplit('/').next().unwrap_or(&s.solution);
            let change = change_of(&s.diff).map(|c| format!(" {c}")).unwrap_or_default();
            format!(
                "{}  # {solution}:{} {}{change} (recorded by --record-equivalent: say why it is equivalent)\n",
                s.hash, s.line, s.operator
            )
        })
        .collect()
}

/// Mutation-tests every problem whose accepted solutions all passed,
/// problem by problem, each problem's mutants `jobs` at a time. `progress`
/// is told which problem is under way.
pub fn check_mutants(
    engine: &Engine,
    problems: &mut [ProblemCheck],
    options: &MutantOptions,
    progress: &(dyn Fn(&str) + Sync),
) {
    for check in problems {
        let accepted: Vec<String> = check
            .solutions
            .iter()
            .filter(|s| s.expected == "accepted")
            .map(|s| s.path.clone())
            .collect();
        let all_pass = check
            .solutions
            .iter()
            .filter(|s| s.expected == "accepted")
            .all(|s| !s.verdicts.is_empty() && s.verdicts.iter().all(|v| *v == Verdict::Accepted));
        if accepted.is_empty() || !all_pass {
            // mutants of a solution that fails say nothing of the tests
            continue;
        }
        progress(&check.path);
        let dir = Path::new(&check.path);
        let Ok(problem) = judge_problem::load(dir) else {
            continue;
        };
        let equivalent_file = dir.join(EQUIVALENT_FILE).display().to_string();
        let equivalent = match std::fs::read_to_string(&equivalent_file) {
            Ok(text) => parse_equivalent(&text, &equivalent_file).unwrap_or_else(|finding| {
                check.findings.push(finding);
                BTreeSet::new()
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeSet::new(),
            Err(e) => {
                check
                    .findings
                    .push(Finding::error(&equivalent_file, format!("cannot read: {e}")));
                BTreeSet::new()
            }
        };
        let mut made: Vec<(String, Mutant)> = Vec::new();
        for solution in &accepted {
            match engine.mutants_of(Path::new(solution), solution, options.seed, options.per_solution) {
                Ok(found) => made.extend(found.mutants.into_iter().map(|m| (solution.clone(), m))),
                Err(e) => check.findings.push(Finding::error(solution, e.to_string())),
            }
        }
        let inputs = RunInputs::in_order(&problem);
        let killed = judge_all(engine, &problem, &inputs, &made, options.jobs);
        let judged: Vec<Judged> = made
            .into_iter()
            .zip(killed)
            .map(|((solution, mutant), killed)| Judged {
                solution,
                mutant,
                killed,
            })
            .collect();
        let (mutants, findings) = tally(&judged, &equivalent, &equivalent_file, options);
        check.findings.extend(findings);
        check.mutants = Some(mutants);
    }
}

/// Whether the tests rejected each mutant, `jobs` judged at once; each
/// stops at its first failing test (one is enough to kill it).
fn judge_all(
    engine: &Engine,
    problem: &judge_problem::Problem,
    inputs: &RunInputs,
    mutants: &[(String, Mutant)],
    jobs: usize,
) -> Vec<bool> {
    let killed = Mutex::new(vec![false; mutants.len()]);
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, mutants.len().max(1)) {
            scope.spawn(|| {
                while let Some((i, (solution, mutant))) = {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    mutants.get(i).map(|m| (i, m))
                } {
                    let submission = Submission::from_bytes(solution, mutant.source.as_bytes().to_vec());
                    let options = JudgeOptions {
                        fail_fast: true,
                        ..JudgeOptions::default()
                    };
                    let report = engine.judge_inputs(problem, inputs, &submission, options, &mut |_, _| {});
                    let rejected = report.verdict != Verdict::Accepted;
                    killed.lock().unwrap_or_else(|e| e.into_inner())[i] = rejected;
                }
            });
        }
    });
    killed.into_inner().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mutant(hash: &str, line: usize) -> Mutant {
        Mutant {
            operator: "compare".into(),
            line,
            hash: hash.into(),
            source: String::new(),
            diff: "--- a.py\n+++ a.py (mutant)\n@@ -1 +1 @@\n-a\n+b\n".into(),
        }
    }

    #[test]
    fn equivalent_hashes_with_comments_and_blank_lines() {
        let text = "# judged by hand\n\n0123456789abcdef  # `<` for `<=`: ties cannot happen\nFEDCBA9876543210\n";
        let hashes = parse_equivalent(text, "p/equivalent-mutants.txt").expect("parses");
        assert_eq!(
            hashes.into_iter().collect::<Vec<_>>(),
            ["0123456789abcdef", "fedcba9876543210"]
        );
    }

    #[test]
    fn a_line_that_is_not_a_hash_is_an_error_naming_the_file_and_line() {
        let error =
            parse_equivalent("0123456789abcdef\n0123 # too short\n", "p/equivalent-mutants.txt").expect_err("refused");
        assert_eq!(error.location(), "p/equivalent-mutants.txt:2");
        assert!(
            error.message.contains("`0123` is not a mutant's hash"),
            "{}",
            error.message
        );
    }

    #[test]
    fn survivors_are_errors_unless_recorded_as_equivalent() {
        let judged = [
            Judged {
                solution: "p/solutions/accepted/a.py".into(),
                mutant: mutant("aaaaaaaaaaaaaaaa", 3),
                killed: true,
            },
            Judged {
                solution: "p/solutions/accepted/a.py".into(),
                mutant: mutant("bbbbbbbbbbbbbbbb", 4),
                killed: false,
            },
            Judged {
                solution: "p/solutions/accepted/a.py".into(),
                mutant: mutant("cccccccccccccccc", 5),
                killed: false,
            },
        ];
        let recorded = BTreeSet::from(["cccccccccccccccc".to_owned()]);
        let options = MutantOptions {
            per_solution: 12,
            seed: 0,
            jobs: 1,
        };
        let (check, findings) = tally(&judged, &recorded, "p/equivalent-mutants.txt", &options);
        assert_eq!((check.total, check.killed, check.equivalent), (3, 1, 1));
        assert_eq!(check.survivors.len(), 1);
        assert_eq!(check.survivors[0].hash, "bbbbbbbbbbbbbbbb");
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].location(), "p/solutions/accepted/a.py:4");
        assert!(
            findings[0]
                .message
                .contains("record `bbbbbbbbbbbbbbbb` in p/equivalent-mutants.txt")
        );
    }
}
