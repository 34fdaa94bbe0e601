//! Python's `marshal` format for [`Value`]s: the runner's wire encoding.
//!
//! `marshal.loads` and `marshal.dumps` are the cheapest way to move values
//! in and out of CPython (a fraction of a microsecond for a small value,
//! against several for JSON), and the format keeps every distinction the
//! model makes: tuples, sets, bytes, big ints, NaN. The encoder writes what
//! `marshal.dumps(v, 2)` would (no back-references); the decoder reads any
//! version, references included.

use std::fmt;

use num_bigint::{BigInt, Sign};

use crate::int::Int;

use crate::repr::float_repr;
use crate::value::Value;

const FLAG_REF: u8 = 0x80;

/// Why bytes could not be read as a marshalled value.
#[derive(Debug, Clone, PartialEq)]
pub struct MarshalError(pub String);

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad marshal data: {}", self.0)
    }
}

impl std::error::Error for MarshalError {}

/// Appends the marshalled form of `v` to `out`. An opaque value (which
/// Python could not rebuild) is written as its `repr()` string.
pub fn write_value(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::None => out.push(b'N'),
        Value::Bool(true) => out.push(b'T'),
        Value::Bool(false) => out.push(b'F'),
        Value::Int(i) => write_int(i, out),
        Value::Float(f) => {
            out.push(b'g');
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Str(s) => write_str(s, out),
        Value::Bytes(b) => {
            out.push(b's');
            write_len(b.len(), out);
            out.extend_from_slice(b);
        }
        Value::List(items) => write_seq(b'[', items, out),
        Value::Tuple(items) => write_seq(b'(', items, out),
        Value::Set(items) => write_seq(b'<', items, out),
        Value::FrozenSet(items) => write_seq(b'>', items, out),
        Value::Dict(items) => {
            out.push(b'{');
            for (k, v) in items {
                write_value(k, out);
                write_value(v, out);
            }
            out.push(b'0');
        }
        Value::Opaque { repr, .. } => write_str(repr, out),
    }
}

/// The marshalled form of `v`.
pub fn to_bytes(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write_value(v, &mut out);
    out
}

/// Starts a tuple of `n` items; the caller writes them next.
pub fn write_tuple_start(n: usize, out: &mut Vec<u8>) {
    out.push(b'(');
    write_len(n, out);
}

/// Starts a list of `n` items; the caller writes them next.
pub fn write_list_start(n: usize, out: &mut Vec<u8>) {
    out.push(b'[');
    write_len(n, out);
}

pub fn write_i64(i: i64, out: &mut Vec<u8>) {
    write_int(&Int::from(i), out);
}

pub fn write_str(s: &str, out: &mut Vec<u8>) {
    out.push(b'u');
    write_len(s.len(), out);
    out.extend_from_slice(s.as_bytes());
}

fn write_len(n: usize, out: &mut Vec<u8>) {
    // marshal lengths are 32-bit; a value that large cannot be a test input
    out.extend_from_slice(&(n.min(i32::MAX as usize) as i32).to_le_bytes());
}

fn write_seq(code: u8, items: &[Value], out: &mut Vec<u8>) {
    out.push(code);
    write_len(items.len(), out);
    for item in items {
        write_value(item, out);
    }
}

