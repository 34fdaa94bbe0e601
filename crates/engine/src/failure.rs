//! Building the pieces of a failure report from what the runner said.

use judge_model::{CaseInput, Op, Value};
use judge_problem::{Problem, TestCase};
use judge_report::{ExceptionInfo, FrameInfo};
use judge_runner::{OpResult, PyException};

/// Past this, a stdio input shown in a report is cut.
const MAX_SHOWN_INPUT: usize = 64 * 1024;
/// Ops shown before the failing one of a class case.
const OPS_SHOWN_BEFORE: usize = 25;

pub(crate) fn exception_info(e: &PyException) -> ExceptionInfo {
    ExceptionInfo {
        type_name: e.type_name.clone(),
        message: e.message.clone(),
        traceback: e
            .traceback
            .iter()
            .map(|f| FrameInfo {
                line: f.line,
                function: f.function.clone(),
                code: f.code.clone(),
                repeated: f.repeated,
            })
            .collect(),
    }
}

pub(crate) fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n… ({} more bytes)", &text[..end], text.len() - end)
}

/// The input of a case as a person would write it. For a class case, the
/// ops up to `failed_op` (with what the earlier ones returned).
pub(crate) fn input_text(problem: &Problem, case: &TestCase, failed_op: Option<(usize, &[OpResult])>) -> String {
    let entry = problem.config.entry.as_deref().unwrap_or("solution");
    if let judge_problem::CaseExpected::Tests(expected) = &case.expected {
        // the implementation's code is its input: never shown
        return crate::tests_kind::implementation_shown(expected, entry);
    }
    match &case.input {
        // the judge calls the problem's driver, not the entry: say so
        CaseInput::Call(call) if problem.driver.is_some() => {
            let shown = call.display("run");
            let args = shown.strip_prefix("run(").unwrap_or(&shown);
            let sep = if args == ")" { "" } else { ", " };
            format!("driver.run(solution{sep}{args}  # the problem's driver, given your solution")
        }
        CaseInput::Call(call) => call.display(entry),
        CaseInput::Stdin(text) => cut(text, MAX_SHOWN_INPUT),
        CaseInput::Ops(ops) => {
            let (last, results) = failed_op.unwrap_or((ops.len().saturating_sub(1), &[]));
            ops_text(ops, last, results)
        }
    }
}

fn ops_text(ops: &[Op], last: usize, results: &[OpResult]) -> String {
    let mut lines = Vec::new();
    let first_shown = last.saturating_sub(OPS_SHOWN_BEFORE).max(1);
    for (i, op) in ops.iter().enumerate().take(last + 1) {
        if i > 0 && i < first_shown {
            if i == 1 {
                lines.push(format!("# … {} ops …", first_shown - 1));
            }
            continue;
        }
        let call = if i == 0 {
            format!("obj = {}", op.display(true))
        } else {
            op.display(false)
        };
        let returned = match results.get(i) {
            Some(OpResult::Returned(v)) if i < last && *v != Value::None => {
                format!("  # -> {}", short(v))
            }
            _ => String::new(),
        };
        lines.push(format!("{call}{returned}"));
    }
    lines.join("\n")
}

fn short(v: &Value) -> String {
    let text = v.repr();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(59).collect::<String>())
    } else {
        text
    }
}

/// The op as the checker's `input`: `[method, *args]` for every op up to it.
pub(crate) fn ops_value(ops: &[Op], last: usize) -> Value {
    Value::List(
        ops.iter()
            .take(last + 1)
            .map(|op| {
                let mut items = vec![Value::Str(op.method.to_string())];
                items.extend(op.args.iter().cloned());
                Value::List(items)
            })
            .collect(),
    )
}

/// Line endings as `\n`, and no trailing newlines: how stdio answers compare.
pub(crate) fn normalized_output(text: &str) -> String {
    text.replace("\r\n", "\n").trim_end_matches('\n').to_owned()
}
