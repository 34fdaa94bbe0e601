//! Property: every value survives the JSON encoding unchanged, and `same`
//! agrees with the canonical order.

use judge_model::Value;
use judge_model::json::{from_json, to_json};
use judge_model::value::{canonical_cmp, find_duplicate};
use num_bigint::BigInt;
use proptest::prelude::*;

fn hashable_scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::None),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::int),
        // beyond 64 bits
        (any::<i64>(), any::<u64>()).prop_map(|(hi, lo)| Value::Int((BigInt::from(hi) << 64) + lo)),
        any::<f64>().prop_map(Value::Float),
        prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(-0.0)].prop_map(Value::Float),
        ".*".prop_map(Value::Str),
        "[$a-c]{0,3}".prop_map(Value::Str),
        proptest::collection::vec(any::<u8>(), 0..8).prop_map(Value::Bytes),
    ]
}

fn hashable() -> impl Strategy<Value = Value> {
    hashable_scalar().prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Tuple),
            proptest::collection::vec(inner, 0..4).prop_map(|v| Value::FrozenSet(dedup(v))),
        ]
    })
}

fn dedup(items: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in items {
        if !out.iter().any(|o| o.same(&v)) {
            out.push(v);
        }
    }
    out
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        hashable(),
        ("[a-z]{1,5}", ".{0,10}").prop_map(|(t, r)| Value::Opaque {
            type_name: t,
            repr: r
        }),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::List),
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Tuple),
            proptest::collection::vec(hashable(), 0..6).prop_map(|v| Value::Set(dedup(v))),
            proptest::collection::vec((hashable(), inner), 0..6).prop_map(|items| {
                let mut out: Vec<(Value, Value)> = Vec::new();
                for (k, v) in items {
                    if !out.iter().any(|(o, _)| o.same(&k)) {
                        out.push((k, v));
                    }
                }
                Value::Dict(out)
            }),
        ]
    })
}

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