fn write_int(i: &Int, out: &mut Vec<u8>) {
    if let Some(small) = i.to_i32() {
        out.push(b'i');
        out.extend_from_slice(&small.to_le_bytes());
        return;
    }
    // 15-bit digits, least significant first; the count carries the sign
    let (sign, magnitude) = i.to_big().to_u32_digits();
    let mut digits: Vec<u16> = Vec::new();
    let mut acc: u64 = 0;
    let mut bits = 0;
    for word in magnitude {
        acc |= u64::from(word) << bits;
        bits += 32;
        while bits >= 15 {
            digits.push((acc & 0x7fff) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if bits > 0 {
        digits.push((acc & 0x7fff) as u16);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    let n = digits.len() as i32;
    out.push(b'l');
    out.extend_from_slice(&(if sign == Sign::Minus { -n } else { n }).to_le_bytes());
    for d in digits {
        out.extend_from_slice(&d.to_le_bytes());
    }
}

/// Reads one value from the start of `bytes`; the rest must be empty.
pub fn from_bytes(bytes: &[u8]) -> Result<Value, MarshalError> {
    let mut reader = Reader { bytes, pos: 0 };
    let v = reader.value(0)?;
    if reader.pos != bytes.len() {
        return Err(MarshalError(format!("{} trailing bytes", bytes.len() - reader.pos)));
    }
    Ok(v)
}

/// Deep enough for any real answer; deeper is an error, not a stack overflow.
const MAX_DEPTH: usize = 2000;

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// A long's magnitude from its 15-bit digits (little-endian u16s), in time
/// linear in their number: the bits are packed into 32-bit words, never
/// shifted through a growing number.
fn long_magnitude(digits: &[u8]) -> Result<BigInt, MarshalError> {
    let mut words = Vec::with_capacity(digits.len() * 15 / 64 + 1);
    let (mut acc, mut bits) = (0u64, 0u32);
    for pair in digits.chunks_exact(2) {
        let digit = u16::from_le_bytes([pair[0], pair[1]]);
        if digit >= 1 << 15 {
            return Err(MarshalError(format!("a long digit out of range: {digit}")));
        }
        acc |= u64::from(digit) << bits;
        bits += 15;
        if bits >= 32 {
            words.push(acc as u32);
            acc >>= 32;
            bits -= 32;
        }
    }
    if bits > 0 {
        words.push(acc as u32);
    }
    Ok(BigInt::from_biguint(
        num_bigint::Sign::Plus,
        num_bigint::BigUint::new(words),
    ))
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], MarshalError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| MarshalError("unexpected end of data".into()))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        Ok(self.take(1)?[0])
    }

    fn i32(&mut self) -> Result<i32, MarshalError> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn len(&mut self) -> Result<usize, MarshalError> {
        let n = self.i32()?;
        usize::try_from(n).map_err(|_| MarshalError(format!("negative length {n}")))
    }

    fn text(&mut self, n: usize) -> Result<Value, MarshalError> {
        let raw = self.take(n)?;
        Ok(match std::str::from_utf8(raw) {
            Ok(s) => Value::Str(s.to_owned()),
            // lone surrogates (marshal writes them with surrogatepass): a str
            // the model cannot hold, shown as Python would
            Err(_) => Value::Opaque {
                type_name: "str".into(),
                repr: format!("'{}'", String::from_utf8_lossy(raw)).into(),
            },
        })
    }

    fn items(&mut self, n: usize, depth: usize) -> Result<Vec<Value>, MarshalError> {
        // every item takes at least a byte: a count past what is left is
        // a lie, and allocating exactly what is needed spares the doubling
        // copies of a growing vector (which would triple a large list)
        let mut items = Vec::with_capacity(n.min(self.bytes.len() - self.pos));
        for _ in 0..n {
            items.push(self.value(depth + 1)?);
        }
        Ok(items)
    }

    fn value(&mut self, depth: usize) -> Result<Value, MarshalError> {
        if depth > MAX_DEPTH {
            return Err(MarshalError("nested too deeply".into()));
        }
        let code = self.byte()?;
        // Version 2, which the harness writes, has no references; one in a
        // frame was written by someone else, and copying what it points at
        // would let a few bytes stand for gigabytes.
        if code & FLAG_REF != 0 {
            return Err(MarshalError("a reference (marshal version 3 or later)".into()));
        }
        let v = match code {
            b'N' => Value::None,
            b'T' => Value::Bool(true),
            b'F' => Value::Bool(false),
            b'i' => Value::Int(Int::from(self.i32()?)),
            b'l' => {
                let n = self.i32()?;
                let count = n.unsigned_abs() as usize;
                let magnitude = long_magnitude(self.take(count.saturating_mul(2))?)?;
                Value::Int(Int::from(if n < 0 { -magnitude } else { magnitude }))
            }
            b'g' => {
                let b = self.take(8)?;
                let mut raw = [0u8; 8];
                raw.copy_from_slice(b);
                Value::Float(f64::from_le_bytes(raw))
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.len()?;
                self.text(n)?
            }
            b'z' | b'Z' => {
                let n = usize::from(self.byte()?);
                self.text(n)?
            }
            b's' => {
                let n = self.len()?;
                Value::Bytes(self.take(n)?.to_vec())
            }
            b'(' => {
                let n = self.len()?;
                Value::Tuple(self.items(n, depth)?)
            }
            b')' => {
                let n = usize::from(self.byte()?);
                Value::Tuple(self.items(n, depth)?)
            }
            b'[' => {
                let n = self.len()?;
                Value::List(self.items(n, depth)?)
            }
            b'<' => {
                let n = self.len()?;
                Value::Set(self.items(n, depth)?)
            }
            b'>' => {
                let n = self.len()?;
                Value::FrozenSet(self.items(n, depth)?)
            }
            b'{' => {
                let mut items = Vec::new();
                loop {
                    if self.bytes.get(self.pos) == Some(&b'0') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.value(depth + 1)?;
                    let v = self.value(depth + 1)?;
                    items.push((k, v));
                }
                Value::Dict(items)
            }
            b'.' => opaque("ellipsis", "Ellipsis"),
            b'S' => opaque("type", "<class 'StopIteration'>"),
            b'y' => {
                let b = self.take(16)?;
                let re = f64::from_le_bytes(b[..8].try_into().unwrap_or_default());
                let im = f64::from_le_bytes(b[8..].try_into().unwrap_or_default());
                let sign = if im.is_sign_negative() { "-" } else { "+" };
                opaque(
                    "complex",
                    &format!("({}{sign}{}j)", float_repr(re), float_repr(im.abs())),
                )
            }
            other => {
                return Err(MarshalError(format!("unsupported type code {:?}", char::from(other))));
            }
        };
        Ok(v)
    }
}

fn opaque(type_name: &str, repr: &str) -> Value {
    Value::Opaque {
        type_name: type_name.into(),
        repr: repr.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let values = [
            Value::None,
            Value::Bool(true),
            Value::int(-5),
            Value::int(i64::from(i32::MAX) + 1),
            Value::Int("-123456789012345678901234567890".parse().unwrap()),
            Value::Int(crate::Int::from(BigInt::from(1) << 15usize)),
            Value::Int(crate::Int::from(-(BigInt::from(1) << 40usize))),
            Value::Float(-0.0),
            Value::str("héllo"),
            Value::Bytes(vec![0, 255]),
            Value::Tuple(vec![Value::List(vec![]), Value::Set(vec![Value::int(1)])]),
            Value::Dict(vec![(Value::FrozenSet(vec![]), Value::None)]),
        ];
        for v in values {
            assert_eq!(from_bytes(&to_bytes(&v)).unwrap(), v, "{}", v.repr());
        }
        // as Python writes them: marshal.dumps(-2**40, 2)
        assert_eq!(
            to_bytes(&Value::Int(crate::Int::from(-(BigInt::from(1) << 40usize)))),
            b"l\xfd\xff\xff\xff\x00\x00\x00\x00\x00\x04"
        );
    }

    #[test]
    fn reads_what_python_writes() {
        // marshal.dumps((1, 'ab', 'ab', 2**70, [None], -(1 << 100) + 12345), 2)
        let bytes = [
            0x28, 0x06, 0x00, 0x00, 0x00, 0x69, 0x01, 0x00, 0x00, 0x00, 0x75, 0x02, 0x00, 0x00, 0x00, 0x61, 0x62, 0x75,
            0x02, 0x00, 0x00, 0x00, 0x61, 0x62, 0x6c, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x04, 0x5b, 0x01, 0x00, 0x00, 0x00, 0x4e, 0x6c, 0xf9, 0xff, 0xff, 0xff, 0xc7, 0x4f, 0xff, 0x7f,
            0xff, 0x7f, 0xff, 0x7f, 0xff, 0x7f, 0xff, 0x7f, 0xff, 0x03,
        ];
        let v = from_bytes(&bytes).unwrap();
        let big: BigInt = BigInt::from(1) << 70;
        let negative: BigInt = -(BigInt::from(1) << 100usize) + BigInt::from(12345);
        assert_eq!(
            v,
            Value::Tuple(vec![
                Value::int(1),
                Value::str("ab"),
                Value::str("ab"),
                Value::Int(crate::Int::from(big)),
                Value::List(vec![Value::None]),
                Value::Int(crate::Int::from(negative)),
            ])
        );
    }

    #[test]
    fn references_are_refused_so_that_a_few_bytes_cannot_stand_for_many() {
        // marshal.dumps([[1]*3]*2, 4): the inner list is written once, then
        // referred to; nested a few times, 300 bytes would mean gigabytes
        let bytes = b"[\x02\x00\x00\x00\xdb\x03\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00r\x01\x00\x00\x00r\x00\x00\x00\x00";
        assert!(from_bytes(bytes).is_err());
    }

    #[test]
    fn longs_of_every_length_read_back_exactly() {
        // the packing of 15-bit digits into words, at every offset
        let mut n = BigInt::from(1);
        for bits in 0..400usize {
            let minus: BigInt = -(&n + 7u32);
            for v in [&n - 1u32, n.clone(), minus] {
                assert_eq!(
                    from_bytes(&to_bytes(&Value::Int(crate::Int::from(v.clone())))).unwrap(),
                    Value::Int(crate::Int::from(v)),
                    "{bits}"
                );
            }
            n <<= 1usize;
        }
        let huge: BigInt = (BigInt::from(1) << 4_000_000usize) - 3;
        assert_eq!(
            from_bytes(&to_bytes(&Value::Int(crate::Int::from(huge.clone())))).unwrap(),
            Value::Int(crate::Int::from(huge))
        );
    }

    #[test]
    fn bad_data_is_an_error() {
        assert!(from_bytes(b"").is_err());
        assert!(from_bytes(b"u\x05\x00\x00\x00ab").is_err());
        assert!(from_bytes(b"NN").is_err());
        assert!(from_bytes(b"c").is_err());
        assert!(from_bytes(b"r\x00\x00\x00\x00").is_err());
    }
}
