//! The verdict rules of an interactive problem (`[checker] type =
//! "interactive"`): how the solution ended and how its interactor ended,
//! in, one decision out. The rules are those of Kattis and DOMjudge: the
//! interactor's rejection comes first (a solution that then dies of a
//! broken pipe was still wrong), and its own failure (IE: the problem's
//! fault, whatever the solution did), then the solution's own failure
//! (TLE, RE, ...), then the interactor's acceptance. An interactor the
//! judge stopped because the solution was stopped has no say. Pure:
//! running both ends is the runner's job.

use crate::program::{Protocol, ValidatorDecision, ValidatorReport, decide};

/// How the solution's side of the interaction ended, as far as the rules
/// care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolutionEnd {
    /// It ended on its own (returned, `sys.exit(0)`).
    Normal,
    /// It exceeded its CPU or wall-clock limit (a deadlock ends so).
    TimedOut,
    /// Any other failure of the solution's: a crash, an exception, a
    /// non-zero exit, memory or output past the limit. Its own verdict
    /// (RE, MLE, OLE) stands.
    Failed,
}

/// What an interactive case comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InteractiveDecision {
    Accepted,
    /// The interactor rejected the solution: WA, with its message.
    Rejected(String),
    /// The solution's own end decides (TLE, RE, MLE, OLE).
    SolutionFailed,
    /// The interactor failed (crashed, timed out, exited with a code the
    /// Kattis protocol does not have, or accepted a solution that was not
    /// seen to end): the problem's fault, IE, with why.
    InteractorFailed(String),
}

/// The decision for one case. `interactor` is `None` when the interactor
/// was stopped by the judge because the solution had been (a solution past
/// its limit, the interactor still waiting on it).
pub fn decide_interactive(solution: SolutionEnd, interactor: Option<&ValidatorReport>) -> InteractiveDecision {
    let decision = interactor.map(|report| decide(Protocol::Kattis, report));
    match (decision, solution) {
        (Some(ValidatorDecision::Rejected(message)), _) => InteractiveDecision::Rejected(message),
        // a broken interactor (one that crashes at the end of the
        // solution's output, say) is the problem's, whatever the solution
        // did: an interactor must cope with any solution
        (Some(ValidatorDecision::Failed(why)), _) => InteractiveDecision::InteractorFailed(why),
        (_, SolutionEnd::TimedOut | SolutionEnd::Failed) => InteractiveDecision::SolutionFailed,
        (Some(ValidatorDecision::Accepted), SolutionEnd::Normal) => InteractiveDecision::Accepted,
        // the solution ended normally, so the judge never stops the interactor
        (None, SolutionEnd::Normal) => {
            InteractiveDecision::InteractorFailed("was stopped before it decided".to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::ValidatorExit;

    fn ended(exit: ValidatorExit, message: &str) -> ValidatorReport {
        ValidatorReport {
            exit,
            judge_message: message.into(),
            stdout: String::new(),
            stderr: String::new(),
        }
    }

    const ALL: [SolutionEnd; 3] = [SolutionEnd::Normal, SolutionEnd::TimedOut, SolutionEnd::Failed];

    #[test]
    fn a_rejection_is_wrong_answer_however_the_solution_ended() {
        for solution in ALL {
            assert_eq!(
                decide_interactive(
                    solution,
                    Some(&ended(ValidatorExit::Code(43), "guess 7 is out of range\n"))
                ),
                InteractiveDecision::Rejected("guess 7 is out of range".into()),
                "{solution:?}"
            );
        }
    }

    #[test]
    fn acceptance_needs_a_solution_that_ended_normally() {
        let accepted = ended(ValidatorExit::Code(42), "");
        assert_eq!(
            decide_interactive(SolutionEnd::Normal, Some(&accepted)),
            InteractiveDecision::Accepted
        );
        for solution in [SolutionEnd::TimedOut, SolutionEnd::Failed] {
            assert_eq!(
                decide_interactive(solution, Some(&accepted)),
                InteractiveDecision::SolutionFailed
            );
        }
    }

    #[test]
    fn a_solution_stopped_with_its_interactor_waiting_is_its_own_failure() {
        for solution in [SolutionEnd::TimedOut, SolutionEnd::Failed] {
            assert_eq!(decide_interactive(solution, None), InteractiveDecision::SolutionFailed);
        }
    }

    #[test]
    fn the_interactor_failing_is_internal_however_the_solution_ended() {
        for exit in [
            ValidatorExit::Code(0),
            ValidatorExit::Code(1),
            ValidatorExit::Signal(11),
            ValidatorExit::TimedOut { seconds: 30 },
        ] {
            let report = ended(exit, "");
            for solution in ALL {
                let InteractiveDecision::InteractorFailed(why) = decide_interactive(solution, Some(&report)) else {
                    panic!("{exit:?} {solution:?}")
                };
                assert!(!why.is_empty());
            }
        }
        let InteractiveDecision::InteractorFailed(why) =
            decide_interactive(SolutionEnd::Failed, Some(&ended(ValidatorExit::Code(1), "")))
        else {
            panic!()
        };
        assert!(why.contains("exited with code 1"), "{why}");
        let InteractiveDecision::InteractorFailed(why) = decide_interactive(SolutionEnd::Normal, None) else {
            panic!()
        };
        assert_eq!(why, "was stopped before it decided");
    }
}
