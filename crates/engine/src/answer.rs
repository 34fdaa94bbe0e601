//! The problem's checker as the verdict rules see it: a built-in checker,
//! the problem's `checker.py` in a Python process started on first use, or
//! its output validator, a program run once per answer.

use std::ffi::OsString;

use judge_checkers::program::{ValidatorDecision, ValidatorExit, ValidatorReport, decide};
use judge_checkers::{Checker, Mismatch, Outcome, ProgramSpec, Protocol};
use judge_model::Value;
use judge_problem::{LoadError, Location, OutputValidator, Problem, ValidatorLanguage};
use judge_runner::{
    BuildError, BuiltValidator, CheckerHost, Compiled, HarnessFile, Interpreter, VALIDATOR_TIMEOUT, Validator,
    ValidatorCall, ValidatorEnd, ValidatorRun, build_validator, python_syntax_error,
};

#[derive(Debug)]
pub enum AnswerChecker<'a> {
    Builtin(Box<dyn Checker>),
    Custom {
        script: std::path::PathBuf,
        python: &'a Interpreter,
        harness: &'a HarnessFile,
        host: Option<Result<CheckerHost, String>>,
    },
    Program(Box<ProgramChecker<'a>>),
}

impl<'a> AnswerChecker<'a> {
    pub fn for_problem(problem: &Problem, python: &'a Interpreter, harness: &'a HarnessFile) -> AnswerChecker<'a> {
        match (&problem.config.checker, &problem.checker_script, &problem.validator) {
            (judge_checkers::CheckerSpec::Program(spec), _, Some(validator)) => {
                AnswerChecker::Program(Box::new(ProgramChecker {
                    slug: problem.slug.clone(),
                    spec: spec.clone(),
                    validator: validator.clone(),
                    python,
                    ready: None,
                }))
            }
            (spec, script, _) => match (spec.builtin(), script) {
                (Some(builtin), _) => AnswerChecker::Builtin(builtin),
                (None, Some(script)) => AnswerChecker::Custom {
                    script: script.clone(),
                    python,
                    harness,
                    host: None,
                },
                // The loader guarantees a script for a custom checker and
                // sources for a program; be safe anyway.
                (None, None) => AnswerChecker::Builtin(Box::new(judge_checkers::Exact)),
            },
        }
    }

    /// Whether the checker reads a stdio answer as the solution printed it
    /// (an output validator), rather than with its line endings and
    /// trailing newlines normalised.
    pub fn reads_raw_output(&self) -> bool {
        matches!(self, AnswerChecker::Program(_))
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
            AnswerChecker::Program(program) => {
                let (Value::Str(input), Value::Str(answer), Value::Str(output)) = (input(), expected, got) else {
                    return Err(format!(
                        "{}: an output validator checks text, and this test's answer is not text",
                        program.name()
                    ));
                };
                program.check(&input, answer, output)
            }
        }
    }
}

/// An output validator: compiled (or found in the cache) and given a
/// working directory on first use, then run once per answer.
#[derive(Debug)]
pub struct ProgramChecker<'a> {
    slug: String,
    spec: ProgramSpec,
    validator: OutputValidator,
    python: &'a Interpreter,
    /// The validator ready to run (and the compiled program it runs, kept
    /// alive), or why it cannot be.
    ready: Option<Result<(Validator, Option<BuiltValidator>), String>>,
}

impl ProgramChecker<'_> {
    /// How a failure names the validator: with its problem.
    fn name(&self) -> String {
        format!("the output validator {} of problem `{}`", self.spec.program, self.slug)
    }

    fn check(&mut self, input: &str, answer: &str, output: &str) -> Result<Outcome, String> {
        let name = self.name();
        let ready = self.ready.get_or_insert_with(|| {
            prepare(&self.validator, self.python, &self.spec).map_err(|e| format!("{name}: {e}"))
        });
        let (validator, _) = ready.as_mut().map_err(|e| e.clone())?;
        let run = validator
            .run(input, answer, output)
            .map_err(|e| format!("{name} could not be run: {e}"))?;
        let Some(report) = report_of(&run) else {
            return Err(format!("{name} was stopped"));
        };
        match decide(self.spec.protocol, &report) {
            ValidatorDecision::Accepted => Ok(Outcome::Accepted),
            ValidatorDecision::Rejected(message) => Ok(Outcome::Rejected(Mismatch::at(&[], message))),
            ValidatorDecision::Failed(why) => Err(format!("{name} {why}")),
        }
    }
}

