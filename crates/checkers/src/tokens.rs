use judge_model::Value;

use crate::float::Tolerance;
use crate::walk::shorten;
use crate::{Checker, Exact, Mismatch, Outcome};

/// How the `tokens` checker compares text: the options of the Kattis
/// default output validator, so that an imported package needs no program
/// of its own for them (docs/problem-format.md, "Checkers").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TokenOptions {
    /// `false`: `Yes` and `yes` are the same token (Unicode lowercase).
    pub case_sensitive: bool,
    /// `true`: the whitespace between tokens must be the same too, not
    /// just some whitespace.
    pub space_change_sensitive: bool,
    /// A token of the expected text that is a number (see
    /// [`numeric_token`]) accepts any number within this tolerance, in any
    /// notation; `None`: numbers are compared as text.
    pub float_tolerance: Option<Tolerance>,
}

impl Default for TokenOptions {
    /// Our own packages' behaviour: case matters, spacing does not, numbers
    /// are text.
    fn default() -> TokenOptions {
        TokenOptions {
            case_sensitive: true,
            space_change_sensitive: false,
            float_tolerance: None,
        }
    }
}

/// Text compared as whitespace-separated tokens: by default spacing, blank
/// lines and line breaks do not matter, every token does (see
/// [`TokenOptions`]). Values that are not both strings are compared exactly.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tokens {
    options: TokenOptions,
}

impl Tokens {
    pub fn new(options: TokenOptions) -> Tokens {
        Tokens { options }
    }

    /// Whether `got` stands for the expected token `expected`; on a
    /// difference, a note for the message (possibly empty).
    fn same_token(&self, expected: &str, got: &str) -> Result<(), String> {
        if let Some(tolerance) = &self.options.float_tolerance
            && let Some(e) = numeric_token(expected)
        {
            return match numeric_token(got) {
                Some(g) if tolerance.close(e, g) => Ok(()),
                Some(g) if e.is_finite() && g.is_finite() => Err(format!(
                    " (off by {:.3e}; the tolerance is {})",
                    (e - g).abs(),
                    tolerance.describe()
                )),
                Some(_) => Err(String::new()),
                None => Err(" (a number was expected)".to_owned()),
            };
        }
        let same = if self.options.case_sensitive {
            expected == got
        } else {
            same_ignoring_case(expected, got)
        };
        if same { Ok(()) } else { Err(String::new()) }
    }
}

impl Checker for Tokens {
    fn check(&self, expected: &Value, got: &Value) -> Outcome {
        match (expected, got) {
            (Value::Str(e), Value::Str(g)) => {
                let found = token_difference(e, g, self.options.space_change_sensitive, |a, b| self.same_token(a, b));
                match found {
                    None => Outcome::Accepted,
                    Some(message) => Outcome::Rejected(Mismatch::at(&[], message)),
                }
            }
            _ => Exact.check(expected, got),
        }
    }
}

/// The number a token writes, if it is one: what Python's `float()` reads
/// without underscores or spaces: `3`, `-0.5`, `.5`, `1.`, `2.5E-3`,
/// `+1e9`, and `nan`, `inf`, `infinity` in any case. Not `0x1p3`, `1_000`
/// or `1/2`. A number too large for a double is infinity.
pub fn numeric_token(token: &str) -> Option<f64> {
    token.parse::<f64>().ok()
}

/// `a` and `b` equal once lowercased (Unicode), without allocating.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    a == b
        || a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// A run of whitespace or of other characters, with the 1-based line it
/// starts on.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Piece<'a> {
    text: &'a str,
    line: usize,
    space: bool,
}

/// The text cut into alternating runs of whitespace and tokens.
fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> + Clone {
    let mut rest = text;
    let mut line = 1;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let end = rest.find(|c: char| c.is_whitespace() != space).unwrap_or(rest.len());
        let (text, tail) = rest.split_at(end);
        let piece = Piece { text, line, space };
        line += text.matches('\n').count();
        rest = tail;
        Some(piece)
    })
}

fn quoted(token: &str) -> String {
    shorten(&Value::Str(token.to_owned()).repr())
}

fn described(piece: &Piece) -> String {
    if piece.space {
        format!("whitespace {}", quoted(piece.text))
    } else {
        quoted(piece.text)
    }
}

