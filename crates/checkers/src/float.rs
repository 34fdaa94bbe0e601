use judge_model::Value;

use crate::tokens::{numeric_token, token_difference};
use crate::walk::{NumberRule, first_difference};
use crate::{Checker, Mismatch, Outcome};

/// How close two floats must be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerance {
    pub abs_tol: f64,
    pub rel_tol: f64,
}

impl Tolerance {
    /// `|e - g| <= abs_tol` or `|e - g| <= rel_tol * |e|`, relative to the
    /// expected value. Infinities must match exactly; NaN meets NaN.
    pub fn close(&self, expected: f64, got: f64) -> bool {
        if expected.is_nan() || got.is_nan() {
            return expected.is_nan() && got.is_nan();
        }
        if expected == got {
            return true;
        }
        if expected.is_infinite() || got.is_infinite() {
            return false;
        }
        let diff = (expected - got).abs();
        diff <= self.abs_tol || diff <= self.rel_tol * expected.abs()
    }

    /// The tolerance in words: `absolute 1e-6`, `relative 1e-9`, or
    /// `absolute 1e-6 or relative 1e-9`.
    pub fn describe(&self) -> String {
        match (self.abs_tol > 0.0, self.rel_tol > 0.0) {
            (true, true) => format!("absolute {:e} or relative {:e}", self.abs_tol, self.rel_tol),
            (false, true) => format!("relative {:e}", self.rel_tol),
            _ => format!("absolute {:e}", self.abs_tol),
        }
    }
}

/// Numbers within a tolerance, anywhere inside a value (an `int` may stand
/// for a `float`; a `bool` may not). Text is compared token by token, numeric
/// tokens within the tolerance.
#[derive(Debug, Clone, Copy)]
pub struct Float {
    tolerance: Tolerance,
}

impl Float {
    pub fn new(abs_tol: f64, rel_tol: f64) -> Float {
        Float {
            tolerance: Tolerance { abs_tol, rel_tol },
        }
    }
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => i.to_f64(),
        _ => None,
    }
}

impl NumberRule for Tolerance {
    fn numbers_match(&self, expected: &Value, got: &Value) -> Option<bool> {
        if !matches!(expected, Value::Float(_)) && !matches!(got, Value::Float(_)) {
            return None;
        }
        Some(self.close(as_number(expected)?, as_number(got)?))
    }
}

impl Checker for Float {
    fn check(&self, expected: &Value, got: &Value) -> Outcome {
        let found = match (expected, got) {
            (Value::Str(e), Value::Str(g)) => token_difference(e, g, false, |a, b| {
                let same = a == b
                    || match (numeric_token(a), numeric_token(b)) {
                        (Some(x), Some(y)) => self.tolerance.close(x, y),
                        _ => false,
                    };
                if same { Ok(()) } else { Err(String::new()) }
            })
            .map(|message| Mismatch::at(&[], message)),
            _ => first_difference(expected, got, &self.tolerance, &mut Vec::new()),
        };
        match found {
            None => Outcome::Accepted,
            Some(m) => Outcome::Rejected(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Value {
        judge_model::json::from_json(text).unwrap()
    }

    #[test]
    fn tolerance_is_absolute_or_relative() {
        let t = Tolerance {
            abs_tol: 1e-6,
            rel_tol: 1e-6,
        };
        assert!(t.close(1.0, 1.0 + 5e-7));
        assert!(!t.close(1.0, 1.0 + 5e-6));
        assert!(t.close(1e9, 1e9 + 500.0));
        assert!(!t.close(1e9, 1e9 + 5000.0));
        assert!(t.close(0.0, -0.0));
        assert!(t.close(f64::INFINITY, f64::INFINITY));
        assert!(!t.close(f64::INFINITY, f64::MAX));
        assert!(!t.close(f64::INFINITY, f64::NEG_INFINITY));
        assert!(t.close(f64::NAN, f64::NAN));
        assert!(!t.close(f64::NAN, 0.0));
    }

    #[test]
    fn deep_inside_values() {
        let f = Float::new(1e-9, 0.0);
        assert!(
            f.check(&v("[0.1, {\"a\": 0.3}]"), &v("[0.1, {\"a\": 0.30000000000000004}]"))
                .is_accepted()
        );
        assert!(f.check(&v("2.0"), &v("2")).is_accepted());
        assert!(!f.check(&v("1.0"), &v("true")).is_accepted());
        assert!(!f.check(&v("[1.0]"), &v("[1.1]")).is_accepted());
        let Outcome::Rejected(m) = f.check(&v("[1.0, 2.0]"), &v("[1.0, 2.5]")) else {
            panic!()
        };
        assert_eq!(m.to_string(), "at [1]: expected 2.0, got 2.5");
    }

    #[test]
    fn text_tokens_within_tolerance() {
        let f = Float::new(1e-6, 0.0);
        assert!(
            f.check(&Value::str("x 3.1415926\n"), &Value::str("x  3.14159265"))
                .is_accepted()
        );
        assert!(!f.check(&Value::str("x 3.14"), &Value::str("y 3.14")).is_accepted());
        assert!(!f.check(&Value::str("3.14"), &Value::str("3.15")).is_accepted());
    }
}
