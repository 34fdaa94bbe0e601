//! What a test feeds a solution: the input half of a test case.
//!
//! The expected half lives apart ([`crate::Expected`]) so that a runner can
//! be handed inputs alone: expected values never enter a solution's process.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use crate::value::Value;

/// The input of one test case, by problem kind.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseInput {
    /// `function` kind: `entry(*args, **kwargs)`.
    Call(Call),
    /// `class` kind: the constructor (first op), then method calls on the
    /// instance it made.
    Ops(Vec<Op>),
    /// `stdio` kind: the text fed on standard input.
    Stdin(String),
}

/// The arguments of one call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Call {
    pub args: Vec<Value>,
    pub kwargs: Vec<(String, Value)>,
}

impl Call {
    /// The call as Python source, e.g. `is_palindrome('abba')`.
    pub fn display(&self, function: &str) -> String {
        let mut parts: Vec<String> = self.args.iter().map(Value::repr).collect();
        parts.extend(self.kwargs.iter().map(|(k, v)| format!("{k}={}", v.repr())));
        format!("{function}({})", parts.join(", "))
    }
}

/// One operation of a `class` case: a method name and positional arguments.
/// The first op of a case names the class itself (the constructor call).
#[derive(Debug, Clone, PartialEq)]
pub struct Op {
    /// Shared by every op that names the same method (see [`intern`]).
    pub method: Arc<str>,
    pub args: Vec<Value>,
}

/// The names read so far on this thread, so that a test of 70,000 ops
/// holds each method's name once. Bounded: past `MOST` names (a test that
/// names that many methods is not what this saves on), each is its own.
fn intern(name: &str) -> Arc<str> {
    const MOST: usize = 1024;
    thread_local! {
        static NAMES: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
    }
    NAMES.with_borrow_mut(|names| match names.get(name) {
        Some(shared) => shared.clone(),
        None => {
            let shared: Arc<str> = Arc::from(name);
            if names.len() < MOST {
                names.insert(shared.clone());
            }
            shared
        }
    })
}

impl Op {
    /// The operation as Python source: `MinStack()` for the constructor,
    /// `obj.push(3)` for a method.
    pub fn display(&self, is_constructor: bool) -> String {
        let args: Vec<String> = self.args.iter().map(Value::repr).collect();
        if is_constructor {
            format!("{}({})", self.method, args.join(", "))
        } else {
            format!("obj.{}({})", self.method, args.join(", "))
        }
    }
}

/// An op is written as an array: `["push", 3]`, or `["MinStack"]`.
impl Serialize for Op {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.args.len() + 1))?;
        seq.serialize_element(&*self.method)?;
        for a in &self.args {
            seq.serialize_element(a)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Op {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Op, D::Error> {
        struct OpVisitor;
        impl<'de> Visitor<'de> for OpVisitor {
            type Value = Op;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an operation: an array of a method name and its arguments, like [\"push\", 3]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Op, A::Error> {
                let method: std::borrow::Cow<'de, str> = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::custom("an operation must start with a method name"))?;
                if method.is_empty() || !method.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return Err(de::Error::custom(format!("{method:?} is not a method name")));
                }
                let mut args = Vec::new();
                while let Some(v) = seq.next_element::<Value>()? {
                    args.push(v);
                }
                // held as long as the problem is: no room for more
                args.shrink_to_fit();
                Ok(Op {
                    method: intern(&method),
                    args,
                })
            }
        }
        d.deserialize_seq(OpVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_display_as_python() {
        let call = Call {
            args: vec![Value::str("it's"), Value::int(3)],
            kwargs: vec![("strict".into(), Value::Bool(true))],
        };
        assert_eq!(call.display("f"), "f(\"it's\", 3, strict=True)");
    }

    #[test]
    fn ops_read_from_arrays() {
        let op: Op = serde_json::from_str(r#"["push", {"$tuple": [1, 2]}]"#).unwrap();
        assert_eq!(op.display(false), "obj.push((1, 2))");
        assert!(serde_json::from_str::<Op>("[]").is_err());
        assert!(serde_json::from_str::<Op>(r#"["no spaces"]"#).is_err());
    }
}
