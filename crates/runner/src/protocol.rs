//! The wire protocol with `sandbox/harness.py`: JSON lines, requests on the
//! child's fd 3, events on its fd 4. Pure encoding and decoding.

use judge_model::{CaseInput, Value};
use serde::{Deserialize, Serialize};

use crate::outcome::{CaseStatus, LoadFailure, OpResult, PyException};
use crate::{Job, JobKind};

#[derive(Serialize)]
struct Setup<'a> {
    kind: &'static str,
    solution: &'a str,
    entry: Option<&'a str>,
    time_ms: u64,
    output_bytes: u64,
}

/// The first request line: what to load and how to run it.
pub(crate) fn setup_line(job: &Job, solution: &str) -> String {
    let (kind, entry) = match &job.kind {
        JobKind::Function { entry } => ("function", Some(entry.as_str())),
        JobKind::Class { entry } => ("class", Some(entry.as_str())),
        JobKind::Stdio => ("stdio", None),
    };
    let setup = Setup {
        kind,
        solution,
        entry,
        time_ms: job.limits.cpu_ms,
        output_bytes: job.limits.output_bytes,
    };
    line(&setup)
}

#[derive(Serialize)]
struct CaseRequest<'a> {
    id: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    args: Option<&'a [Value]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kwargs: Option<Kwargs<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ops: Option<&'a [judge_model::Op]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stdin: Option<&'a str>,
}

struct Kwargs<'a>(&'a [(String, Value)]);

impl Serialize for Kwargs<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// One case's request line.
pub(crate) fn case_line(id: usize, input: &CaseInput) -> String {
    let mut req = CaseRequest {
        id,
        args: None,
        kwargs: None,
        ops: None,
        stdin: None,
    };
    match input {
        CaseInput::Call(call) => {
            req.args = Some(&call.args);
            if !call.kwargs.is_empty() {
                req.kwargs = Some(Kwargs(&call.kwargs));
            }
        }
        CaseInput::Ops(ops) => req.ops = Some(ops),
        CaseInput::Stdin(text) => req.stdin = Some(text),
    }
    line(&req)
}

fn line<T: Serialize>(value: &T) -> String {
    // Our own request types always serialize.
    let mut text =
        serde_json::to_string(value).unwrap_or_else(|e| unreachable!("request encoding: {e}"));
    text.push('\n');
    text
}

/// Every field any harness event may carry; `ev` says which apply.
#[derive(Deserialize, Debug)]
struct RawEvent {
    ev: String,
    id: Option<usize>,
    status: Option<String>,
    reason: Option<String>,
    #[serde(default, deserialize_with = "present_value")]
    value: Option<Value>,
    exception: Option<PyException>,
    results: Option<Vec<RawOp>>,
    message: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    code: Option<i64>,
    output: Option<String>,
    stdout: Option<String>,
    stderr: Option<String>,
    cpu_ms: Option<f64>,
    wall_ms: Option<f64>,
    rss_kb: Option<u64>,
    ok: Option<bool>,
}

#[derive(Deserialize, Debug)]
struct RawOp {
    #[serde(default, deserialize_with = "present_value")]
    value: Option<Value>,
    exception: Option<PyException>,
}

