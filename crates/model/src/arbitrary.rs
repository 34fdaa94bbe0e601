//! Strategies that generate arbitrary values, for property tests here and
//! in other crates (feature `proptest`).

use num_bigint::BigInt;
use proptest::prelude::*;

use crate::Value;

pub fn hashable_scalar() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        Just(Value::None),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::int),
        // beyond 64 bits
        (any::<i64>(), any::<u64>())
            .prop_map(|(hi, lo)| Value::Int(crate::Int::from((BigInt::from(hi) << 64usize) + BigInt::from(lo)))),
        any::<f64>().prop_map(Value::Float),
        prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(-0.0)].prop_map(Value::Float),
        ".*".prop_map(Value::Str),
        "[$a-c]{0,3}".prop_map(Value::Str),
        proptest::collection::vec(any::<u8>(), 0..8).prop_map(Value::Bytes),
    ]
}

pub fn hashable() -> impl Strategy<Value = Value> + Clone {
    hashable_scalar().prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Tuple),
            proptest::collection::vec(inner, 0..4).prop_map(|v| Value::FrozenSet(dedup(v))),
        ]
    })
}

/// The items without the ones Python would see as repeats.
pub fn dedup(items: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in items {
        if !out.iter().any(|o| o.python_key().same(&v.python_key())) {
            out.push(v);
        }
    }
    out
}

/// Any value, opaque ones included (what a solution may return).
pub fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        hashable(),
        ("[a-z]{1,5}", ".{0,10}").prop_map(|(t, r)| Value::Opaque {
            type_name: t.into(),
            repr: r.into(),
        }),
    ];
    containers(leaf)
}

/// Any value a test may give a solution (no opaque values).
pub fn argument_value() -> impl Strategy<Value = Value> {
    containers(hashable())
}

fn containers(leaf: impl Strategy<Value = Value> + Clone + 'static) -> impl Strategy<Value = Value> {
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::List),
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Tuple),
            proptest::collection::vec(hashable(), 0..6).prop_map(|v| Value::Set(dedup(v))),
            proptest::collection::vec((hashable(), inner), 0..6).prop_map(|items| {
                let mut out: Vec<(Value, Value)> = Vec::new();
                for (k, v) in items {
                    if !out.iter().any(|(o, _)| o.python_key().same(&k.python_key())) {
                        out.push((k, v));
                    }
                }
                Value::Dict(out)
            }),
        ]
    })
}
