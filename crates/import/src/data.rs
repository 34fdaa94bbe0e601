//! data/ → tests/: the sample group, hidden groups (nested groups named by
//! their path, `secret/group1` → `secret.group1`), and what is dropped.

use std::collections::{BTreeMap, BTreeSet};

/// One test of the imported package.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub group: String,
    pub name: String,
    /// The Kattis files it comes from.
    pub input: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataMapping {
    /// Sorted by group then name.
    pub tests: Vec<Test>,
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
    /// Test-group YAML files (`testdata.yaml`, `test_group.yaml`) by group
    /// directory (`data`, `data/secret`...), for the validator arguments.
    pub group_yaml: BTreeMap<String, String>,
    /// `.interaction` files: an interactive problem's samples.
    pub interactions: Vec<String>,
}

/// The judge's group or test name for a Kattis one: letters, digits, `_`,
/// `-`, `.`; anything else becomes `_`, and at most 80 characters.
pub fn judge_name(kattis: &str) -> String {
    let mut name: String = kattis
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "_-.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    if name.is_empty() {
        name.push('_');
    }
    name
}

/// The group of a test directory under data/: `data/sample` → `sample`,
/// `data/secret/group1` → `secret.group1`, `data` itself → `secret` (a
/// test at the top is hidden).
fn group_of(dir: &str) -> String {
    match dir.strip_prefix("data/") {
        Some(rest) => judge_name(&rest.replace('/', ".")),
        None => "secret".to_owned(),
    }
}

/// Maps every file under data/ (`paths` are relative to the package).
pub fn map_data(paths: &[&str]) -> DataMapping {
    let mut out = DataMapping::default();
    let set: BTreeSet<&str> = paths.iter().copied().collect();
    let mut dropped: BTreeMap<String, usize> = BTreeMap::new();
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut renamed = Vec::new();
    for &path in paths {
        let Some(_) = path.strip_prefix("data/") else { continue };
        let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
        let top = dir.split('/').nth(1).unwrap_or("");
        if !dir.is_empty() && !["", "sample", "secret"].contains(&top) {
            *dropped
                .entry(format!("data/{top}/ (not sample or secret test data)"))
                .or_default() += 1;
            continue;
        }
        if file == "testdata.yaml" || file == "test_group.yaml" {
            out.group_yaml.insert(dir.to_owned(), path.to_owned());
            continue;
        }
        if let Some(stem) = file.strip_suffix(".in") {
            let answer = format!("{dir}/{stem}.ans");
            if !set.contains(answer.as_str()) {
                out.warnings.push(format!("{path} has no .ans file: dropped"));
                continue;
            }
            let group = group_of(dir);
            // a nested sample group stays in `sample` (the one group shown),
            // its path in the test's name
            let (group, stem) = match dir.strip_prefix("data/sample/") {
                Some(sub) => ("sample".to_owned(), format!("{}.{stem}", sub.replace('/', "."))),
                None => (group, stem.to_owned()),
            };
            let stem = stem.as_str();
            let mut name = judge_name(stem);
            if name != stem {
                renamed.push(format!("{path} → {group}/{name}"));
            }
            while used.contains(&(group.clone(), name.clone())) {
                name.push('_');
            }
            used.insert((group.clone(), name.clone()));
            out.tests.push(Test {
                group,
                name,
                input: path.to_owned(),
                answer,
            });
            continue;
        }
        if file.ends_with(".ans") && set.contains(format!("{dir}/{}.in", &file[..file.len() - 4]).as_str()) {
            continue;
        }
        if file.ends_with(".interaction") {
            out.interactions.push(path.to_owned());
        }
        let kind = match file.rsplit_once('.') {
            Some((_, ext)) => format!(".{ext} files"),
            None => "files without an extension".to_owned(),
        };
        *dropped.entry(kind).or_default() += 1;
    }
    out.tests.sort_by(|a, b| (&a.group, &a.name).cmp(&(&b.group, &b.name)));
    for (what, count) in dropped {
        out.notes.push(format!("dropped from data/: {count} {what}"));
    }
    if !renamed.is_empty() {
        out.notes.push(format!(
            "renamed {} test(s) to names the judge allows: {}",
            renamed.len(),
            renamed.join(", ")
        ));
    }
    if !out.tests.iter().any(|t| t.group == "sample") {
        out.warnings
            .push("no sample tests (data/sample/*.in and .ans): the statement has no examples".into());
    }
    let nested: BTreeSet<&str> = out
        .tests
        .iter()
        .filter(|t| t.group.contains('.'))
        .map(|t| t.group.as_str())
        .collect();
    if !nested.is_empty() {
        out.notes.push(format!(
            "nested test groups are named by their path (the judge's groups are flat): {}",
            nested.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_nesting_and_dropped_files() {
        let m = map_data(&[
            "data/sample/1.in",
            "data/sample/1.ans",
            "data/sample/1.png",
            "data/secret/a b.in",
            "data/secret/a b.ans",
            "data/secret/a b.desc",
            "data/secret/g1/x.in",
            "data/secret/g1/x.ans",
            "data/secret/g1/testdata.yaml",
            "data/secret/lonely.in",
            "data/invalid_input/1.in",
        ]);
        let names: Vec<String> = m.tests.iter().map(|t| format!("{}/{}", t.group, t.name)).collect();
        assert_eq!(names, ["sample/1", "secret/a_b", "secret.g1/x"]);
        assert_eq!(m.tests[1].input, "data/secret/a b.in");
        assert_eq!(m.group_yaml["data/secret/g1"], "data/secret/g1/testdata.yaml");
        assert_eq!(m.warnings, ["data/secret/lonely.in has no .ans file: dropped"]);
        let notes = m.notes.join("\n");
        assert!(notes.contains("1 .desc files"), "{notes}");
        assert!(notes.contains("1 .png files"), "{notes}");
        assert!(notes.contains("data/invalid_input/"), "{notes}");
        assert!(notes.contains("secret/a b.in → secret/a_b"), "{notes}");
        assert!(notes.contains("secret.g1"), "{notes}");
    }

    #[test]
    fn a_nested_sample_group_stays_shown() {
        let m = map_data(&["data/sample/easy/1.in", "data/sample/easy/1.ans"]);
        assert_eq!(
            (m.tests[0].group.as_str(), m.tests[0].name.as_str()),
            ("sample", "easy.1")
        );
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    }

    #[test]
    fn no_sample_is_a_warning() {
        let m = map_data(&["data/secret/1.in", "data/secret/1.ans", "data/sample/1.interaction"]);
        assert_eq!(m.tests.len(), 1);
        assert!(m.warnings.iter().any(|w| w.contains("no sample tests")));
        assert_eq!(m.interactions, ["data/sample/1.interaction"]);
    }
}
