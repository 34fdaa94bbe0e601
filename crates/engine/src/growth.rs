//! Measured complexity: a solution run on inputs of growing size (made by
//! the problem's generator), each size several times, the median CPU time
//! of each fitted against the complexity classes (`judge_complexity`).
//!
//! Which sizes to run, and when to stop, is decided here from the times so
//! far (`next_size_fits`, pure); making inputs and running them is the
//! runner's.

use judge_complexity::{Estimate, FitError, Point};
use judge_model::{Call, CaseInput, Op, Value};
use judge_problem::{ComplexitySpec, Kind, Problem};
use judge_runner::{CaseStatus, RunEvent, SizedError, Submission};

use crate::Engine;

/// How growth is measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GrowthOptions {
    /// The generator's seed: the same seed, the same inputs.
    pub seed: u64,
    /// Runs of each size; the median is kept.
    pub repeats: usize,
    /// CPU time to spend in all, in ms: past the sizes every measurement
    /// needs, a size is run only if it is expected to fit.
    pub budget_ms: f64,
}

impl Default for GrowthOptions {
    fn default() -> GrowthOptions {
        GrowthOptions {
            seed: 1,
            repeats: 5,
            budget_ms: 4000.0,
        }
    }
}

/// The sizes measured before the budget is looked at: enough for a fit.
pub const SIZES_ALWAYS_RUN: usize = 6;

