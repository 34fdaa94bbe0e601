//! `judge check --complexity`: for each problem with a `[complexity]`
//! table, the accepted solutions' measured growth against the class the
//! problem expects, and each time_limit_exceeded solution's growth against
//! theirs. `assess_growth` is the rule (pure); `check_growth` measures.

use std::path::Path;

use judge_complexity::Class;
use judge_engine::{Engine, GrowthError, GrowthOptions, Submission};
use judge_problem::{Problem, SolutionFolder};
use judge_report::{Finding, GrowthCheck, SolutionGrowth};

/// What measuring one solution gave: its estimate, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum Measured {
    Estimate {
        class: Class,
        confidence: f64,
    },
    /// Too few sizes ran before the time limit: slower than any size the
    /// accepted solutions finish, in effect.
    OutOfTimeEarly,
    /// It failed (or the fit failed) for another reason, said here.
    NotMeasured(String),
}

/// The findings: an accepted solution more than one class off the
/// expected class is an error; a time_limit_exceeded solution whose growth
/// is not measurably faster than every accepted one's is an error (its
/// folder says "too slow", and a faster machine would let it pass if it
/// is only slower by a constant).
pub fn assess_growth(expected: Class, accepted: &[(String, Measured)], slow: &[(String, Measured)]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut fastest_growing_accepted: Option<Class> = None;
    for (path, measured) in accepted {
        match measured {
            Measured::Estimate { class, .. } => {
                if !class.within_one_of(expected) {
                    findings.push(Finding::error(
                        path,
                        format!("measured as {class}, but problem.toml's [complexity] expects {expected} of an accepted solution"),
                    ));
                }
                fastest_growing_accepted = fastest_growing_accepted.max(Some(*class));
            }
            Measured::OutOfTimeEarly => findings.push(Finding::error(
                path,
                "ran past the time limit at the smallest sizes of [complexity]: an accepted solution must be measurable".to_owned(),
            )),
            Measured::NotMeasured(why) => findings.push(Finding::error(path, format!("growth not measured: {why}"))),
        }
    }
    let Some(accepted_class) = fastest_growing_accepted else {
        return findings;
    };
    for (path, measured) in slow {
        match measured {
            Measured::Estimate { class, .. } if *class <= accepted_class => findings.push(Finding::error(
                path,
                format!(
                    "measured as {class}, growing no faster than the accepted solutions ({accepted_class}): \
                     a time_limit_exceeded solution must be asymptotically slower, or a faster machine lets it pass"
                ),
            )),
            Measured::Estimate { .. } | Measured::OutOfTimeEarly => {}
            Measured::NotMeasured(why) => findings.push(Finding::note(path, format!("growth not measured: {why}"))),
        }
    }
    findings
}

/// Measures the accepted and time_limit_exceeded solutions of `problem`
/// (which has a `[complexity]` table) and assesses them.
pub fn check_growth(engine: &Engine, problem: &Problem, solutions: &[(SolutionFolder, &Path)]) -> GrowthCheck {
    let expected = problem
        .config
        .complexity
        .as_ref()
        .map_or(Class::Linear, |spec| spec.expected);
    let mut accepted = Vec::new();
    let mut slow = Vec::new();
    let mut measured_solutions = Vec::new();
    for &(folder, path) in solutions {
        let list = match folder {
            SolutionFolder::Accepted => &mut accepted,
            SolutionFolder::TimeLimitExceeded => &mut slow,
            _ => continue,
        };
        let shown = path.display().to_string();
        let measured = match Submission::read(path) {
            Err(e) => Measured::NotMeasured(format!("cannot read it: {e}")),
            Ok(submission) => match engine.measure_growth(problem, &submission, GrowthOptions::default()) {
                Ok(growth) => match growth.estimate {
                    Ok(estimate) => Measured::Estimate {
                        class: estimate.best.class,
                        confidence: estimate.confidence,
                    },
                    Err(_) if growth.stopped.is_some() => Measured::OutOfTimeEarly,
                    Err(e) => Measured::NotMeasured(e.to_string()),
                },
                Err(GrowthError::SolutionFailed { n, what }) => {
                    Measured::NotMeasured(format!("at n = {n} the solution {what}"))
                }
                Err(e) => Measured::NotMeasured(e.to_string()),
            },
        };
        measured_solutions.push(SolutionGrowth {
            path: shown.clone(),
            expected: folder.dir_name().to_owned(),
            estimate: match &measured {
                Measured::Estimate { class, .. } => Some(*class),
                _ => None,
            },
            confidence: match &measured {
                Measured::Estimate { confidence, .. } => Some(*confidence),
                _ => None,
            },
        });
        list.push((shown, measured));
    }
    GrowthCheck {
        expected,
        solutions: measured_solutions,
        findings: assess_growth(expected, &accepted, &slow),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn est(class: Class) -> Measured {
        Measured::Estimate { class, confidence: 1.0 }
    }

    fn named(items: &[(&str, Measured)]) -> Vec<(String, Measured)> {
        items.iter().map(|(p, m)| ((*p).to_owned(), m.clone())).collect()
    }

    #[test]
    fn accepted_within_one_class_and_slower_slow_ones_pass() {
        let accepted = named(&[("a.py", est(Class::Linear)), ("b.py", est(Class::Linearithmic))]);
        let slow = named(&[("q.py", est(Class::Quadratic)), ("t.py", Measured::OutOfTimeEarly)]);
        assert_eq!(assess_growth(Class::Linear, &accepted, &slow), []);
    }

    #[test]
    fn an_accepted_solution_two_classes_off_is_an_error() {
        let accepted = named(&[("a.py", est(Class::Quadratic))]);
        let findings = assess_growth(Class::Linear, &accepted, &[]);
        assert_eq!(findings.len(), 1);
        assert!(findings[0].message.contains("measured as O(n^2)") && findings[0].message.contains("expects O(n)"));
    }

    #[test]
    fn a_slow_solution_that_grows_no_faster_is_an_error() {
        let accepted = named(&[("a.py", est(Class::Linearithmic))]);
        let slow = named(&[("s.py", est(Class::Linear)), ("t.py", est(Class::Linearithmic))]);
        let findings = assess_growth(Class::Linearithmic, &accepted, &slow);
        let files: Vec<&str> = findings.iter().map(|f| f.file.as_str()).collect();
        assert_eq!(files, ["s.py", "t.py"]);
        assert!(findings.iter().all(|f| f.message.contains("asymptotically slower")));
    }

    #[test]
    fn unmeasured_solutions_are_said_so() {
        let accepted = named(&[
            ("a.py", est(Class::Linear)),
            (
                "b.py",
                Measured::NotMeasured("at n = 8 the solution raised ValueError".into()),
            ),
        ]);
        let slow = named(&[("s.py", Measured::NotMeasured("crashed".into()))]);
        let findings = assess_growth(Class::Linear, &accepted, &slow);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].severity, judge_report::Severity::Error);
        assert_eq!(findings[1].severity, judge_report::Severity::Note);
    }
}
