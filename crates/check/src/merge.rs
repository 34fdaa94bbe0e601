//! `judge check --merge`: the partial reports of a sharded check (one per
//! `--partition K/N`) made into the report one unpartitioned run would
//! have written. Pure: texts and reports in, a report or a refusal out;
//! the CLI reads the files.

use std::collections::BTreeMap;
use std::path::Path;

use judge_report::{BankReport, CHECK_SCHEMA, ProblemCheck};

/// What every check report's schema starts with, whatever its version.
const CHECK_SCHEMA_FAMILY: &str = "judge-check/";

/// A partial report as read, with the name (its file) that messages give.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedReport {
    pub name: String,
    pub report: BankReport,
}

/// Reads one partial report from its text: it must be JSON, a check
/// report (`schema` is `judge-check/...`), and of the version this judge
/// writes. `name` is what the errors call it (the file).
pub fn read_report(name: &str, text: &str) -> Result<NamedReport, MergeError> {
    let schema = schema_of(name, text)?;
    if schema != CHECK_SCHEMA {
        return Err(MergeError::OtherVersion {
            name: name.to_owned(),
            schema,
        });
    }
    let report = serde_json::from_str(text).map_err(|e| invalid(name, &e))?;
    Ok(NamedReport {
        name: name.to_owned(),
        report,
    })
}

/// Reads every partial report and merges them; reports of different
/// schema versions are refused as such before any is read in full (a
/// newer one may not read as this version at all).
pub fn merge_texts(texts: &[(String, String)]) -> Result<BankReport, MergeError> {
    let mut schemas = Vec::new();
    for (name, text) in texts {
        schemas.push((name, schema_of(name, text)?));
    }
    if let Some(((first, a), (other, b))) = schemas
        .first()
        .and_then(|f| schemas.iter().find(|s| s.1 != f.1).map(|o| (f, o)))
    {
        return Err(MergeError::MixedVersions {
            first: (*first).clone(),
            first_schema: a.clone(),
            other: (*other).clone(),
            other_schema: b.clone(),
        });
    }
    let reports = texts
        .iter()
        .map(|(name, text)| read_report(name, text))
        .collect::<Result<Vec<_>, _>>()?;
    merge(reports)
}

/// The report's `schema`, if the text is a check report at all.
fn schema_of(name: &str, text: &str) -> Result<String, MergeError> {
    // The schema alone first, so that a report of another version (or of
    // another kind) is named as such rather than by a missing field.
    if text.trim().is_empty() {
        // what `judge check ... > report.json` leaves when the check failed
        return Err(MergeError::NotACheckReport {
            name: name.to_owned(),
            why: "it is empty (did the check that was to write it fail?)".to_owned(),
        });
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| invalid(name, &e))?;
    let Some(object) = value.as_object() else {
        return Err(MergeError::NotACheckReport {
            name: name.to_owned(),
            why: format!("it is {}, not an object", kind_of(&value)),
        });
    };
    match object.get("schema") {
        Some(serde_json::Value::String(s)) if s.starts_with(CHECK_SCHEMA_FAMILY) => Ok(s.clone()),
        Some(serde_json::Value::String(s)) => Err(MergeError::NotACheckReport {
            name: name.to_owned(),
            why: format!("its schema is `{s}`, not `{CHECK_SCHEMA}`"),
        }),
        Some(other) => Err(MergeError::NotACheckReport {
            name: name.to_owned(),
            why: format!("its `schema` is {other}, not \"{CHECK_SCHEMA}\""),
        }),
        None => Err(MergeError::NotACheckReport {
            name: name.to_owned(),
            why: "it has no `schema` field".to_owned(),
        }),
    }
}

