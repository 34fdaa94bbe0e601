//! The structural comparison every value checker shares: walk both values
//! together and stop at the first difference, with its path.

use std::cmp::Ordering;

use judge_model::Value;
use judge_model::value::{canonical_cmp, sorted_canonically};

use crate::mismatch::{Mismatch, Step};

/// How leaves that are numbers compare; `None` leaves the pair to the exact
/// rules.
pub(crate) trait NumberRule {
    fn numbers_match(&self, expected: &Value, got: &Value) -> Option<bool>;
}

/// Numbers compare as values of their own type.
pub(crate) struct Strict;

impl NumberRule for Strict {
    fn numbers_match(&self, _: &Value, _: &Value) -> Option<bool> {
        None
    }
}

const MAX_SHOWN: usize = 5;
const MAX_REPR: usize = 80;

/// A repr cut to a readable length.
pub(crate) fn short(v: &Value) -> String {
    shorten(&v.repr())
}

pub(crate) fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_REPR {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX_REPR - 1).collect();
        format!("{head}…")
    }
}

pub(crate) fn first_difference(
    expected: &Value,
    got: &Value,
    rule: &dyn NumberRule,
    path: &mut Vec<Step>,
) -> Option<Mismatch> {
    if let Some(equal) = rule.numbers_match(expected, got) {
        return (!equal).then(|| Mismatch::at(path, format!("expected {}, got {}", short(expected), short(got))));
    }
    match (expected, got) {
        (Value::List(e), Value::List(g)) | (Value::Tuple(e), Value::Tuple(g)) => sequence_difference(e, g, rule, path),
        (Value::Set(e), Value::Set(g)) | (Value::FrozenSet(e), Value::FrozenSet(g)) => {
            set_difference(e, g).map(|message| Mismatch::at(path, message))
        }
        (Value::Dict(e), Value::Dict(g)) => dict_difference(e, g, rule, path),
        (Value::Str(e), Value::Str(g)) => string_difference(e, g).map(|m| Mismatch::at(path, m)),
        _ if expected.type_name() != got.type_name() => Some(Mismatch::at(
            path,
            format!(
                "expected {} {}, got {} {}",
                article(expected.type_name()),
                short(expected),
                article(got.type_name()),
                short(got)
            ),
        )),
        _ if expected.same(got) => None,
        _ => Some(Mismatch::at(
            path,
            format!("expected {}, got {}", short(expected), short(got)),
        )),
    }
}

fn article(type_name: &str) -> String {
    let vowel = type_name.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {type_name}", if vowel { "an" } else { "a" })
}

fn sequence_difference(e: &[Value], g: &[Value], rule: &dyn NumberRule, path: &mut Vec<Step>) -> Option<Mismatch> {
    for (i, (ev, gv)) in e.iter().zip(g).enumerate() {
        path.push(Step::Index(i));
        let found = first_difference(ev, gv, rule, path);
        path.pop();
        if found.is_some() {
            return found;
        }
    }
    match e.len().cmp(&g.len()) {
        Ordering::Equal => None,
        Ordering::Greater => Some(Mismatch::at(
            path,
            format!(
                "expected {} elements, got {}; the first missing one is {}",
                e.len(),
                g.len(),
                short(&e[g.len()])
            ),
        )),
        Ordering::Less => Some(Mismatch::at(
            path,
            format!(
                "expected {} elements, got {}; the first extra one is {}",
                e.len(),
                g.len(),
                short(&g[e.len()])
            ),
        )),
    }
}

/// Elements of `e` not in `g` and of `g` not in `e`, counting repeats.
pub(crate) fn multiset_difference<'a>(e: &'a [Value], g: &'a [Value]) -> (Vec<&'a Value>, Vec<&'a Value>) {
    let (se, sg) = (sorted_canonically(e), sorted_canonically(g));
    let (mut missing, mut extra) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < se.len() || j < sg.len() {
        let order = match (se.get(i), sg.get(j)) {
            (Some(a), Some(b)) => canonical_cmp(a, b),
            (Some(_), None) => Ordering::Less,
            _ => Ordering::Greater,
        };
        match order {
            Ordering::Equal => {
                i += 1;
                j += 1;
            }
            Ordering::Less => {
                missing.push(se[i]);
                i += 1;
            }
            Ordering::Greater => {
                extra.push(sg[j]);
                j += 1;
            }
        }
    }
    (missing, extra)
}

