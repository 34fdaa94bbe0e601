//! problem.yaml (and the test-group YAML files) read into what the import
//! needs. Pure: text in, data out.

use serde_norway::Value;

use crate::ImportError;

/// Which edition of the Kattis format a package follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edition {
    /// No `problem_format_version`, or `legacy` / `legacy-icpc`.
    Legacy,
    /// `2023-07-draft`, `2025-09`...: the version as written.
    Modern(String),
}

/// What problem.yaml says, as far as the import uses it.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub edition: Edition,
    /// `name` (2023-07: the `en` entry of a map, or the first).
    pub name: Option<String>,
    pub keywords: Vec<String>,
    pub scoring: bool,
    pub interactive: bool,
    pub multi_pass: bool,
    pub submit_answer: bool,
    /// Legacy `validation: custom`. (Modern packages say so by having an
    /// output_validator/ directory.)
    pub custom_validation: bool,
    /// Legacy `validator_flags`, split on whitespace.
    pub validator_flags: Vec<String>,
    /// The time limit the package gives, in seconds (2023-07 `time_limit`).
    pub time_limit_s: Option<f64>,
    /// Slowest accepted time x this = the time limit: legacy
    /// `time_multiplier` (default 5), modern `time_multipliers.ac_to_time_limit`
    /// (default 2).
    pub ac_to_time_limit: f64,
    pub memory_mb: Option<u64>,
    pub output_mb: Option<u64>,
    /// 2025-09 `constants`: `{{name}}` in the package's text files is the value.
    pub constants: Vec<(String, String)>,
    /// Who and where the problem comes from (`author`, `credits`, `source`,
    /// `source_url`, `rights_owner`, `license`), as `key: text`, for the
    /// statement: a license may ask for attribution.
    pub attribution: Vec<String>,
}

fn file_error(file: &str, error: &serde_norway::Error) -> ImportError {
    ImportError::Yaml {
        file: file.to_owned(),
        line: error.location().map(|l| l.line()),
        message: error.to_string(),
    }
}

/// Parses a YAML file of the package into a value (an empty file is an
/// empty map).
pub fn parse_yaml(text: &str, file: &str) -> Result<Value, ImportError> {
    if text.trim().is_empty() {
        return Ok(Value::Mapping(Default::default()));
    }
    serde_norway::from_str(text).map_err(|e| file_error(file, &e))
}

fn get<'a>(map: &'a Value, key: &str) -> Option<&'a Value> {
    map.as_mapping()?.get(key)
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn number(value: Option<&Value>) -> Option<f64> {
    match value? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A value as one line of text: a map as `key: value; ...`, a list joined
/// with commas.
fn flat(v: &Value) -> Option<String> {
    let out = match v {
        Value::Sequence(items) => items.iter().filter_map(flat).collect::<Vec<_>>().join(", "),
        Value::Mapping(map) => map
            .iter()
            .filter_map(|(k, v)| Some(format!("{} {}", text(k)?, flat(v)?)))
            .collect::<Vec<_>>()
            .join("; "),
        Value::Tagged(t) => flat(&t.value)?,
        other => text(other)?,
    };
    (!out.trim().is_empty()).then_some(out)
}

/// A constant's value: a number or string, or a map with a `value`.
fn constant_value(v: &Value) -> Option<String> {
    text(v).or_else(|| get(v, "value").and_then(text))
}

/// A string (split on whitespace) or a list of strings.
pub fn words(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Sequence(items)) => items.iter().filter_map(text).collect(),
        Some(v) => text(v)
            .map(|s| s.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default(),
        None => Vec::new(),
    }
}

fn invalid(file: &str, message: String) -> ImportError {
    ImportError::Yaml {
        file: file.to_owned(),
        line: None,
        message,
    }
}

/// Reads problem.yaml.
pub fn parse_metadata(text_: &str, file: &str) -> Result<Metadata, ImportError> {
    let root = parse_yaml(text_, file)?;
    if !root.is_mapping() {
        return Err(invalid(file, "problem.yaml must be a map of keys to values".into()));
    }
    let edition = match get(&root, "problem_format_version").and_then(text) {
        None => Edition::Legacy,
        Some(v) if v.starts_with("legacy") => Edition::Legacy,
        Some(v) => Edition::Modern(v),
    };
    let name = match get(&root, "name") {
        Some(Value::Mapping(by_language)) => by_language
            .get("en")
            .and_then(text)
            .or_else(|| by_language.values().find_map(text)),
        Some(v) => text(v),
        None => None,
    };
    let limits = get(&root, "limits");
    let limit = |key: &str| limits.and_then(|l| get(l, key));
    let mut meta = Metadata {
        name,
        keywords: words(get(&root, "keywords")),
        scoring: false,
        interactive: false,
        multi_pass: false,
        submit_answer: false,
        custom_validation: false,
        validator_flags: words(get(&root, "validator_flags")),
        time_limit_s: number(limit("time_limit")),
        ac_to_time_limit: 5.0,
        memory_mb: number(limit("memory")).map(|m| m.ceil() as u64),
        output_mb: number(limit("output")).map(|m| m.ceil() as u64),
        constants: get(&root, "constants")
            .and_then(Value::as_mapping)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((text(k)?, constant_value(v)?)))
                    .collect()
            })
            .unwrap_or_default(),
        attribution: ["author", "credits", "source", "source_url", "rights_owner", "license"]
            .iter()
            .filter_map(|key| Some(format!("{key}: {}", flat(get(&root, key)?)?)))
            .collect(),
        edition,
    };
    match meta.edition {
        Edition::Legacy => {
            meta.ac_to_time_limit = number(limit("time_multiplier")).unwrap_or(5.0);
            // `validation: custom interactive score`: words in any order
            let validation = words(get(&root, "validation"));
            meta.custom_validation = validation.iter().any(|w| w == "custom");
            meta.interactive = validation.iter().any(|w| w == "interactive");
            meta.scoring = get(&root, "type").and_then(text).as_deref() == Some("scoring")
                || validation.iter().any(|w| w == "score");
        }
        Edition::Modern(_) => {
            meta.ac_to_time_limit = limit("time_multipliers")
                .and_then(|m| number(get(m, "ac_to_time_limit")))
                .unwrap_or(2.0);
            // `type: pass-fail`, `type: scoring interactive`, or a list
            for t in words(get(&root, "type")) {
                match t.as_str() {
                    "scoring" => meta.scoring = true,
                    "interactive" => meta.interactive = true,
                    "multi-pass" => meta.multi_pass = true,
                    "submit-answer" => meta.submit_answer = true,
                    _ => {}
                }
            }
        }
    }
    if !(meta.ac_to_time_limit.is_finite() && meta.ac_to_time_limit >= 1.0) {
        return Err(invalid(
            file,
            format!(
                "the time multiplier {} must be a number of at least 1",
                meta.ac_to_time_limit
            ),
        ));
    }
    Ok(meta)
}

