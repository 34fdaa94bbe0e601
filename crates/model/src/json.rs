//! The JSON encoding of [`Value`], shared by test files and the runners'
//! wire protocol (the Python side lives in `sandbox/harness.py`).
//!
//! Plain JSON means what it looks like: `null`, `true`, integers (any size),
//! numbers with a `.` or an exponent (floats), strings, arrays (lists) and
//! objects (dicts with `str` keys). Everything else is a tagged object: an
//! object whose *first* key starts with `$` and which has exactly one key:
//!
//! | Python            | JSON                                     |
//! |-------------------|------------------------------------------|
//! | `(1, 2)`          | `{"$tuple": [1, 2]}`                     |
//! | `{1, 2}`          | `{"$set": [1, 2]}`                       |
//! | `frozenset({1})`  | `{"$frozenset": [1]}`                    |
//! | `{(1, 2): 'a'}`   | `{"$dict": [[{"$tuple": [1, 2]}, "a"]]}` |
//! | `b'hi\x00'`       | `{"$bytes": "hi\u0000"}` (one char per byte, U+0000..U+00FF) |
//! | `float('inf')`    | `{"$float": "inf"}` (also `"-inf"`, `"nan"`) |
//! | anything else     | `{"$opaque": {"type": "deque", "repr": "deque([1])"}}` |
//!
//! A dict with `str` keys whose first key starts with `$` is written with
//! `$dict`, so that it is not read back as a tag.

use std::fmt;
use std::str::FromStr;

use num_bigint::BigInt;

use crate::int::Int;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use crate::expect::Expected;
use crate::value::{Value, find_duplicate};

/// serde_json hands an `arbitrary_precision` number to `deserialize_any`
/// visitors as a one-entry map under this key, with the number's text as the
/// value. It is how integers of any size arrive exactly.
const SERDE_JSON_NUMBER_TOKEN: &str = "$serde_json::private::Number";

pub const TAG_TUPLE: &str = "$tuple";
pub const TAG_SET: &str = "$set";
pub const TAG_FROZENSET: &str = "$frozenset";
pub const TAG_DICT: &str = "$dict";
pub const TAG_BYTES: &str = "$bytes";
pub const TAG_FLOAT: &str = "$float";
pub const TAG_OPAQUE: &str = "$opaque";
pub const TAG_RAISES: &str = "$raises";
pub const TAG_INT: &str = "$int";

/// Ints longer than this many decimal digits are written in hexadecimal
/// (`{"$int": "0x..."}`, and `0x...` in a repr): converting to and from
/// decimal costs time quadratic in the length, hexadecimal linear. Python
/// itself refuses such decimal conversions by default (past 4,300 digits).
pub const MAX_DECIMAL_DIGITS: usize = 100_000;

/// Whether `i` is written in hexadecimal (more than `MAX_DECIMAL_DIGITS`
/// decimal digits, near enough: log10(2) = 0.30103).
pub fn int_is_huge(i: &Int) -> bool {
    i.bits() as f64 * std::f64::consts::LOG10_2 > MAX_DECIMAL_DIGITS as f64
}

/// `0x1f`, `-0x1f`: linear in the length.
pub fn int_hex(i: &Int) -> String {
    let big = i.to_big();
    match big.sign() {
        num_bigint::Sign::Minus => format!("-0x{:x}", big.magnitude()),
        _ => format!("0x{:x}", big.magnitude()),
    }
}

