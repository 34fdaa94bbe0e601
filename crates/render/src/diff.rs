//! Diffs that point at the difference: a line diff of pretty-printed values
//! (one element per line, so one wrong element is one changed line) with
//! the changed characters marked, and a window around the first differing
//! character of two long strings.

use judge_model::Value;
use similar::{ChangeTag, TextDiff};

/// What a diff line is.
#[derive(Debug, Clone, PartialEq)]
pub enum LineTag {
    /// The same on both sides.
    Same,
    /// Only in the expected value.
    Expected,
    /// Only in what the solution gave.
    Got,
    /// This many unchanged lines left out.
    Skipped(usize),
}

/// One line of a diff, split into segments; `true` marks the characters
/// that changed.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffLine {
    pub tag: LineTag,
    pub segments: Vec<(bool, String)>,
}

impl DiffLine {
    pub fn text(&self) -> String {
        self.segments.iter().map(|(_, s)| s.as_str()).collect()
    }
}

/// The longest line a diff shows (and compares character by character):
/// longer ones are cut first, so that the diff of a million-character line
/// costs no more than that of a short one.
const MAX_DIFF_LINE: usize = 400;

/// Each line longer than `MAX_DIFF_LINE` characters cut to that many, with
/// a note of its length.
fn cut_long_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.lines().all(|l| l.len() <= MAX_DIFF_LINE) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len().min(1 << 20));
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let count = body.chars().count();
        if count > MAX_DIFF_LINE {
            out.extend(body.chars().take(MAX_DIFF_LINE));
            out.push_str(&format!("… ({count} characters)"));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out.into()
}

/// A line diff of two texts with `context` unchanged lines around changes.
pub fn text_diff(expected: &str, got: &str, context: usize) -> Vec<DiffLine> {
    let (expected, got) = (cut_long_lines(expected), cut_long_lines(got));
    let (expected, got) = (expected.as_ref(), got.as_ref());
    // A line diff costs up to (lines x differences): past this deadline
    // `similar` settles for a coarser one. Only huge outputs get there.
    let diff = TextDiff::configure()
        .deadline(std::time::Instant::now() + std::time::Duration::from_millis(500))
        .diff_lines(expected, got);
    let mut lines = Vec::new();
    let mut shown_until = 0usize;
    for group in diff.grouped_ops(context) {
        let Some(first) = group.first() else { continue };
        let start = first.old_range().start;
        if start > shown_until {
            lines.push(DiffLine {
                tag: LineTag::Skipped(start - shown_until),
                segments: Vec::new(),
            });
        }
        for op in &group {
            for change in diff.iter_inline_changes(op) {
                let tag = match change.tag() {
                    ChangeTag::Equal => LineTag::Same,
                    ChangeTag::Delete => LineTag::Expected,
                    ChangeTag::Insert => LineTag::Got,
                };
                let segments = change
                    .iter_strings_lossy()
                    .map(|(emphasized, s)| (emphasized, s.trim_end_matches('\n').to_owned()))
                    .filter(|(_, s)| !s.is_empty())
                    .collect();
                lines.push(DiffLine { tag, segments });
            }
            shown_until = op.old_range().end;
        }
    }
    let total = expected.lines().count();
    if !lines.is_empty() && total > shown_until {
        lines.push(DiffLine {
            tag: LineTag::Skipped(total - shown_until),
            segments: Vec::new(),
        });
    }
    lines
}

/// A line diff of two values laid out `pprint`-style at `width` columns.
pub fn value_diff(expected: &Value, got: &Value, width: usize) -> Vec<DiffLine> {
    let (mut e, mut g) = (expected.pretty(width), got.pretty(width));
    e.push('\n');
    g.push('\n');
    text_diff(&e, &g, 3)
}

/// Two long strings side by side around their first difference.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// Character index of the first difference.
    pub index: usize,
    /// The windows, escaped as in a Python literal (without quotes), with
    /// `…` where they were cut.
    pub expected: String,
    pub got: String,
    /// Column (in characters) of the first difference within the windows.
    pub caret: usize,
}

