use std::fmt;

use serde::{Deserialize, Serialize};

/// A verdict, for one test or a whole run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Verdict {
    #[serde(rename = "AC")]
    Accepted,
    #[serde(rename = "WA")]
    WrongAnswer,
    #[serde(rename = "TLE")]
    TimeLimitExceeded,
    #[serde(rename = "MLE")]
    MemoryLimitExceeded,
    #[serde(rename = "OLE")]
    OutputLimitExceeded,
    #[serde(rename = "RE")]
    RuntimeError,
    #[serde(rename = "CE")]
    CompileError,
    /// The judge's own failure: never the solution's fault.
    #[serde(rename = "IE")]
    InternalError,
}

impl Verdict {
    pub const ALL: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::WrongAnswer,
        Verdict::TimeLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::OutputLimitExceeded,
        Verdict::RuntimeError,
        Verdict::CompileError,
        Verdict::InternalError,
    ];

    /// The two- or three-letter code: `AC`, `WA`, ...
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Accepted => "AC",
            Verdict::WrongAnswer => "WA",
            Verdict::TimeLimitExceeded => "TLE",
            Verdict::MemoryLimitExceeded => "MLE",
            Verdict::OutputLimitExceeded => "OLE",
            Verdict::RuntimeError => "RE",
            Verdict::CompileError => "CE",
            Verdict::InternalError => "IE",
        }
    }

    pub fn from_code(code: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.code().eq_ignore_ascii_case(code))
    }

    /// In words: `Wrong answer`.
    pub fn describe(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong answer",
            Verdict::TimeLimitExceeded => "Time limit exceeded",
            Verdict::MemoryLimitExceeded => "Memory limit exceeded",
            Verdict::OutputLimitExceeded => "Output limit exceeded",
            Verdict::RuntimeError => "Runtime error",
            Verdict::CompileError => "Compile error",
            Verdict::InternalError => "Internal error (the judge's fault)",
        }
    }

    /// Precedence when tests disagree: the overall verdict of a run is its
    /// most severe test verdict. A solution that is wrong *and* crashes is
    /// reported as crashing.
    pub fn severity(self) -> u8 {
        match self {
            Verdict::Accepted => 0,
            Verdict::WrongAnswer => 1,
            Verdict::TimeLimitExceeded => 2,
            Verdict::MemoryLimitExceeded => 3,
            Verdict::OutputLimitExceeded => 4,
            Verdict::RuntimeError => 5,
            Verdict::CompileError => 6,
            Verdict::InternalError => 7,
        }
    }

    /// The most severe of `verdicts`; `Accepted` for none.
    pub fn overall(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
        verdicts
            .into_iter()
            .max_by_key(|v| v.severity())
            .unwrap_or(Verdict::Accepted)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overall_is_the_most_severe() {
        use Verdict::*;
        assert_eq!(Verdict::overall([Accepted, WrongAnswer, Accepted]), WrongAnswer);
        assert_eq!(
            Verdict::overall([WrongAnswer, RuntimeError, TimeLimitExceeded]),
            RuntimeError
        );
        assert_eq!(Verdict::overall([]), Accepted);
        assert_eq!(Verdict::overall([CompileError, InternalError]), InternalError);
    }

    #[test]
    fn codes_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::from_code(v.code()), Some(v));
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{}\"", v.code()));
        }
    }
}
