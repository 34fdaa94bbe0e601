//! Showing values to a person the way Python shows them: `repr()` on one
//! line, and a `pprint`-like layout that puts one element per line once a
//! container is too wide (which is what makes a line diff of two long lists
//! point at the one element that differs).

use std::fmt::Write;

use crate::value::Value;

impl Value {
    /// The value as Python's `repr()` would write it.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        write_repr(self, &mut out);
        out
    }

    /// The value laid out over several lines when its `repr()` is wider than
    /// `width`: each element of a too-wide container on its own line,
    /// indented by two spaces per level. Strings are never broken.
    pub fn pretty(&self, width: usize) -> String {
        let mut out = String::new();
        write_pretty(self, width, 0, &mut out);
        out
    }
}

fn write_repr(v: &Value, out: &mut String) {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) if crate::json::int_is_huge(i) => out.push_str(&crate::json::int_hex(i)),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) => str_repr(s, out),
        Value::Bytes(b) => bytes_repr(b, out),
        Value::List(items) => write_seq(items, "[", "]", out),
        Value::Tuple(items) if items.len() == 1 => {
            out.push('(');
            write_repr(&items[0], out);
            out.push_str(",)");
        }
        Value::Tuple(items) => write_seq(items, "(", ")", out),
        Value::Set(items) if items.is_empty() => out.push_str("set()"),
        Value::Set(items) => write_seq(items, "{", "}", out),
        Value::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Value::FrozenSet(items) => write_seq(items, "frozenset({", "})", out),
        Value::Dict(items) => {
            out.push('{');
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(k, out);
                out.push_str(": ");
                write_repr(v, out);
            }
            out.push('}');
        }
        Value::Opaque { repr, .. } => out.push_str(repr),
    }
}

fn write_seq(items: &[Value], open: &str, close: &str, out: &mut String) {
    out.push_str(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(item, out);
    }
    out.push_str(close);
}

fn write_pretty(v: &Value, width: usize, indent: usize, out: &mut String) {
    let one_line = v.repr();
    if indent + one_line.chars().count() <= width {
        out.push_str(&one_line);
        return;
    }
    let (open, close) = match v {
        Value::List(_) => ("[", "]"),
        Value::Tuple(_) => ("(", ")"),
        Value::Set(items) if !items.is_empty() => ("{", "}"),
        Value::FrozenSet(items) if !items.is_empty() => ("frozenset({", "})"),
        Value::Dict(_) => ("{", "}"),
        _ => {
            out.push_str(&one_line);
            return;
        }
    };
    let pad = " ".repeat(indent + 2);
    out.push_str(open);
    out.push('\n');
    match v {
        Value::Dict(items) => {
            for (k, val) in items {
                out.push_str(&pad);
                write_repr(k, out);
                out.push_str(": ");
                write_pretty(val, width, indent + 2, out);
                out.push_str(",\n");
            }
        }
        Value::List(items) | Value::Tuple(items) | Value::Set(items) | Value::FrozenSet(items) => {
            for item in items {
                out.push_str(&pad);
                write_pretty(item, width, indent + 2, out);
                out.push_str(",\n");
            }
        }
        _ => unreachable!("only containers reach here"),
    }
    out.push_str(&" ".repeat(indent));
    out.push_str(close);
}

/// Python's `repr(float)`: the shortest digits that round-trip, in fixed
/// notation when the exponent is in -5..16, else `1e+16` style.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // `{:e}` gives the shortest round-trip digits: "-1.2345e-7".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decimal_point = exp + 1;
    if !(-4 < decimal_point && decimal_point <= 16) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}e{exp_sign}{:02}", exp.abs());
    }
    let n = digits.len() as i32;
    if decimal_point <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-decimal_point) as usize))
    } else if decimal_point >= n {
        format!("{sign}{digits}{}.0", "0".repeat((decimal_point - n) as usize))
    } else {
        let (int, frac) = digits.split_at(decimal_point as usize);
        format!("{sign}{int}.{frac}")
    }
}

fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn str_repr(s: &str, out: &mut String) {
    let quote = quote_for(s.contains('\''), s.contains('"'));
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = u32::from(c);
                let _ = if code < 0x100 {
                    write!(out, "\\x{code:02x}")
                } else if code < 0x10000 {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
        }
    }
    out.push(quote);
}

/// An approximation of `str.isprintable()`: what Python's `repr()` leaves
/// unescaped. Control, separator and format characters are escaped.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(u32::from(c),
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

fn bytes_repr(b: &[u8], out: &mut String) {
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    out.push('b');
    out.push(char::from(quote as u8));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if char::from(c) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_python() {
        let cases = [
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789.125, "123456789.125"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (-2.5e300, "-2.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "{f:?}");
        }
    }

    #[test]
    fn strings_like_python() {
        assert_eq!(Value::str("abc").repr(), "'abc'");
        assert_eq!(Value::str("it's").repr(), "\"it's\"");
        assert_eq!(Value::str("'\"").repr(), "'\\'\"'");
        assert_eq!(Value::str("a\nb\t\\").repr(), "'a\\nb\\t\\\\'");
        assert_eq!(Value::str("é\u{0}\u{200b}").repr(), "'é\\x00\\u200b'");
        assert_eq!(Value::Bytes(b"a'\x00\xff".to_vec()).repr(), "b\"a'\\x00\\xff\"");
    }

    #[test]
    fn containers_like_python() {
        let one = Value::Tuple(vec![Value::int(1)]);
        assert_eq!(one.repr(), "(1,)");
        assert_eq!(Value::Set(vec![]).repr(), "set()");
        assert_eq!(Value::FrozenSet(vec![Value::int(2)]).repr(), "frozenset({2})");
        let d = Value::Dict(vec![(one, Value::None)]);
        assert_eq!(d.repr(), "{(1,): None}");
    }

    #[test]
    fn pretty_breaks_wide_containers_only() {
        let short = Value::List(vec![Value::int(1), Value::int(2)]);
        assert_eq!(short.pretty(80), "[1, 2]");
        let long = Value::List((0..30).map(Value::int).collect());
        let text = long.pretty(20);
        assert_eq!(text.lines().count(), 32);
        assert!(text.starts_with("[\n  0,\n  1,\n"));
        assert!(text.ends_with("  29,\n]"));
    }
}