fn int_from_hex(text: &str) -> Option<BigInt> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X"))?;
    let magnitude = BigInt::parse_bytes(digits.as_bytes(), 16)?;
    Some(if negative { -magnitude } else { magnitude })
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::None => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Int(i) if int_is_huge(i) => tagged(s, TAG_INT, &int_hex(i)),
            Value::Int(i) => match i.to_i64() {
                Some(small) => s.serialize_i64(small),
                None => serde_json::Number::from_str(&i.to_string())
                    .map_err(serde::ser::Error::custom)?
                    .serialize(s),
            },
            Value::Float(f) if f.is_finite() => s.serialize_f64(*f),
            Value::Float(f) => {
                let text = if f.is_nan() {
                    "nan"
                } else if *f > 0.0 {
                    "inf"
                } else {
                    "-inf"
                };
                tagged(s, TAG_FLOAT, text)
            }
            Value::Str(text) => s.serialize_str(text),
            Value::Bytes(bytes) => {
                let text: String = bytes.iter().map(|&b| char::from(b)).collect();
                tagged(s, TAG_BYTES, &text)
            }
            Value::List(items) => items.serialize(s),
            Value::Tuple(items) => tagged(s, TAG_TUPLE, items),
            Value::Set(items) => tagged(s, TAG_SET, items),
            Value::FrozenSet(items) => tagged(s, TAG_FROZENSET, items),
            Value::Dict(items) => {
                let plain = items.iter().all(|(k, _)| matches!(k, Value::Str(_)))
                    && !matches!(items.first(), Some((Value::Str(k), _)) if k.starts_with('$'));
                if plain {
                    let mut map = s.serialize_map(Some(items.len()))?;
                    for (k, v) in items {
                        map.serialize_entry(k, v)?;
                    }
                    map.end()
                } else {
                    tagged(s, TAG_DICT, &DictItems(items))
                }
            }
            Value::Opaque { type_name, repr } => tagged(
                s,
                TAG_OPAQUE,
                &OpaqueBody {
                    type_name: type_name.to_string(),
                    repr: repr.to_string(),
                },
            ),
        }
    }
}

fn tagged<S: Serializer, T: Serialize + ?Sized>(s: S, tag: &str, body: &T) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(1))?;
    map.serialize_entry(tag, body)?;
    map.end()
}

struct DictItems<'a>(&'a [(Value, Value)]);

impl Serialize for DictItems<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (k, v) in self.0 {
            seq.serialize_element(&(k, v))?;
        }
        seq.end()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OpaqueBody {
    #[serde(rename = "type")]
    type_name: String,
    repr: String,
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

impl Serialize for Expected {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Expected::Value(v) => v.serialize(s),
            Expected::Raises(name) => tagged(s, TAG_RAISES, name),
        }
    }
}

