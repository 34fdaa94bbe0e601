//! Test files of `function` and `class` problems (`tests/<group>.json`),
//! parsed from text, no I/O.
//!
//! A file is a JSON array of cases. Validation happens while parsing, so an
//! error carries the line and column where serde_json stood.

use std::fmt;
use std::path::Path;

use judge_model::{Call, CaseInput, Expected, Op, Value};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::config::Kind;
use crate::error::LoadError;
use crate::{CaseExpected, ParsedCase};

/// Parses the cases of one group file. `entry` is the class name for the
/// `class` kind (each case's first op must construct it).
pub fn parse_cases(text: &str, path: &Path, kind: Kind, entry: &str) -> Result<Vec<ParsedCase>, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let cases = CasesSeed { kind, entry }
        .deserialize(&mut de)
        .and_then(|cases| de.end().map(|()| cases))
        .map_err(|e| LoadError::json(path, &e))?;
    Ok(cases)
}

struct CasesSeed<'a> {
    kind: Kind,
    entry: &'a str,
}

impl<'de> DeserializeSeed<'de> for CasesSeed<'_> {
    type Value = Vec<ParsedCase>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for CasesSeed<'_> {
    type Value = Vec<ParsedCase>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of test cases")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut cases: Vec<ParsedCase> = Vec::new();
        let mut names = UniqueNames::default();
        loop {
            let seed = CaseSeed {
                kind: self.kind,
                entry: self.entry,
                index: cases.len() + 1,
            };
            let Some(case) = seq.next_element_seed(seed)? else {
                break;
            };
            if !names.insert(&case.name, &cases) {
                return Err(de::Error::custom(format!(
                    "two cases are named {:?}; names must be unique in a group",
                    case.name
                )));
            }
            cases.push(case);
        }
        Ok(cases)
    }
}

/// The names of a group's cases so far, to refuse a second case of the
/// same name. It keeps a keyed hash of each name and its case's index, not
/// a copy of the name: a hash seen before is confirmed against the case's
/// name itself, and two different names with one hash (a 64-bit collision
/// of a randomly keyed hash) fall back to comparing every name, so the
/// answer is exact and the cost stays linear.
#[derive(Default)]
struct UniqueNames {
    hasher: std::collections::hash_map::RandomState,
    seen: std::collections::HashMap<u64, usize, BuildFingerprint>,
}

impl UniqueNames {
    /// Whether `name` is new among `cases`' names (remembered if so).
    fn insert(&mut self, name: &str, cases: &[ParsedCase]) -> bool {
        let fingerprint = std::hash::BuildHasher::hash_one(&self.hasher, name);
        self.insert_with(fingerprint, name, cases)
    }

    fn insert_with(&mut self, fingerprint: u64, name: &str, cases: &[ParsedCase]) -> bool {
        match self.seen.entry(fingerprint) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(cases.len());
                true
            }
            std::collections::hash_map::Entry::Occupied(first) => {
                cases[*first.get()].name != name && cases.iter().all(|c| c.name != name)
            }
        }
    }
}

/// The fingerprints are already keyed hashes: the map uses them as they are.
#[derive(Default, Clone, Copy)]
struct BuildFingerprint;

impl std::hash::BuildHasher for BuildFingerprint {
    type Hasher = Fingerprint;
    fn build_hasher(&self) -> Fingerprint {
        Fingerprint(0)
    }
}

struct Fingerprint(u64);

impl std::hash::Hasher for Fingerprint {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // only u64s are hashed here; be correct for anything else anyway
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

struct CaseSeed<'a> {
    kind: Kind,
    entry: &'a str,
    index: usize,
}

impl<'de> DeserializeSeed<'de> for CaseSeed<'_> {
    type Value = ParsedCase;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ParsedCase, D::Error> {
        d.deserialize_map(self)
    }
}

