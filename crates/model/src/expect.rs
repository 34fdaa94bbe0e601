//! What a test expects of one call.

use crate::value::Value;

/// The expected result of one call: a value, or an exception of a class
/// (the solution may raise a subclass of it).
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Value(Value),
    /// The exception class name, e.g. `"IndexError"`.
    Raises(String),
}
