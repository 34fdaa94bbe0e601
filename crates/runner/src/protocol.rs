//! The wire protocol with `sandbox/harness.py` (docs/protocol.md): frames
//! of a 4-byte little-endian length and a `marshal` payload, requests on
//! the child's fd 3, events on its fd 4. Pure encoding and decoding.

use judge_model::marshal::{self, write_i64, write_list_start, write_str, write_tuple_start, write_value};
use judge_model::{CaseInput, Value};

use crate::outcome::{CaseStatus, Frame, LoadFailure, OpResult, PyException, TestFailure};
use crate::{Job, JobKind};

/// Cases per request frame: the harness reads a batch with one call.
const BATCH: usize = 256;

/// Wraps a marshal payload into a frame.
pub(crate) fn frame(payload: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(payload);
}

/// The first request: what to load and how to run it. `batch_results`
/// lets the harness send many results in one write.
pub(crate) fn setup_frame(job: &Job, solution: &str, driver: Option<&str>, batch_results: bool) -> Vec<u8> {
    let (kind, entry) = match &job.kind {
        JobKind::Function { entry } => ("function", Value::str(entry.clone())),
        JobKind::Class { entry } => ("class", Value::str(entry.clone())),
        JobKind::Stdio => ("stdio", Value::None),
        JobKind::Tests { entry } => ("tests", Value::str(entry.clone())),
    };
    let setup = Value::Dict(vec![
        (Value::str("kind"), Value::str(kind)),
        (Value::str("solution"), Value::str(solution)),
        (Value::str("entry"), entry),
        (Value::str("time_ms"), Value::int(job.limits.cpu_ms as i64)),
        (Value::str("output_bytes"), Value::int(job.limits.output_bytes as i64)),
        (Value::str("frame_bytes"), Value::int(job.limits.frame_bytes() as i64)),
        (Value::str("batch_results"), Value::Bool(batch_results)),
        (Value::str("interactive"), Value::Bool(job.interaction.is_some())),
        (Value::str("driver"), driver.map_or(Value::None, Value::str)),
        (
            Value::str("forbid"),
            Value::List(job.forbid.iter().map(|n| Value::str(n.clone())).collect()),
        ),
    ]);
    let mut out = Vec::new();
    frame(&marshal::to_bytes(&setup), &mut out);
    out
}

/// Request frames for the job's cases in `range`, in batches.
pub(crate) fn case_frames(job: &Job, range: std::ops::Range<usize>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut payload = Vec::new();
    let first_id = range.start;
    let cases = job.cases.get(range).unwrap_or_default();
    for (b, batch) in cases.chunks(BATCH).enumerate() {
        payload.clear();
        write_list_start(batch.len(), &mut payload);
        for (i, case) in batch.iter().enumerate() {
            let id = first_id + b * BATCH + i;
            write_case(id as i64, case, job.exceptions_expected.get(id).copied(), &mut payload);
        }
        frame(&payload, &mut out);
    }
    out
}

/// `(id, args, kwargs)`, `(id, [(method, args), ...], exceptions expected
/// or None)` or `(id, stdin)`.
fn write_case(id: i64, case: &CaseInput, exceptions_expected: Option<usize>, out: &mut Vec<u8>) {
    match case {
        CaseInput::Call(call) => {
            write_tuple_start(3, out);
            write_i64(id, out);
            write_tuple_start(call.args.len(), out);
            for arg in &call.args {
                write_value(arg, out);
            }
            if call.kwargs.is_empty() {
                out.push(b'N');
            } else {
                out.push(b'{');
                for (k, v) in &call.kwargs {
                    write_str(k, out);
                    write_value(v, out);
                }
                out.push(b'0');
            }
        }
        CaseInput::Ops(ops) => {
            write_tuple_start(3, out);
            write_i64(id, out);
            write_list_start(ops.len(), out);
            for op in ops {
                write_tuple_start(2, out);
                write_str(&op.method, out);
                write_tuple_start(op.args.len(), out);
                for arg in &op.args {
                    write_value(arg, out);
                }
            }
            match exceptions_expected {
                Some(n) => write_i64(n as i64, out),
                None => out.push(b'N'),
            }
        }
        CaseInput::Stdin(text) => {
            write_tuple_start(2, out);
            write_i64(id, out);
            write_str(text, out);
        }
    }
}