/// A case name is used in paths and reports: keep it to a plain word.
pub fn is_case_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 80
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl<'de> Visitor<'de> for CaseSeed<'_> {
    type Value = ParsedCase;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a test case object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ParsedCase, A::Error> {
        let allowed: &[&str] = match self.kind {
            Kind::Function => &["name", "args", "kwargs", "expected", "note"],
            Kind::Class => &["name", "ops", "expected", "note"],
            Kind::Stdio | Kind::Tests => &[],
        };
        let mut name: Option<String> = None;
        let mut args: Option<Vec<Value>> = None;
        let mut kwargs: Vec<(String, Value)> = Vec::new();
        let mut ops: Option<Vec<Op>> = None;
        let mut expected: Option<Expected> = None;
        let mut expected_list: Option<Vec<Expected>> = None;
        // which of `allowed` were seen (a bit each): keys are matched, not copied
        let mut seen: u8 = 0;
        while let Some(key) = map.next_key_seed(KeySeed { allowed })? {
            let index = match key {
                Ok(index) => index,
                Err(key) => {
                    return Err(de::Error::custom(format!(
                        "unknown key `{key}` in a {} test case (allowed: {})",
                        self.kind.as_str(),
                        allowed.join(", ")
                    )));
                }
            };
            let key = allowed[index];
            if seen & (1 << index) != 0 {
                return Err(de::Error::custom(format!("`{key}` appears twice in one case")));
            }
            seen |= 1 << index;
            match key {
                "name" => {
                    let n: String = map.next_value()?;
                    if !is_case_name(&n) {
                        return Err(de::Error::custom(format!(
                            "case name {n:?} must be 1-80 characters of letters, digits, `_`, `-` or `.`"
                        )));
                    }
                    name = Some(n);
                }
                "args" => args = Some(map.next_value()?),
                "kwargs" => kwargs = kwargs_from(map.next_value()?).map_err(de::Error::custom)?,
                "ops" => ops = Some(map.next_value()?),
                "expected" if self.kind == Kind::Class => expected_list = Some(map.next_value::<Vec<Expected>>()?),
                "expected" => expected = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let name = name.unwrap_or_else(|| self.index.to_string());
        let arguments = args.iter().flatten().chain(kwargs.iter().map(|(_, v)| v));
        let op_arguments = ops.iter().flatten().flat_map(|op| op.args.iter());
        if arguments.chain(op_arguments).any(Value::contains_opaque) {
            return Err(de::Error::custom(format!(
                "case {name:?}: an `$opaque` value cannot be an argument (Python cannot rebuild it)"
            )));
        }
        let missing = |what: &str| de::Error::custom(format!("case {name:?} has no `{what}`"));
        match self.kind {
            Kind::Function => Ok(ParsedCase {
                input: CaseInput::Call(Call {
                    args: args.map(shrunk).unwrap_or_default(),
                    kwargs,
                }),
                expected: CaseExpected::Return(expected.ok_or_else(|| missing("expected"))?),
                name,
            }),
            Kind::Class => {
                let ops: Vec<Op> = ops.ok_or_else(|| missing("ops"))?;
                let expected = expected_list.ok_or_else(|| missing("expected"))?;
                let (ops, expected) = (shrunk(ops), shrunk(expected));
                check_ops(&name, self.entry, &ops, &expected).map_err(de::Error::custom)?;
                Ok(ParsedCase {
                    input: CaseInput::Ops(ops),
                    expected: CaseExpected::Ops(expected),
                    name,
                })
            }
            Kind::Stdio => Err(de::Error::custom(
                "a stdio problem's tests are NAME.in / NAME.ans files",
            )),
            Kind::Tests => Err(de::Error::custom(
                "a tests problem's cases are implementations/reference.py and implementations/buggy/*.py",
            )),
        }
    }
}

/// A list held as long as its problem is, with no room for more.
fn shrunk<T>(mut items: Vec<T>) -> Vec<T> {
    items.shrink_to_fit();
    items
}

/// A case's key: its index in the keys allowed, or the unknown key itself
/// (for the error).
struct KeySeed<'a> {
    allowed: &'a [&'a str],
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Result<usize, String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Result<usize, String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self
            .allowed
            .iter()
            .position(|k| *k == key)
            .ok_or_else(|| key.to_owned()))
    }
}

fn kwargs_from(v: Value) -> Result<Vec<(String, Value)>, String> {
    let Value::Dict(items) = v else {
        return Err("`kwargs` must be an object of name: value".into());
    };
    items
        .into_iter()
        .map(|(k, v)| match k {
            Value::Str(k) if crate::config::is_identifier(&k) => Ok((k, v)),
            other => Err(format!("`kwargs` key {} is not a Python name", other.repr())),
        })
        .collect()
}

