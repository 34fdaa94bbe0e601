use serde::Deserialize;

use crate::{Checker, Exact, Float, Tokens, Unordered};

/// The `[checker]` table of problem.toml.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum CheckerSpec {
    /// The same value, type for type (see [`judge_model::Value::same`]).
    Exact,
    /// Text compared as whitespace-separated tokens.
    Tokens,
    /// Numbers within a tolerance; everything else exact.
    Float {
        #[serde(default = "default_tolerance")]
        abs_tol: f64,
        #[serde(default = "default_tolerance")]
        rel_tol: f64,
    },
    /// Lists and tuples compared as multisets, down to `depth` levels.
    Unordered {
        #[serde(default = "one")]
        depth: u32,
    },
    /// The problem's `checker.py` decides.
    Custom,
}

fn default_tolerance() -> f64 {
    1e-6
}

fn one() -> u32 {
    1
}

impl CheckerSpec {
    /// The built-in checker for this spec; `None` for [`CheckerSpec::Custom`],
    /// which needs a Python process.
    pub fn builtin(&self) -> Option<Box<dyn Checker>> {
        match self {
            CheckerSpec::Exact => Some(Box::new(Exact)),
            CheckerSpec::Tokens => Some(Box::new(Tokens)),
            CheckerSpec::Float { abs_tol, rel_tol } => Some(Box::new(Float::new(*abs_tol, *rel_tol))),
            CheckerSpec::Unordered { depth } => Some(Box::new(Unordered::new(*depth))),
            CheckerSpec::Custom => None,
        }
    }

    /// A problem of a given kind with no `[checker]` table gets this.
    pub fn default_for_text(is_text_output: bool) -> CheckerSpec {
        if is_text_output {
            CheckerSpec::Tokens
        } else {
            CheckerSpec::Exact
        }
    }

    /// Settings that make no sense, in words, or `None`.
    pub fn problem(&self) -> Option<String> {
        match self {
            CheckerSpec::Float { abs_tol, rel_tol } if !(*abs_tol >= 0.0 && *rel_tol >= 0.0) => {
                Some("abs_tol and rel_tol must be non-negative numbers".into())
            }
            CheckerSpec::Unordered { depth: 0 } => Some("depth must be at least 1".into()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_from_toml() {
        let spec: CheckerSpec = toml::from_str("type = \"float\"\nabs_tol = 1e-9").unwrap();
        assert_eq!(
            spec,
            CheckerSpec::Float {
                abs_tol: 1e-9,
                rel_tol: 1e-6
            }
        );
        let spec: CheckerSpec = toml::from_str("type = \"unordered\"").unwrap();
        assert_eq!(spec, CheckerSpec::Unordered { depth: 1 });
        let err = toml::from_str::<CheckerSpec>("type = \"float\"\nabs = 1").unwrap_err();
        assert!(err.to_string().contains("unknown field `abs`"), "{err}");
        let err = toml::from_str::<CheckerSpec>("type = \"fuzzy\"").unwrap_err();
        assert!(err.to_string().contains("fuzzy"), "{err}");
    }
}
