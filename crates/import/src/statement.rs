//! A Kattis LaTeX statement → Markdown, for what is cheap to convert:
//! sections, lists, bold and italic, verbatim blocks, `\problemname`.
//! Math (`$...$`) is kept as written. What cannot be converted (figures,
//! unknown commands and environments) is dropped and listed. Pure.

use std::collections::BTreeSet;

/// A converted statement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Converted {
    pub markdown: String,
    /// `\problemname{...}`, if any.
    pub title: Option<String>,
    /// What was dropped or left unconverted, one item each, sorted.
    pub dropped: Vec<String>,
}

/// Commands whose braces are kept as text and the command dropped silently:
/// they only change the look.
const TRANSPARENT: &[&str] = &[
    "text",
    "textrm",
    "textnormal",
    "mbox",
    "textsc",
    "textsf",
    "underline",
    "url",
];

/// Commands replaced by text.
const SYMBOLS: &[(&str, &str)] = &[
    ("ldots", "..."),
    ("dots", "..."),
    ("cdots", "..."),
    ("LaTeX", "LaTeX"),
    ("TeX", "TeX"),
    ("noindent", ""),
    ("medskip", ""),
    ("smallskip", ""),
    ("bigskip", ""),
    ("newline", "\n"),
    ("par", "\n\n"),
    ("centering", ""),
    ("clearpage", ""),
    ("newpage", ""),
    ("vfill", ""),
    ("hfill", ""),
];

/// Converts `source`.
pub fn latex_to_markdown(source: &str) -> Converted {
    let mut out = Converted::default();
    let mut dropped = BTreeSet::new();
    let mut lines = String::new();
    let mut in_verbatim = false;
    let mut list_stack: Vec<String> = Vec::new();
    for raw in source.lines() {
        let trimmed = raw.trim();
        if in_verbatim {
            if trimmed.starts_with("\\end{verbatim}") {
                lines.push_str("```\n");
                in_verbatim = false;
            } else {
                lines.push_str(raw);
                lines.push('\n');
            }
            continue;
        }
        if trimmed.starts_with('%') {
            continue; // a comment line, not a paragraph break
        }
        let line = strip_comment(raw);
        let trimmed = line.trim();
        if let Some(env) = environment(trimmed, "\\begin{") {
            match env {
                "verbatim" => {
                    lines.push_str("```\n");
                    in_verbatim = true;
                }
                "itemize" | "enumerate" | "description" => list_stack.push(env.to_owned()),
                "center" | "flushleft" | "flushright" | "quote" => {}
                other => {
                    dropped.insert(format!(
                        "the `{other}` environment (its markers; the text inside is kept)"
                    ));
                }
            }
            continue;
        }
        if let Some(env) = environment(trimmed, "\\end{") {
            if matches!(env, "itemize" | "enumerate" | "description") {
                list_stack.pop();
                lines.push('\n');
            }
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("\\item") {
            let (label, rest) = match rest.trim_start().strip_prefix('[') {
                Some(r) => match r.find(']') {
                    Some(end) => (Some(&r[..end]), &r[end + 1..]),
                    None => (None, rest),
                },
                None => (None, rest),
            };
            let marker = match list_stack.last().map(String::as_str) {
                Some("enumerate") => "1.",
                _ => "-",
            };
            let text = inline(rest.trim(), &mut dropped);
            match label {
                Some(l) => lines.push_str(&format!("{marker} **{}** {text}\n", inline(l, &mut dropped))),
                None => lines.push_str(&format!("{marker} {text}\n")),
            }
            continue;
        }
        let converted = inline(&line, &mut dropped);
        lines.push_str(converted.trim_end());
        lines.push('\n');
    }
    if in_verbatim {
        lines.push_str("```\n");
    }
    // \problemname{...} became a `# ` heading; it is the title
    let mut markdown = String::new();
    for line in lines.lines() {
        if out.title.is_none()
            && let Some(title) = line.strip_prefix("# ")
        {
            out.title = Some(title.trim().to_owned());
        }
        markdown.push_str(line);
        markdown.push('\n');
    }
    out.markdown = collapse_blank_lines(&markdown);
    out.dropped = dropped.into_iter().collect();
    out
}

fn collapse_blank_lines(text: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim_matches('\n').to_owned() + "\n"
}

/// `name` of `\begin{name}` (with `prefix` = `\begin{`) at the start of `line`.
fn environment<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(prefix)?;
    Some(&rest[..rest.find('}')?])
}

