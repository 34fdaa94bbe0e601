//! The problem's checker as the verdict rules see it: a built-in checker,
//! or the problem's `checker.py` in a Python process started on first use.

use judge_checkers::{Checker, Mismatch, Outcome};
use judge_model::Value;
use judge_problem::Problem;
use judge_runner::{CheckerHost, HarnessFile, Interpreter};

#[derive(Debug)]
pub enum AnswerChecker<'a> {
    Builtin(Box<dyn Checker>),
    Custom {
        script: std::path::PathBuf,
        python: &'a Interpreter,
        harness: &'a HarnessFile,
        host: Option<Result<CheckerHost, String>>,
    },
}

impl<'a> AnswerChecker<'a> {
    pub fn for_problem(problem: &Problem, python: &'a Interpreter, harness: &'a HarnessFile) -> AnswerChecker<'a> {
        match (problem.config.checker.builtin(), &problem.checker_script) {
            (Some(builtin), _) => AnswerChecker::Builtin(builtin),
            (None, Some(script)) => AnswerChecker::Custom {
                script: script.clone(),
                python,
                harness,
                host: None,
            },
            // The loader guarantees a script for a custom checker; be safe anyway.
            (None, None) => AnswerChecker::Builtin(Box::new(judge_checkers::Exact)),
        }
    }

    /// Accepts or rejects `got`. An error is the checker's own failure.
    /// `input` is only built for a custom checker (it can be large: every
    /// op of a long class case).
    pub fn check(&mut self, input: &dyn Fn() -> Value, expected: &Value, got: &Value) -> Result<Outcome, String> {
        match self {
            AnswerChecker::Builtin(checker) => Ok(checker.check(expected, got)),
            AnswerChecker::Custom {
                script,
                python,
                harness,
                host,
            } => {
                let host = host.get_or_insert_with(|| {
                    CheckerHost::start(python, harness.path(), script).map_err(|e| e.to_string())
                });
                let host = host.as_mut().map_err(|e| e.clone())?;
                let reply = host.check(&input(), expected, got).map_err(|e| e.to_string())?;
                Ok(if reply.ok {
                    Outcome::Accepted
                } else {
                    let message = if reply.message.is_empty() {
                        "the checker rejected the answer".to_owned()
                    } else {
                        reply.message
                    };
                    Outcome::Rejected(Mismatch::at(&[], message))
                })
            }
        }
    }
}
