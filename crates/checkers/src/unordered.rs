use judge_model::Value;

use crate::walk::{describe_multiset_difference, multiset_difference};
use crate::{Checker, Exact, Mismatch, Outcome};

/// Lists and tuples compared as multisets (order does not matter, repeats
/// do), down to `depth` levels: depth 2 also ignores the order inside each
/// element, as in a list of groups.
#[derive(Debug, Clone, Copy)]
pub struct Unordered {
    depth: u32,
}

impl Unordered {
    pub fn new(depth: u32) -> Unordered {
        Unordered { depth }
    }
}

/// The value with the lists and tuples of its top `depth` levels sorted in
/// canonical order.
fn normalized(v: &Value, depth: u32) -> Value {
    if depth == 0 {
        return v.clone();
    }
    let sort = |items: &[Value]| {
        let mut items: Vec<Value> = items.iter().map(|i| normalized(i, depth - 1)).collect();
        items.sort_by(judge_model::value::canonical_cmp);
        items
    };
    match v {
        Value::List(items) => Value::List(sort(items)),
        Value::Tuple(items) => Value::Tuple(sort(items)),
        other => other.clone(),
    }
}

impl Checker for Unordered {
    fn check(&self, expected: &Value, got: &Value) -> Outcome {
        let (e, g) = (normalized(expected, self.depth), normalized(got, self.depth));
        if e.same(&g) {
            return Outcome::Accepted;
        }
        match (&e, &g) {
            (Value::List(ei), Value::List(gi)) | (Value::Tuple(ei), Value::Tuple(gi)) => {
                let (missing, extra) = multiset_difference(ei, gi);
                let message =
                    describe_multiset_difference(&missing, &extra).unwrap_or_else(|| "the elements differ".to_owned());
                Outcome::Rejected(Mismatch::at(&[], format!("{message} (order does not matter)")))
            }
            _ => Exact.check(expected, got),
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
    fn order_is_free_repeats_are_not() {
        let u = Unordered::new(1);
        assert!(u.check(&v("[3, 1, 2]"), &v("[1, 2, 3]")).is_accepted());
        assert!(!u.check(&v("[1, 1, 2]"), &v("[1, 2, 2]")).is_accepted());
        let Outcome::Rejected(m) = u.check(&v("[1, 1, 2]"), &v("[1, 2, 2]")) else {
            panic!()
        };
        assert_eq!(m.message, "missing 1; unexpected 2 (order does not matter)");
        assert!(!u.check(&v("[1]"), &v(r#"{"$tuple": [1]}"#)).is_accepted());
    }

    #[test]
    fn nested_order_only_to_the_given_depth() {
        let e = v(r#"[["eat", "tea"], ["bat"]]"#);
        let g = v(r#"[["bat"], ["tea", "eat"]]"#);
        assert!(!Unordered::new(1).check(&e, &g).is_accepted());
        assert!(Unordered::new(2).check(&e, &g).is_accepted());
    }

    #[test]
    fn nan_and_signed_zero_inside() {
        let u = Unordered::new(1);
        assert!(
            u.check(&v(r#"[{"$float": "nan"}, 0.0]"#), &v(r#"[-0.0, {"$float": "nan"}]"#))
                .is_accepted()
        );
    }
}
