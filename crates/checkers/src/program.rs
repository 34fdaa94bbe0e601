//! What an output validator's exit means: the two protocols of
//! `[checker] type = "program"`, as a pure function from how the process
//! ended and what it wrote to a decision. Running it is the runner's job.

/// `[checker] type = "program"`: the problem's own validator program.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramSpec {
    /// As problem.toml names it, relative to the problem directory: a
    /// `.py`, `.c`, `.cc` or `.cpp` file, or a directory of them.
    pub program: String,
    pub protocol: Protocol,
    /// Extra arguments, after the protocol's own (Kattis: after the
    /// feedback directory).
    pub args: Vec<String>,
}

/// How the judge talks to a validator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// `validator input answer feedback_dir [args] < output`; exit 42
    /// accepts, 43 rejects; `feedback_dir/judgemessage.txt` says why.
    Kattis,
    /// `checker input output answer [args]`; exit 0 accepts, 1 (wrong
    /// answer), 2 (presentation error), 4 and 8 reject, 3 is the checker's
    /// own failure, 7 gives points; the message is on stderr.
    Testlib,
}

impl Protocol {
    pub const ALL: [Protocol; 2] = [Protocol::Kattis, Protocol::Testlib];

    pub fn name(self) -> &'static str {
        match self {
            Protocol::Kattis => "kattis",
            Protocol::Testlib => "testlib",
        }
    }
}

/// How a validator process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidatorExit {
    Code(i32),
    Signal(i32),
    /// Killed at the judge's wall-clock limit for validators.
    TimedOut {
        seconds: u64,
    },
}

/// What a validator did: how it ended and what it wrote (each already cut
/// to a bounded size by whoever read it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatorReport {
    pub exit: ValidatorExit,
    /// Kattis: `feedback_dir/judgemessage.txt` (empty when absent).
    pub judge_message: String,
    pub stdout: String,
    pub stderr: String,
}

/// What the validator decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidatorDecision {
    Accepted,
    /// The answer is wrong; the message for the person.
    Rejected(String),
    /// The validator itself failed (crashed, timed out, said so, or exited
    /// with a code its protocol does not have): the problem's fault, IE.
    Failed(String),
}

/// How much of a validator's message a report shows.
pub const MESSAGE_BYTES: usize = 4096;

/// The decision `protocol` gives `report`.
pub fn decide(protocol: Protocol, report: &ValidatorReport) -> ValidatorDecision {
    let code = match report.exit {
        ValidatorExit::Code(code) => code,
        ValidatorExit::Signal(signal) => {
            return ValidatorDecision::Failed(with_stderr(
                format!("was killed by signal {signal}{}", signal_name(signal)),
                report,
            ));
        }
        ValidatorExit::TimedOut { seconds } => {
            return ValidatorDecision::Failed(format!("did not finish within {seconds} s and was stopped"));
        }
    };
    match (protocol, code) {
        (Protocol::Kattis, 42) => ValidatorDecision::Accepted,
        (Protocol::Kattis, 43) => ValidatorDecision::Rejected(
            first_message(&[&report.judge_message, &report.stderr, &report.stdout])
                .unwrap_or_else(|| "the output validator rejected the answer (it wrote no judgemessage.txt)".into()),
        ),
        (Protocol::Kattis, code) => ValidatorDecision::Failed(with_stderr(
            format!("exited with code {code} (a Kattis validator exits with 42 to accept, 43 to reject)"),
            report,
        )),
        (Protocol::Testlib, 0) => ValidatorDecision::Accepted,
        (Protocol::Testlib, 1 | 2 | 4 | 8) => ValidatorDecision::Rejected(
            first_message(&[&report.stderr, &report.stdout])
                .unwrap_or_else(|| format!("the checker rejected the answer (exit {code}) without a message")),
        ),
        (Protocol::Testlib, 3) => ValidatorDecision::Failed(with_stderr(
            "reported its own failure (exit 3, FAIL)".to_owned(),
            report,
        )),
        (Protocol::Testlib, 7) => points(report),
        (Protocol::Testlib, code) => ValidatorDecision::Failed(with_stderr(
            format!(
                "exited with code {code}, which a testlib checker does not use (0 OK, 1 WA, 2 PE, 3 FAIL, 7 points)"
            ),
            report,
        )),
    }
}

