//! The verdict rules: what a case's outcome means, given what the test
//! expected. Data in, data out (the checker is the only thing called).

use judge_checkers::Outcome;
use judge_model::{CaseInput, Expected, Value};
use judge_problem::{CaseExpected, Problem, TestCase};
use judge_report::{Expectation, Failure, MismatchInfo, Shown, Verdict};
use judge_runner::{CaseOutcome, CaseStatus, LoadFailure, OpResult, PyException};

use crate::answer::AnswerChecker;
use crate::failure::{exception_info, input_text, non_empty, normalized_output, ops_value};

/// A failed comparison: its verdict and the failure with its details
/// filled in (but not yet the input and output of the test).
type Failed = (Verdict, Failure);

fn failed(verdict: Verdict, summary: impl Into<String>) -> Failed {
    (
        verdict,
        Failure {
            summary: summary.into(),
            ..Failure::default()
        },
    )
}

/// The verdict of one case, and what a person needs to see when it failed.
pub fn judge_case(
    problem: &Problem,
    case: &TestCase,
    outcome: &CaseOutcome,
    checker: &mut AnswerChecker<'_>,
) -> (Verdict, Option<Failure>) {
    if problem.config.checker.is_interactive()
        && let Some(decided) = crate::interactive::judge_interaction(problem, case, outcome)
    {
        return decided;
    }
    let limits = &problem.config.limits;
    let mut failed_op: Option<(usize, &[OpResult])> = None;
    let result: Option<Failed> = match &outcome.status {
        CaseStatus::TimedOut { cpu: true } => Some(failed(
            Verdict::TimeLimitExceeded,
            format!("stopped at the CPU time limit of {} ms", limits.time_ms),
        )),
        CaseStatus::TimedOut { cpu: false } => Some(failed(
            Verdict::TimeLimitExceeded,
            format!(
                "stopped at the wall-clock limit of {} ms (sleeping, waiting, or a very busy machine)",
                limits.wall_ms()
            ),
        )),
        CaseStatus::MemoryExceeded => Some(failed(
            Verdict::MemoryLimitExceeded,
            format!("ran out of memory: the limit is {} MB", limits.memory_mb),
        )),
        CaseStatus::OutputExceeded => Some(failed(
            Verdict::OutputLimitExceeded,
            format!("printed more than the output limit of {} KB", limits.output_kb),
        )),
        CaseStatus::ResultTooLarge => Some(failed(
            Verdict::OutputLimitExceeded,
            format!(
                "returned a value (or raised an exception) too large to report: with what it printed, over {} KB (twice the output limit and 1024 KB)",
                limits.output_kb.saturating_mul(2).saturating_add(1024)
            ),
        )),
        CaseStatus::Crashed { description } => Some(failed(Verdict::RuntimeError, description.clone())),
        CaseStatus::BadCall { message } => Some(failed(
            Verdict::CompileError,
            format!("the solution does not fit the call: {message}"),
        )),
        _ if outcome.cpu_ms.is_some_and(|cpu| cpu > limits.time_ms as f64) => Some(failed(
            Verdict::TimeLimitExceeded,
            format!(
                "used {:.0} ms of CPU time; the limit is {} ms",
                outcome.cpu_ms.unwrap_or_default(),
                limits.time_ms
            ),
        )),
        CaseStatus::Returned(got) => match &case.expected {
            CaseExpected::Return(expected) => compare(expected, Ok(got), &|| call_input(case), checker),
            other => Some(mismatched_kinds(other, "a return value")),
        },
        CaseStatus::Raised(exception) => match &case.expected {
            CaseExpected::Return(expected) => compare(expected, Err(exception), &|| call_input(case), checker),
            // stdio: an uncaught exception ends the program
            _ => Some(raised(exception)),
        },
        CaseStatus::Tested { passed, failed } => match &case.expected {
            CaseExpected::Tests(expected) => crate::tests_kind::judge_tested(
                expected,
                passed,
                failed.as_deref(),
                problem.config.entry.as_deref().unwrap_or_default(),
            ),
            other => Some(mismatched_kinds(other, "test results")),
        },
        CaseStatus::Ops(results) => match (&case.expected, &case.input) {
            (CaseExpected::Ops(expected), CaseInput::Ops(ops)) => {
                let found = compare_ops(expected, results, ops, checker);
                if let Some((index, _)) = &found {
                    failed_op = Some((*index, results.as_slice()));
                }
                found.map(|(index, (verdict, mut failure))| {
                    failure.op_index = Some(index);
                    let call = ops[index].display(index == 0);
                    failure.summary = format!("op {index}, {call}: {}", failure.summary);
                    (verdict, failure)
                })
            }
            (other, _) => Some(mismatched_kinds(other, "op results")),
        },
        CaseStatus::Exited { output, code } => match &case.expected {
            CaseExpected::Output(_) if *code != 0 => Some(failed(
                Verdict::RuntimeError,
                format!("the program exited with code {code}"),
            )),
            CaseExpected::Output(answer) => {
                let input = || match &case.input {
                    CaseInput::Stdin(text) => Value::Str(text.clone()),
                    _ => Value::None,
                };
                let (expected, got) = (
                    Value::Str(normalized_output(answer)),
                    Value::Str(normalized_output(output)),
                );
                if !checker.reads_raw_output() {
                    check_value(&input, &expected, &got, checker)
                } else {
                    // an output validator reads the text as the program
                    // printed it; the report shows it normalised, as always
                    let raw = (Value::Str(answer.clone()), Value::Str(output.clone()));
                    let mut found = check_value(&input, &raw.0, &raw.1, checker);
                    if let Some((_, failure)) = &mut found
                        && failure.got.is_some()
                    {
                        failure.expected = Some(Expectation::Value(Shown::of(&expected)));
                        failure.got = Some(Shown::of(&got));
                    }
                    found
                }
            }
            other => Some(mismatched_kinds(other, "program output")),
        },
    };
    match result {
        None => (Verdict::Accepted, None),
        Some((verdict, mut failure)) => {
            failure.input = Some(input_text(problem, case, failed_op));
            failure.stdout = non_empty(&outcome.stdout);
            failure.stderr = non_empty(&outcome.stderr);
            (verdict, Some(failure))
        }
    }
}

