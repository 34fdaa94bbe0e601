//! The plan of an import: the package's files in, the judge package's
//! files, settings, notes and warnings out. Pure.

use std::collections::BTreeMap;

use crate::checker::{checker_table, interactive_table};
use crate::data::{self, DataMapping, map_data};
use crate::metadata::{self, Edition, Metadata, parse_metadata};
use crate::statement::{Converted, latex_to_markdown};
use crate::submissions::map_submissions;
use crate::{Config, ImportError, Options, Package, Plan, Timing};

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
    let mut draft = Draft::default();
    if meta.scoring {
        draft.warnings.push(
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
        // the judge reads tests as UTF-8 text, and refuses a problem that has other bytes
        if [&t.input, &t.answer]
            .iter()
            .any(|f| std::str::from_utf8(&pkg.files[*f]).is_err())
        {
            draft.warnings.push(format!(
                "{}: not UTF-8 text, which the judge's tests must be: dropped",
                t.input
            ));
            continue;
        }
        draft
            .files
            .insert(format!("tests/{}/{}.in", t.group, t.name), pkg.files[&t.input].clone());
        draft.files.insert(
            format!("tests/{}/{}.ans", t.group, t.name),
            pkg.files[&t.answer].clone(),
        );
    }
    draft.notes.extend(data.notes.iter().cloned());
    draft.warnings.extend(data.warnings.iter().cloned());

    let checker = output_validation(pkg, &meta, &data, &mut draft)?;
    let title = statement(pkg, &meta, &data, options, &mut draft)?;
    let accepted = solutions(pkg, compiles, &mut draft)?;

    let mut topics = vec!["imported".to_owned()];
    for k in &meta.keywords {
        let t = topic(k);
        if !t.is_empty() && !topics.contains(&t) {
            topics.push(t);
        }
    }
    // what of the package has no place in the judge's, named
    let used = [
        "problem.yaml",
        "data",
        "submissions",
        "statement",
        "problem_statement",
        "include",
        "output_validator",
        "output_validators",
    ];
    let mut unused: BTreeMap<&str, usize> = BTreeMap::new();
    for path in pkg.files.keys() {
        let top = path.split('/').next().unwrap_or(path);
        if !used.contains(&top) {
            *unused.entry(top).or_default() += 1;
        }
    }
    if !unused.is_empty() {
        let listed: Vec<String> = unused
            .iter()
            .map(|(top, n)| match pkg.files.contains_key(*top) {
                true => (*top).to_owned(),
                false => format!("{top}/ ({n} files)"),
            })
            .collect();
        draft.notes.push(format!("not imported: {}", listed.join(", ")));
    }
    if meta.interactive && !data.interactions.is_empty() {
        draft.notes.push(format!(
            "the sample interactions ({}) are not imported: the judge shows no transcript",
            data.interactions.join(", ")
        ));
    }
    // an interactive problem is judged only with its interactor
    let unsupported = (meta.interactive && checker.is_none())
        .then(|| "an interactive problem without its interactor cannot be judged".to_owned());
    Ok(Plan {
        files: draft.files,
        config: Config {
            title,
            level: options.level.clone(),
            topics,
            memory_mb: meta.memory_mb,
            output_kb: meta.output_mb.map(|m| m * 1024),
            checker,
            interactive: meta.interactive,
        },
        timing: Timing {
            accepted,
            multiplier: meta.ac_to_time_limit,
            package_limit_s: meta.time_limit_s,
        },
        notes: draft.notes,
        warnings: draft.warnings,
        unsupported,
    })
}