/// A validator's run as the rules read it; `None` for an interactor the
/// judge stopped because the solution had been.
pub(crate) fn report_of(run: &ValidatorRun) -> Option<ValidatorReport> {
    let exit = match run.end {
        ValidatorEnd::Code(code) => ValidatorExit::Code(code),
        ValidatorEnd::Signal(signal) => ValidatorExit::Signal(signal),
        ValidatorEnd::TimedOut => ValidatorExit::TimedOut {
            seconds: VALIDATOR_TIMEOUT.as_secs(),
        },
        ValidatorEnd::Stopped => return None,
    };
    Some(ValidatorReport {
        exit,
        judge_message: run.judge_message.clone(),
        stdout: run.stdout.clone(),
        stderr: run.stderr.clone(),
    })
}

/// Refuses a validator that does not compile: a C or C++ one (compiled
/// into the cache now, for the runs to find), or a Python script with a
/// syntax error, named with its line. Failing to run the compiler is not
/// the problem's mistake: the runs report it (IE).
pub(crate) fn check_validator(validator: &OutputValidator, python: &Interpreter) -> Result<(), LoadError> {
    if validator.language == ValidatorLanguage::Python {
        let Some(script) = validator.sources.first() else {
            return Ok(());
        };
        if let Ok(Some(found)) = python_syntax_error(&python.path, script) {
            return Err(LoadError::invalid(
                Location {
                    path: script.clone(),
                    line: found.line.map(|l| l as usize),
                    column: found.line.and(found.column).map(|c| c as usize),
                },
                found.message,
            ));
        }
        return Ok(());
    }
    match compile(validator) {
        Err(BuildError::Compile { message }) => Err(LoadError::invalid(
            Location::file(&validator.path),
            format!("the output validator does not compile: {message}"),
        )),
        _ => Ok(()),
    }
}

/// The compiled program of a C or C++ validator (`None` for Python).
pub(crate) fn compile(validator: &OutputValidator) -> Result<Option<BuiltValidator>, BuildError> {
    let language = match validator.language {
        ValidatorLanguage::Python => return Ok(None),
        ValidatorLanguage::C => Compiled::C,
        ValidatorLanguage::Cpp => Compiled::Cpp,
    };
    build_validator(language, &validator.sources, &validator.headers).map(Some)
}

/// The command line of a validator or an interactor (absolute: it runs
/// in a directory of its own), and its compiled program, kept alive.
pub(crate) fn command_of(
    validator: &OutputValidator,
    python: &Interpreter,
) -> Result<(Vec<OsString>, Option<BuiltValidator>), String> {
    let built = compile(validator).map_err(|e| match e {
        BuildError::Compile { message } => format!("does not compile: {message}"),
        other => other.to_string(),
    })?;
    let absolute = |path: &std::path::Path| std::path::absolute(path).map_err(|e| e.to_string());
    let command: Vec<OsString> = match &built {
        Some(built) => vec![absolute(&built.program)?.into_os_string()],
        None => {
            let script = validator.sources.first().ok_or("no script to run")?;
            vec![python.path.clone().into_os_string(), absolute(script)?.into_os_string()]
        }
    };
    Ok((command, built))
}

fn prepare(
    validator: &OutputValidator,
    python: &Interpreter,
    spec: &ProgramSpec,
) -> Result<(Validator, Option<BuiltValidator>), String> {
    let (command, built) = command_of(validator, python)?;
    let call = match spec.protocol {
        Protocol::Kattis => ValidatorCall::Kattis,
        Protocol::Testlib => ValidatorCall::Testlib,
    };
    let validator = Validator::new(command, call, spec.args.clone()).map_err(|e| e.to_string())?;
    Ok((validator, built))
}
