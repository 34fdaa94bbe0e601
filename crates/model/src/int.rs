//! A Python int: a machine word when it fits, a big integer when not.
//!
//! Nearly every int in a test or an answer fits in 64 bits; keeping those
//! inline costs no allocation and keeps a [`crate::Value`] small, which is
//! most of the judge's memory on a problem of many operations.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use num_bigint::{BigInt, ParseBigIntError, Sign};
use num_traits::{FromPrimitive, ToPrimitive};

/// An int of any size. `Big` only ever holds a value outside `i64`, so
/// each value has one representation and the derived equality holds.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Int(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Small(i64),
    Big(Box<BigInt>),
}

impl Int {
    /// The value as a big integer (borrowed when it is one already).
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match &self.0 {
            Repr::Small(i) => Cow::Owned(BigInt::from(*i)),
            Repr::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match &self.0 {
            Repr::Small(i) => Some(*i),
            Repr::Big(_) => None,
        }
    }

    pub fn to_i32(&self) -> Option<i32> {
        self.to_i64().and_then(|i| i32::try_from(i).ok())
    }

    /// The nearest float, as Python's `float(i)` (infinite past the range).
    pub fn to_f64(&self) -> Option<f64> {
        match &self.0 {
            Repr::Small(i) => Some(*i as f64),
            Repr::Big(b) => b.to_f64(),
        }
    }

    /// `int(f)` for a finite float: truncated towards zero.
    pub fn from_f64(f: f64) -> Option<Int> {
        if f.is_finite() && f.abs() < 9.0e18 {
            Some(Int(Repr::Small(f as i64)))
        } else {
            BigInt::from_f64(f).map(Int::from)
        }
    }

    /// How many bits the magnitude needs.
    pub fn bits(&self) -> u64 {
        match &self.0 {
            Repr::Small(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
            Repr::Big(b) => b.bits(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match &self.0 {
            Repr::Small(i) => *i < 0,
            Repr::Big(b) => b.sign() == Sign::Minus,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.0 == Repr::Small(0)
    }

    /// `-self`.
    pub fn negated(&self) -> Int {
        match &self.0 {
            Repr::Small(i) => i.checked_neg().map_or_else(|| Int::from(-BigInt::from(*i)), Int::from),
            Repr::Big(b) => Int::from(-(**b).clone()),
        }
    }
}

impl From<i64> for Int {
    fn from(i: i64) -> Int {
        Int(Repr::Small(i))
    }
}

impl From<i32> for Int {
    fn from(i: i32) -> Int {
        Int(Repr::Small(i64::from(i)))
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int(Repr::Small(i)),
            None => Int(Repr::Big(Box::new(b))),
        }
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (&self.0, &other.0) {
            (Repr::Small(a), Repr::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&other.to_big()),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Small(i) => fmt::Display::fmt(i, f),
            Repr::Big(b) => fmt::Display::fmt(b, f),
        }
    }
}

impl fmt::Debug for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Decimal text, as Python's `int("...")` of a plain literal.
impl FromStr for Int {
    type Err = ParseBigIntError;

    fn from_str(text: &str) -> Result<Int, ParseBigIntError> {
        match text.parse::<i64>() {
            Ok(i) => Ok(Int::from(i)),
            Err(_) => text.parse::<BigInt>().map(Int::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> Int {
        text.parse().unwrap()
    }

    #[test]
    fn one_representation_per_value() {
        assert_eq!(Int::from(BigInt::from(5)), Int::from(5i64));
        assert_eq!(big("-9223372036854775808"), Int::from(i64::MIN));
        assert_eq!(big("9223372036854775808").to_i64(), None);
        assert_eq!(Int::from(i64::MIN).negated(), big("9223372036854775808"));
        assert_eq!(big("9223372036854775808").negated(), Int::from(i64::MIN));
    }

    #[test]
    fn order_crosses_the_word_boundary() {
        let mut ints = [
            big("100000000000000000000"),
            Int::from(3i64),
            big("-100000000000000000000"),
            Int::from(i64::MAX),
            Int::from(i64::MIN),
        ];
        ints.sort();
        let shown: Vec<String> = ints.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "-100000000000000000000",
                "-9223372036854775808",
                "3",
                "9223372036854775807",
                "100000000000000000000"
            ]
        );
    }

    #[test]
    fn bits_and_floats_agree_with_python() {
        assert_eq!(Int::from(0i64).bits(), 0);
        assert_eq!(Int::from(-8i64).bits(), 4);
        assert_eq!(Int::from(i64::MIN).bits(), 64);
        assert_eq!(big("18446744073709551616").bits(), 65);
        assert_eq!(Int::from_f64(-2.9), Some(Int::from(-2i64)));
        assert_eq!(Int::from_f64(1e20), Some(big("100000000000000000000")));
        assert_eq!(Int::from_f64(f64::NAN), None);
        assert_eq!(big("100000000000000000000").to_f64(), Some(1e20));
    }
}
