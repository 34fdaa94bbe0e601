//! `judge import kattis`: a Kattis problem package (legacy or 2023-07 and
//! later) → a judge package of kind `stdio` (docs/kattis.md).
//!
//! [`plan_import`] is pure: the package's files in, the files to write and
//! what to tell the person out. The edge (the CLI) reads the source,
//! writes the plan, runs the accepted submissions and sets the time limit
//! with [`time_limit_ms`].

mod checker;
mod data;
mod metadata;
mod statement;
mod submissions;

use std::collections::BTreeMap;

pub use checker::{CheckerMapping, checker_table};
pub use data::{DataMapping, judge_name, map_data};
pub use metadata::{Edition, Metadata, parse_metadata};
pub use statement::{Converted, latex_to_markdown};
pub use submissions::{SubmissionMapping, glob_matches, map_folder, map_submissions, with_inlined_modules};

/// A user's mistake or an unsupported package; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: missing: not a Kattis problem package without it")]
    Missing { file: String },
    #[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Yaml {
        file: String,
        line: Option<usize>,
        message: String,
    },
    #[error("{file}: {feature} problems are not supported: {why}")]
    Unsupported {
        file: String,
        feature: &'static str,
        why: &'static str,
    },
    #[error("{file}: not UTF-8 text")]
    NotText { file: String },
    #[error("data/: no tests (NAME.in with NAME.ans under data/sample or data/secret)")]
    NoTests,
}

/// A package as files: path relative to its root (`/`-separated) → bytes.
#[derive(Debug, Clone, Default)]
pub struct Package {
    pub files: BTreeMap<String, Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// junior | mid | senior.
    pub level: String,
    /// The title when the package gives none (the directory's name).
    pub fallback_title: String,
}

/// What `judge check` settings problem.toml gets, kept apart from the
/// files so that the time limit can be set after timing.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub title: String,
    pub level: String,
    pub topics: Vec<String>,
    pub memory_mb: Option<u64>,
    pub output_kb: Option<u64>,
    pub checker: Option<String>,
    /// Set when interactive: written as a comment.
    pub interactive: bool,
}

/// How the time limit is to be set.
#[derive(Debug, Clone, PartialEq)]
pub struct Timing {
    /// `solutions/accepted/*.py` to run.
    pub accepted: Vec<String>,
    /// Slowest x this (see [`time_limit_ms`]).
    pub multiplier: f64,
    /// What the package says, in seconds.
    pub package_limit_s: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    /// Every file of the imported package but problem.toml (see
    /// [`problem_toml`]): path → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    pub config: Config,
    pub timing: Timing,
    /// What was converted, dropped or skipped.
    pub notes: Vec<String>,
    /// What may need the person's attention.
    pub warnings: Vec<String>,
    /// Set when the imported package cannot be judged yet (interactive).
    pub unsupported: Option<String>,
}

fn text<'a>(pkg: &'a Package, file: &str) -> Result<Option<&'a str>, ImportError> {
    match pkg.files.get(file) {
        None => Ok(None),
        Some(bytes) => std::str::from_utf8(bytes)
            .map(Some)
            .map_err(|_| ImportError::NotText { file: file.to_owned() }),
    }
}