/// The line without its `%` comment (an escaped `\%` is not one).
fn strip_comment(line: &str) -> String {
    let mut out = String::new();
    let mut escaped = false;
    for c in line.chars() {
        if c == '%' && !escaped {
            break;
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    out
}

/// The `{...}` group that starts at `chars[at]`: its text and the index
/// after it.
fn group(chars: &[char], at: usize) -> Option<(String, usize)> {
    if chars.get(at) != Some(&'{') {
        return None;
    }
    let mut depth = 0;
    for (i, &c) in chars.iter().enumerate().skip(at) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((chars[at + 1..i].iter().collect(), i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// Skips `[...]` (an optional argument) at `chars[at]`.
fn skip_optional(chars: &[char], at: usize) -> usize {
    if chars.get(at) == Some(&'[')
        && let Some(end) = chars[at..].iter().position(|&c| c == ']')
    {
        return at + end + 1;
    }
    at
}

/// Converts the commands of one line; math is copied as it is.
fn inline(text: &str, dropped: &mut BTreeSet<String>) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '$' => {
                // copy the math up to its closing `$` (or `$$`)
                let double = chars.get(i + 1) == Some(&'$');
                let open = if double { 2 } else { 1 };
                let mut j = i + open;
                let mut closed = None;
                while j < chars.len() {
                    if chars[j] == '\\' {
                        j += 2;
                        continue;
                    }
                    if chars[j] == '$' && (!double || chars.get(j + 1) == Some(&'$')) {
                        closed = Some(j + open);
                        break;
                    }
                    j += 1;
                }
                let end = closed.unwrap_or(chars.len());
                out.extend(&chars[i..end]);
                i = end;
            }
            '~' => {
                out.push(' ');
                i += 1;
            }
            '`' if chars.get(i + 1) == Some(&'`') => {
                out.push('"');
                i += 2;
            }
            '\'' if chars.get(i + 1) == Some(&'\'') => {
                out.push('"');
                i += 2;
            }
            '\\' => {
                let name_end = (i + 1..chars.len())
                    .find(|&k| !chars[k].is_ascii_alphabetic())
                    .unwrap_or(chars.len());
                if name_end == i + 1 {
                    // `\(math\)` and `\[math\]`: copied as `$math$`, `$$math$$`
                    if let Some(&open @ ('(' | '[')) = chars.get(i + 1) {
                        let close = if open == '(' { ')' } else { ']' };
                        let dollars = if open == '(' { "$" } else { "$$" };
                        let end =
                            (i + 2..chars.len().saturating_sub(1)).find(|&k| chars[k] == '\\' && chars[k + 1] == close);
                        if let Some(end) = end {
                            out.push_str(dollars);
                            out.extend(&chars[i + 2..end]);
                            out.push_str(dollars);
                            i = end + 2;
                            continue;
                        }
                    }
                    // `\\`, `\%`, `\&`, `\_`, `\{`...
                    match chars.get(i + 1) {
                        Some('\\') => out.push_str("  \n"),
                        Some(&escaped) => out.push(escaped),
                        None => {}
                    }
                    i += 2;
                    continue;
                }
                let name: String = chars[i + 1..name_end].iter().collect();
                let starred = chars.get(name_end) == Some(&'*');
                let after = if starred { name_end + 1 } else { name_end };
                i = command(&name, &chars, after, &mut out, dropped);
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Writes command `name` (its arguments start at `chars[at]`); returns the
/// index after it.
fn command(name: &str, chars: &[char], at: usize, out: &mut String, dropped: &mut BTreeSet<String>) -> usize {
    let wrap = |out: &mut String, dropped: &mut BTreeSet<String>, before: &str, after: &str| -> usize {
        match group(chars, at) {
            Some((arg, end)) => {
                out.push_str(before);
                out.push_str(&inline(&arg, dropped));
                out.push_str(after);
                end
            }
            None => at,
        }
    };
    match name {
        "problemname" => wrap(out, dropped, "# ", ""),
        "section" => wrap(out, dropped, "## ", ""),
        "subsection" => wrap(out, dropped, "### ", ""),
        "subsubsection" | "paragraph" => wrap(out, dropped, "#### ", ""),
        "textbf" => wrap(out, dropped, "**", "**"),
        "emph" | "textit" => wrap(out, dropped, "*", "*"),
        "texttt" => wrap(out, dropped, "`", "`"),
        "href" => match group(chars, at) {
            Some((url, end)) => match group(chars, end) {
                Some((label, end2)) => {
                    out.push_str(&format!("[{}]({url})", inline(&label, dropped)));
                    end2
                }
                None => end,
            },
            None => at,
        },
        "includegraphics" | "illustration" => {
            // \includegraphics[opts]{file}; \illustration{scale}{file}{caption}
            let mut end = skip_optional(chars, at);
            let mut args = Vec::new();
            while let Some((arg, next)) = group(chars, end) {
                args.push(arg);
                end = next;
                if name == "includegraphics" || args.len() == 3 {
                    break;
                }
            }
            let file = if name == "includegraphics" {
                args.first()
            } else {
                args.get(1)
            };
            dropped.insert(format!(
                "a picture (\\{name}{{{}}})",
                file.map(String::as_str).unwrap_or("?")
            ));
            end
        }
        _ if TRANSPARENT.contains(&name) => wrap(out, dropped, "", ""),
        _ => {
            if let Some((_, text)) = SYMBOLS.iter().find(|(n, _)| *n == name) {
                out.push_str(text);
                return at;
            }
            dropped.insert(format!("the command \\{name} (left in the text)"));
            out.push('\\');
            out.push_str(name);
            at
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_title_and_emphasis() {
        let c = latex_to_markdown(
            "\\problemname{A Different Problem}\n% a comment\nWrite a \\textbf{program} that is \\emph{fast}.\n\n\
             \\section*{Input}\nTwo integers $a$ and $b$ ($0 \\le a, b \\le 10^{15}$), 100\\% sure.\n\\subsection{Note}\n",
        );
        assert_eq!(c.title.as_deref(), Some("A Different Problem"));
        assert_eq!(
            c.markdown,
            "# A Different Problem\nWrite a **program** that is *fast*.\n\n## Input\n\
             Two integers $a$ and $b$ ($0 \\le a, b \\le 10^{15}$), 100% sure.\n### Note\n"
        );
        assert!(c.dropped.is_empty(), "{:?}", c.dropped);
    }

    #[test]
    fn lists_and_verbatim() {
        let c = latex_to_markdown(
            "\\begin{itemize}\n\\item one $x_1$\n\\item[b)] two\n\\end{itemize}\n\\begin{enumerate}\n\\item first\n\\end{enumerate}\n\
             \\begin{verbatim}\n  a % not a comment \\textbf{x}\n\\end{verbatim}\n",
        );
        assert_eq!(
            c.markdown,
            "- one $x_1$\n- **b)** two\n\n1. first\n\n```\n  a % not a comment \\textbf{x}\n```\n"
        );
    }

    #[test]
    fn pictures_and_unknown_things_are_listed() {
        let c = latex_to_markdown(
            "\\illustration{0.3}{cave.jpg}{A cave}\nText \\includegraphics[width=3cm]{fig.png} and \\foo{x}.\n\
             \\begin{figure}\ninside\n\\end{figure}\n",
        );
        assert_eq!(
            c.dropped,
            [
                "a picture (\\illustration{cave.jpg})",
                "a picture (\\includegraphics{fig.png})",
                "the `figure` environment (its markers; the text inside is kept)",
                "the command \\foo (left in the text)",
            ]
        );
        assert!(c.markdown.contains("inside"));
        assert!(!c.markdown.contains("cave.jpg"));
    }

    #[test]
    fn math_is_kept_as_written() {
        let c = latex_to_markdown("$$\\sum_{i=1}^n \\textbf{x}_i$$ and $\\$5$\n");
        assert_eq!(c.markdown, "$$\\sum_{i=1}^n \\textbf{x}_i$$ and $\\$5$\n");
        let c = latex_to_markdown("An integer \\(1 \\le N\\) and \\[x^2\\].\n");
        assert_eq!(c.markdown, "An integer $1 \\le N$ and $$x^2$$.\n");
        assert!(c.dropped.is_empty(), "{:?}", c.dropped);
    }
}
