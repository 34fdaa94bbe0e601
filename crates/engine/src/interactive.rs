//! Interactive problems as the engine sees them: the interactor's command
//! (compiled, or found in the cache, like an output validator) with the
//! tests' answers for it, and the verdict of a case from both ends
//! (`judge_checkers::interactive` has the rules).

use std::ffi::OsString;
use std::sync::Arc;

use judge_checkers::program::ValidatorReport;
use judge_checkers::{InteractiveDecision, SolutionEnd, decide_interactive};
use judge_problem::{CaseExpected, Problem, TestCase};
use judge_report::{Failure, Verdict};
use judge_runner::{BuiltValidator, CaseOutcome, CaseStatus, Interaction, Interpreter};

use crate::answer::{command_of, report_of};
use crate::failure::{input_text, non_empty};

/// The interaction of a run, and the compiled interactor it runs (kept
/// alive for the run: it may live in a directory of the run's own).
pub(crate) type ReadyInteraction = (Arc<Interaction>, Option<BuiltValidator>);

/// How a failure names the interactor: with its problem.
pub(crate) fn interactor_name(problem: &Problem) -> String {
    let program = problem
        .config
        .checker
        .program()
        .map_or("", |spec| spec.program.as_str());
    format!("the interactor {program} of problem `{}`", problem.slug)
}

/// The interaction of a run whose cases are `order` (indices into the
/// problem's tests, in the job's order), and the compiled interactor,
/// kept alive for the run. An error is the judge's (IE for every test): a
/// compiler that cannot be run, say.
pub(crate) fn interaction(
    problem: &Problem,
    python: &Interpreter,
    order: Arc<[usize]>,
) -> Result<Option<ReadyInteraction>, String> {
    let (Some(spec), Some(validator)) = (problem.config.checker.program(), &problem.validator) else {
        return Ok(None);
    };
    if !problem.config.checker.is_interactive() {
        return Ok(None);
    }
    let (command, built): (Vec<OsString>, _) =
        command_of(validator, python).map_err(|e| format!("{}: {e}", interactor_name(problem)))?;
    let answers: Arc<[String]> = order
        .iter()
        .map(|&i| match problem.tests.get(i).map(|t| &t.expected) {
            Some(CaseExpected::Output(answer)) => answer.clone(),
            _ => String::new(),
        })
        .collect();
    let interaction = Interaction {
        command,
        args: spec.args.clone(),
        answer: Arc::new(move |index| answers.get(index).cloned().unwrap_or_default()),
    };
    Ok(Some((Arc::new(interaction), built)))
}

/// How the solution's side ended, for the rules.
fn solution_end(problem: &Problem, outcome: &CaseOutcome) -> SolutionEnd {
    let over_time = outcome
        .cpu_ms
        .is_some_and(|cpu| cpu > problem.config.limits.time_ms as f64);
    match &outcome.status {
        CaseStatus::TimedOut { .. } => SolutionEnd::TimedOut,
        _ if over_time => SolutionEnd::TimedOut,
        CaseStatus::Exited { code: 0, .. } => SolutionEnd::Normal,
        _ => SolutionEnd::Failed,
    }
}

/// The verdict of an interactive case, or `None` when the solution's own
/// failure decides it (the usual rules then give TLE, RE, MLE or OLE).
pub(crate) fn judge_interaction(
    problem: &Problem,
    case: &TestCase,
    outcome: &CaseOutcome,
) -> Option<(Verdict, Option<Failure>)> {
    let with_details = |verdict, summary: String| {
        let failure = Failure {
            summary,
            input: Some(input_text(problem, case, None)),
            stderr: non_empty(&outcome.stderr),
            ..Failure::default()
        };
        Some((verdict, Some(failure)))
    };
    let Some(run) = &outcome.interactor else {
        return with_details(
            Verdict::InternalError,
            format!(
                "the problem's interactor failed: {} was not run (the runner runs no interactors)",
                interactor_name(problem)
            ),
        );
    };
    let report: Option<ValidatorReport> = report_of(run);
    match decide_interactive(solution_end(problem, outcome), report.as_ref()) {
        InteractiveDecision::Accepted => Some((Verdict::Accepted, None)),
        InteractiveDecision::Rejected(message) => with_details(
            Verdict::WrongAnswer,
            format!("the interactor rejected the solution: {message}"),
        ),
        InteractiveDecision::SolutionFailed => None,
        InteractiveDecision::InteractorFailed(why) => with_details(
            Verdict::InternalError,
            format!("the problem's interactor failed: {} {why}", interactor_name(problem)),
        ),
    }
}