/// The reports of the slices of one check made into one report, as an
/// unpartitioned run would have written it: its problems in path order
/// (as discovery sorts them), the counts recomputed, `partition` absent.
/// `wall_ms` is the longest slice's (the shards ran at once) and `jobs`
/// the sum of theirs (runs at once over all machines).
///
/// Refused: no reports; settings that make the runs different checks
/// (safety factor, repeat, `--changed-since`, runner, Python); slices of
/// different banks or of different counts, a slice twice or missing, or
/// partitioned reports mixed with unpartitioned ones; a problem in two
/// reports.
pub fn merge(reports: Vec<NamedReport>) -> Result<BankReport, MergeError> {
    let Some(first) = reports.first() else {
        return Err(MergeError::Nothing);
    };
    let (name, base) = (&first.name, &first.report);
    for other in &reports[1..] {
        let r = &other.report;
        let differs = |setting: &'static str, a: String, b: String| MergeError::DifferentSettings {
            setting,
            first: name.clone(),
            first_value: a,
            other: other.name.clone(),
            other_value: b,
        };
        if r.safety_factor != base.safety_factor {
            return Err(differs(
                "safety factor",
                base.safety_factor.to_string(),
                r.safety_factor.to_string(),
            ));
        }
        if r.tle_floor != base.tle_floor {
            return Err(differs(
                "TLE floor",
                base.tle_floor.to_string(),
                r.tle_floor.to_string(),
            ));
        }
        if r.repeat != base.repeat {
            return Err(differs("repeat", base.repeat.to_string(), r.repeat.to_string()));
        }
        if r.changed_since != base.changed_since {
            let show = |c: &Option<String>| c.clone().unwrap_or_else(|| "(none)".into());
            return Err(differs(
                "--changed-since",
                show(&base.changed_since),
                show(&r.changed_since),
            ));
        }
        if r.runner != base.runner {
            return Err(differs("runner", base.runner.clone(), r.runner.clone()));
        }
        if r.python != base.python {
            return Err(differs("Python", base.python.clone(), r.python.clone()));
        }
    }
    let roots = merged_roots(&reports)?;

    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for part in &reports {
        for problem in &part.report.problems {
            if let Some(before) = owner.insert(&problem.path, &part.name) {
                return Err(MergeError::Overlap {
                    problem: problem.path.clone(),
                    first: before.to_owned(),
                    other: part.name.clone(),
                });
            }
        }
    }

    let (safety_factor, tle_floor, repeat) = (base.safety_factor, base.tle_floor, base.repeat);
    let (changed_since, runner, python) = (base.changed_since.clone(), base.runner.clone(), base.python.clone());
    let wall_ms = reports.iter().map(|p| p.report.wall_ms).fold(0.0, f64::max);
    let jobs = reports.iter().map(|p| p.report.jobs).sum();
    let mut not_checked: Vec<String> = reports.iter().flat_map(|p| p.report.not_checked.clone()).collect();
    not_checked.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
    let mut problems: Vec<ProblemCheck> = reports.into_iter().flat_map(|p| p.report.problems).collect();
    // Discovery sorts paths component by component: `a/b` before `a-c`,
    // which sorting the strings would put the other way round.
    problems.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)));
    Ok(BankReport {
        schema: CHECK_SCHEMA.to_owned(),
        roots,
        partition: None,
        changed_since,
        safety_factor,
        tle_floor,
        repeat,
        jobs,
        runner,
        python,
        wall_ms,
        errors: problems.iter().map(|p| p.errors()).sum(),
        notes: problems.iter().map(|p| p.notes()).sum(),
        problems,
        not_checked,
    })
}

