//! Property: every value survives the JSON encoding unchanged, and `same`
//! agrees with the canonical order.

use judge_model::Value;
use judge_model::arbitrary::{any_value, dedup, hashable};
use judge_model::json::{from_json, to_json};
use judge_model::value::{canonical_cmp, find_duplicate};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn json_round_trip_is_identity(v in any_value()) {
        let text = to_json(&v);
        let back = from_json(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        prop_assert_eq!(&back, &v, "through {}", text);
    }

    #[test]
    fn same_agrees_with_canonical_order(a in any_value(), b in any_value()) {
        prop_assert!(a.same(&a));
        prop_assert_eq!(a.same(&b), canonical_cmp(&a, &b).is_eq());
        prop_assert_eq!(canonical_cmp(&a, &b), canonical_cmp(&b, &a).reverse());
    }

    #[test]
    fn reordering_a_set_keeps_it_the_same(items in proptest::collection::vec(hashable(), 0..8)) {
        let items = dedup(items);
        prop_assert!(find_duplicate(items.iter()).is_none());
        let mut reversed = items.clone();
        reversed.reverse();
        prop_assert!(Value::Set(items).same(&Value::Set(reversed)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn marshal_round_trip_is_identity(v in judge_model::arbitrary::argument_value()) {
        let bytes = judge_model::marshal::to_bytes(&v);
        let back = judge_model::marshal::from_bytes(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &v);
    }
}
