use std::fmt;

use judge_model::Value;

/// What a checker decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Accepted,
    Rejected(Mismatch),
}

impl Outcome {
    pub fn is_accepted(&self) -> bool {
        matches!(self, Outcome::Accepted)
    }
}

/// Where the first difference is, and what it is, in words a person reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// The path from the top of the value to the difference, e.g. `[2]['a']`.
    pub path: Vec<Step>,
    pub message: String,
}

impl Mismatch {
    pub fn at(path: &[Step], message: impl Into<String>) -> Mismatch {
        Mismatch {
            path: path.to_vec(),
            message: message.into(),
        }
    }

    /// The path written as Python subscripts; empty for the whole value.
    pub fn path_text(&self) -> String {
        self.path.iter().map(ToString::to_string).collect()
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at {}: {}", self.path_text(), self.message)
        }
    }
}

/// One step into a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Index(usize),
    Key(Value),
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Step::Index(i) => write!(f, "[{i}]"),
            Step::Key(k) => write!(f, "[{}]", k.repr()),
        }
    }
}