/// A topic as the bank spells them: lowercase words joined by hyphens.
fn topic(word: &str) -> String {
    word.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The statement file: English first, LaTeX or Markdown, legacy
/// problem_statement/ or statement/.
fn statement_file(pkg: &Package) -> Option<&str> {
    let candidates = [
        "statement/problem.en.md",
        "statement/problem.en.tex",
        "problem_statement/problem.en.tex",
        "problem_statement/problem.tex",
        "problem_statement/problem.en.md",
        "statement/problem.md",
        "statement/problem.tex",
    ];
    candidates
        .iter()
        .find(|c| pkg.files.contains_key(**c))
        .copied()
        .or_else(|| {
            pkg.files.keys().map(String::as_str).find(|p| {
                (p.starts_with("statement/problem.") || p.starts_with("problem_statement/problem."))
                    && (p.ends_with(".tex") || p.ends_with(".md"))
            })
        })
}

const TEMPLATE: &str = "import sys


def main():
    data = sys.stdin.read().split()
    # TODO: solve the problem and print the answer.


main()
";

/// Plans the import of `pkg`. `compiles` says whether Python 3 compiles a
/// source (the caller runs Python).
pub fn plan_import(pkg: &Package, options: &Options, compiles: &dyn Fn(&[u8]) -> bool) -> Result<Plan, ImportError> {
    let yaml = text(pkg, "problem.yaml")?.ok_or_else(|| ImportError::Missing {
        file: "problem.yaml".into(),
    })?;
    let meta = parse_metadata(yaml, "problem.yaml")?;
    let substituted;
    let pkg = if meta.constants.is_empty() {
        pkg
    } else {
        substituted = with_constants(pkg, &meta.constants);
        &substituted
    };
    if meta.multi_pass {
        return Err(ImportError::Unsupported {
            file: "problem.yaml".into(),
            feature: "multi-pass",
            why: "the judge runs a solution once per test, with no validator feeding it another pass",
        });
    }
    if meta.submit_answer {
        return Err(ImportError::Unsupported {
            file: "problem.yaml".into(),
            feature: "submit-answer",
            why: "the judge runs programs, and a submit-answer submission is the answers themselves",
        });
    }
    let mut notes = Vec::new();
    let mut warnings = Vec::new();
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    if meta.scoring {
        warnings.push(
            "a scoring problem: imported as pass-fail (every test must pass); points and partial scores are out of scope"
                .into(),
        );
    }

    // tests
    let paths: Vec<&str> = pkg.files.keys().map(String::as_str).collect();
    let data = map_data(&paths);
    if data.tests.is_empty() && !meta.interactive {
        return Err(ImportError::NoTests);
    }
    for t in &data.tests {
        files.insert(format!("tests/{}/{}.in", t.group, t.name), pkg.files[&t.input].clone());
        files.insert(
            format!("tests/{}/{}.ans", t.group, t.name),
            pkg.files[&t.answer].clone(),
        );
    }
    notes.extend(data.notes.iter().cloned());
    warnings.extend(data.warnings.iter().cloned());

    // output validation
    let mut flags = meta.validator_flags.clone();
    let mut args_by_group: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (dir, file) in &data.group_yaml {
        let body = text(pkg, file)?.unwrap_or("");
        if let Some(args) = metadata::group_validator_args(body, file)? {
            args_by_group.insert(dir, args);
        }
    }
    let distinct: std::collections::BTreeSet<&Vec<String>> = args_by_group.values().collect();
    if let Some(first) = distinct.iter().next() {
        if distinct.len() > 1 {
            warnings.push(format!(
                "test groups give different output validator arguments; the judge has one checker, using {:?} ({})",
                first,
                args_by_group.keys().copied().collect::<Vec<_>>().join(", ")
            ));
        }
        flags.extend(first.iter().cloned());
    }
    let validator_files: Vec<&String> = pkg
        .files
        .keys()
        .filter(|p| p.starts_with("output_validators/") || p.starts_with("output_validator/"))
        .collect();
    let custom = meta.custom_validation || (!validator_files.is_empty() && matches!(meta.edition, Edition::Modern(_)));
    let program = if meta.interactive && validator_files.is_empty() {
        warnings.push("an interactive problem without its interactor (output_validator/)".into());
        None
    } else if custom || meta.interactive {
        if validator_files.is_empty() {
            return Err(ImportError::Missing {
                file: "output_validators/ (problem.yaml asks for a custom validator)".into(),
            });
        }
        // output_validators/NAME/... (legacy) or output_validator/... → output_validator/...
        let strip = |p: &str| -> String {
            let rest = p.split_once('/').map_or(p, |(_, r)| r);
            match p.starts_with("output_validators/") {
                true => rest.split_once('/').map_or(rest, |(_, r)| r).to_owned(),
                false => rest.to_owned(),
            }
        };
        for p in &validator_files {
            files.insert(format!("output_validator/{}", strip(p)), pkg.files[*p].clone());
        }
        let copied: Vec<String> = validator_files.iter().map(|p| strip(p)).collect();
        notes.push(format!(
            "the {} copied to output_validator/: {}",
            if meta.interactive {
                "interactor"
            } else {
                "output validator"
            },
            copied.join(", ")
        ));
        Some(match copied.as_slice() {
            [one] => format!("output_validator/{one}"),
            _ => "output_validator".to_owned(),
        })
    } else {
        None
    };
    let mapping = checker_table(program.as_deref(), &flags);
    warnings.extend(mapping.warnings);
    if program.is_none() && mapping.table.is_none() {
        notes.push(
            "the default validator without flags → the judge's `tokens` checker (note: the judge's compares case-sensitively, Kattis' does not)"
                .into(),
        );
    }

    // statement
    let statement_path = statement_file(pkg);
    let converted = match statement_path {
        Some(p) => {
            let body = text(pkg, p)?.unwrap_or("");
            if p.ends_with(".md") {
                Converted {
                    markdown: body.to_owned(),
                    // its own `# Title`, if it starts with one
                    title: body
                        .trim_start()
                        .lines()
                        .next()
                        .and_then(|l| l.strip_prefix("# "))
                        .map(|t| t.trim().to_owned()),
                    dropped: Vec::new(),
                }
            } else {
                latex_to_markdown(body)
            }
        }
        None => {
            warnings.push("no statement (problem_statement/problem.en.tex or statement/problem.en.tex or .md)".into());
            Converted::default()
        }
    };
    let title = meta
        .name
        .clone()
        .or_else(|| converted.title.clone())
        .unwrap_or_else(|| options.fallback_title.clone());
    let pictures: Vec<&String> = pkg
        .files
        .keys()
        .filter(|p| {
            (p.starts_with("statement/") || p.starts_with("problem_statement/")) && Some(p.as_str()) != statement_path
        })
        .collect();
    let mut statement = String::new();
    if converted.title.is_none() {
        statement.push_str(&format!("# {title}\n\n"));
    }
    statement.push_str(converted.markdown.trim_end());
    statement.push('\n');
    let samples: Vec<&data::Test> = data.tests.iter().filter(|t| t.group == "sample").collect();
    if !samples.is_empty() {
        statement.push_str("\n## Examples\n");
        for (k, t) in samples.iter().enumerate() {
            let show = |p: &str| String::from_utf8_lossy(&pkg.files[p]).trim_end().to_owned();
            statement.push_str(&format!(
                "\n### Example {}\n\nInput:\n\n```\n{}\n```\n\nOutput:\n\n```\n{}\n```\n",
                k + 1,
                show(&t.input),
                show(&t.answer)
            ));
        }
    }
    let mut dropped: Vec<String> = converted.dropped.clone();
    dropped.extend(pictures.iter().map(|p| format!("the file {p}")));
    statement.push_str("\n## Imported from\n\n");
    statement.push_str(&format!(
        "A Kattis problem package ({}), imported by `judge import kattis`.",
        match &meta.edition {
            Edition::Legacy => "legacy format".to_owned(),
            Edition::Modern(v) => format!("format {v}"),
        }
    ));
    if let Some(p) = statement_path {
        statement.push_str(&format!(" The statement is converted from `{p}`."));
    }
    statement.push('\n');
    if !dropped.is_empty() {
        statement.push_str("\nLeft out of this statement:\n\n");
        for d in &dropped {
            statement.push_str(&format!("- {d}\n"));
        }
        notes.push(format!("statement: left out {}", dropped.join("; ")));
    }
    files.insert("statement.md".into(), statement.into_bytes());
    files.insert("template.py".into(), TEMPLATE.as_bytes().to_vec());

    // submissions
    let submissions_yaml = match text(pkg, "submissions/submissions.yaml")? {
        Some(body) => Some(metadata::parse_yaml(body, "submissions/submissions.yaml")?),
        None => None,
    };
    let mut includes = BTreeMap::new();
    for (p, bytes) in &pkg.files {
        let Some(rest) = p
            .strip_prefix("include/python3/")
            .or_else(|| p.strip_prefix("include/default/"))
        else {
            continue;
        };
        match rest.strip_suffix(".py") {
            Some(module) if !module.contains('/') => {
                includes.insert(module.to_owned(), String::from_utf8_lossy(bytes).into_owned());
            }
            _ => notes.push(format!(
                "{p}: dropped (only Python modules of include/ reach a solution: it runs alone in its sandbox)"
            )),
        }
    }
    let subs = map_submissions(&pkg.files, submissions_yaml.as_ref(), &includes, compiles);
    for kept in &subs.kept {
        files.insert(kept.dest.clone(), kept.source.clone());
    }
    notes.push(format!("imported {} Python submission(s)", subs.kept.len()));
    if !subs.skipped.is_empty() {
        let counts: Vec<String> = subs
            .skipped_languages
            .iter()
            .map(|(lang, n)| format!("{lang}: {n}"))
            .collect();
        notes.push(format!(
            "skipped {} submission(s) ({})",
            subs.skipped.len(),
            counts.join(", ")
        ));
        for s in &subs.skipped {
            notes.push(format!("skipped {s}"));
        }
    }
    notes.extend(subs.notes.iter().cloned());
    let accepted: Vec<String> = subs
        .kept
        .iter()
        .filter(|k| k.dest.starts_with("solutions/accepted/"))
        .map(|k| k.dest.clone())
        .collect();
    if accepted.is_empty() {
        warnings.push("no accepted Python submission: `judge check` needs one in solutions/accepted/".into());
    }

    let mut topics = vec!["imported".to_owned()];
    for k in &meta.keywords {
        let t = topic(k);
        if !t.is_empty() && !topics.contains(&t) {
            topics.push(t);
        }
    }
    let unsupported = meta.interactive.then(|| {
        let mut why = String::from(
            "interactive problems are not supported yet: the judge has no interactor protocol; \
             the tests and the interactor are imported",
        );
        if !data.interactions.is_empty() {
            why.push_str(&format!(
                ", the sample interactions ({}) are not",
                data.interactions.join(", ")
            ));
        }
        why
    });
    Ok(Plan {
        files,
        config: Config {
            title,
            level: options.level.clone(),
            topics,
            memory_mb: meta.memory_mb,
            output_kb: meta.output_mb.map(|m| m * 1024),
            checker: mapping.table,
            interactive: meta.interactive,
        },
        timing: Timing {
            accepted,
            multiplier: meta.ac_to_time_limit,
            package_limit_s: meta.time_limit_s,
        },
        notes,
        warnings,
        unsupported,
    })
}

/// `pkg` with `{{name}}` replaced by each constant's value in the text
/// files where 2025-09 allows them (statements, include/, submissions/,
/// the test-group YAML).
fn with_constants(pkg: &Package, constants: &[(String, String)]) -> Package {
    let mut out = pkg.clone();
    for (path, bytes) in out.files.iter_mut() {
        let eligible = ["statement/", "problem_statement/", "include/", "submissions/"]
            .iter()
            .any(|p| path.starts_with(p))
            || (path.starts_with("data/") && path.ends_with(".yaml"));
        let Ok(text) = std::str::from_utf8(bytes) else { continue };
        if !eligible || !text.contains("{{") {
            continue;
        }
        let mut text = text.to_owned();
        for (name, value) in constants {
            text = text.replace(&format!("{{{{{name}}}}}"), value);
        }
        *bytes = text.into_bytes();
    }
    out
}

/// The least time limit `judge check` accepts with its safety factor of 2,
/// with room for noise: the multiplier is at least this.
pub const MIN_MULTIPLIER: f64 = 3.0;
/// Time limits are rounded up to this.
pub const GRANULARITY_MS: u64 = 100;
/// The smallest time limit set (a Python start-up of a test is in it).
pub const MIN_TIME_MS: u64 = 500;
/// Without accepted Python submissions or a limit in the package.
pub const DEFAULT_TIME_MS: u64 = 2000;

/// The time limit by Kattis' rule: the slowest accepted test's CPU time x
/// the package's multiplier (at least [`MIN_MULTIPLIER`]), rounded up to
/// [`GRANULARITY_MS`], at least [`MIN_TIME_MS`], at most 60 s. Without a
/// measurement: the package's limit, else [`DEFAULT_TIME_MS`]. Returns the
/// limit and how it was found.
pub fn time_limit_ms(slowest_ms: Option<f64>, multiplier: f64, package_limit_s: Option<f64>) -> (u64, String) {
    let round = |ms: f64| -> u64 {
        let ms = ms.ceil().clamp(1.0, 60_000.0) as u64;
        ms.div_ceil(GRANULARITY_MS) * GRANULARITY_MS
    };
    match (slowest_ms, package_limit_s) {
        (Some(slowest), _) => {
            let m = multiplier.max(MIN_MULTIPLIER);
            let limit = round(slowest * m).clamp(MIN_TIME_MS, 60_000);
            (
                limit,
                format!(
                    "time limit {limit} ms: the slowest accepted Python test took {slowest:.1} ms of CPU, x {m} \
                     (the package's multiplier {multiplier}, at least {MIN_MULTIPLIER}), rounded up to {GRANULARITY_MS} ms, at least {MIN_TIME_MS} ms"
                ),
            )
        }
        (None, Some(s)) if s.is_finite() && s > 0.0 => {
            let limit = round(s * 1000.0).min(60_000);
            (
                limit,
                format!("time limit {limit} ms: the package's time_limit (no accepted Python submission was timed)"),
            )
        }
        _ => (
            DEFAULT_TIME_MS,
            format!(
                "time limit {DEFAULT_TIME_MS} ms: the default (no accepted Python submission was timed, and the package gives no time_limit)"
            ),
        ),
    }
}

/// problem.toml for `config` with the time limit `time_ms`.
pub fn problem_toml(config: &Config, time_ms: u64) -> String {
    let topics: Vec<String> = config.topics.iter().map(|t| checker::toml_str(t)).collect();
    let mut out = String::new();
    if config.interactive {
        out.push_str("# An interactive Kattis problem: not supported by the judge yet (docs/kattis.md).\n");
    }
    out.push_str(&format!(
        "title = {}\nlevel = {}\ntopics = [{}]\nkind = \"stdio\"\n\n[limits]\ntime_ms = {time_ms}\n",
        checker::toml_str(&config.title),
        checker::toml_str(&config.level),
        topics.join(", ")
    ));
    if let Some(m) = config.memory_mb {
        out.push_str(&format!("memory_mb = {}\n", m.clamp(32, 65536)));
    }
    if let Some(k) = config.output_kb {
        out.push_str(&format!("output_kb = {}\n", k.clamp(1, 65536)));
    }
    if let Some(table) = &config.checker {
        out.push('\n');
        out.push_str(table);
    }
    out
}

#[cfg(test)]
mod tests;
