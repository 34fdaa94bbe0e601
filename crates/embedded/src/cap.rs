//! The process runner's cap on a result, kept by the embedded runner too.
//!
//! The process runner's harness sends each result as a frame, and a frame
//! over `JobLimits::frame_bytes` is replaced by a `result_limit` result
//! (OLE): a solution that returns 20 MB gets the same verdict whichever
//! runner judges it. The embedded runner sends no frame; it asks the
//! harness for the frame's size (`harness.result_cap`, one `marshal.dumps`)
//! only when a cheap bound on it, taken from the converted value, says it
//! might not fit.

use judge_model::Value;

/// What a node of a value may cost in a frame beyond its text: marshal's
/// type byte and length, or the JSON fallback's wrapper (`{"$tuple": [`),
/// separators and quotes.
const PER_NODE: usize = 32;
/// Text may cost this many bytes a byte: the JSON fallback writes a
/// control character as `\u00XX`.
const PER_TEXT_BYTE: usize = 6;

/// At least the bytes of the frame that would carry `payload`, `stdout`
/// and `stderr` (as marshal, or as JSON for values marshal cannot carry).
pub(crate) fn frame_bound(payload: &Value, stdout: &str, stderr: &str) -> usize {
    let text = (stdout.len() + stderr.len()).saturating_mul(PER_TEXT_BYTE);
    value_bound(payload).saturating_add(text).saturating_add(4 * PER_NODE)
}

fn value_bound(value: &Value) -> usize {
    let items = |items: &[Value]| items.iter().fold(0usize, |n, v| n.saturating_add(value_bound(v)));
    let inner = match value {
        Value::None | Value::Bool(_) | Value::Float(_) => 0,
        // decimal digits (JSON) are fewer than bits / 3; marshal's
        // 15-bit digits take two bytes each
        Value::Int(i) => usize::try_from(i.bits() / 3).unwrap_or(usize::MAX),
        Value::Str(s) => s.len().saturating_mul(PER_TEXT_BYTE),
        Value::Bytes(b) => b.len().saturating_mul(PER_TEXT_BYTE),
        Value::List(v) | Value::Tuple(v) | Value::Set(v) | Value::FrozenSet(v) => items(v),
        Value::Dict(pairs) => pairs.iter().fold(0usize, |n, (k, v)| {
            n.saturating_add(value_bound(k))
                .saturating_add(value_bound(v))
                .saturating_add(PER_NODE)
        }),
        Value::Opaque { type_name, repr } => (type_name.len() + repr.len()).saturating_mul(PER_TEXT_BYTE),
    };
    inner.saturating_add(PER_NODE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bound must never be under what is sent: checked against the
    /// model's own marshal writer, which writes what the harness's does.
    #[test]
    fn the_bound_is_never_under_the_marshalled_size() {
        let values = [
            Value::None,
            Value::int(7),
            Value::Int(judge_model::Int::from_f64(1e300).expect("an int")),
            Value::Float(0.5),
            Value::str("x".repeat(10_000)),
            Value::str("\u{1}".repeat(100)),
            Value::Bytes(vec![0; 1000]),
            Value::List((0..1000).map(Value::int).collect()),
            Value::Tuple(vec![Value::str("a"), Value::List(vec![Value::None; 50])]),
            Value::Dict((0..100).map(|i| (Value::int(i), Value::str("v"))).collect()),
        ];
        for v in values {
            let marshalled = judge_model::marshal::to_bytes(&v).len();
            assert!(frame_bound(&v, "", "") >= marshalled, "{v:?}: {marshalled}");
        }
        assert!(frame_bound(&Value::None, &"o".repeat(1000), "") >= 1000);
    }

    #[test]
    fn a_small_result_is_far_under_any_cap() {
        let v = Value::List((0..100).map(Value::int).collect());
        // the smallest cap is 1 MiB (an output limit of 0)
        assert!(frame_bound(&v, "printed", "") < 1 << 16);
    }
}