/// `pkg` with `{{name}}` replaced by each constant's value in the text
/// files where 2025-09 allows them (statements, validators, include/,
/// submissions/, the test-group YAML).
fn with_constants(pkg: &Package, constants: &[(String, String)]) -> Package {
    let mut out = pkg.clone();
    for (path, bytes) in out.files.iter_mut() {
        let eligible = [
            "statement/",
            "problem_statement/",
            "include/",
            "submissions/",
            "output_validator/",
            "output_validators/",
            "input_validators/",
        ]
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

/// The most of a sample file shown in the statement.
const SHOWN_BYTES: usize = 2000;

/// A sample file as a code block, or, when it is long, where to find it.
fn shown(bytes: &[u8], file: &str) -> String {
    if bytes.len() > SHOWN_BYTES {
        return format!("`{file}` ({} bytes)\n", bytes.len());
    }
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_end();
    // a fence longer than any run of backticks in the text
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}\n{text}\n{fence}\n")
}

/// The files, notes and warnings of a plan as it is made.
#[derive(Debug, Default)]
struct Draft {
    files: BTreeMap<String, Vec<u8>>,
    notes: Vec<String>,
    warnings: Vec<String>,
}

/// The `[checker]` table; a custom validator's files copied.
fn output_validation(
    pkg: &Package,
    meta: &Metadata,
    data: &DataMapping,
    draft: &mut Draft,
) -> Result<Option<String>, ImportError> {
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
            draft.warnings.push(format!(
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
        draft
            .warnings
            .push("an interactive problem without its interactor (output_validator/)".into());
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
        let mut copied: Vec<String> = validator_files.iter().map(|p| strip(p)).collect();
        // `output_validator/NAME/...` (problemtools' guess): one directory
        // more than the judge looks in
        let first_dirs: std::collections::BTreeSet<Option<&str>> =
            copied.iter().map(|c| c.split_once('/').map(|(d, _)| d)).collect();
        if let [Some(dir)] = first_dirs.iter().copied().collect::<Vec<_>>().as_slice() {
            let prefix = format!("{dir}/");
            copied = copied.iter().map(|c| c[prefix.len()..].to_owned()).collect();
        }
        for (p, to) in validator_files.iter().zip(&copied) {
            draft
                .files
                .insert(format!("output_validator/{to}"), pkg.files[*p].clone());
        }
        draft.notes.push(format!(
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
    if meta.interactive {
        // the interactor talks to the solution: the judge's interactive checker
        return Ok(program.map(|program| interactive_table(&program, &flags)));
    }
    let mapping = checker_table(program.as_deref(), &flags);
    draft.warnings.extend(mapping.warnings);
    Ok(mapping.table)
}

/// statement.md and template.py; the title.
fn statement(
    pkg: &Package,
    meta: &Metadata,
    data: &DataMapping,
    options: &Options,
    draft: &mut Draft,
) -> Result<String, ImportError> {
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
            draft
                .warnings
                .push("no statement (problem_statement/problem.en.tex or statement/problem.en.tex or .md)".into());
            Converted::default()
        }
    };
    let given = |t: &Option<String>| t.clone().filter(|t| !t.trim().is_empty());
    let title = given(&meta.name)
        .or_else(|| given(&converted.title))
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
            let input = format!("tests/sample/{}.in", t.name);
            let answer = format!("tests/sample/{}.ans", t.name);
            statement.push_str(&format!(
                "\n### Example {}\n\nInput:\n\n{}\nOutput:\n\n{}",
                k + 1,
                shown(&pkg.files[&t.input], &input),
                shown(&pkg.files[&t.answer], &answer)
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
    if !meta.attribution.is_empty() {
        statement.push('\n');
        for a in &meta.attribution {
            statement.push_str(&format!("- {a}\n"));
        }
    }
    if !dropped.is_empty() {
        statement.push_str("\nLeft out of this statement:\n\n");
        for d in &dropped {
            statement.push_str(&format!("- {d}\n"));
        }
        draft.notes.push(format!("statement: left out {}", dropped.join("; ")));
    }
    draft.files.insert("statement.md".into(), statement.into_bytes());
    draft.files.insert("template.py".into(), TEMPLATE.as_bytes().to_vec());
    Ok(title)
}

/// The Python submissions as reference solutions; the accepted ones.
fn solutions(pkg: &Package, compiles: &dyn Fn(&[u8]) -> bool, draft: &mut Draft) -> Result<Vec<String>, ImportError> {
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
            _ => draft.notes.push(format!(
                "{p}: dropped (only Python modules of include/ reach a solution: it runs alone in its sandbox)"
            )),
        }
    }
    let subs = map_submissions(&pkg.files, submissions_yaml.as_ref(), &includes, compiles);
    for kept in &subs.kept {
        draft.files.insert(kept.dest.clone(), kept.source.clone());
    }
    draft
        .notes
        .push(format!("imported {} Python submission(s)", subs.kept.len()));
    if !subs.skipped.is_empty() {
        let counts: Vec<String> = subs
            .skipped_languages
            .iter()
            .map(|(lang, n)| format!("{lang}: {n}"))
            .collect();
        draft.notes.push(format!(
            "skipped {} submission(s) ({})",
            subs.skipped.len(),
            counts.join(", ")
        ));
        for s in &subs.skipped {
            draft.notes.push(format!("skipped {s}"));
        }
    }
    draft.notes.extend(subs.notes.iter().cloned());
    let accepted: Vec<String> = subs
        .kept
        .iter()
        .filter(|k| k.dest.starts_with("solutions/accepted/"))
        .map(|k| k.dest.clone())
        .collect();
    if accepted.is_empty() {
        draft
            .warnings
            .push("no accepted Python submission: `judge check` needs one in solutions/accepted/".into());
    }
    Ok(accepted)
}
