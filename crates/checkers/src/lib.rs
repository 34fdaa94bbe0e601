//! Answer checkers: given the expected value and the solution's value,
//! accept or say where they first differ.
//!
//! Pure functions over [`judge_model::Value`]: no I/O. A problem's custom
//! `checker.py` is not here; it runs in a Python process the engine owns,
//! and its verdicts come back in the same [`Outcome`] type. Nor is a
//! program checker (an output validator), which the runner runs; what its
//! exit means is here (`program`).
//!
//! One checker, one file: adding a checker is adding a module and a variant
//! of [`CheckerSpec`].

mod exact;
mod float;
pub mod interactive;
mod mismatch;
pub mod program;
mod spec;
mod tokens;
mod unordered;
mod walk;

pub use exact::Exact;
pub use float::{Float, Tolerance};
pub use interactive::{InteractiveDecision, SolutionEnd, decide_interactive};
pub use mismatch::{Mismatch, Outcome, Step};
pub use program::{ProgramSpec, Protocol};
pub use spec::{CheckerSpec, DEFAULT_FLOAT_TOLERANCE};
pub use tokens::{TokenOptions, Tokens, numeric_token};
pub use unordered::Unordered;

use judge_model::Value;

/// A built-in checker.
pub trait Checker: Send + Sync + std::fmt::Debug {
    fn check(&self, expected: &Value, got: &Value) -> Outcome;
}