/// Exit 7: the checker gave points, `points 0.5 message` on stderr. The
/// judge has no scores, so the points are ignored beyond their sign: any
/// points accept the answer, none (0 or less) reject it.
fn points(report: &ValidatorReport) -> ValidatorDecision {
    let message = first_message(&[&report.stderr, &report.stdout]).unwrap_or_default();
    let value = message
        .split_whitespace()
        .find(|word| !word.eq_ignore_ascii_case("points"))
        .and_then(|word| word.parse::<f64>().ok())
        .filter(|v| !v.is_nan());
    match value {
        Some(v) if v > 0.0 => ValidatorDecision::Accepted,
        Some(_) => ValidatorDecision::Rejected(message),
        None => ValidatorDecision::Failed(with_stderr(
            "exited with code 7 (points) without saying how many".to_owned(),
            report,
        )),
    }
}

/// The first of `texts` with something in it, trimmed and cut to
/// [`MESSAGE_BYTES`].
fn first_message(texts: &[&str]) -> Option<String> {
    texts
        .iter()
        .map(|t| t.trim())
        .find(|t| !t.is_empty())
        .map(|t| cut(t, MESSAGE_BYTES))
}

/// `text` cut to at most `limit` bytes at a character boundary, saying how
/// much was left out.
pub fn cut(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} more bytes)", &text[..end], text.len() - end)
}

/// The end of `text` (where a traceback says what happened), at most
/// `limit` bytes.
fn tail(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut start = text.len() - limit;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    format!("…{}", &text[start..])
}