fn call_input(case: &TestCase) -> Value {
    match &case.input {
        CaseInput::Call(call) => Value::List(call.args.clone()),
        _ => Value::None,
    }
}

fn raised(exception: &PyException) -> Failed {
    let (verdict, mut failure) = failed(Verdict::RuntimeError, exception.headline());
    failure.exception = Some(exception_info(exception));
    (verdict, failure)
}

/// A runner outcome of the wrong shape for the test: a judge bug.
fn mismatched_kinds(expected: &CaseExpected, got: &str) -> Failed {
    let want = match expected {
        CaseExpected::Return(_) => "a return value",
        CaseExpected::Ops(_) => "op results",
        CaseExpected::Output(_) => "program output",
        CaseExpected::Tests(_) => "test results",
    };
    failed(
        Verdict::InternalError,
        format!("the runner reported {got} for a test expecting {want}"),
    )
}

/// One call's result against its expectation.
fn compare(
    expected: &Expected,
    got: Result<&Value, &PyException>,
    input: &dyn Fn() -> Value,
    checker: &mut AnswerChecker<'_>,
) -> Option<Failed> {
    match (expected, got) {
        (Expected::Value(e), Ok(g)) => check_value(input, e, g, checker),
        (Expected::Value(_), Err(exception)) => Some(raised(exception)),
        (Expected::Raises(name), Err(exception)) if exception.is_instance_of(name) => None,
        (Expected::Raises(name), Err(exception)) => {
            let (_, mut failure) = raised(exception);
            failure.summary = format!("expected {name} to be raised; it raised {}", exception.headline());
            failure.expected = Some(Expectation::Raises { raises: name.clone() });
            Some((Verdict::WrongAnswer, failure))
        }
        (Expected::Raises(name), Ok(g)) => {
            let (verdict, mut failure) = failed(
                Verdict::WrongAnswer,
                format!("expected {name} to be raised; it returned {}", g.repr()),
            );
            failure.expected = Some(Expectation::Raises { raises: name.clone() });
            failure.got = Some(Shown::of(g));
            Some((verdict, failure))
        }
    }
}

