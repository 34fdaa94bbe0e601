//! A test's *shape*: a coarse description of its input (types, sizes to an
//! order of magnitude, the methods a class case calls). Two tests of the
//! same shape exercise a solution in much the same way, so a test that no
//! wrong solution fails and that repeats another's shape is worth a note.

use judge_model::{CaseInput, Value};

pub fn shape_of(input: &CaseInput) -> String {
    match input {
        CaseInput::Call(call) => {
            let mut parts: Vec<String> = call.args.iter().map(|v| value_shape(v, 0)).collect();
            parts.extend(call.kwargs.iter().map(|(k, v)| format!("{k}={}", value_shape(v, 0))));
            format!("({})", parts.join(", "))
        }
        CaseInput::Ops(ops) => {
            let mut methods: Vec<&str> = ops.iter().skip(1).map(|op| &*op.method).collect();
            methods.sort_unstable();
            methods.dedup();
            let first = ops.first().map_or(String::new(), |op| {
                let args: Vec<String> = op.args.iter().map(|v| value_shape(v, 0)).collect();
                format!("{}({})", op.method, args.join(", "))
            });
            format!(
                "{first} then {} ops of {{{}}}",
                magnitude(ops.len().saturating_sub(1)),
                methods.join(", ")
            )
        }
        CaseInput::Stdin(text) => {
            let lines = text.lines().count();
            let tokens = text.split_whitespace().count();
            let kind = if text.is_ascii() { "text" } else { "unicode text" };
            format!(
                "{kind}: {} lines, {} tokens of {}",
                magnitude(lines),
                magnitude(tokens),
                char_classes(text)
            )
        }
    }
}

/// `0`, `1`, `2-9`, `10-99`, ...: sizes that differ by less than a power
/// of ten look alike.
fn magnitude(n: usize) -> String {
    match n {
        0 => "0".into(),
        1 => "1".into(),
        2..=9 => "2-9".into(),
        _ => {
            let digits = n.ilog10();
            format!("1e{digits}")
        }
    }
}

/// Which kinds of character a string holds, e.g. `lower+digit+punct`.
fn char_classes(s: &str) -> String {
    type IsIn = fn(char) -> bool;
    let classes: [(&str, IsIn); 6] = [
        ("upper", char::is_uppercase),
        ("lower", char::is_lowercase),
        ("digit", char::is_numeric),
        ("space", char::is_whitespace),
        ("punct", |c| c.is_ascii_punctuation()),
        ("other", |c| {
            !c.is_alphanumeric() && !c.is_whitespace() && !c.is_ascii_punctuation()
        }),
    ];
    let present: Vec<&str> = classes
        .iter()
        .filter(|(_, test)| s.chars().any(test))
        .map(|(name, _)| *name)
        .collect();
    if present.is_empty() {
        "nothing".into()
    } else {
        present.join("+")
    }
}

/// At the top level a value shows its size; inside a container only its
/// type, so that `[1, 22]` and `[333, 4]` look alike.
fn value_shape(value: &Value, depth: usize) -> String {
    let nested = depth > 0;
    let items = |name: &str, values: &[Value]| {
        if depth >= 2 {
            return name.to_owned();
        }
        let mut kinds: Vec<String> = values.iter().map(|v| value_shape(v, depth + 1)).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let of = match kinds.len() {
            0 => String::new(),
            1..=3 => format!(" of {}", kinds.join("|")),
            _ => " of mixed".to_owned(),
        };
        format!("{name}[{}]{of}", magnitude(values.len()))
    };
    match value {
        Value::None => "None".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) if nested => "int".into(),
        Value::Int(i) => {
            let sign = if i.is_negative() { "-" } else { "" };
            let digits = i.to_string().trim_start_matches('-').len();
            format!("int({sign}{} digits)", magnitude(digits))
        }
        Value::Float(_) => "float".into(),
        Value::Str(s) if nested => if s.is_ascii() { "str" } else { "unicode str" }.into(),
        Value::Str(s) => {
            let kind = if s.is_ascii() { "str" } else { "unicode str" };
            format!("{kind}[{}] of {}", magnitude(s.chars().count()), char_classes(s))
        }
        Value::Bytes(_) if nested => "bytes".into(),
        Value::Bytes(b) => format!("bytes[{}]", magnitude(b.len())),
        Value::List(v) => items("list", v),
        Value::Tuple(v) => items("tuple", v),
        Value::Set(v) => items("set", v),
        Value::FrozenSet(v) => items("frozenset", v),
        Value::Dict(pairs) => {
            let keys: Vec<Value> = pairs.iter().map(|(k, _)| k.clone()).collect();
            items("dict", &keys)
        }
        Value::Opaque { type_name, .. } => type_name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_model::Call;

    fn call(args: Vec<Value>) -> CaseInput {
        CaseInput::Call(Call { args, kwargs: vec![] })
    }

    fn ints(values: &[i64]) -> Value {
        Value::List(values.iter().map(|&i| Value::int(i)).collect())
    }

    #[test]
    fn similar_inputs_share_a_shape() {
        assert_eq!(
            shape_of(&call(vec![ints(&[1, 22, 3])])),
            shape_of(&call(vec![ints(&[9, 8, 700])]))
        );
        assert_eq!(
            shape_of(&call(vec![Value::str("abc")])),
            shape_of(&call(vec![Value::str("xyzw")]))
        );
        assert_ne!(
            shape_of(&call(vec![Value::str("abc")])),
            shape_of(&call(vec![Value::str("a,b")]))
        );
    }

    #[test]
    fn sizes_types_and_edges_differ() {
        let shapes = [
            shape_of(&call(vec![ints(&[])])),
            shape_of(&call(vec![ints(&[1])])),
            shape_of(&call(vec![ints(&[1, 2])])),
            shape_of(&call(vec![ints(&(0..100).collect::<Vec<_>>())])),
            shape_of(&call(vec![Value::str("é")])),
            shape_of(&call(vec![Value::str("e")])),
            shape_of(&call(vec![Value::int(-5)])),
            shape_of(&call(vec![Value::int(5)])),
            shape_of(&CaseInput::Stdin("1 2\n".into())),
            shape_of(&CaseInput::Stdin("".into())),
        ];
        let mut unique = shapes.to_vec();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), shapes.len(), "{shapes:#?}");
    }
}