pub(crate) fn describe_multiset_difference(missing: &[&Value], extra: &[&Value]) -> Option<String> {
    let list = |items: &[&Value]| {
        let mut shown: Vec<String> = items.iter().take(MAX_SHOWN).map(|v| short(v)).collect();
        if items.len() > MAX_SHOWN {
            shown.push(format!("and {} more", items.len() - MAX_SHOWN));
        }
        shown.join(", ")
    };
    match (missing.is_empty(), extra.is_empty()) {
        (true, true) => None,
        (false, true) => Some(format!("missing {}", list(missing))),
        (true, false) => Some(format!("unexpected {}", list(extra))),
        (false, false) => Some(format!("missing {}; unexpected {}", list(missing), list(extra))),
    }
}

fn set_difference(e: &[Value], g: &[Value]) -> Option<String> {
    let (missing, extra) = multiset_difference(e, g);
    describe_multiset_difference(&missing, &extra)
}

fn dict_difference(
    e: &[(Value, Value)],
    g: &[(Value, Value)],
    rule: &dyn NumberRule,
    path: &mut Vec<Step>,
) -> Option<Mismatch> {
    let mut got_sorted: Vec<&(Value, Value)> = g.iter().collect();
    got_sorted.sort_by(|a, b| canonical_cmp(&a.0, &b.0));
    let find = |key: &Value| {
        got_sorted
            .binary_search_by(|probe| canonical_cmp(&probe.0, key))
            .ok()
            .map(|i| &got_sorted[i].1)
    };
    for (key, ev) in e {
        let Some(gv) = find(key) else {
            return Some(Mismatch::at(path, format!("missing key {}", short(key))));
        };
        path.push(Step::Key(key.clone()));
        let found = first_difference(ev, gv, rule, path);
        path.pop();
        if found.is_some() {
            return found;
        }
    }
    if g.len() > e.len() {
        let mut expected_keys: Vec<&Value> = e.iter().map(|(k, _)| k).collect();
        expected_keys.sort_by(|a, b| canonical_cmp(a, b));
        let extra = g
            .iter()
            .map(|(k, _)| k)
            .find(|k| expected_keys.binary_search_by(|probe| canonical_cmp(probe, k)).is_err());
        if let Some(k) = extra {
            return Some(Mismatch::at(path, format!("unexpected key {}", short(k))));
        }
    }
    None
}

/// Where two strings first differ, by character index.
pub(crate) fn string_difference(e: &str, g: &str) -> Option<String> {
    if e == g {
        return None;
    }
    let mut ei = e.chars();
    let mut gi = g.chars();
    let mut index = 0;
    loop {
        match (ei.next(), gi.next()) {
            (Some(a), Some(b)) if a == b => index += 1,
            (Some(a), Some(b)) => {
                return Some(format!(
                    "strings differ at index {index}: expected {}, got {}",
                    Value::Str(a.to_string()).repr(),
                    Value::Str(b.to_string()).repr()
                ));
            }
            (Some(_), None) => {
                return Some(format!(
                    "got a string of length {index}, shorter than expected ({}); it is missing {}",
                    e.chars().count(),
                    shorten(&Value::Str(e.chars().skip(index).collect()).repr())
                ));
            }
            (None, Some(_)) => {
                return Some(format!(
                    "got a string of length {}, longer than expected ({index}); the extra part is {}",
                    g.chars().count(),
                    shorten(&Value::Str(g.chars().skip(index).collect()).repr())
                ));
            }
            (None, None) => return None,
        }
    }
}
