//! The `tests` kind's implementations (`implementations/reference.py` and
//! `implementations/buggy/*.py`): what a report calls each bug. Pure: the
//! files are read by `load`.

/// The name a report gives the bug of a buggy implementation: the first
/// line of its module docstring, else its file's stem with `_` as spaces
/// (`off_by_one` → "off by one"). Only this is shown, never the code. A
/// full stop at its end is dropped: reports end the sentence themselves.
pub fn bug_description(source: &str, stem: &str) -> String {
    let head = docstring_head(source).unwrap_or_else(|| stem.replace('_', " "));
    head.strip_suffix('.').map_or(head.clone(), str::to_owned)
}

/// The first non-blank line of a module docstring (`"""`, `'''`, or a
/// one-line `"..."`), after any comments and blank lines.
fn docstring_head(source: &str) -> Option<String> {
    let body = source
        .lines()
        .map(str::trim)
        .skip_while(|line| line.is_empty() || line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let body = body.trim_start_matches(['r', 'u', 'R', 'U']);
    let quote = ["\"\"\"", "'''", "\"", "'"].into_iter().find(|q| body.starts_with(q))?;
    let rest = &body[quote.len()..];
    let text = &rest[..rest.find(quote)?];
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_docstring_names_the_bug() {
        let source = "# a comment\n\n\"\"\"\n  Keeps a trailing dash.\n  More.\n\"\"\"\ndef f(): pass\n";
        assert_eq!(bug_description(source, "trailing"), "Keeps a trailing dash");
        assert_eq!(bug_description("'''one line'''\n", "x"), "one line");
        assert_eq!(bug_description("\"short\"\nx = 1\n", "x"), "short");
        assert_eq!(bug_description("r\"\"\"raw\"\"\"\n", "x"), "raw");
    }

    #[test]
    fn without_a_docstring_the_file_name_does() {
        assert_eq!(
            bug_description("def f():\n    \"\"\"not a module docstring\"\"\"\n", "off_by_one"),
            "off by one"
        );
        assert_eq!(bug_description("", "drops_unicode"), "drops unicode");
        // an unclosed docstring is no docstring
        assert_eq!(bug_description("\"\"\"never closed\n", "x_y"), "x y");
        assert_eq!(bug_description("\"\"\"\n\n\"\"\"\n", "blank"), "blank");
    }
}
