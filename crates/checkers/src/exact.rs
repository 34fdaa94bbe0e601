use judge_model::Value;

use crate::walk::{Strict, first_difference};
use crate::{Checker, Outcome};

/// The same value, type for type: `1`, `1.0` and `True` differ, a list is
/// not a tuple, sets and dicts ignore order, NaN meets NaN.
#[derive(Debug, Clone, Copy, Default)]
pub struct Exact;

impl Checker for Exact {
    fn check(&self, expected: &Value, got: &Value) -> Outcome {
        match first_difference(expected, got, &Strict, &mut Vec::new()) {
            None => Outcome::Accepted,
            Some(m) => Outcome::Rejected(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Step;

    fn v(text: &str) -> Value {
        judge_model::json::from_json(text).unwrap()
    }

    fn rejected(e: &str, g: &str) -> crate::Mismatch {
        match Exact.check(&v(e), &v(g)) {
            Outcome::Rejected(m) => m,
            Outcome::Accepted => panic!("{e} vs {g} was accepted"),
        }
    }

    #[test]
    fn one_one_point_oh_and_true_are_different_answers() {
        assert!(
            rejected("1", "1.0")
                .message
                .contains("expected an int 1, got a float 1.0")
        );
        assert!(rejected("1", "true").message.contains("got a bool True"));
        assert!(rejected("1.0", "true").message.contains("got a bool"));
        assert!(
            rejected("[1]", r#"{"$tuple": [1]}"#)
                .message
                .contains("expected a list")
        );
    }

    #[test]
    fn zero_signs_and_nans() {
        assert!(Exact.check(&v("-0.0"), &v("0.0")).is_accepted());
        assert!(
            Exact
                .check(&v(r#"{"$float": "nan"}"#), &v(r#"{"$float": "nan"}"#))
                .is_accepted()
        );
        assert!(!Exact.check(&v(r#"{"$float": "nan"}"#), &v("0.0")).is_accepted());
    }

    #[test]
    fn first_difference_has_a_path() {
        let m = rejected(r#"[1, 2, {"a": [3, 4]}]"#, r#"[1, 2, {"a": [3, 5]}]"#);
        assert_eq!(m.path, vec![Step::Index(2), Step::Key(Value::str("a")), Step::Index(1)]);
        assert_eq!(m.to_string(), "at [2]['a'][1]: expected 4, got 5");
    }

    #[test]
    fn lengths_and_missing_pieces_are_named() {
        assert!(
            rejected("[1, 2, 3]", "[1, 2]")
                .message
                .contains("the first missing one is 3")
        );
        assert!(rejected("[1]", "[1, 9]").message.contains("the first extra one is 9"));
        assert!(rejected(r#"{"$set": [1, 2]}"#, r#"{"$set": [2, 3]}"#).message == "missing 1; unexpected 3");
        assert!(
            rejected(r#"{"a": 1}"#, r#"{"b": 1}"#)
                .message
                .contains("missing key 'a'")
        );
        assert!(
            rejected(r#"{"a": 1}"#, r#"{"a": 1, "b": 1}"#)
                .message
                .contains("unexpected key 'b'")
        );
    }

    #[test]
    fn one_character_in_a_long_string() {
        let e = "x".repeat(1000);
        let mut g = e.clone();
        g.replace_range(700..701, "y");
        let m = Exact.check(&Value::Str(e), &Value::Str(g));
        let Outcome::Rejected(m) = m else { panic!() };
        assert_eq!(m.message, "strings differ at index 700: expected 'x', got 'y'");
    }

    #[test]
    fn dicts_with_any_keys_ignore_order() {
        let e = r#"{"$dict": [[{"$tuple": [1, 2]}, "a"], [3, "b"]]}"#;
        let g = r#"{"$dict": [[3, "b"], [{"$tuple": [1, 2]}, "a"]]}"#;
        assert!(Exact.check(&v(e), &v(g)).is_accepted());
    }
}
