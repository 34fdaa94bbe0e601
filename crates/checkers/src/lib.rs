//! Answer checkers: given the expected value and the solution's value,
//! accept or say where they first differ.
//!
//! Pure functions over [`judge_model::Value`]: no I/O. A problem's custom
//! `checker.py` is not here; it runs in a Python process the engine owns,
//! and its verdicts come back in the same [`Outcome`] type.
//!
//! One checker, one file: adding a checker is adding a module and a variant
//! of [`CheckerSpec`].

mod exact;
mod float;
mod mismatch;
mod spec;
mod tokens;
mod unordered;
mod walk;

pub use exact::Exact;
pub use float::{Float, Tolerance};
pub use mismatch::{Mismatch, Outcome, Step};
pub use spec::CheckerSpec;
pub use tokens::Tokens;
pub use unordered::Unordered;

use judge_model::Value;

/// A built-in checker.
pub trait Checker: Send + Sync + std::fmt::Debug {
    fn check(&self, expected: &Value, got: &Value) -> Outcome;
}