fn check_ops(name: &str, class: &str, ops: &[Op], expected: &[Expected]) -> Result<(), String> {
    let Some(first) = ops.first() else {
        return Err(format!(
            "case {name:?}: `ops` is empty; the first op constructs the class, e.g. [\"{class}\"]"
        ));
    };
    if *first.method != *class {
        return Err(format!(
            "case {name:?}: the first op must construct the class, [\"{class}\", ...]; it is [\"{}\", ...]",
            first.method
        ));
    }
    if let Some(op) = ops[1..]
        .iter()
        .find(|op| op.method.starts_with("__") && &*op.method != "__len__")
    {
        return Err(format!(
            "case {name:?}: op {:?} calls a private method; ops call the public interface",
            op.method
        ));
    }
    if expected.len() != ops.len() {
        return Err(format!(
            "case {name:?}: `expected` has {} entries but `ops` has {}; give one per op (null for the constructor)",
            expected.len(),
            ops.len()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(kind: Kind, text: &str) -> Result<Vec<ParsedCase>, String> {
        parse_cases(text, Path::new("tests/hidden.json"), kind, "MinStack").map_err(|e| e.to_string())
    }

    #[test]
    fn function_cases() {
        let cases = parse(
            Kind::Function,
            r#"[
              {"name": "empty", "args": [""], "expected": true},
              {"args": [[1, 2]], "kwargs": {"k": 2}, "expected": {"$raises": "ValueError"}}
            ]"#,
        )
        .unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[1].name, "2");
        assert_eq!(
            cases[1].expected,
            CaseExpected::Return(Expected::Raises("ValueError".into()))
        );
        let CaseInput::Call(call) = &cases[1].input else {
            panic!()
        };
        assert_eq!(call.display("f"), "f([1, 2], k=2)");
    }

    #[test]
    fn class_cases() {
        let cases = parse(
            Kind::Class,
            r#"[{"name": "a", "ops": [["MinStack"], ["push", 1], ["pop"], ["pop"]],
                 "expected": [null, null, 1, {"$raises": "IndexError"}]}]"#,
        )
        .unwrap();
        let CaseExpected::Ops(exp) = &cases[0].expected else {
            panic!()
        };
        assert_eq!(exp[3], Expected::Raises("IndexError".into()));
    }

    #[test]
    fn two_names_with_one_fingerprint_are_still_told_apart() {
        let case = |name: &str| ParsedCase {
            name: name.into(),
            input: CaseInput::Call(Call {
                args: vec![],
                kwargs: vec![],
            }),
            expected: CaseExpected::Return(Expected::Value(Value::None)),
        };
        let mut names = UniqueNames::default();
        let mut cases = Vec::new();
        for name in ["a", "b", "c"] {
            // every name gets the same fingerprint: the collision path
            assert!(names.insert_with(7, name, &cases), "{name} is new");
            cases.push(case(name));
        }
        assert!(!names.insert_with(7, "b", &cases), "b was seen");
        assert!(!names.insert_with(7, "a", &cases), "a was seen");
        assert!(names.insert("d", &cases));
    }

    #[test]
    fn errors_have_lines() {
        let e = parse(Kind::Function, "[\n{\"args\": [1]}\n]").unwrap_err();
        assert!(e.starts_with("tests/hidden.json:2:"), "{e}");
        assert!(e.contains("has no `expected`"), "{e}");
        let e = parse(Kind::Function, "[\n{\"args\": [1], \"expect\": 2}\n]").unwrap_err();
        assert!(e.contains("unknown key `expect`"), "{e}");
        let e = parse(
            Kind::Function,
            "[{\"name\": \"a\", \"expected\": 1},\n{\"name\": \"a\", \"expected\": 1}]",
        )
        .unwrap_err();
        assert!(
            e.starts_with("tests/hidden.json:2:") && e.contains("two cases are named \"a\""),
            "{e}"
        );
        let e = parse(Kind::Class, "[{\"ops\": [[\"Stack\"]], \"expected\": [null]}]").unwrap_err();
        assert!(e.contains("must construct the class"), "{e}");
        let e = parse(
            Kind::Class,
            "[{\"ops\": [[\"MinStack\"], [\"pop\"]], \"expected\": [null]}]",
        )
        .unwrap_err();
        assert!(e.contains("`expected` has 1 entries but `ops` has 2"), "{e}");
        let e = parse(Kind::Function, "[{\"expected\": 1}] x").unwrap_err();
        assert!(e.contains("trailing characters"), "{e}");
        let e = parse(Kind::Function, "[{\"args\": [{\"$set\": [1, 1]}], \"expected\": 1}]").unwrap_err();
        assert!(e.contains("twice"), "{e}");
        let e = parse(
            Kind::Function,
            r#"[{"args": [[{"$opaque": {"type": "deque", "repr": "deque()"}}]], "expected": 1}]"#,
        )
        .unwrap_err();
        assert!(e.contains("cannot be an argument"), "{e}");
    }
}