/// The checker host's setup frame.
pub(crate) fn checker_setup_frame(checker: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let setup = Value::Dict(vec![(Value::str("checker"), Value::str(checker))]);
    frame(&marshal::to_bytes(&setup), &mut out);
    out
}

/// One request to the checker host: `("check", input, expected, got)`.
pub(crate) fn check_frame(input: &Value, expected: &Value, got: &Value) -> Vec<u8> {
    let mut payload = Vec::new();
    write_tuple_start(4, &mut payload);
    write_str("check", &mut payload);
    for v in [input, expected, got] {
        write_value(v, &mut payload);
    }
    let mut out = Vec::new();
    frame(&payload, &mut out);
    out
}

/// A decoded harness event.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum HarnessEvent {
    /// Sent by the harness just before it loads the solution: whatever
    /// comes after may be the solution's doing (docs/protocol.md, "Blame").
    Loading,
    Ready,
    LoadFailed(LoadFailure),
    Result(CaseResult),
    /// The harness's own failure (a judge bug).
    Internal(String),
    /// Checker host: the verdict of `check()`.
    Checked {
        ok: bool,
        message: String,
    },
    /// Checker host: `check()` raised, or the host failed.
    CheckerFailed(String),
    /// Checker host: checker.py cannot serve as a checker (a syntax error,
    /// an exception while loading, no `check`): the problem's mistake.
    CheckerInvalid {
        line: Option<u32>,
        column: Option<u32>,
        message: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CaseResult {
    pub id: usize,
    pub status: CaseStatus,
    pub cpu_ms: f64,
    pub wall_ms: f64,
    /// `None`: the same as the previous result's.
    pub rss_kb: Option<u64>,
    pub stdout: String,
    pub stderr: String,
    /// The interpreter failed during the case (SystemError): run it again
    /// in a fresh one before believing it.
    pub suspect: bool,
    /// The size of the frame it came in.
    pub frame_bytes: usize,
}

/// The prefix of a status the harness reports when the interpreter failed
/// during the case.
const SUSPECT: &str = "suspect_";

/// A status without its `suspect_` prefix, and whether it had one.
pub fn unsuspected(status: &str) -> (&str, bool) {
    match status.strip_prefix(SUSPECT) {
        Some(rest) => (rest, true),
        None => (status, false),
    }
}

pub(crate) fn parse_event(frame: &[u8]) -> Result<HarnessEvent, String> {
    let value = marshal::from_bytes(frame).map_err(|e| e.to_string())?;
    let mut items = match value {
        Value::Tuple(items) => items,
        other => return Err(format!("an event must be a tuple, not {}", other.type_name())),
    };
    let tag = items.first().and_then(text).unwrap_or_default();
    let field = |i: usize| items.get(i).ok_or_else(|| format!("`{tag}` event without field {i}"));
    match tag.as_str() {
        "loading" => Ok(HarnessEvent::Loading),
        "ready" => Ok(HarnessEvent::Ready),
        "internal" => Ok(HarnessEvent::Internal(text(field(1)?).unwrap_or_default())),
        "checker_failed" => Ok(HarnessEvent::CheckerFailed(text(field(1)?).unwrap_or_default())),
        "checker_invalid" => {
            let position = |i: usize| field(i).map(|v| int(v).filter(|n| *n > 0).map(|n| n as u32));
            Ok(HarnessEvent::CheckerInvalid {
                line: position(1)?,
                column: position(2)?,
                message: text(field(3)?).unwrap_or_default(),
            })
        }
        "checked" => Ok(HarnessEvent::Checked {
            ok: matches!(field(1)?, Value::Bool(true)),
            message: text(field(2)?).unwrap_or_default(),
        }),
        "load_failed" => load_failure(field(1)?).map(HarnessEvent::LoadFailed),
        // the short form of the common case: a value returned, nothing
        // printed, memory as before
        "v" => {
            let id = int(field(1)?).ok_or("a result without an id")? as usize;
            let (cpu_ms, wall_ms) = (float(field(3)?), float(field(4)?));
            field(2)?;
            Ok(HarnessEvent::Result(CaseResult {
                id,
                status: CaseStatus::Returned(moved_out(&mut items, 2)),
                cpu_ms,
                wall_ms,
                rss_kb: None,
                stdout: String::new(),
                stderr: String::new(),
                suspect: false,
                frame_bytes: frame.len(),
            }))
        }
        "result" => {
            let status_name = text(field(2)?).unwrap_or_default();
            let (status_name, suspect) = unsuspected(&status_name);
            let id = int(field(1)?).ok_or("a result without an id")? as usize;
            let (cpu_ms, wall_ms) = (float(field(4)?), float(field(5)?));
            let rss_kb = Some(int(field(6)?).unwrap_or(0).max(0) as u64);
            let stdout = text(field(7)?).unwrap_or_default();
            let stderr = text(field(8)?).unwrap_or_default();
            field(3)?;
            let payload = match field(9)? {
                Value::Bool(true) => {
                    let json = text(field(3)?).ok_or("a JSON payload that is not text")?;
                    judge_model::json::from_json(&json).map_err(|e| e.to_string())?
                }
                _ => moved_out(&mut items, 3),
            };
            Ok(HarnessEvent::Result(CaseResult {
                id,
                status: case_status(status_name, payload)?,
                cpu_ms,
                wall_ms,
                rss_kb,
                stdout,
                stderr,
                suspect,
                frame_bytes: frame.len(),
            }))
        }
        other => Err(format!("unknown event {other:?}")),
    }
}

/// Field `i` of an event, moved out rather than copied: a result's payload
/// may hold a value per op of a long case. (The caller has checked that
/// the field exists.)
fn moved_out(items: &mut [Value], i: usize) -> Value {
    items.get_mut(i).map(std::mem::take).unwrap_or_default()
}

/// What a case's status and payload mean. Shared with the embedded runner.
pub fn case_status(status: &str, payload: Value) -> Result<CaseStatus, String> {
    Ok(match status {
        "returned" => CaseStatus::Returned(payload),
        "raised" => CaseStatus::Raised(py_exception(&payload)?),
        "ops" => {
            let Value::List(ops) = payload else {
                return Err("op results that are not a list".into());
            };
            ops.into_iter()
                .map(|op| match op {
                    Value::Tuple(mut pair) if pair.len() == 2 => match (pair.swap_remove(0), pair.pop()) {
                        (Value::Int(flag), Some(v)) if flag.is_zero() => Ok(OpResult::Returned(v)),
                        (_, e) => py_exception(&e.unwrap_or_default()).map(|e| OpResult::Raised(Box::new(e))),
                    },
                    _ => Err("an op result that is not a pair".to_owned()),
                })
                .collect::<Result<_, _>>()
                .map(CaseStatus::Ops)?
        }
        "exited" => match &payload {
            Value::Tuple(pair) if pair.len() == 2 => CaseStatus::Exited {
                output: text(&pair[0]).unwrap_or_default(),
                code: int(&pair[1]).unwrap_or(0),
            },
            _ => return Err("an exit that is not (output, code)".into()),
        },
        "tested" => tested(payload)?,
        "bad_call" => CaseStatus::BadCall {
            message: text(&payload).unwrap_or_default(),
        },
        "memory" => CaseStatus::MemoryExceeded,
        "output_limit" => CaseStatus::OutputExceeded,
        "result_limit" => CaseStatus::ResultTooLarge,
        "timed_out" => CaseStatus::TimedOut { cpu: true },
        other => return Err(format!("unknown result status {other:?}")),
    })
}

/// The `tests` kind's result: `(names of the tests that passed, None or
/// (name of the test that failed, its exception, an explanation or None))`.
fn tested(payload: Value) -> Result<CaseStatus, String> {
    let Value::Tuple(mut pair) = payload else {
        return Err("a tests result that is not a pair".into());
    };
    let (Some(failure), Some(Value::List(passed))) = (pair.pop(), pair.pop()) else {
        return Err("a tests result without its passed tests".into());
    };
    let passed = passed.iter().filter_map(text).collect();
    let failed = match failure {
        Value::None => None,
        Value::Tuple(parts) if parts.len() == 3 => Some(Box::new(TestFailure {
            test: text(&parts[0]).unwrap_or_default(),
            exception: py_exception(&parts[1])?,
            explanation: text(&parts[2]),
        })),
        _ => return Err("a failed test that is not (name, exception, explanation)".into()),
    };
    Ok(CaseStatus::Tested { passed, failed })
}

/// A load failure as the harness describes it. Shared with the embedded runner.
pub fn load_failure(details: &Value) -> Result<LoadFailure, String> {
    let reason = get(details, "reason").and_then(text).unwrap_or_default();
    let exception = || {
        get(details, "exception")
            .ok_or_else(|| "a load failure without its exception".to_owned())
            .and_then(py_exception)
    };
    let field_text = |key: &str| get(details, key).and_then(text).unwrap_or_default();
    Ok(match reason.as_str() {
        "syntax" => LoadFailure::Syntax {
            exception: exception()?,
            line: get(details, "line").and_then(int).map(|l| l as u32),
            column: get(details, "column").and_then(int).map(|c| c as u32),
        },
        "no_entry" => LoadFailure::MissingEntry {
            message: field_text("message"),
        },
        "raised" => LoadFailure::Raised {
            exception: exception()?,
            stdout: field_text("stdout"),
            stderr: field_text("stderr"),
        },
        "memory" => LoadFailure::MemoryExceeded,
        "output_limit" => LoadFailure::OutputExceeded,
        "timed_out" => LoadFailure::TimedOut,
        other => return Err(format!("unknown load failure {other:?}")),
    })
}

fn py_exception(v: &Value) -> Result<PyException, String> {
    let field = |key: &str| get(v, key).and_then(text).unwrap_or_default();
    let list = |key: &str| match get(v, key) {
        Some(Value::List(items)) => items.as_slice(),
        _ => &[],
    };
    Ok(PyException {
        type_name: get(v, "type").and_then(text).ok_or("an exception without a type")?,
        mro: list("mro").iter().filter_map(text).collect(),
        message: field("message"),
        traceback: list("traceback")
            .iter()
            .map(|frame| Frame {
                line: get(frame, "line").and_then(int).unwrap_or(0) as u32,
                function: get(frame, "function").and_then(text).unwrap_or_default(),
                code: get(frame, "code").and_then(text).unwrap_or_default(),
                repeated: get(frame, "repeated").and_then(int).unwrap_or(0) as u32,
            })
            .collect(),
    })
}

fn get<'a>(dict: &'a Value, key: &str) -> Option<&'a Value> {
    match dict {
        Value::Dict(items) => items
            .iter()
            .find(|(k, _)| matches!(k, Value::Str(s) if s == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// Text, including a str the model could not hold (lone surrogates).
fn text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Opaque { type_name, repr } if &**type_name == "str" => Some(repr.to_string()),
        _ => None,
    }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => i.to_i64(),
        _ => None,
    }
}