/// A present `value` field is `Some`, even when it is `null` (Python's None).
fn present_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// A decoded harness event.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum HarnessEvent {
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
    /// Checker host: `check()` raised or could not be loaded.
    CheckerFailed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CaseResult {
    pub id: usize,
    pub status: CaseStatus,
    pub cpu_ms: f64,
    pub wall_ms: f64,
    pub rss_kb: u64,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) fn parse_event(line: &str) -> Result<HarnessEvent, String> {
    let raw: RawEvent =
        serde_json::from_str(line).map_err(|e| format!("{e} in {}", excerpt(line)))?;
    let missing = |what: &str| format!("`{}` event without `{what}`", raw.ev);
    match raw.ev.as_str() {
        "ready" => Ok(HarnessEvent::Ready),
        "internal" => Ok(HarnessEvent::Internal(raw.message.unwrap_or_default())),
        "checked" => Ok(HarnessEvent::Checked {
            ok: raw.ok.ok_or_else(|| missing("ok"))?,
            message: raw.message.unwrap_or_default(),
        }),
        "checker_failed" => Ok(HarnessEvent::CheckerFailed(raw.message.unwrap_or_default())),
        "load_failed" => {
            let reason = raw.reason.as_deref().unwrap_or("");
            let failure = match reason {
                "syntax" => LoadFailure::Syntax {
                    exception: raw.exception.ok_or_else(|| missing("exception"))?,
                    line: raw.line,
                    column: raw.column,
                },
                "no_entry" => LoadFailure::MissingEntry {
                    message: raw.message.ok_or_else(|| missing("message"))?,
                },
                "raised" => LoadFailure::Raised {
                    exception: raw.exception.ok_or_else(|| missing("exception"))?,
                    stdout: raw.stdout.unwrap_or_default(),
                    stderr: raw.stderr.unwrap_or_default(),
                },
                "memory" => LoadFailure::MemoryExceeded,
                "output_limit" => LoadFailure::OutputExceeded,
                // the checker host's load failure
                "" => return Ok(HarnessEvent::CheckerFailed(raw.message.unwrap_or_default())),
                other => return Err(format!("unknown load failure {other:?}")),
            };
            Ok(HarnessEvent::LoadFailed(failure))
        }
        "result" => {
            let status = match raw.status.as_deref().ok_or_else(|| missing("status"))? {
                "returned" => CaseStatus::Returned(raw.value.ok_or_else(|| missing("value"))?),
                "raised" => CaseStatus::Raised(raw.exception.ok_or_else(|| missing("exception"))?),
                "ops" => CaseStatus::Ops(
                    raw.results
                        .ok_or_else(|| missing("results"))?
                        .into_iter()
                        .map(|op| match (op.value, op.exception) {
                            (_, Some(e)) => Ok(OpResult::Raised(e)),
                            (Some(v), None) => Ok(OpResult::Returned(v)),
                            (None, None) => {
                                Err("an op result with neither value nor exception".to_owned())
                            }
                        })
                        .collect::<Result<_, _>>()?,
                ),
                "exited" => CaseStatus::Exited {
                    output: raw.output.ok_or_else(|| missing("output"))?,
                    code: raw.code.unwrap_or(0),
                },
                "bad_call" => CaseStatus::BadCall {
                    message: raw.message.unwrap_or_default(),
                },
                "memory" => CaseStatus::MemoryExceeded,
                "output_limit" => CaseStatus::OutputExceeded,
                other => return Err(format!("unknown result status {other:?}")),
            };
            Ok(HarnessEvent::Result(CaseResult {
                id: raw.id.ok_or_else(|| missing("id"))?,
                status,
                cpu_ms: raw.cpu_ms.unwrap_or(0.0),
                wall_ms: raw.wall_ms.unwrap_or(0.0),
                rss_kb: raw.rss_kb.unwrap_or(0),
                stdout: raw.stdout.unwrap_or_default(),
                stderr: raw.stderr.unwrap_or_default(),
            }))
        }
        other => Err(format!("unknown event {other:?}")),
    }
}

fn excerpt(line: &str) -> String {
    let cut: String = line.chars().take(120).collect();
    if cut.len() < line.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_model::Call;

    #[test]
    fn requests() {
        let input = CaseInput::Call(Call {
            args: vec![Value::Tuple(vec![Value::int(1)])],
            kwargs: vec![("k".into(), Value::None)],
        });
        assert_eq!(
            case_line(3, &input),
            "{\"id\":3,\"args\":[{\"$tuple\":[1]}],\"kwargs\":{\"k\":null}}\n"
        );
        assert_eq!(
            case_line(0, &CaseInput::Stdin("1 2\n".into())),
            "{\"id\":0,\"stdin\":\"1 2\\n\"}\n"
        );
    }

    #[test]
    fn events() {
        let e = parse_event(r#"{"status":"returned","value":{"$set":[1]},"ev":"result","id":2,"cpu_ms":0.1,"wall_ms":0.2,"rss_kb":9000}"#).unwrap();
        let HarnessEvent::Result(r) = e else { panic!() };
        assert_eq!(r.id, 2);
        assert_eq!(
            r.status,
            CaseStatus::Returned(Value::Set(vec![Value::int(1)]))
        );
        assert!(
            parse_event("{\"ev\":\"result\"}")
                .unwrap_err()
                .contains("without `status`")
        );
        assert!(parse_event("garbage").is_err());
    }
}