/// `what` happened, with the end of what the validator wrote to stderr
/// (else stdout) to say why.
fn with_stderr(what: String, report: &ValidatorReport) -> String {
    let said = [&report.stderr, &report.stdout, &report.judge_message]
        .into_iter()
        .map(|t| t.trim())
        .find(|t| !t.is_empty());
    match said {
        Some(text) => format!("{what}; it wrote:\n{}", tail(text, MESSAGE_BYTES)),
        None => what,
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        13 => " (SIGPIPE)",
        15 => " (SIGTERM)",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(exit: ValidatorExit, judge_message: &str, stdout: &str, stderr: &str) -> ValidatorReport {
        ValidatorReport {
            exit,
            judge_message: judge_message.into(),
            stdout: stdout.into(),
            stderr: stderr.into(),
        }
    }

    fn code(protocol: Protocol, code: i32, stderr: &str) -> ValidatorDecision {
        decide(protocol, &report(ValidatorExit::Code(code), "", "", stderr))
    }

    #[test]
    fn kattis_accepts_at_42_and_rejects_at_43_with_the_judge_message() {
        assert_eq!(
            decide(Protocol::Kattis, &report(ValidatorExit::Code(42), "fine", "", "")),
            ValidatorDecision::Accepted
        );
        assert_eq!(
            decide(
                Protocol::Kattis,
                &report(ValidatorExit::Code(43), "  off by 0.5 on line 2\n", "out", "err")
            ),
            ValidatorDecision::Rejected("off by 0.5 on line 2".into())
        );
        // no judgemessage.txt: what it printed, then a sentence of our own
        assert_eq!(
            code(Protocol::Kattis, 43, "wrong\n"),
            ValidatorDecision::Rejected("wrong".into())
        );
        let ValidatorDecision::Rejected(m) = code(Protocol::Kattis, 43, "") else {
            panic!()
        };
        assert!(m.contains("no judgemessage.txt"), "{m}");
    }

    #[test]
    fn kattis_other_codes_are_the_validators_failure() {
        for c in [0, 1, 2, 5, 44, 255] {
            let ValidatorDecision::Failed(m) = code(Protocol::Kattis, c, "Traceback...\nZeroDivisionError\n") else {
                panic!("{c}")
            };
            assert!(
                m.starts_with(&format!("exited with code {c} (a Kattis validator")),
                "{m}"
            );
            assert!(m.ends_with("ZeroDivisionError"), "{m}");
        }
    }

    #[test]
    fn signals_and_timeouts_are_failures_whatever_the_protocol() {
        for protocol in Protocol::ALL {
            let ValidatorDecision::Failed(m) = decide(protocol, &report(ValidatorExit::Signal(11), "", "", "")) else {
                panic!()
            };
            assert_eq!(m, "was killed by signal 11 (SIGSEGV)");
            let ValidatorDecision::Failed(m) =
                decide(protocol, &report(ValidatorExit::TimedOut { seconds: 30 }, "", "", ""))
            else {
                panic!()
            };
            assert_eq!(m, "did not finish within 30 s and was stopped");
        }
    }

    #[test]
    fn testlib_codes() {
        assert_eq!(code(Protocol::Testlib, 0, "ok 3 numbers"), ValidatorDecision::Accepted);
        assert_eq!(
            code(Protocol::Testlib, 1, "wrong answer expected 3, found 4\n"),
            ValidatorDecision::Rejected("wrong answer expected 3, found 4".into())
        );
        assert_eq!(
            code(Protocol::Testlib, 2, "wrong output format Unexpected end of file"),
            ValidatorDecision::Rejected("wrong output format Unexpected end of file".into())
        );
        assert!(matches!(code(Protocol::Testlib, 4, ""), ValidatorDecision::Rejected(_)));
        assert!(matches!(code(Protocol::Testlib, 8, ""), ValidatorDecision::Rejected(_)));
        let ValidatorDecision::Failed(m) = code(Protocol::Testlib, 3, "FAIL answer file is broken") else {
            panic!()
        };
        assert_eq!(
            m,
            "reported its own failure (exit 3, FAIL); it wrote:\nFAIL answer file is broken"
        );
        let ValidatorDecision::Failed(m) = code(Protocol::Testlib, 42, "") else {
            panic!()
        };
        assert!(m.starts_with("exited with code 42, which a testlib checker"), "{m}");
        // the stdout is the message when stderr is empty
        assert_eq!(
            decide(Protocol::Testlib, &report(ValidatorExit::Code(1), "", "wrong", "")),
            ValidatorDecision::Rejected("wrong".into())
        );
    }

    #[test]
    fn testlib_points_accept_when_positive() {
        assert_eq!(
            code(Protocol::Testlib, 7, "points 0.5 half right"),
            ValidatorDecision::Accepted
        );
        assert_eq!(code(Protocol::Testlib, 7, "points 100"), ValidatorDecision::Accepted);
        assert_eq!(code(Protocol::Testlib, 7, "1e-3"), ValidatorDecision::Accepted);
        assert_eq!(
            code(Protocol::Testlib, 7, "points 0 nothing right"),
            ValidatorDecision::Rejected("points 0 nothing right".into())
        );
        assert!(matches!(
            code(Protocol::Testlib, 7, "points -1"),
            ValidatorDecision::Rejected(_)
        ));
        for unreadable in ["", "points", "points many", "points nan"] {
            assert!(
                matches!(code(Protocol::Testlib, 7, unreadable), ValidatorDecision::Failed(_)),
                "{unreadable}"
            );
        }
    }

    #[test]
    fn messages_are_cut_to_a_readable_size() {
        let long = "é".repeat(5000);
        let ValidatorDecision::Rejected(m) = code(Protocol::Kattis, 43, &long) else {
            panic!()
        };
        assert!(m.len() < MESSAGE_BYTES + 40, "{}", m.len());
        assert!(m.ends_with("more bytes)"), "{m}");
        let ValidatorDecision::Failed(m) = code(Protocol::Kattis, 1, &format!("{long}END")) else {
            panic!()
        };
        assert!(m.ends_with("END") && m.len() < MESSAGE_BYTES + 200, "{}", m.len());
        assert_eq!(cut("abc", 2), "ab… (1 more bytes)");
        assert_eq!(cut("abc", 3), "abc");
    }
}
