//! How an error that stops a command reaches the person or the script:
//! its text (each cause said once) on stderr, and with `--format json` one
//! JSON object on stdout too (docs/report-format.md, "Errors"), so that a
//! script never reads empty output.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::exit;

/// A file named on the command line (or by the bank) that is missing or
/// not a regular file: the solution, a report to merge.
#[derive(Debug)]
pub struct FileError {
    pub path: PathBuf,
    /// "the solution", "the report".
    pub what: &'static str,
    /// What is there instead ("a directory"), or `None` when nothing is.
    pub is: Option<&'static str>,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.is {
            Some(is) => write!(f, "{}: {} is {is}, not a file", self.path.display(), self.what),
            None => write!(f, "{}: {} file does not exist", self.path.display(), self.what),
        }
    }
}

impl std::error::Error for FileError {}

/// An interpreter given by `--python` or `$JUDGE_PYTHON` that runs but is
/// not a Python the judge can use.
#[derive(Debug)]
pub struct NotPython {
    pub path: PathBuf,
    /// What it did when asked its version.
    pub said: String,
}

impl std::fmt::Display for NotPython {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "this is not Python 3.8+: {} {}", self.path.display(), self.said)
    }
}

impl std::error::Error for NotPython {}

/// The error and its causes, each said once. anyhow's `{:#}` writes every
/// source after the message, but many messages already end with their
/// source's text (`cannot read: {source}`): such a source is left out,
/// rather than printed twice ("stream did not contain valid UTF-8: stream
/// did not contain valid UTF-8").
pub fn message(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let part = cause.to_string();
        let part = part.trim();
        if part.is_empty() || text.ends_with(part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(part);
    }
    text
}

/// What went wrong, for a script to branch on: `problem` (the problem
/// package cannot be loaded), `file` (a file named on the command line is
/// missing or not a file), `python` (no usable interpreter), `history`
/// (the practice history), `bank` (the problems to check), `report` (a
/// report given to `--merge`), else `error`; `usage` (the command line)
/// is clap's, written by `args`.
pub fn kind(err: &anyhow::Error) -> &'static str {
    for cause in err.chain() {
        if cause.is::<judge_problem::LoadError>() {
            return "problem";
        }
        if cause.is::<FileError>() {
            return "file";
        }
        if cause.is::<NotPython>()
            || matches!(
                cause.downcast_ref::<judge_runner::RunnerError>(),
                Some(judge_runner::RunnerError::NoPython(_))
            )
        {
            return "python";
        }
        if cause.is::<judge_history::HistoryError>() {
            return "history";
        }
        if cause.is::<judge_check::BankError>() {
            return "bank";
        }
        if cause.is::<judge_check::MergeError>() {
            return "report";
        }
    }
    "error"
}

/// The JSON object for an error: `{"error": {"kind", "message",
/// "exit_code", and "path", "line", "column" where known}}`.
fn error_object(kind: &str, message: &str, place: Option<Place<'_>>, exit_code: u8) -> Value {
    let mut error = json!({
        "kind": kind,
        "message": message,
        "exit_code": exit_code,
    });
    if let Some((path, line, column)) = place {
        error["path"] = json!(path.display().to_string());
        if let Some(line) = line {
            error["line"] = json!(line);
        }
        if let Some(column) = column {
            error["column"] = json!(column);
        }
    }
    json!({ "error": error })
}

/// Writes the JSON error object to stdout, best effort: stdout may be the
/// broken pipe that ended the command, and stderr still says why.
pub fn write_json_error(kind: &str, message: &str, place: Option<Place<'_>>, exit_code: u8) {
    let mut out = std::io::stdout().lock();
    let _ =
        judge_render::write_json(&mut out, &error_object(kind, message, place, exit_code)).and_then(|()| out.flush());
}

/// A file, and the line and column in it where known.
pub type Place<'a> = (&'a Path, Option<usize>, Option<usize>);

/// The file (and line and column) an error is about, where it says.
fn place(err: &anyhow::Error) -> Option<Place<'_>> {
    use judge_problem::LoadError;
    for cause in err.chain() {
        if let Some(load) = cause.downcast_ref::<LoadError>() {
            return Some(match load {
                LoadError::Missing { path, .. } | LoadError::NotA { path, .. } | LoadError::Io { path, .. } => {
                    (path.as_path(), None, None)
                }
                LoadError::Invalid { location, .. } => (location.path.as_path(), location.line, location.column),
            });
        }
        if let Some(file) = cause.downcast_ref::<FileError>() {
            return Some((&file.path, None, None));
        }
        if let Some(not_python) = cause.downcast_ref::<NotPython>() {
            return Some((&not_python.path, None, None));
        }
        if let Some(judge_check::BankError::NoRoot(path) | judge_check::BankError::Read { path, .. }) =
            cause.downcast_ref::<judge_check::BankError>()
        {
            return Some((path, None, None));
        }
    }
    None
}

/// Reports a command's error: the message on stderr, after a red `error:`
/// where stderr takes colour, and the JSON object on stdout when
/// the command was asked for JSON. Returns the exit code.
pub fn report(err: &anyhow::Error, json_on_stdout: bool) -> u8 {
    let code = exit::USAGE;
    if json_on_stdout {
        write_json_error(kind(err), &message(err), place(err), code);
    }
    labelled(anstyle::AnsiColor::Red, "error:", &message(err));
    code
}

/// `warning: TEXT` on stderr, the label in yellow where stderr takes colour.
pub fn warn(text: &str) {
    labelled(anstyle::AnsiColor::Yellow, "warning:", text);
}

/// A line on stderr after a bold coloured label; anstream drops the colour
/// where stderr does not take it (NO_COLOR, a pipe, TERM=dumb, `--color never`).
fn labelled(color: anstyle::AnsiColor, label: &str, text: &str) {
    let style = anstyle::Style::new().bold().fg_color(Some(anstyle::Color::Ansi(color)));
    let _ = writeln!(
        anstream::stderr(),
        "{}{label}{} {text}",
        style.render(),
        style.render_reset()
    );
}
