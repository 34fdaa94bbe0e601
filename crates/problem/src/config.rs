//! `problem.toml`: parsed from text, no I/O.

use crate::complexity_config::{ComplexitySpec, RawComplexity, complexity_spec};
use std::path::Path;

use judge_checkers::CheckerSpec;
use serde::Deserialize;
use toml::Spanned;

use crate::checker_config::{RawChecker, checker_spec};
use crate::error::{LoadError, Location};

/// How experienced the person a problem is meant for is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Junior,
    Mid,
    Senior,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Junior => "junior",
            Level::Mid => "mid",
            Level::Senior => "senior",
        }
    }
}

/// How a solution is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// `entry(*args, **kwargs)`, the return value (or exception) checked.
    Function,
    /// A sequence of operations on one instance of class `entry`.
    Class,
    /// The whole file run as a script: stdin in, stdout checked.
    Stdio,
    /// The solution is a test suite for function `entry`, run against the
    /// problem's reference and buggy implementations.
    Tests,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Function => "function",
            Kind::Class => "class",
            Kind::Stdio => "stdio",
            Kind::Tests => "tests",
        }
    }
}

/// Resource limits per test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// CPU time of one test, in milliseconds.
    pub time_ms: u64,
    /// Wall-clock time of one test, as a multiple of `time_ms`: a solution
    /// that sleeps or waits is stopped here.
    pub wall_multiplier: f64,
    /// Address space of the whole Python process (interpreter included).
    pub memory_mb: u64,
    /// What one test may print (stdout and stderr each).
    pub output_kb: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            time_ms: 1000,
            wall_multiplier: 3.0,
            memory_mb: 256,
            output_kb: 1024,
        }
    }
}

impl Limits {
    pub fn wall_ms(&self) -> u64 {
        (self.time_ms as f64 * self.wall_multiplier).ceil() as u64
    }
}

/// The bounds of `limits.time_ms`: a CPU minute per test is more than any
/// honest problem needs, and far below what the timers can arm.
pub const TIME_MS_BOUNDS: (u64, u64) = (1, 60_000);
/// The bounds of `limits.memory_mb`. The floor: `python3 -I -S` with the
/// harness loaded needs 12 MB of address space to start (20 MB with
/// site-packages; docs/problem-format.md says how this was measured), so
/// a smaller limit fails every solution before it runs; 32 leaves room
/// for the solution. The ceiling (64 GiB) is more than any honest problem
/// needs and keeps the limit in bytes far from overflowing.
pub const MEMORY_MB_BOUNDS: (u64, u64) = (32, 65_536);
/// The bounds of `limits.output_kb` (per stream): 64 MiB is more than any
/// honest problem prints, and the judge holds what a test prints in memory.
pub const OUTPUT_KB_BOUNDS: (u64, u64) = (1, 65_536);
/// The bounds of `limits.wall_multiplier`.
pub const WALL_MULTIPLIER_BOUNDS: (f64, f64) = (1.0, 100.0);

/// Why a limit has its bounds, appended to the error.
fn why_bounded(key: &str) -> &'static str {
    match key {
        "memory_mb" => " (Python itself needs about 12 MB to start, and the solution needs room)",
        _ => "",
    }
}

/// A parsed and validated `problem.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemConfig {
    pub title: String,
    pub level: Level,
    pub topics: Vec<String>,
    pub kind: Kind,
    /// The function or class a solution must define; `None` for `stdio`.
    pub entry: Option<String>,
    pub limits: Limits,
    pub checker: CheckerSpec,
    /// Start Python with its site-packages (off by default: a faster start).
    pub site_packages: bool,
    /// `function` kind: a file of the problem whose `run(solution, *args)`
    /// exercises the solution (for inputs JSON cannot hold: linked lists,
    /// callables, iterators, clocks) and returns what is checked.
    pub driver: Option<String>,
    /// `[rules] forbid`: builtins (`sorted`) and methods of builtin types
    /// (`list.sort`) the solution may not call; the harness removes them
    /// before the solution loads (docs/problem-format.md, "Rules").
    pub forbid: Vec<String>,
    /// `[complexity]`: how solutions are measured for growth.
    pub complexity: Option<ComplexitySpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Spanned<String>,
    level: Level,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    kind: Spanned<Kind>,
    entry: Option<Spanned<String>>,
    driver: Option<Spanned<String>>,
    #[serde(default)]
    limits: RawLimits,
    checker: Option<RawChecker>,
    #[serde(default)]
    python: RawPython,
    #[serde(default)]
    rules: RawRules,
    complexity: Option<RawComplexity>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    forbid: Vec<Spanned<String>>,
}