/// What was measured, and the estimate when there were enough sizes.
#[derive(Debug, Clone, PartialEq)]
pub struct Growth {
    /// Each size measured, with its median CPU time.
    pub points: Vec<Point>,
    pub estimate: Result<Estimate, FitError>,
    /// Why the measuring stopped before the largest size, if it did.
    pub stopped: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum GrowthError {
    #[error("problem `{0}` has no [complexity] table in its problem.toml: its solutions' growth is not measured")]
    NotMeasured(String),
    #[error(transparent)]
    Generator(#[from] SizedError),
    /// The solution did not run to the end at some size: it is judged
    /// first (`judge run`), measured once it is right.
    #[error("at n = {n} the solution {what}; growth is measured on a solution that runs")]
    SolutionFailed { n: u64, what: String },
    #[error("the runner failed: {0}")]
    Runner(String),
}

/// A generated value as the input of a case of `kind`.
pub fn case_input(kind: Kind, made: Value) -> Result<CaseInput, String> {
    let Value::Tuple(mut parts) = made else {
        return Err("the generator's host wrote something that is not an input".into());
    };
    let tag = match parts.first() {
        Some(Value::Str(tag)) => tag.clone(),
        _ => return Err("an input without its kind".into()),
    };
    match (kind, tag.as_str(), parts.len()) {
        (Kind::Function, "call", 3) => {
            let kwargs = match parts.pop() {
                Some(Value::Dict(pairs)) => pairs
                    .into_iter()
                    .map(|(k, v)| match k {
                        Value::Str(name) => Ok((name, v)),
                        _ => Err("a keyword argument's name must be a str".to_owned()),
                    })
                    .collect::<Result<_, _>>()?,
                _ => return Err("keyword arguments that are not a dict".into()),
            };
            match parts.pop() {
                Some(Value::List(args)) => Ok(CaseInput::Call(Call { args, kwargs })),
                _ => Err("arguments that are not a list".into()),
            }
        }
        (Kind::Class, "ops", 2) => {
            let Some(Value::List(ops)) = parts.pop() else {
                return Err("ops that are not a list".into());
            };
            ops.into_iter()
                .map(|op| match op {
                    Value::List(mut items) if matches!(items.first(), Some(Value::Str(_))) => {
                        let Value::Str(method) = items.remove(0) else {
                            unreachable!("matched a str first");
                        };
                        Ok(Op {
                            method: method.into(),
                            args: items,
                        })
                    }
                    _ => Err("an op that is not a method name and its arguments".to_owned()),
                })
                .collect::<Result<_, _>>()
                .map(CaseInput::Ops)
        }
        (Kind::Stdio, "stdin", 2) => match parts.pop() {
            Some(Value::Str(text)) => Ok(CaseInput::Stdin(text)),
            _ => Err("standard input that is not a str".into()),
        },
        _ => Err(format!("a `{tag}` input for a `{}` problem", kind.as_str())),
    }
}

/// Whether the next size may run: every size up to `SIZES_ALWAYS_RUN`,
/// then while `spent` plus what the next size should cost (the last
/// size's cost grown as from the size before it, at least doubled) stays
/// within the budget.
pub fn next_size_fits(measured: &[Point], repeats: usize, spent_ms: f64, budget_ms: f64) -> bool {
    if measured.len() < SIZES_ALWAYS_RUN {
        return true;
    }
    let [.., before, last] = measured else {
        return true;
    };
    let growth = (last.ms / before.ms.max(1e-6)).max(2.0);
    spent_ms + last.ms * growth * repeats as f64 <= budget_ms
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    let mid = times.len() / 2;
    if times.len() % 2 == 1 {
        times[mid]
    } else {
        (times[mid - 1] + times[mid]) / 2.0
    }
}

impl Engine {
    /// Measures how `solution`'s CPU time grows on `problem`'s generated
    /// inputs ([`judge_problem::ComplexitySpec`]).
    pub fn measure_growth(
        &self,
        problem: &Problem,
        solution: &Submission,
        options: GrowthOptions,
    ) -> Result<Growth, GrowthError> {
        let spec: &ComplexitySpec = problem
            .config
            .complexity
            .as_ref()
            .ok_or_else(|| GrowthError::NotMeasured(problem.slug.clone()))?;
        let made = judge_runner::sized_inputs(
            &self.python,
            &self.harness,
            &problem.dir.join(&spec.generator),
            problem.config.kind.as_str(),
            options.seed,
            &spec.sizes,
        )?;
        let repeats = options.repeats.max(1);
        let mut points = Vec::new();
        let mut spent_ms = 0.0;
        let mut stopped = None;
        for (&n, value) in spec.sizes.iter().zip(made) {
            if !next_size_fits(&points, repeats, spent_ms, options.budget_ms) {
                stopped = Some(format!(
                    "n = {n} would not fit in the {:.0} s budget",
                    options.budget_ms / 1000.0
                ));
                break;
            }
            let input = case_input(problem.config.kind, value).map_err(|e| {
                GrowthError::Generator(SizedError::Generator(format!(
                    "the generator {}: at n = {n}: {e}",
                    spec.generator
                )))
            })?;
            let Some(times) = self.time_cases(problem, solution, n, input, repeats)? else {
                stopped = Some(format!(
                    "at n = {n} the solution ran past the {} ms time limit",
                    problem.config.limits.time_ms
                ));
                break;
            };
            spent_ms += times.iter().sum::<f64>();
            points.push(Point { n, ms: median(times) });
        }
        let estimate = judge_complexity::fit(&points);
        Ok(Growth {
            points,
            estimate,
            stopped,
        })
    }

    /// The CPU time of each of `repeats` runs of one input, in one
    /// process; `None` when a run went past the time limit (a slow
    /// solution's series ends there).
    fn time_cases(
        &self,
        problem: &Problem,
        solution: &Submission,
        n: u64,
        input: CaseInput,
        repeats: usize,
    ) -> Result<Option<Vec<f64>>, GrowthError> {
        let mut job = crate::job_for_inputs(problem, solution, vec![input; repeats]);
        job.stop_at_timeout = true;
        let mut times = Vec::with_capacity(repeats);
        let mut failure = None;
        let mut out_of_time = false;
        let run = self.runner.run(&job, &mut |event| match event {
            RunEvent::Case { outcome, .. } => match (&outcome.status, outcome.cpu_ms) {
                (CaseStatus::Returned(_) | CaseStatus::Ops(_), Some(ms)) => times.push(ms),
                (CaseStatus::Exited { code: 0, .. }, Some(ms)) => times.push(ms),
                (CaseStatus::TimedOut { .. }, _) => out_of_time = true,
                (status, _) => {
                    failure.get_or_insert_with(|| describe(status));
                }
            },
            RunEvent::LoadFailed(f) => {
                failure.get_or_insert_with(|| format!("could not be loaded ({f:?})"));
            }
        });
        run.map_err(|e| GrowthError::Runner(e.to_string()))?;
        if out_of_time {
            return Ok(None);
        }
        if let Some(what) = failure {
            return Err(GrowthError::SolutionFailed { n, what });
        }
        if times.len() != repeats {
            return Err(GrowthError::Runner(format!(
                "{} of {repeats} runs at n = {n} came back",
                times.len()
            )));
        }
        // a time of zero (a clock's tick) is no time a fit can use
        Ok(Some(times.into_iter().map(|t| t.max(1e-3)).collect()))
    }
}

fn describe(status: &CaseStatus) -> String {
    match status {
        CaseStatus::TimedOut { .. } => "ran out of time".into(),
        CaseStatus::MemoryExceeded => "ran out of memory".into(),
        CaseStatus::OutputExceeded => "printed too much".into(),
        CaseStatus::ResultTooLarge => "returned a value too large to report".into(),
        CaseStatus::Raised(e) => format!("raised {}: {}", e.type_name, e.message),
        CaseStatus::Exited { code, .. } => format!("exited with code {code}"),
        CaseStatus::Crashed { description } => format!("crashed ({description})"),
        other => format!("did not finish ({other:?})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(n: u64, ms: f64) -> Point {
        Point { n, ms }
    }

    #[test]
    fn sizes_run_until_the_budget_would_be_passed() {
        let six: Vec<Point> = (0..6).map(|i| p(100 << i, 1.0 * f64::from(1 << i))).collect();
        assert!(next_size_fits(&six[..5], 5, 1e9, 10.0), "the first six always run");
        // last 32 ms, growing 2x: the next costs 64 ms x 5 runs
        assert!(next_size_fits(&six, 5, 100.0, 420.0));
        assert!(!next_size_fits(&six, 5, 100.0, 419.0));
        // growing 4x a size: the next is expected to cost four times the last
        let quadratic: Vec<Point> = (0..6).map(|i| p(100 << i, f64::from(1 << (2 * i)))).collect();
        assert!(!next_size_fits(&quadratic, 5, 0.0, 4.0 * 1024.0 * 5.0 - 1.0));
    }

    #[test]
    fn generated_values_become_inputs_of_the_problems_kind() {
        let call = Value::Tuple(vec![
            Value::str("call"),
            Value::List(vec![Value::int(3)]),
            Value::Dict(vec![(Value::str("k"), Value::Bool(true))]),
        ]);
        let CaseInput::Call(c) = case_input(Kind::Function, call.clone()).unwrap() else {
            panic!("a call");
        };
        assert_eq!((c.args.len(), c.kwargs[0].0.as_str()), (1, "k"));
        let ops = Value::Tuple(vec![
            Value::str("ops"),
            Value::List(vec![
                Value::List(vec![Value::str("Stack")]),
                Value::List(vec![Value::str("push"), Value::int(1)]),
            ]),
        ]);
        let CaseInput::Ops(ops) = case_input(Kind::Class, ops).unwrap() else {
            panic!("ops");
        };
        assert_eq!((&*ops[1].method, ops[1].args.len()), ("push", 1));
        let stdin = Value::Tuple(vec![Value::str("stdin"), Value::str("3\n")]);
        assert_eq!(case_input(Kind::Stdio, stdin).unwrap(), CaseInput::Stdin("3\n".into()));
        assert!(
            case_input(Kind::Class, call)
                .unwrap_err()
                .contains("`call` input for a `class` problem")
        );
        assert!(case_input(Kind::Function, Value::int(1)).is_err());
    }

    #[test]
    fn the_median_of_odd_and_even_counts() {
        assert_eq!(median(vec![5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
    }
}
