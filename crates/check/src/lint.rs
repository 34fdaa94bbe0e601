//! Package rules `judge run` does not need but a bank does: a sample to
//! show, a template that defines the entry point, an accepted solution,
//! a level that matches the folder. Pure: sources come in as text.

use std::path::Path;

use judge_problem::{Kind, Problem, Solution, SolutionFolder};
use judge_report::Finding;

/// The texts the rules read.
#[derive(Debug)]
pub struct PackageTexts<'a> {
    pub template: &'a str,
    pub statement: &'a str,
    /// problem.toml.
    pub config: &'a str,
}

pub fn lint(problem: &Problem, solutions: &[Solution], texts: &PackageTexts) -> Vec<Finding> {
    let mut findings = Vec::new();
    let shown = |p: &Path| p.display().to_string();
    // a `tests` problem's examples are in its template, its cases are implementations
    if problem.config.kind != Kind::Tests && !problem.tests.iter().any(|t| t.is_sample()) {
        let hint = match problem.config.kind {
            Kind::Stdio => "tests/sample/NAME.in and NAME.ans",
            _ => "tests/sample.json",
        };
        // a note, not an error: packages as they come (Kattis' `hello`)
        // may have none, and every test still runs
        findings.push(Finding::note(
            shown(&problem.dir.join("tests")),
            format!("no sample tests: a person needs examples to start from ({hint})"),
        ));
    }
    if problem.config.kind == Kind::Tests {
        if !defines_a_test(texts.template) {
            findings.push(Finding::error(
                shown(&problem.template),
                "defines no test function (`def test_...():`): the starter file shows a person how a test looks",
            ));
        }
    } else if let Some(entry) = &problem.config.entry
        && !defines(texts.template, entry, problem.config.kind)
    {
        let what = match problem.config.kind {
            Kind::Class => "class",
            _ => "function (or class)",
        };
        findings.push(Finding::error(
            shown(&problem.template),
            format!("does not define the {what} `{entry}` that problem.toml names as the entry point"),
        ));
    }
    if texts.statement.trim().is_empty() {
        findings.push(Finding::error(shown(&problem.statement), "the statement is empty"));
    }
    if !solutions.iter().any(|s| s.folder == SolutionFolder::Accepted) {
        findings.push(Finding::error(
            shown(&problem.dir.join("solutions").join("accepted")),
            "no accepted solution: a problem needs one to prove it can be solved within its limits",
        ));
    }
    let level = problem.config.level.as_str();
    let folder = problem.dir.canonicalize().ok().and_then(|d| {
        d.parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    });
    if let Some(folder) = folder
        && ["junior", "mid", "senior"].contains(&folder.as_str())
        && folder != level
    {
        findings.push(Finding::error(
            shown(&problem.dir.join("problem.toml")),
            format!("level = \"{level}\", but the problem is in the `{folder}` folder"),
        ));
    }
    for topic in &problem.config.topics {
        if let Some(spelled) = topic_spelling(topic) {
            let (line, column) = locate(texts.config, &format!("\"{topic}\""));
            findings.push(
                Finding::error(
                    shown(&problem.dir.join("problem.toml")),
                    format!(
                        "topic \"{topic}\": topics are lowercase words joined by hyphens, so that `judge list --topic` finds them all alike; write \"{spelled}\""
                    ),
                )
                .at(line, column),
            );
        }
    }
    findings
}

/// `None` when `topic` is spelled as a bank topic (`linked-lists`), else
/// the spelling it should have.
pub fn topic_spelling(topic: &str) -> Option<String> {
    let spelled = topic
        .trim()
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    (spelled != topic).then_some(spelled)
}

/// 1-based line and column of the first `needle` in `text`.
fn locate(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
    let Some(at) = text.find(needle) else {
        return (None, None);
    };
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count() + 1;
    (Some(line), Some(text[line_start..at].chars().count() + 1))
}

/// Whether Python source defines `name` at the top level: `def name`,
/// `async def name`, `class name`, or an assignment `name = ...` (for a
/// function kind). A line scan, not a parse: enough for a starter file.
pub fn defines(source: &str, name: &str, kind: Kind) -> bool {
    source.lines().any(|line| {
        let defined_by = |keyword: &str| {
            line.strip_prefix(keyword)
                .and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|rest| rest.starts_with(['(', ':', ' ']))
        };
        match kind {
            Kind::Class => defined_by("class "),
            Kind::Function => {
                // A driver may be handed a class to exercise (`Windows(...)`).
                defined_by("def ")
                    || defined_by("async def ")
                    || defined_by("class ")
                    || line
                        .strip_prefix(name)
                        .is_some_and(|rest| rest.trim_start().starts_with('=') && !rest.trim_start().starts_with("=="))
            }
            Kind::Stdio | Kind::Tests => true,
        }
    })
}

/// Whether Python source defines a test function at the top level
/// (`def test...`), as the `tests` kind collects them.
pub fn defines_a_test(source: &str) -> bool {
    source
        .lines()
        .any(|line| line.strip_prefix("def ").is_some_and(|rest| rest.starts_with("test")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_top_level_definitions() {
        assert!(defines("def f(x):\n    pass\n", "f", Kind::Function));
        assert!(defines_a_test(
            "from x import y\n\ndef test_empty():\n    assert y('') == ''\n"
        ));
        assert!(!defines_a_test("def helper():\n    def test_inner():\n        pass\n"));
        assert!(!defines_a_test("# def test_x():\n"));
        assert!(defines("async def f (x): ...", "f", Kind::Function));
        assert!(defines(
            "import functools\nf = functools.cache(g)\n",
            "f",
            Kind::Function
        ));
        assert!(defines("class Stack:\n    pass", "Stack", Kind::Class));
        assert!(defines("class Stack(list):\n    pass", "Stack", Kind::Class));
        assert!(defines("class Windows:\n    pass", "Windows", Kind::Function));
    }

    #[test]
    fn topics_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(topic_spelling("linked-lists"), None);
        assert_eq!(topic_spelling("big-o"), None);
        assert_eq!(
            topic_spelling("Dynamic programming").as_deref(),
            Some("dynamic-programming")
        );
        assert_eq!(topic_spelling("two_pointers ").as_deref(), Some("two-pointers"));
        assert_eq!(
            locate("a = 1\ntopics = [\"x\", \"two pointers\"]\n", "\"two pointers\""),
            (Some(2), Some(16))
        );
    }

    #[test]
    fn ignores_what_is_not_the_entry() {
        assert!(!defines("def fx(x):\n    pass\n", "f", Kind::Function));
        assert!(!defines("    def f(self):\n        pass\n", "f", Kind::Function));
        assert!(!defines("# def f(x):\n", "f", Kind::Function));
        assert!(!defines("f == 3\n", "f", Kind::Function));
        assert!(!defines("def Stack():\n    pass", "Stack", Kind::Class));
        assert!(!defines("class StackX:\n    pass", "Stack", Kind::Class));
    }
}