/// The output validator's arguments a test-group YAML file gives:
/// `output_validator_args` (a list, or a string in 2023-07-draft) or the
/// older `output_validator_flags`.
pub fn group_validator_args(text_: &str, file: &str) -> Result<Option<Vec<String>>, ImportError> {
    let root = parse_yaml(text_, file)?;
    Ok(["output_validator_args", "output_validator_flags"]
        .iter()
        .find_map(|key| get(&root, key))
        .map(|v| words(Some(v))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_defaults_and_custom_interactive() {
        let m = parse_metadata(
            "name: Guess\nvalidation: custom interactive\nlimits:\n  memory: 512\n  time_multiplier: 3\n",
            "problem.yaml",
        )
        .unwrap();
        assert_eq!(m.edition, Edition::Legacy);
        assert_eq!(m.name.as_deref(), Some("Guess"));
        assert!(m.custom_validation && m.interactive && !m.scoring);
        assert_eq!(m.memory_mb, Some(512));
        assert_eq!(m.ac_to_time_limit, 3.0);
        let d = parse_metadata("name: X\n", "problem.yaml").unwrap();
        assert_eq!(d.ac_to_time_limit, 5.0);
        let a = parse_metadata(
            "name: X\nsource: NCPC\nlicense: cc by-sa\ncredits:\n  authors: [A, B]\n",
            "p",
        )
        .unwrap();
        assert_eq!(
            a.attribution,
            ["credits: authors A, B", "source: NCPC", "license: cc by-sa"]
        );
        assert!(!d.custom_validation && !d.interactive);
    }

    #[test]
    fn legacy_validator_flags() {
        let m = parse_metadata(
            "name: X\nvalidation: default\nvalidator_flags: float_tolerance 1e-6 case_sensitive\n",
            "p",
        )
        .unwrap();
        assert_eq!(m.validator_flags, ["float_tolerance", "1e-6", "case_sensitive"]);
    }

    #[test]
    fn modern_name_map_types_and_limits() {
        let m = parse_metadata(
            "problem_format_version: 2023-07-draft\ntype: scoring interactive\nname:\n  sv: Gissa\n  en: Guess\n\
             limits:\n  time_limit: 2.5\n  time_multipliers:\n    ac_to_time_limit: 3\nkeywords: [graphs, Dynamic Programming]\n",
            "p",
        )
        .unwrap();
        assert_eq!(m.edition, Edition::Modern("2023-07-draft".into()));
        assert_eq!(m.name.as_deref(), Some("Guess"));
        assert!(m.scoring && m.interactive && !m.multi_pass);
        assert_eq!(m.time_limit_s, Some(2.5));
        assert_eq!(m.ac_to_time_limit, 3.0);
        assert_eq!(m.keywords, ["graphs", "Dynamic Programming"]);
        let first = parse_metadata("problem_format_version: 2025-09\nname:\n  sv: Eko\n", "p").unwrap();
        assert_eq!(first.name.as_deref(), Some("Eko"));
        assert_eq!(first.ac_to_time_limit, 2.0);
        let list = parse_metadata("problem_format_version: 2025-09\ntype: [multi-pass]\n", "p").unwrap();
        assert!(list.multi_pass);
        let c = parse_metadata(
            "problem_format_version: 2025-09\nconstants:\n  n: 7\n  s: {value: x}\n",
            "p",
        )
        .unwrap();
        assert_eq!(
            c.constants,
            [("n".to_owned(), "7".to_owned()), ("s".to_owned(), "x".to_owned())]
        );
    }

    #[test]
    fn malformed_yaml_names_file_and_line() {
        let e = parse_metadata("name: X\nlimits:\n  memory: [1, 2\n", "pkg/problem.yaml").unwrap_err();
        match e {
            ImportError::Yaml { file, line, .. } => {
                assert_eq!(file, "pkg/problem.yaml");
                assert!(line.is_some_and(|l| l >= 3), "{line:?}");
            }
            other => panic!("{other:?}"),
        }
        assert!(parse_metadata("- a list\n", "p").is_err());
    }

    #[test]
    fn group_args_list_or_string() {
        assert_eq!(
            group_validator_args("output_validator_args: [float_tolerance, '1e-4']\n", "t").unwrap(),
            Some(vec!["float_tolerance".to_owned(), "1e-4".to_owned()])
        );
        assert_eq!(
            group_validator_args("output_validator_flags: case_sensitive\n", "t").unwrap(),
            Some(vec!["case_sensitive".to_owned()])
        );
        assert_eq!(group_validator_args("# nothing\n", "t").unwrap(), None);
    }
}