/// `name` or `type.method`: Python identifiers.
fn forbiddable(name: &str) -> bool {
    let ident = |s: &str| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    match name.split_once('.') {
        Some((owner, method)) => ident(owner) && ident(method),
        None => ident(name),
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    time_ms: Option<Spanned<u64>>,
    wall_multiplier: Option<Spanned<f64>>,
    memory_mb: Option<Spanned<u64>>,
    output_kb: Option<Spanned<u64>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPython {
    #[serde(default)]
    site_packages: bool,
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rfind('\n').map_or(before.len(), |nl| before.len() - nl - 1) + 1;
    (line, column)
}

pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Parses `problem.toml` text; `path` is only used to name the file in errors.
pub fn parse_config(text: &str, path: &Path) -> Result<ProblemConfig, LoadError> {
    let at = |span: std::ops::Range<usize>| {
        let (line, column) = line_column(text, span.start);
        Location::at(path, line, column)
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let location = match e.span() {
            Some(span) => at(span),
            None => Location::file(path),
        };
        LoadError::invalid(location, crate::error::plain_words(e.message().trim()))
    })?;
    let invalid = |span: std::ops::Range<usize>, message: String| LoadError::invalid(at(span), message);

    if raw.title.get_ref().trim().is_empty() {
        return Err(invalid(raw.title.span(), "`title` must not be empty".into()));
    }
    for topic in &raw.topics {
        if topic.get_ref().trim().is_empty() {
            return Err(invalid(topic.span(), "a topic must not be empty".into()));
        }
    }
    let kind = *raw.kind.get_ref();
    let entry = match (kind, raw.entry) {
        (Kind::Stdio, Some(entry)) => {
            return Err(invalid(
                entry.span(),
                "`entry` is not used by a `stdio` problem (the whole file is run); remove it".into(),
            ));
        }
        (Kind::Stdio, None) => None,
        (_, None) => {
            return Err(invalid(
                raw.kind.span(),
                format!(
                    "a `{}` problem needs `entry`: the name of the {} a solution defines",
                    kind.as_str(),
                    if kind == Kind::Class { "class" } else { "function" }
                ),
            ));
        }
        (_, Some(entry)) => {
            if !is_identifier(entry.get_ref()) {
                return Err(invalid(
                    entry.span(),
                    format!("`entry` must be a Python name; {:?} is not", entry.get_ref()),
                ));
            }
            Some(entry.into_inner())
        }
    };

    let mut limits = Limits::default();
    let bounded = |v: &Option<Spanned<u64>>, key: &str, (min, max): (u64, u64), slot: &mut u64| {
        if let Some(v) = v {
            let n = *v.get_ref();
            if n < min || n > max {
                return Err(invalid(
                    v.span(),
                    format!(
                        "`limits.{key}` must be between {min} and {max}; {n} is not{}",
                        why_bounded(key)
                    ),
                ));
            }
            *slot = n;
        }
        Ok(())
    };
    bounded(&raw.limits.time_ms, "time_ms", TIME_MS_BOUNDS, &mut limits.time_ms)?;
    bounded(
        &raw.limits.memory_mb,
        "memory_mb",
        MEMORY_MB_BOUNDS,
        &mut limits.memory_mb,
    )?;
    bounded(
        &raw.limits.output_kb,
        "output_kb",
        OUTPUT_KB_BOUNDS,
        &mut limits.output_kb,
    )?;
    if let Some(m) = raw.limits.wall_multiplier {
        let (min, max) = WALL_MULTIPLIER_BOUNDS;
        if !(*m.get_ref() >= min && *m.get_ref() <= max) {
            return Err(invalid(
                m.span(),
                format!("`limits.wall_multiplier` must be between {min} and {max}"),
            ));
        }
        limits.wall_multiplier = *m.get_ref();
    }

    let driver = match raw.driver {
        Some(d) if kind != Kind::Function => {
            return Err(invalid(d.span(), "`driver` is for `function` problems".into()));
        }
        Some(d) if !d.get_ref().ends_with(".py") || d.get_ref().contains('/') => {
            return Err(invalid(
                d.span(),
                "`driver` names a .py file in the problem directory, like \"driver.py\"".into(),
            ));
        }
        other => other.map(Spanned::into_inner),
    };

    let mut forbid = Vec::new();
    for name in raw.rules.forbid {
        if !forbiddable(name.get_ref()) {
            return Err(invalid(
                name.span(),
                "`rules.forbid` names a builtin (\"sorted\") or a method of a builtin type (\"list.sort\")".into(),
            ));
        }
        forbid.push(name.into_inner());
    }

    if kind == Kind::Tests {
        // a test suite is judged by what its tests do, not by a checker
        if raw.checker.is_some() {
            return Err(invalid(
                raw.kind.span(),
                "a `tests` problem has no [checker]: the verdict is whether the tests pass on the reference and catch every buggy implementation".into(),
            ));
        }
        if raw.complexity.is_some() {
            return Err(invalid(
                raw.kind.span(),
                "a `tests` problem has no [complexity]: there is no input to grow".into(),
            ));
        }
    }
    let checker = match raw.checker {
        Some(table) => checker_spec(table, kind, &invalid)?,
        None => CheckerSpec::default_for_text(kind == Kind::Stdio),
    };

    let complexity = raw
        .complexity
        .map(|table| complexity_spec(table, &invalid))
        .transpose()?;

    Ok(ProblemConfig {
        title: raw.title.into_inner(),
        level: raw.level,
        topics: raw.topics.into_iter().map(Spanned::into_inner).collect(),
        kind,
        entry,
        limits,
        checker,
        site_packages: raw.python.site_packages,
        driver,
        forbid,
        complexity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
title = "Palindrome"
level = "junior"
topics = ["strings"]
kind = "function"
entry = "is_palindrome"

[limits]
time_ms = 500
"#;

    fn err(text: &str) -> String {
        parse_config(text, Path::new("p/problem.toml")).unwrap_err().to_string()
    }

    #[test]
    fn a_tests_problem_names_the_function_under_test_and_has_no_checker() {
        let tests = GOOD.replace("kind = \"function\"", "kind = \"tests\"");
        let config = parse_config(&tests, Path::new("p/problem.toml")).unwrap();
        assert_eq!(
            (config.kind, config.entry.as_deref()),
            (Kind::Tests, Some("is_palindrome"))
        );
        let e = err(&tests.replace("entry = \"is_palindrome\"\n", ""));
        assert!(e.contains("needs `entry`: the name of the function"), "{e}");
        let e = err(&format!("{tests}\n[checker]\ntype = \"exact\"\n"));
        assert!(
            e.starts_with("p/problem.toml:5:8: a `tests` problem has no [checker]"),
            "{e}"
        );
        let e = err(&format!("{tests}\n[complexity]\nexpected = \"O(n)\"\n"));
        assert!(e.contains("has no [complexity]"), "{e}");
    }

    #[test]
    fn rules_forbid_names_builtins_and_methods_of_builtin_types() {
        let text = format!("{GOOD}\n[rules]\nforbid = [\"sorted\", \"list.sort\"]\n");
        let config = parse_config(&text, Path::new("p/problem.toml")).unwrap();
        assert_eq!(config.forbid, ["sorted", "list.sort"]);
        assert!(
            parse_config(GOOD, Path::new("p/problem.toml"))
                .unwrap()
                .forbid
                .is_empty()
        );
        for bad in ["", "os.path.join", "1abc", "sorted()"] {
            let text = format!("{GOOD}\n[rules]\nforbid = [{bad:?}]\n");
            assert!(err(&text).contains("rules.forbid"), "{bad}: {}", err(&text));
        }
    }

    #[test]
    fn a_good_config() {
        let c = parse_config(GOOD, Path::new("problem.toml")).unwrap();
        assert_eq!(c.entry.as_deref(), Some("is_palindrome"));
        assert_eq!(c.limits.time_ms, 500);
        assert_eq!(c.limits.wall_ms(), 1500);
        assert_eq!(c.checker, CheckerSpec::Exact);
    }

    #[test]
    fn unknown_keys_name_file_line_and_key() {
        let e = err(&format!("{GOOD}memroy_mb = 3\n"));
        assert!(e.starts_with("p/problem.toml:10:1: unknown field `memroy_mb`"), "{e}");
        let e = err(&GOOD.replace("kind = \"function\"", "kind = \"functon\""));
        assert!(e.starts_with("p/problem.toml:5:8: unknown variant `functon`"), "{e}");
    }

    #[test]
    fn semantic_errors_point_at_the_value() {
        let e = err(&GOOD.replace("time_ms = 500", "time_ms = 0"));
        assert_eq!(
            e,
            "p/problem.toml:9:11: `limits.time_ms` must be between 1 and 60000; 0 is not"
        );
        let e = err(&GOOD.replace("\"is_palindrome\"", "\"is palindrome\""));
        assert!(
            e.starts_with("p/problem.toml:6:9: `entry` must be a Python name"),
            "{e}"
        );
        let e = err(&GOOD.replace("entry = \"is_palindrome\"\n", ""));
        assert!(e.contains("needs `entry`"), "{e}");
        let e = err(&GOOD.replace("kind = \"function\"", "kind = \"stdio\""));
        assert!(e.contains("not used by a `stdio` problem"), "{e}");
        let e = err("title = \"x\"\n");
        assert!(e.contains("missing field"), "{e}");
    }

    #[test]
    fn a_time_limit_the_timers_cannot_arm_is_refused() {
        let e = err(&GOOD.replace("time_ms = 500", "time_ms = 9223372036854775807"));
        assert!(
            e.starts_with("p/problem.toml:9:11: `limits.time_ms` must be between 1 and 60000"),
            "{e}"
        );
        let ok = parse_config(&GOOD.replace("time_ms = 500", "time_ms = 60000"), Path::new("p")).unwrap();
        assert_eq!(ok.limits.time_ms, 60_000);
        assert!(err(&GOOD.replace("time_ms = 500", "time_ms = 60001")).contains("`limits.time_ms`"));
    }

    #[test]
    fn a_memory_limit_python_cannot_start_in_is_refused() {
        let e = err(&GOOD.replace("time_ms = 500", "memory_mb = 8"));
        assert!(
            e.starts_with("p/problem.toml:9:13: `limits.memory_mb` must be between 32 and 65536; 8 is not"),
            "{e}"
        );
        assert!(e.contains("Python itself needs"), "{e}");
        assert!(err(&GOOD.replace("time_ms = 500", "memory_mb = 31")).contains("`limits.memory_mb`"));
        assert!(err(&GOOD.replace("time_ms = 500", "memory_mb = 18446744073709551615")).contains("`limits.memory_mb`"));
        let ok = parse_config(&GOOD.replace("time_ms = 500", "memory_mb = 32"), Path::new("p")).unwrap();
        assert_eq!(ok.limits.memory_mb, 32);
    }

    #[test]
    fn an_output_limit_past_what_the_judge_holds_is_refused() {
        let e = err(&GOOD.replace("time_ms = 500", "output_kb = 18446744073709551615"));
        assert!(
            e.starts_with("p/problem.toml:9:13: `limits.output_kb` must be between 1 and 65536"),
            "{e}"
        );
        assert!(err(&GOOD.replace("time_ms = 500", "output_kb = 0")).contains("`limits.output_kb`"));
        let ok = parse_config(&GOOD.replace("time_ms = 500", "output_kb = 65536"), Path::new("p")).unwrap();
        assert_eq!(ok.limits.output_kb, 65_536);
    }

    #[test]
    fn a_wall_multiplier_with_no_deadline_is_refused() {
        for bad in ["0.5", "100.5", "1e300", "nan", "inf"] {
            let e = err(&GOOD.replace("time_ms = 500", &format!("wall_multiplier = {bad}")));
            assert_eq!(
                e, "p/problem.toml:9:19: `limits.wall_multiplier` must be between 1 and 100",
                "{bad}"
            );
        }
    }

    #[test]
    fn stdio_defaults_to_tokens() {
        let text = GOOD
            .replace("kind = \"function\"", "kind = \"stdio\"")
            .replace("entry = \"is_palindrome\"\n", "");
        let c = parse_config(&text, Path::new("problem.toml")).unwrap();
        assert_eq!(c.checker, CheckerSpec::Tokens(judge_checkers::TokenOptions::default()));
    }

    #[test]
    fn checker_settings_are_checked() {
        let e = err(&format!("{GOOD}\n[checker]\ntype = \"float\"\nabs_tol = -1.0\n"));
        assert_eq!(
            e,
            "p/problem.toml:13:11: `checker.abs_tol` must be a number, 0 or more (like 1e-6)"
        );
        let e = err(&format!("{GOOD}\n[checker]\ntype = \"float\"\ntolerance = 1.0\n"));
        assert!(e.starts_with("p/problem.toml:13:1: unknown field `tolerance`"), "{e}");
        let e = err(&format!("{GOOD}\n[checker]\ntype = \"fuzzy\"\n"));
        assert!(
            e.starts_with("p/problem.toml:12:8: unknown checker type \"fuzzy\""),
            "{e}"
        );
        let e = err(&format!("{GOOD}\n[checker]\ntype = \"unordered\"\ndepth = 0\n"));
        assert_eq!(
            e,
            "p/problem.toml:13:9: `checker.depth` must be a whole number, at least 1"
        );
    }
}