/// The window of `radius` characters around the first difference of two
/// strings; `None` when they are equal.
pub fn string_window(expected: &str, got: &str, radius: usize) -> Option<Window> {
    let e: Vec<char> = expected.chars().collect();
    let g: Vec<char> = got.chars().collect();
    let index = e
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| e.len().min(g.len()));
    if index == e.len() && index == g.len() {
        return None;
    }
    let start = index.saturating_sub(radius);
    let render = |chars: &[char]| -> (String, usize) {
        let end = (index + radius).min(chars.len());
        let prefix = if start > 0 { "…" } else { "" };
        let before = escape(&chars[start.min(chars.len())..index.min(chars.len())]);
        let after = escape(&chars[index.min(chars.len())..end]);
        let suffix = if end < chars.len() { "…" } else { "" };
        let caret = prefix.chars().count() + before.chars().count();
        (format!("{prefix}{before}{after}{suffix}"), caret)
    };
    let (expected, caret) = render(&e);
    let (got, _) = render(&g);
    Some(Window {
        index,
        expected,
        got,
        caret,
    })
}

/// Characters as they would appear inside a Python string literal.
fn escape(chars: &[char]) -> String {
    let s: String = chars.iter().collect();
    let repr = Value::Str(s).repr();
    // strip the quotes repr() added
    let inner = &repr[1..repr.len() - 1];
    inner.replace("\\'", "'").replace("\\\"", "\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_wrong_element_is_one_changed_line() {
        let e = Value::List((0..100).map(Value::int).collect());
        let mut items: Vec<Value> = (0..100).map(Value::int).collect();
        items[57] = Value::int(-1);
        let lines = value_diff(&e, &Value::List(items), 40);
        let changed: Vec<String> = lines
            .iter()
            .filter(|l| matches!(l.tag, LineTag::Expected | LineTag::Got))
            .map(DiffLine::text)
            .collect();
        assert_eq!(changed, ["  57,", "  -1,"]);
        assert!(matches!(lines[0].tag, LineTag::Skipped(55)), "{lines:?}");
        assert!(matches!(lines.last().unwrap().tag, LineTag::Skipped(_)));
        assert!(lines.len() < 12);
    }

    #[test]
    fn changed_characters_are_marked() {
        let lines = text_diff("hello world\n", "hello wurld\n", 1);
        let got = lines.iter().find(|l| l.tag == LineTag::Got).unwrap();
        assert!(got.segments.iter().any(|(emph, s)| *emph && s.contains('u')), "{got:?}");
    }

    #[test]
    fn window_around_the_first_difference() {
        let e = "a".repeat(500) + "b" + &"c".repeat(500);
        let g = "a".repeat(500) + "X" + &"c".repeat(500);
        let w = string_window(&e, &g, 10).unwrap();
        assert_eq!(w.index, 500);
        assert_eq!(w.expected, format!("…{}b{}…", "a".repeat(10), "c".repeat(9)));
        assert_eq!(w.got, format!("…{}X{}…", "a".repeat(10), "c".repeat(9)));
        assert_eq!(w.expected.chars().nth(w.caret), Some('b'));
        assert!(string_window("same", "same", 5).is_none());
        let w = string_window("abc", "ab", 5).unwrap();
        assert_eq!((w.index, w.expected.as_str(), w.got.as_str()), (2, "abc", "ab"));
    }

    #[test]
    fn escapes_keep_the_caret_honest() {
        let w = string_window("x\ny", "x\nz", 5).unwrap();
        assert_eq!(w.expected, "x\\ny");
        assert_eq!(w.expected.chars().nth(w.caret), Some('y'));
    }

    #[test]
    fn a_very_long_line_is_cut_before_it_is_compared() {
        let got = "7".repeat(1_000_000);
        let lines = text_diff("3\n", &format!("{got}\n"), 3);
        let shown: usize = lines.iter().map(|l| l.text().chars().count()).sum();
        assert!(shown < 1000, "{shown} characters shown");
        assert!(lines.iter().any(|l| l.text().contains("(1000000 characters)")));
    }
}