/// The first place where `got` departs from `expected`, in words: a token
/// `same` refuses (its note appended), a missing or extra token, or, when
/// `spaces` count, different whitespace between tokens.
pub(crate) fn token_difference(
    expected: &str,
    got: &str,
    spaces: bool,
    same: impl Fn(&str, &str) -> Result<(), String>,
) -> Option<String> {
    let keep = move |p: &Piece| spaces || !p.space;
    let mut e = pieces(expected).filter(keep);
    let mut g = pieces(got).filter(keep);
    let tokens = |p: Option<Piece>, rest: &mut dyn Iterator<Item = Piece>| {
        usize::from(p.is_some_and(|p| !p.space)) + rest.filter(|p| !p.space).count()
    };
    let mut index = 0usize;
    loop {
        match (e.next(), g.next()) {
            (Some(a), Some(b)) if !a.space && !b.space => match same(a.text, b.text) {
                Ok(()) => index += 1,
                Err(note) => {
                    return Some(format!(
                        "token {} (line {} of the output): expected {}, got {}{note}",
                        index + 1,
                        b.line,
                        quoted(a.text),
                        quoted(b.text)
                    ));
                }
            },
            (Some(a), Some(b)) if a.space && b.space && a.text == b.text => {}
            (Some(a), Some(b)) => {
                return Some(format!(
                    "the spacing differs after token {index} (line {} of the output): expected {}, got {}",
                    b.line,
                    described(&a),
                    described(&b)
                ));
            }
            (Some(a), None) if a.space => {
                return Some(format!(
                    "the output ended after {index} tokens without the {} that follows",
                    described(&a)
                ));
            }
            (Some(a), None) => {
                let total = index + tokens(Some(a), &mut e);
                return Some(format!(
                    "the output ended after {index} tokens, {total} were expected; the next one is {}",
                    quoted(a.text)
                ));
            }
            (None, Some(b)) if b.space && tokens(None, &mut g.clone()) == 0 => {
                return Some(format!(
                    "the output ends with {} (line {}) that is not expected",
                    described(&b),
                    b.line
                ));
            }
            (None, Some(b)) => {
                let first = if b.space { g.next().unwrap_or(b) } else { b };
                let total = index + tokens(Some(first), &mut g);
                return Some(format!(
                    "the output has {total} tokens, {index} were expected; the first extra one is {} (line {})",
                    quoted(first.text),
                    first.line
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
        Tokens::default().check(&Value::str(e), &Value::str(g))
    }

    fn with(options: TokenOptions, e: &str, g: &str) -> Outcome {
        Tokens::new(options).check(&Value::str(e), &Value::str(g))
    }

    fn message(outcome: Outcome) -> String {
        match outcome {
            Outcome::Rejected(m) => m.message,
            Outcome::Accepted => panic!("accepted"),
        }
    }

    fn tolerant(abs_tol: f64, rel_tol: f64) -> TokenOptions {
        TokenOptions {
            float_tolerance: Some(Tolerance { abs_tol, rel_tol }),
            ..TokenOptions::default()
        }
    }

    const NO_CASE: TokenOptions = TokenOptions {
        case_sensitive: false,
        space_change_sensitive: false,
        float_tolerance: None,
    };

    const SPACES: TokenOptions = TokenOptions {
        case_sensitive: true,
        space_change_sensitive: true,
        float_tolerance: None,
    };

    #[test]
    fn whitespace_does_not_matter() {
        assert!(check("1 2\n3\n", "1   2 3").is_accepted());
        assert!(check("a\r\nb\r\n", "a\nb").is_accepted());
        assert!(check("", "\n\n  ").is_accepted());
    }

    #[test]
    fn tokens_do() {
        assert_eq!(
            message(check("a b\nc d", "a b\nc e")),
            "token 4 (line 2 of the output): expected 'd', got 'e'"
        );
        assert!(message(check("a b c", "a b")).starts_with("the output ended after 2 tokens, 3 were expected"));
        let m = message(check("a", "a b c"));
        assert!(m.starts_with("the output has 3 tokens, 1 were expected"), "{m}");
        assert!(!check("1", "1.0").is_accepted());
        assert!(!check("Yes", "yes").is_accepted(), "case matters by default");
    }

    #[test]
    fn non_text_is_exact() {
        assert!(
            !Tokens::default()
                .check(&Value::int(1), &Value::Float(1.0))
                .is_accepted()
        );
    }

    #[test]
    fn case_insensitive_compares_lowercased() {
        assert!(with(NO_CASE, "Yes\nPOSSIBLE", "yes possible").is_accepted());
        assert!(with(NO_CASE, "ÉTÉ", "été").is_accepted());
        assert!(with(NO_CASE, "MiXeD", "mIxEd").is_accepted());
        assert_eq!(
            message(with(NO_CASE, "Yes", "yess")),
            "token 1 (line 1 of the output): expected 'Yes', got 'yess'"
        );
    }

    #[test]
    fn space_change_sensitive_compares_the_whitespace_too() {
        assert!(with(SPACES, "1 2\n3", "1 2\n3").is_accepted());
        assert_eq!(
            message(with(SPACES, "1 2\n3", "1  2\n3")),
            "the spacing differs after token 1 (line 1 of the output): expected whitespace ' ', got whitespace '  '"
        );
        assert_eq!(
            message(with(SPACES, "1 2", "1\n2")),
            "the spacing differs after token 1 (line 1 of the output): expected whitespace ' ', got whitespace '\\n'"
        );
        assert_eq!(
            message(with(SPACES, "1 2", " 1 2")),
            "the spacing differs after token 0 (line 1 of the output): expected '1', got whitespace ' '"
        );
        assert_eq!(
            message(with(SPACES, "1 2", "1 2 ")),
            "the output ends with whitespace ' ' (line 1) that is not expected"
        );
        assert_eq!(
            message(with(SPACES, "1 2 ", "1 2")),
            "the output ended after 2 tokens without the whitespace ' ' that follows"
        );
        assert_eq!(
            message(with(SPACES, "1 2", "1 2 3 4")),
            "the output has 4 tokens, 2 were expected; the first extra one is '3' (line 1)"
        );
        assert!(message(with(SPACES, "1 2 3", "1 2")).starts_with("the output ended after 2 tokens"));
        // the tokens themselves are still compared as tokens
        assert!(message(with(SPACES, "a b", "a c")).starts_with("token 2"));
    }

    #[test]
    fn numbers_within_the_tolerance_in_any_notation() {
        let t = tolerant(1e-6, 0.0);
        assert!(with(t, "x 3.1415926\n", "x  3.14159265").is_accepted());
        assert!(with(t, "0.0314", "3.14e-2").is_accepted());
        assert!(with(t, "0.0314", "3.14E-2").is_accepted());
        assert!(with(t, "1000", "1e3").is_accepted());
        assert!(with(t, "1000", "+1.0E+3").is_accepted());
        assert!(with(t, "0.5", ".5").is_accepted());
        assert!(with(t, "2", "2.").is_accepted());
        assert!(with(t, "0", "-0.0000001").is_accepted());
        assert_eq!(
            message(with(t, "3.14", "3.15")),
            "token 1 (line 1 of the output): expected '3.14', got '3.15' (off by 1.000e-2; the tolerance is absolute 1e-6)"
        );
        assert_eq!(
            message(with(t, "3.14", "pi")),
            "token 1 (line 1 of the output): expected '3.14', got 'pi' (a number was expected)"
        );
        // words are still words
        assert!(!with(t, "x 3.14", "y 3.14").is_accepted());
        assert!(!with(t, "1,5", "1.5").is_accepted());
    }

    #[test]
    fn relative_and_absolute_tolerance() {
        let rel = tolerant(0.0, 1e-6);
        assert!(with(rel, "1e9", "1000000500").is_accepted());
        assert!(!with(rel, "1e9", "1000005000").is_accepted());
        assert!(!with(rel, "0", "1e-300").is_accepted(), "relative to zero is exact");
        let both = tolerant(1e-9, 1e-6);
        assert!(with(both, "0", "1e-10").is_accepted());
        assert!(with(both, "1e9", "1000000500").is_accepted());
    }

    #[test]
    fn nan_and_infinity_tokens() {
        let t = tolerant(1e-6, 1e-6);
        assert!(with(t, "nan", "NaN").is_accepted(), "NaN meets NaN");
        assert!(with(t, "inf", "Infinity").is_accepted());
        assert!(with(t, "-inf", "-INF").is_accepted());
        assert!(!with(t, "inf", "-inf").is_accepted());
        assert!(!with(t, "inf", "1e308").is_accepted());
        assert!(!with(t, "nan", "0").is_accepted());
        assert!(!with(t, "0", "nan").is_accepted());
        // past the largest double is infinity
        assert!(with(t, "1e999", "inf").is_accepted());
        assert_eq!(
            message(with(t, "inf", "5")),
            "token 1 (line 1 of the output): expected 'inf', got '5'"
        );
        // without a tolerance they are words like any other
        assert!(!check("nan", "NaN").is_accepted());
    }

    #[test]
    fn numbers_are_text_unless_the_answer_has_one() {
        let t = TokenOptions {
            case_sensitive: false,
            ..tolerant(1e-3, 0.0)
        };
        assert!(with(t, "Case 1: 0.500", "case 1: 0.5001").is_accepted());
        // the expected token decides: a word expected is a word
        assert!(!with(t, "NONE", "0").is_accepted());
        assert!(with(t, "NONE", "none").is_accepted());
    }

    #[test]
    fn numeric_tokens() {
        for yes in ["3", "-0.5", ".5", "1.", "2.5E-3", "+1e9", "nan", "-Infinity", "INF"] {
            assert!(numeric_token(yes).is_some(), "{yes}");
        }
        for no in ["0x1p3", "1_000", "1/2", "e5", "1e", "--1", "", "one", "1.2.3", "٣"] {
            assert!(numeric_token(no).is_none(), "{no}");
        }
    }

    #[test]
    fn pieces_keep_their_lines() {
        let p: Vec<_> = pieces("a b\n\nc").collect();
        assert_eq!(
            p.iter().map(|p| (p.text, p.line, p.space)).collect::<Vec<_>>(),
            [
                ("a", 1, false),
                (" ", 1, true),
                ("b", 1, false),
                ("\n\n", 1, true),
                ("c", 3, false)
            ]
        );
    }
}