fn float(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        Value::Int(_) => int(v).unwrap_or(0) as f64,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_model::Call;

    fn job(cases: Vec<CaseInput>, exceptions_expected: Vec<usize>) -> Job {
        Job {
            solution: crate::Submission::from_bytes("s.py", b"".to_vec()),
            kind: JobKind::Function { entry: "f".into() },
            cases: cases.into(),
            exceptions_expected,
            limits: crate::JobLimits {
                cpu_ms: 1000,
                wall_ms: 3000,
                memory_bytes: 1 << 30,
                output_bytes: 1 << 20,
            },
            site_packages: false,
            driver: None,
            forbid: Vec::new(),
            interaction: None,
            stop_at_timeout: false,
            stop: crate::StopSignal::default(),
        }
    }

    fn decode_frames(bytes: &[u8]) -> Vec<Value> {
        let mut frames = Vec::new();
        let mut rest = bytes;
        while !rest.is_empty() {
            let n = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
            frames.push(marshal::from_bytes(&rest[4..4 + n]).unwrap());
            rest = &rest[4 + n..];
        }
        frames
    }

    #[test]
    fn case_frames_are_batched() {
        let cases: Vec<CaseInput> = (0..610)
            .map(|i| {
                CaseInput::Call(Call {
                    args: vec![Value::int(i)],
                    kwargs: vec![],
                })
            })
            .collect();
        let frames = decode_frames(&case_frames(&job(cases, vec![]), 10..610));
        assert_eq!(frames.len(), 3);
        let Value::List(first) = &frames[0] else { panic!() };
        assert_eq!(first.len(), 256);
        assert_eq!(
            first[0],
            Value::Tuple(vec![Value::int(10), Value::Tuple(vec![Value::int(10)]), Value::None])
        );
    }

    #[test]
    fn a_tests_result_is_the_tests_that_passed_and_the_first_that_failed() {
        let names = |names: &[&str]| Value::List(names.iter().map(|n| Value::str(*n)).collect());
        let all_passed = Value::Tuple(vec![names(&["test_a", "test_b"]), Value::None]);
        assert_eq!(
            case_status("tested", all_passed),
            Ok(CaseStatus::Tested {
                passed: vec!["test_a".into(), "test_b".into()],
                failed: None
            })
        );
        let exception = Value::Dict(vec![(Value::str("type"), Value::str("AssertionError"))]);
        let failed = Value::Tuple(vec![
            names(&["test_a"]),
            Value::Tuple(vec![Value::str("test_b"), exception, Value::str("where f(1) = 3")]),
        ]);
        let Ok(CaseStatus::Tested {
            passed,
            failed: Some(failure),
        }) = case_status("tested", failed)
        else {
            panic!("not a failed test");
        };
        assert_eq!(passed, ["test_a"]);
        assert_eq!(
            (failure.test.as_str(), failure.exception.type_name.as_str()),
            ("test_b", "AssertionError")
        );
        assert_eq!(failure.explanation.as_deref(), Some("where f(1) = 3"));
        assert!(case_status("tested", Value::None).is_err());
        assert!(case_status("tested", Value::Tuple(vec![names(&[]), Value::int(1)])).is_err());
    }

    #[test]
    fn a_class_case_carries_how_many_exceptions_it_expects() {
        let ops = |n: usize| {
            CaseInput::Ops(vec![
                judge_model::Op {
                    method: "C".into(),
                    args: vec![],
                };
                n
            ])
        };
        let frames = decode_frames(&case_frames(&job(vec![ops(1), ops(2)], vec![3]), 0..2));
        let Value::List(cases) = &frames[0] else { panic!() };
        let last = |case: &Value| match case {
            Value::Tuple(items) => items.last().cloned(),
            _ => None,
        };
        assert_eq!(last(&cases[0]), Some(Value::int(3)));
        assert_eq!(last(&cases[1]), Some(Value::None), "no entry: no limit");
    }

    #[test]
    fn events() {
        let event = Value::Tuple(vec![
            Value::str("result"),
            Value::int(2),
            Value::str("returned"),
            Value::Set(vec![Value::int(1)]),
            Value::Float(0.1),
            Value::Float(0.2),
            Value::int(9000),
            Value::str("printed"),
            Value::str(""),
            Value::Bool(false),
        ]);
        let HarnessEvent::Result(r) = parse_event(&marshal::to_bytes(&event)).unwrap() else {
            panic!()
        };
        assert_eq!((r.id, r.rss_kb, r.stdout.as_str()), (2, Some(9000), "printed"));
        assert_eq!(r.status, CaseStatus::Returned(Value::Set(vec![Value::int(1)])));
        assert!(parse_event(&marshal::to_bytes(&Value::Tuple(vec![Value::str("result")]))).is_err());
        assert!(parse_event(b"garbage").is_err());
    }
}