impl<'de> Deserialize<'de> for Expected {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Expected, D::Error> {
        d.deserialize_any(ExpectedVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value in the judge's JSON encoding")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::None)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::None)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, i: i64) -> Result<Value, E> {
        Ok(Value::Int(Int::from(i)))
    }
    fn visit_u64<E>(self, i: u64) -> Result<Value, E> {
        Ok(Value::Int(Int::from(BigInt::from(i))))
    }
    fn visit_i128<E>(self, i: i128) -> Result<Value, E> {
        Ok(Value::Int(Int::from(BigInt::from(i))))
    }
    fn visit_u128<E>(self, i: u128) -> Result<Value, E> {
        Ok(Value::Int(Int::from(BigInt::from(i))))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        Ok(Value::Float(f))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::Str(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::Str(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(v) = seq.next_element::<Value>()? {
            items.push(v);
        }
        // a test's values live as long as its problem: no room for more
        items.shrink_to_fit();
        Ok(Value::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        match map.next_key::<String>()? {
            None => Ok(Value::Dict(Vec::new())),
            Some(first) => value_from_map(first, map),
        }
    }
}

struct ExpectedVisitor;

impl<'de> Visitor<'de> for ExpectedVisitor {
    type Value = Expected;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an expected value, or {\"$raises\": \"ExceptionName\"}")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Expected, E> {
        ValueVisitor.visit_unit().map(Expected::Value)
    }
    fn visit_none<E: de::Error>(self) -> Result<Expected, E> {
        ValueVisitor.visit_none().map(Expected::Value)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Expected, E> {
        ValueVisitor.visit_bool(b).map(Expected::Value)
    }
    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Expected, E> {
        ValueVisitor.visit_i64(i).map(Expected::Value)
    }
    fn visit_u64<E: de::Error>(self, i: u64) -> Result<Expected, E> {
        ValueVisitor.visit_u64(i).map(Expected::Value)
    }
    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Expected, E> {
        ValueVisitor.visit_f64(f).map(Expected::Value)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Expected, E> {
        ValueVisitor.visit_str(s).map(Expected::Value)
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Expected, E> {
        ValueVisitor.visit_string(s).map(Expected::Value)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Expected, A::Error> {
        ValueVisitor.visit_seq(seq).map(Expected::Value)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Expected, A::Error> {
        match map.next_key::<String>()? {
            None => Ok(Expected::Value(Value::Dict(Vec::new()))),
            Some(first) if first == TAG_RAISES => {
                let name: String = map.next_value()?;
                if !is_exception_name(&name) {
                    return Err(de::Error::custom(format!(
                        "`$raises` names an exception class, like \"ValueError\"; got {name:?}"
                    )));
                }
                expect_no_more_keys(&mut map, TAG_RAISES)?;
                Ok(Expected::Raises(name))
            }
            Some(first) => value_from_map(first, map).map(Expected::Value),
        }
    }
}

fn is_exception_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// Decodes the rest of a JSON object whose first key has been read.
fn value_from_map<'de, A: MapAccess<'de>>(first: String, mut map: A) -> Result<Value, A::Error> {
    if first == SERDE_JSON_NUMBER_TOKEN {
        let text: String = map.next_value()?;
        return number_from_text(&text).map_err(de::Error::custom);
    }
    if first.starts_with('$') {
        let value = tagged_body(&first, &mut map)?;
        expect_no_more_keys(&mut map, &first)?;
        return Ok(value);
    }
    let mut items = vec![(Value::Str(first), map.next_value::<Value>()?)];
    let mut keys = std::collections::HashSet::new();
    keys.insert(match &items[0].0 {
        Value::Str(k) => k.clone(),
        _ => String::new(),
    });
    while let Some(key) = map.next_key::<String>()? {
        if !keys.insert(key.clone()) {
            return Err(de::Error::custom(format!("duplicate key {key:?} in a dict")));
        }
        items.push((Value::Str(key), map.next_value::<Value>()?));
    }
    Ok(Value::Dict(items))
}

fn tagged_body<'de, A: MapAccess<'de>>(tag: &str, map: &mut A) -> Result<Value, A::Error> {
    match tag {
        TAG_TUPLE => Ok(Value::Tuple(map.next_value()?)),
        TAG_SET | TAG_FROZENSET => {
            let items: Vec<Value> = map.next_value()?;
            if let Some(dup) = find_duplicate(items.iter()) {
                return Err(de::Error::custom(format!(
                    "`{tag}` lists the element {} twice",
                    dup.repr()
                )));
            }
            Ok(if tag == TAG_SET {
                Value::Set(items)
            } else {
                Value::FrozenSet(items)
            })
        }
        TAG_DICT => {
            let items: Vec<(Value, Value)> = map.next_value()?;
            if let Some(dup) = find_duplicate(items.iter().map(|(k, _)| k)) {
                return Err(de::Error::custom(format!("`$dict` has the key {} twice", dup.repr())));
            }
            Ok(Value::Dict(items))
        }
        TAG_BYTES => {
            let text: String = map.next_value()?;
            text.chars()
                .map(|c| u8::try_from(u32::from(c)))
                .collect::<Result<Vec<u8>, _>>()
                .map(Value::Bytes)
                .map_err(|_| de::Error::custom("`$bytes` takes a string of characters U+0000..U+00FF, one per byte"))
        }
        TAG_INT => {
            let text: String = map.next_value()?;
            int_from_hex(&text)
                .map(|i| Value::Int(i.into()))
                .ok_or_else(|| de::Error::custom(format!("`$int` takes a hexadecimal int like \"0x1f\"; got {text:?}")))
        }
        TAG_FLOAT => {
            let text: String = map.next_value()?;
            float_from_text(&text).map(Value::Float).ok_or_else(|| {
                de::Error::custom(format!(
                    "`$float` takes \"inf\", \"-inf\", \"nan\" or a number; got {text:?}"
                ))
            })
        }
        TAG_OPAQUE => {
            let body: OpaqueBody = map.next_value()?;
            Ok(Value::Opaque {
                type_name: body.type_name.into(),
                repr: body.repr.into(),
            })
        }
        TAG_RAISES => Err(de::Error::custom(
            "`$raises` is only allowed as a whole expected result, not inside a value",
        )),
        other => Err(de::Error::custom(format!(
            "unknown tag `{other}` (known: $tuple, $set, $frozenset, $dict, $bytes, $float, $opaque); \
             a dict whose first key starts with `$` is written {{\"$dict\": [[key, value], ...]}}"
        ))),
    }
}

fn expect_no_more_keys<'de, A: MapAccess<'de>>(map: &mut A, tag: &str) -> Result<(), A::Error> {
    match map.next_key::<de::IgnoredAny>()? {
        None => Ok(()),
        Some(_) => Err(de::Error::custom(format!(
            "a tagged value like {{\"{tag}\": ...}} has exactly one key"
        ))),
    }
}

fn float_from_text(text: &str) -> Option<f64> {
    match text.trim() {
        "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        "nan" | "NaN" => Some(f64::NAN),
        t => t.parse().ok(),
    }
}

/// A JSON number's text: with a fraction or an exponent it is a float,
/// otherwise an integer of any size.
pub fn number_from_text(text: &str) -> Result<Value, String> {
    if text.contains(['.', 'e', 'E']) {
        text.parse::<f64>()
            .map(Value::Float)
            .map_err(|e| format!("bad float {text:?}: {e}"))
    } else if text.len() > MAX_DECIMAL_DIGITS + 1 {
        Err(format!(
            "an integer of {} digits: past {MAX_DECIMAL_DIGITS} digits, write it in hexadecimal, as {{\"$int\": \"0x...\"}}",
            text.len()
        ))
    } else {
        text.parse::<Int>()
            .map(Value::Int)
            .map_err(|e| format!("bad integer {text:?}: {e}"))
    }
}

/// Decodes one value from JSON text.
pub fn from_json(text: &str) -> serde_json::Result<Value> {
    serde_json::from_str(text)
}

/// Encodes one value as compact JSON text.
pub fn to_json(value: &Value) -> String {
    // Serializing a Value into a String cannot fail: every variant has an encoding.
    serde_json::to_string(value).unwrap_or_else(|e| unreachable!("value encoding failed: {e}"))
}

/// A seed that decodes a [`Value`]; lets callers decode values inside their
/// own structures without an intermediate `serde_json::Value`.
#[derive(Debug, Clone, Copy)]
pub struct ValueSeed;

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: &Value) -> Value {
        from_json(&to_json(v)).expect("decodes")
    }

    #[test]
    fn plain_json_means_what_it_looks_like() {
        assert_eq!(from_json("1").unwrap(), Value::int(1));
        assert_eq!(from_json("1.0").unwrap(), Value::Float(1.0));
        assert_eq!(from_json("-0.0").unwrap(), Value::Float(-0.0));
        assert_eq!(from_json("1e3").unwrap(), Value::Float(1000.0));
        assert_eq!(from_json("true").unwrap(), Value::Bool(true));
        assert_eq!(from_json("null").unwrap(), Value::None);
        assert_eq!(
            from_json(r#"{"a": [1, "x"]}"#).unwrap(),
            Value::Dict(vec![(
                Value::str("a"),
                Value::List(vec![Value::int(1), Value::str("x")])
            )])
        );
    }

    #[test]
    fn big_integers_are_exact() {
        let text = "123456789012345678901234567890123456789";
        let v = from_json(text).unwrap();
        assert_eq!(v, Value::Int(text.parse().unwrap()));
        assert_eq!(to_json(&v), text);
        let neg = format!("-{text}");
        assert_eq!(to_json(&from_json(&neg).unwrap()), neg);
    }

    #[test]
    fn floats_keep_their_type_through_json() {
        for f in [1.0, -0.0, 0.1, 1e300, 5e-324, f64::MAX] {
            let v = Value::Float(f);
            assert_eq!(round_trip(&v), v, "{f}");
        }
        assert_eq!(to_json(&Value::Float(1.0)), "1.0");
        assert_eq!(to_json(&Value::Float(f64::NEG_INFINITY)), r#"{"$float":"-inf"}"#);
        assert!(matches!(round_trip(&Value::Float(f64::NAN)), Value::Float(f) if f.is_nan()));
    }

    #[test]
    fn tags_keep_containers_apart() {
        let t = Value::Tuple(vec![Value::int(1)]);
        assert_eq!(to_json(&t), r#"{"$tuple":[1]}"#);
        let d = Value::Dict(vec![(t.clone(), Value::str("a"))]);
        assert_eq!(to_json(&d), r#"{"$dict":[[{"$tuple":[1]},"a"]]}"#);
        assert_eq!(round_trip(&d), d);
        let b = Value::Bytes(vec![0, 104, 255]);
        assert_eq!(round_trip(&b), b);
    }

    #[test]
    fn dollar_keys_are_escaped_through_dict_tag() {
        let d = Value::Dict(vec![(Value::str("$tuple"), Value::int(1))]);
        assert_eq!(to_json(&d), r#"{"$dict":[["$tuple",1]]}"#);
        assert_eq!(round_trip(&d), d);
        // a `$` key that is not first is an ordinary key
        let d = Value::Dict(vec![
            (Value::str("a"), Value::int(1)),
            (Value::str("$b"), Value::int(2)),
        ]);
        assert_eq!(round_trip(&d), d);
    }

    #[test]
    fn bad_input_is_explained() {
        let err = from_json(r#"{"$tupel": [1]}"#).unwrap_err().to_string();
        assert!(err.contains("unknown tag `$tupel`"), "{err}");
        let err = from_json(r#"{"$tuple": [1], "x": 2}"#).unwrap_err().to_string();
        assert!(err.contains("exactly one key"), "{err}");
        let err = from_json(r#"{"$set": [1, 1]}"#).unwrap_err().to_string();
        assert!(err.contains("twice"), "{err}");
        let err = from_json(r#"{"a": 1, "a": 2}"#).unwrap_err().to_string();
        assert!(err.contains("duplicate key"), "{err}");
        let err = from_json(r#"{"$bytes": "\u0100"}"#).unwrap_err().to_string();
        assert!(err.contains("U+00FF"), "{err}");
        let err = from_json("[1,\n {\"$raises\": \"ValueError\"}]").unwrap_err();
        assert_eq!(err.line(), 2);
    }

    #[test]
    fn expectations_may_raise() {
        let e: Expected = serde_json::from_str(r#"{"$raises": "IndexError"}"#).unwrap();
        assert_eq!(e, Expected::Raises("IndexError".into()));
        let e: Expected = serde_json::from_str(r#"[1]"#).unwrap();
        assert_eq!(e, Expected::Value(Value::List(vec![Value::int(1)])));
        let err = serde_json::from_str::<Expected>(r#"{"$raises": "not a name"}"#).unwrap_err();
        assert!(err.to_string().contains("names an exception class"));
    }

    #[test]
    fn huge_ints_are_hexadecimal_both_ways() {
        let huge: BigInt = -(BigInt::from(1) << 400_000usize) + BigInt::from(5);
        let text = to_json(&Value::Int(crate::Int::from(huge.clone())));
        assert!(text.starts_with("{\"$int\":\"-0x"), "{}", &text[..20]);
        assert_eq!(from_json(&text).unwrap(), Value::Int(crate::Int::from(huge.clone())));
        assert!(Value::Int(crate::Int::from(huge)).repr().starts_with("-0x"));
        // a decimal int of more digits than that is refused, not parsed in quadratic time
        let digits = "7".repeat(MAX_DECIMAL_DIGITS + 2);
        assert!(from_json(&digits).is_err());
        assert!(from_json(&"7".repeat(1000)).is_ok());
    }
}
