//! The judge's model of Python values and test cases.
//!
//! Pure data: no I/O, no processes. Every other crate speaks in these types.

#[cfg(feature = "proptest")]
pub mod arbitrary;
pub mod case;
pub mod expect;
pub mod int;
pub mod json;
pub mod marshal;
pub mod repr;
pub mod value;

pub use case::{Call, CaseInput, Op};
pub use expect::Expected;
pub use int::Int;
pub use value::Value;