fn check_value(
    input: &dyn Fn() -> Value,
    expected: &Value,
    got: &Value,
    checker: &mut AnswerChecker<'_>,
) -> Option<Failed> {
    match checker.check(input, expected, got) {
        Ok(Outcome::Accepted) => None,
        Ok(Outcome::Rejected(mismatch)) => Some((
            Verdict::WrongAnswer,
            Failure {
                summary: mismatch.to_string(),
                expected: Some(Expectation::Value(Shown::of(expected))),
                got: Some(Shown::of(got)),
                mismatch: Some(MismatchInfo {
                    path: mismatch.path_text(),
                    message: mismatch.message.clone(),
                }),
                ..Failure::default()
            },
        )),
        Err(message) => Some(failed(
            Verdict::InternalError,
            format!("the problem's checker failed: {message}"),
        )),
    }
}

/// The first op whose result is not the expected one.
fn compare_ops(
    expected: &[Expected],
    results: &[OpResult],
    ops: &[judge_model::Op],
    checker: &mut AnswerChecker<'_>,
) -> Option<(usize, Failed)> {
    for (index, want) in expected.iter().enumerate() {
        let got = match results.get(index) {
            Some(OpResult::Returned(v)) => Ok(v),
            Some(OpResult::Raised(e)) => Err(&**e),
            // A constructor that raised as expected ends the case there.
            // (The other short results, at an exception beyond those the
            // case expects, hold a failure and never get this far.)
            None if matches!(results.first(), Some(OpResult::Raised(_))) => return None,
            None => {
                return Some((
                    index,
                    failed(
                        Verdict::InternalError,
                        format!(
                            "the runner reported {} op results for {} ops",
                            results.len(),
                            expected.len()
                        ),
                    ),
                ));
            }
        };
        if let Some(found) = compare(want, got, &|| ops_value(ops, index), checker) {
            return Some((index, found));
        }
    }
    None
}

/// The verdict every test gets when the solution cannot be loaded.
pub fn judge_load_failure(problem: &Problem, failure: &LoadFailure) -> (Verdict, Failure) {
    let limits = &problem.config.limits;
    let (verdict, mut report) = match failure {
        LoadFailure::Syntax {
            exception,
            line,
            column,
        } => {
            let place = match (line, column) {
                (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
                (Some(l), None) => format!(" (line {l})"),
                _ => String::new(),
            };
            let (_, mut f) = raised(exception);
            f.summary = format!("{}{place}", exception.headline());
            (Verdict::CompileError, f)
        }
        LoadFailure::MissingEntry { message } => failed(Verdict::CompileError, message.clone()),
        LoadFailure::Raised {
            exception,
            stdout,
            stderr,
        } => {
            let (verdict, mut f) = raised(exception);
            f.summary = format!("{} (while loading the solution)", exception.headline());
            f.stdout = non_empty(stdout);
            f.stderr = non_empty(stderr);
            (verdict, f)
        }
        LoadFailure::OutputExceeded => failed(
            Verdict::OutputLimitExceeded,
            format!("printed more than {} KB while loading", limits.output_kb),
        ),
        LoadFailure::MemoryExceeded => failed(
            Verdict::MemoryLimitExceeded,
            format!("ran out of memory while loading: the limit is {} MB", limits.memory_mb),
        ),
        LoadFailure::TimedOut => failed(
            Verdict::TimeLimitExceeded,
            format!("the module-level code ran past the time limit of {} ms", limits.time_ms),
        ),
        LoadFailure::Crashed { description } => failed(Verdict::RuntimeError, format!("{description} (while loading)")),
    };
    report.input = None;
    (verdict, report)
}