/// Slices must be all the slices of one bank; unpartitioned reports (a
/// bank split by directory, say) may have roots of their own, which the
/// merge lists in order.
fn merged_roots(reports: &[NamedReport]) -> Result<Vec<String>, MergeError> {
    let slices: Vec<Option<(usize, usize)>> = reports
        .iter()
        .map(|p| {
            p.report
                .partition
                .as_deref()
                .map(|s| {
                    parse_slice(s).ok_or_else(|| MergeError::BadPartition {
                        name: p.name.clone(),
                        partition: s.to_owned(),
                    })
                })
                .transpose()
        })
        .collect::<Result<_, _>>()?;
    let partitioned: Vec<usize> = (0..reports.len()).filter(|&i| slices[i].is_some()).collect();
    if partitioned.is_empty() {
        let mut roots: Vec<String> = Vec::new();
        for root in reports.iter().flat_map(|p| &p.report.roots) {
            if !roots.contains(root) {
                roots.push(root.clone());
            }
        }
        return Ok(roots);
    }
    if let Some(whole) = (0..reports.len()).find(|&i| slices[i].is_none()) {
        return Err(MergeError::MixedPartitions {
            sliced: reports[partitioned[0]].name.clone(),
            whole: reports[whole].name.clone(),
        });
    }
    let first = &reports[0];
    let count = slices[0].map_or(0, |(_, n)| n);
    let mut seen: BTreeMap<usize, &str> = BTreeMap::new();
    for (part, slice) in reports.iter().zip(&slices) {
        let (k, n) = slice.unwrap_or_default();
        if n != count {
            return Err(MergeError::DifferentSettings {
                setting: "number of slices",
                first: first.name.clone(),
                first_value: count.to_string(),
                other: part.name.clone(),
                other_value: n.to_string(),
            });
        }
        if part.report.roots != first.report.roots {
            return Err(MergeError::DifferentSettings {
                setting: "bank (PATHS)",
                first: first.name.clone(),
                first_value: first.report.roots.join(" "),
                other: part.name.clone(),
                other_value: part.report.roots.join(" "),
            });
        }
        if let Some(before) = seen.insert(k, &part.name) {
            return Err(MergeError::SliceTwice {
                slice: format!("{k}/{n}"),
                first: before.to_owned(),
                other: part.name.clone(),
            });
        }
    }
    if let Some(missing) = (1..=count).find(|k| !seen.contains_key(k)) {
        return Err(MergeError::SliceMissing {
            slice: format!("{missing}/{count}"),
        });
    }
    Ok(first.report.roots.clone())
}

fn invalid(name: &str, error: &serde_json::Error) -> MergeError {
    // the position is a field of its own; serde_json's text repeats it
    let text = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    MergeError::Invalid {
        name: name.to_owned(),
        line: error.line(),
        column: error.column(),
        message: judge_problem::plain_words(text.strip_suffix(&position).unwrap_or(&text)),
    }
}

fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `K/N` as a report writes it.
fn parse_slice(s: &str) -> Option<(usize, usize)> {
    let (k, n) = s.split_once('/')?;
    let (k, n) = (k.parse().ok()?, n.parse().ok()?);
    (1..=n).contains(&k).then_some((k, n))
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MergeError {
    #[error("no reports to merge")]
    Nothing,
    #[error("{name}:{line}:{column}: not a judge check report: {message}")]
    Invalid {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{name}: not a judge check report: {why}")]
    NotACheckReport { name: String, why: String },
    #[error("{name}: a `{schema}` report; this judge reads `{CHECK_SCHEMA}` (merge with the judge that wrote it)")]
    OtherVersion { name: String, schema: String },
    #[error(
        "reports of different schema versions: {first} is `{first_schema}`, {other} is `{other_schema}`: check every slice with the same judge"
    )]
    MixedVersions {
        first: String,
        first_schema: String,
        other: String,
        other_schema: String,
    },
    #[error(
        "the reports are of different checks: {setting} is {first_value} in {first} but {other_value} in {other}; check every slice with the same options"
    )]
    DifferentSettings {
        setting: &'static str,
        first: String,
        first_value: String,
        other: String,
        other_value: String,
    },
    #[error("{name}: `partition` is `{partition}`, not K/N")]
    BadPartition { name: String, partition: String },
    #[error("{sliced} is a slice (--partition) but {whole} is not: merge the slices of one check")]
    MixedPartitions { sliced: String, whole: String },
    #[error("slice {slice} is in both {first} and {other}")]
    SliceTwice {
        slice: String,
        first: String,
        other: String,
    },
    #[error("slice {slice} is missing: its problems would go unchecked")]
    SliceMissing { slice: String },
    #[error("{problem} is in both {first} and {other}: the reports overlap")]
    Overlap {
        problem: String,
        first: String,
        other: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_report::{Finding, SolutionCheck, Verdict};

    fn problem(path: &str, findings: Vec<Finding>) -> ProblemCheck {
        ProblemCheck {
            path: path.to_owned(),
            slug: path.rsplit('/').next().unwrap_or(path).to_owned(),
            level: Some("junior".into()),
            title: Some(path.to_uppercase()),
            run_ms: 10.0,
            margin: None,
            slow: vec![],
            solutions: vec![SolutionCheck {
                path: format!("{path}/solutions/accepted/a.py"),
                expected: "accepted".into(),
                verdicts: vec![Verdict::Accepted],
                failed_tests: vec![],
                max_cpu_ms: Some(1.0),
                wall_ms: 10.0,
            }],
            findings,
            complexity: None,
            mutants: None,
        }
    }

    fn report(partition: Option<&str>, wall_ms: f64, problems: Vec<ProblemCheck>) -> BankReport {
        BankReport {
            schema: CHECK_SCHEMA.to_owned(),
            roots: vec!["bank".into()],
            partition: partition.map(str::to_owned),
            changed_since: None,
            safety_factor: 2.0,
            tle_floor: 5.0,
            repeat: 1,
            jobs: 1,
            runner: "process".into(),
            python: "3.12.3".into(),
            wall_ms,
            errors: problems.iter().map(|p| p.errors()).sum(),
            notes: problems.iter().map(|p| p.notes()).sum(),
            problems,
            not_checked: vec![],
        }
    }

    fn named(name: &str, report: BankReport) -> NamedReport {
        NamedReport {
            name: name.to_owned(),
            report,
        }
    }

    /// The bank `bank/{a, a-c, a/b, b, c}` sliced in three as
    /// `--partition` slices it (problem i to slice i mod 3 + 1).
    fn slices() -> (BankReport, Vec<NamedReport>) {
        let sorted = ["bank/a", "bank/a/b", "bank/a-c", "bank/b", "bank/c"];
        let findings = |i: usize| match i {
            1 => vec![Finding::error("bank/a/b/template.py", "passes")],
            3 => vec![Finding::note("bank/b/tests/hidden.json", "redundant")],
            _ => vec![],
        };
        let whole = report(None, 50.0, (0..5).map(|i| problem(sorted[i], findings(i))).collect());
        let parts = (1..=3)
            .map(|k| {
                let mine: Vec<ProblemCheck> = (0..5)
                    .filter(|i| i % 3 == k - 1)
                    .map(|i| problem(sorted[i], findings(i)))
                    .collect();
                named(
                    &format!("r{k}.json"),
                    report(Some(&format!("{k}/3")), 10.0 * k as f64, mine),
                )
            })
            .collect();
        (whole, parts)
    }

    #[test]
    fn slices_merge_into_the_unpartitioned_report() {
        let (mut whole, mut parts) = slices();
        parts.reverse();
        let merged = merge(parts).unwrap();
        assert_eq!(merged.wall_ms, 30.0, "the longest slice");
        assert_eq!(merged.jobs, 3, "the jobs of every slice");
        assert_eq!((merged.errors, merged.notes), (1, 1));
        whole.wall_ms = merged.wall_ms;
        whole.jobs = merged.jobs;
        assert_eq!(merged, whole);
    }

    #[test]
    fn problems_go_in_path_order_not_string_order() {
        let (_, parts) = slices();
        let merged = merge(parts).unwrap();
        let paths: Vec<&str> = merged.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["bank/a", "bank/a/b", "bank/a-c", "bank/b", "bank/c"]);
    }

    #[test]
    fn overlapping_reports_are_refused_naming_the_problem_and_both_files() {
        let a = named("x.json", report(None, 1.0, vec![problem("bank/a", vec![])]));
        let b = named(
            "y.json",
            report(None, 1.0, vec![problem("bank/b", vec![]), problem("bank/a", vec![])]),
        );
        let err = merge(vec![a, b]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bank/a is in both x.json and y.json: the reports overlap"
        );
    }

    #[test]
    fn different_settings_are_refused() {
        let (_, parts) = slices();
        let mut changed = parts.clone();
        changed[1].report.safety_factor = 3.0;
        let err = merge(changed).unwrap_err().to_string();
        assert!(err.contains("safety factor is 2 in r1.json but 3 in r2.json"), "{err}");
        let mut changed = parts.clone();
        changed[2].report.repeat = 5;
        let err = merge(changed).unwrap_err().to_string();
        assert!(err.contains("repeat is 1 in r1.json but 5 in r3.json"), "{err}");
        let mut changed = parts.clone();
        changed[2].report.python = "3.13.0".into();
        assert!(matches!(
            merge(changed),
            Err(MergeError::DifferentSettings { setting: "Python", .. })
        ));
        let mut changed = parts;
        changed[1].report.roots = vec!["other".into()];
        assert!(matches!(
            merge(changed),
            Err(MergeError::DifferentSettings {
                setting: "bank (PATHS)",
                ..
            })
        ));
    }

    #[test]
    fn slices_must_be_all_the_slices_of_one_count() {
        let (_, parts) = slices();
        let err = merge(vec![parts[0].clone(), parts[2].clone()]).unwrap_err();
        assert_eq!(err, MergeError::SliceMissing { slice: "2/3".into() });
        let mut twice = parts.clone();
        twice[1].report.partition = Some("1/3".into());
        assert!(matches!(merge(twice), Err(MergeError::SliceTwice { .. })));
        let mut other_count = parts.clone();
        other_count[1].report.partition = Some("2/4".into());
        assert!(matches!(
            merge(other_count),
            Err(MergeError::DifferentSettings {
                setting: "number of slices",
                ..
            })
        ));
        let mut mixed = parts;
        mixed[0].report.partition = None;
        assert!(matches!(merge(mixed), Err(MergeError::MixedPartitions { .. })));
        assert_eq!(merge(vec![]), Err(MergeError::Nothing));
    }

    #[test]
    fn unpartitioned_reports_of_different_roots_merge_with_all_roots() {
        let mut a = report(None, 1.0, vec![problem("junior/a", vec![])]);
        a.roots = vec!["junior".into()];
        let mut b = report(None, 2.0, vec![problem("mid/b", vec![])]);
        b.roots = vec!["mid".into()];
        let merged = merge(vec![named("b.json", b), named("a.json", a)]).unwrap();
        assert_eq!(merged.roots, ["mid", "junior"]);
        assert_eq!(merged.problems.len(), 2);
        assert_eq!(merged.problems[0].path, "junior/a");
    }

    #[test]
    fn texts_that_are_not_check_reports_are_named_with_what_is_wrong() {
        let good = serde_json::to_string_pretty(&report(None, 1.0, vec![])).unwrap();
        assert!(read_report("ok.json", &good).is_ok());
        let cases = [
            (
                "{\n  \"schema\": ",
                "bad.json:2:12: not a judge check report: EOF while parsing",
            ),
            (" \n", "bad.json: not a judge check report: it is empty"),
            (
                "[1, 2]",
                "bad.json: not a judge check report: it is an array, not an object",
            ),
            (
                "{\"problems\": []}",
                "bad.json: not a judge check report: it has no `schema` field",
            ),
            (
                "{\"schema\": \"judge-run/1\"}",
                "bad.json: not a judge check report: its schema is `judge-run/1`",
            ),
            (
                "{\"schema\": 1}",
                "bad.json: not a judge check report: its `schema` is 1",
            ),
            (
                "{\"schema\": \"judge-check/1\", \"roots\": 3}",
                "bad.json:1:38: not a judge check report: invalid type: integer `3`",
            ),
            (
                "{\"schema\": \"judge-check/9\"}",
                "bad.json: a `judge-check/9` report; this judge reads",
            ),
        ];
        for (text, want) in cases {
            let err = read_report("bad.json", text).unwrap_err().to_string();
            assert!(err.starts_with(want), "{text}: {err}");
        }
    }

    #[test]
    fn reports_of_different_versions_are_refused_as_such() {
        let v1 = serde_json::to_string(&report(None, 1.0, vec![])).unwrap();
        let v2 = "{\"schema\": \"judge-check/2\", \"shards\": []}".to_owned();
        let err = merge_texts(&[("a.json".into(), v1.clone()), ("b.json".into(), v2)]).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "reports of different schema versions: a.json is `judge-check/1`, b.json is `judge-check/2`"
            ),
            "{err}"
        );
        assert!(merge_texts(&[("a.json".into(), v1)]).is_ok());
    }
}
