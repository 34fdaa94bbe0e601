use judge_model::Value;

use crate::walk::shorten;
use crate::{Checker, Exact, Mismatch, Outcome};

/// Text compared as whitespace-separated tokens: spacing, blank lines and
/// line breaks do not matter, every token does. Values that are not both
/// strings are compared exactly.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tokens;

impl Checker for Tokens {
    fn check(&self, expected: &Value, got: &Value) -> Outcome {
        match (expected, got) {
            (Value::Str(e), Value::Str(g)) => match token_difference(e, g, |a, b| a == b) {
                None => Outcome::Accepted,
                Some(message) => Outcome::Rejected(Mismatch::at(&[], message)),
            },
            _ => Exact.check(expected, got),
        }
    }
}

/// Tokens with the 1-based line each starts on.
fn tokens_with_lines(text: &str) -> impl Iterator<Item = (&str, usize)> {
    text.lines()
        .enumerate()
        .flat_map(|(i, line)| line.split_whitespace().map(move |t| (t, i + 1)))
}

fn quoted(token: &str) -> String {
    shorten(&Value::Str(token.to_owned()).repr())
}

/// The first token where `got` departs from `expected`, in words.
pub(crate) fn token_difference(expected: &str, got: &str, same: impl Fn(&str, &str) -> bool) -> Option<String> {
    let mut e = tokens_with_lines(expected);
    let mut g = tokens_with_lines(got);
    let mut index = 0usize;
    loop {
        match (e.next(), g.next()) {
            (Some((a, _)), Some((b, _))) if same(a, b) => index += 1,
            (Some((a, _)), Some((b, line))) => {
                return Some(format!(
                    "token {} (line {line} of the output): expected {}, got {}",
                    index + 1,
                    quoted(a),
                    quoted(b)
                ));
            }
            (Some((a, _)), None) => {
                let total = index + 1 + e.count();
                return Some(format!(
                    "the output ended after {index} tokens, {total} were expected; the next one is {}",
                    quoted(a)
                ));
            }
            (None, Some((b, line))) => {
                let total = index + 1 + g.count();
                return Some(format!(
                    "the output has {total} tokens, {index} were expected; the first extra one is {} (line {line})",
                    quoted(b)
                ));
            }
            (None, None) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(e: &str, g: &str) -> Outcome {
        Tokens.check(&Value::str(e), &Value::str(g))
    }

    #[test]
    fn whitespace_does_not_matter() {
        assert!(check("1 2\n3\n", "1   2 3").is_accepted());
        assert!(check("a\r\nb\r\n", "a\nb").is_accepted());
        assert!(check("", "\n\n  ").is_accepted());
    }

    #[test]
    fn tokens_do() {
        let Outcome::Rejected(m) = check("a b\nc d", "a b\nc e") else {
            panic!()
        };
        assert_eq!(m.message, "token 4 (line 2 of the output): expected 'd', got 'e'");
        let Outcome::Rejected(m) = check("a b c", "a b") else {
            panic!()
        };
        assert!(
            m.message
                .starts_with("the output ended after 2 tokens, 3 were expected")
        );
        let Outcome::Rejected(m) = check("a", "a b c") else {
            panic!()
        };
        assert!(
            m.message.starts_with("the output has 3 tokens, 1 were expected"),
            "{}",
            m.message
        );
        assert!(!check("1", "1.0").is_accepted());
    }

    #[test]
    fn non_text_is_exact() {
        assert!(!Tokens.check(&Value::int(1), &Value::Float(1.0)).is_accepted());
    }
}
