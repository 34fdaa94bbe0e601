//! The verdict rules of the `tests` kind: the person's tests on one
//! implementation. Pure: what the tests did and what the implementation
//! is (the reference, or a bug) in, a verdict and its failure out.

use judge_problem::TestsExpected;
use judge_report::{Failure, Verdict};
use judge_runner::TestFailure;

use crate::failure::exception_info;

/// `None` when the tests did what they must on this implementation: all
/// pass on the reference, some test fails on a buggy one. `entry` is the
/// function under test, as problem.toml names it.
pub(crate) fn judge_tested(
    expected: &TestsExpected,
    passed: &[String],
    failed: Option<&TestFailure>,
    entry: &str,
) -> Option<(Verdict, Failure)> {
    if passed.is_empty() && failed.is_none() {
        return Some(wrong(format!(
            "the solution defines no tests: write functions named test_... that call {entry}() and assert what it returns"
        )));
    }
    match (expected, failed) {
        (TestsExpected::Pass, None) | (TestsExpected::Catch { .. }, Some(_)) => None,
        (TestsExpected::Pass, Some(failure)) => {
            let mut exception = exception_info(&failure.exception);
            if let Some(explanation) = &failure.explanation {
                exception.message = if exception.message.is_empty() {
                    explanation.clone()
                } else {
                    format!("{}\n{explanation}", exception.message)
                };
            }
            let mut report = wrong(format!(
                "{} failed on the reference implementation, a correct {entry}: {}",
                failure.test,
                failure.exception.headline().lines().next().unwrap_or_default()
            ));
            report.1.exception = Some(exception);
            Some(report)
        }
        (TestsExpected::Catch { bug }, None) => Some(wrong(format!(
            "{} on a buggy {entry}, which no test caught: {bug}",
            tests_passed(passed)
        ))),
    }
}

/// What a failure report shows as the test's input: which implementation
/// the tests ran on (never its code).
pub(crate) fn implementation_shown(expected: &TestsExpected, entry: &str) -> String {
    match expected {
        TestsExpected::Pass => format!("{entry} = the reference implementation (correct)"),
        TestsExpected::Catch { bug } => format!("{entry} = a buggy implementation: {bug}"),
    }
}

fn tests_passed(names: &[String]) -> String {
    match names {
        [one] => format!("the one test ({one}) passed"),
        _ => format!("all {} tests passed", names.len()),
    }
}

fn wrong(summary: String) -> (Verdict, Failure) {
    (
        Verdict::WrongAnswer,
        Failure {
            summary,
            ..Failure::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_runner::PyException;

    fn failure(explanation: Option<&str>) -> TestFailure {
        TestFailure {
            test: "test_spaces".into(),
            exception: PyException {
                type_name: "AssertionError".into(),
                mro: vec!["AssertionError".into(), "Exception".into()],
                message: String::new(),
                traceback: Vec::new(),
            },
            explanation: explanation.map(str::to_owned),
        }
    }

    fn names(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn bug() -> TestsExpected {
        TestsExpected::Catch {
            bug: "keeps double dashes".into(),
        }
    }

    #[test]
    fn all_pass_on_the_reference_and_one_fails_on_a_bug() {
        assert_eq!(judge_tested(&TestsExpected::Pass, &names(&["test_a"]), None, "f"), None);
        let failed = failure(None);
        assert_eq!(judge_tested(&bug(), &[], Some(&failed), "f"), None);
    }

    #[test]
    fn a_test_that_fails_on_the_reference_is_wrong_and_shows_the_values() {
        let failed = failure(Some("assert f(' a') == 'b'\n  where f(' a') = 'a'"));
        let (verdict, report) = judge_tested(&TestsExpected::Pass, &names(&["test_a"]), Some(&failed), "f").unwrap();
        assert_eq!(verdict, Verdict::WrongAnswer);
        assert_eq!(
            report.summary,
            "test_spaces failed on the reference implementation, a correct f: AssertionError"
        );
        let exception = report.exception.unwrap();
        assert_eq!(exception.type_name, "AssertionError");
        assert_eq!(exception.message, "assert f(' a') == 'b'\n  where f(' a') = 'a'");
    }

    #[test]
    fn a_bug_that_survives_is_named_by_its_description() {
        let (verdict, report) = judge_tested(&bug(), &names(&["test_a", "test_b"]), None, "slugify").unwrap();
        assert_eq!(verdict, Verdict::WrongAnswer);
        assert_eq!(
            report.summary,
            "all 2 tests passed on a buggy slugify, which no test caught: keeps double dashes"
        );
        assert_eq!(
            implementation_shown(&bug(), "slugify"),
            "slugify = a buggy implementation: keeps double dashes"
        );
    }

    #[test]
    fn no_tests_is_a_wrong_answer_on_every_implementation() {
        for expected in [TestsExpected::Pass, bug()] {
            let (verdict, report) = judge_tested(&expected, &[], None, "slugify").unwrap();
            assert_eq!(verdict, Verdict::WrongAnswer);
            assert!(
                report.summary.starts_with("the solution defines no tests"),
                "{}",
                report.summary
            );
        }
    }
}
