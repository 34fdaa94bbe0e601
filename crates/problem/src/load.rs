//! Reading a problem directory from disk.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use judge_checkers::CheckerSpec;
use judge_model::{Call, CaseInput, Value};

use crate::config::{Kind, ProblemConfig, parse_config};
use crate::error::{LoadError, Location};
use crate::{
    CaseExpected, OutputValidator, Problem, SAMPLE_GROUP, TestCase, TestsExpected, ValidatorLanguage, is_case_name,
    parse_cases,
};

fn read(path: &Path) -> Result<String, LoadError> {
    fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })
}

/// What is at `path` (following symbolic links), as a message says it: "a
/// file", "a directory", "a named pipe"...; `None` when nothing is (or it
/// cannot be looked at). Checked before opening a path, so that a fifo is
/// refused instead of blocking the judge.
pub fn what_is(path: &Path) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    let kind = fs::metadata(path).ok()?.file_type();
    Some(if kind.is_file() {
        "a file"
    } else if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else {
        "not a file"
    })
}

/// `path` if it is a regular file; else why not.
fn require(path: PathBuf, what: &'static str) -> Result<PathBuf, LoadError> {
    require_kind(path, what, "a file")
}

fn require_kind(path: PathBuf, what: &'static str, want: &'static str) -> Result<PathBuf, LoadError> {
    match what_is(&path) {
        Some(is) if is == want => Ok(path),
        Some(is) => Err(LoadError::NotA { path, what, is, want }),
        None => Err(LoadError::Missing { path, what }),
    }
}

/// Entries of a directory, sorted by name.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let io = |source| LoadError::Io {
        path: dir.to_owned(),
        source,
    };
    let mut paths = fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?;
    paths.sort_by(|a, b| natural_cmp(&file_name(a), &file_name(b)));
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Orders `2` before `10`: runs of digits compare as numbers.
fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &s[start..i]));
                start = i;
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for ((da, ta), (db, tb)) in ca.iter().zip(&cb) {
        let o = if *da && *db {
            let (na, nb) = (ta.trim_start_matches('0'), tb.trim_start_matches('0'));
            na.len()
                .cmp(&nb.len())
                .then_with(|| na.cmp(nb))
                .then_with(|| ta.cmp(tb))
        } else {
            ta.cmp(tb)
        };
        if o.is_ne() {
            return o;
        }
    }
    ca.len().cmp(&cb.len())
}

/// Loads and validates the problem in `dir`.
pub fn load(dir: &Path) -> Result<Problem, LoadError> {
    require_kind(dir.to_owned(), "the problem directory", "a directory")?;
    let toml_path = require(dir.join("problem.toml"), "problem.toml")?;
    let config = parse_config(&read(&toml_path)?, &toml_path)?;
    let statement = require(dir.join("statement.md"), "statement.md")?;
    let template = require(dir.join("template.py"), "template.py")?;
    let checker_path = dir.join("checker.py");
    let checker_script = match (&config.checker, checker_path.is_file()) {
        (CheckerSpec::Custom, true) => Some(checker_path),
        (CheckerSpec::Custom, false) => {
            return Err(LoadError::Missing {
                path: checker_path,
                what: "checker.py (problem.toml says [checker] type = \"custom\")",
            });
        }
        (_, true) => {
            return Err(LoadError::invalid(
                Location::file(toml_path),
                "checker.py is present but [checker] type is not \"custom\"; set type = \"custom\" or remove checker.py",
            ));
        }
        (_, false) => None,
    };

    let driver = match &config.driver {
        Some(name) => Some(require(dir.join(name), "the driver named in problem.toml")?),
        None => None,
    };
    if let Some(complexity) = &config.complexity {
        require(
            dir.join(&complexity.generator),
            "the generator of [complexity] in problem.toml (`make(n, seed)`)",
        )?;
    }
    // an interactor is found and built as an output validator is
    let validator = match config.checker.program() {
        Some(spec) => Some(output_validator(&dir.join(&spec.program))?),
        None => None,
    };

    let tests = match config.kind {
        Kind::Tests => implementations(dir)?,
        _ => test_groups(dir, &config)?,
    };
    Ok(Problem {
        dir: dir.to_owned(),
        // `.` has no name of its own: the slug comes from the real path
        slug: file_name(&dir.canonicalize().unwrap_or_else(|_| dir.to_owned())),
        config,
        tests,
        statement,
        template,
        checker_script,
        driver,
        validator,
    })
}

/// The cases of `tests/`, the sample group first.
fn test_groups(dir: &Path, config: &ProblemConfig) -> Result<Vec<TestCase>, LoadError> {
    let tests_dir = require_kind(dir.join("tests"), "the tests directory", "a directory")?;
    let mut groups: Vec<(String, Vec<TestCase>)> = Vec::new();
    for path in entries(&tests_dir)? {
        let (group, cases) = match config.kind {
            Kind::Stdio => load_stdio_group(&path)?,
            _ => load_json_group(&path, config.kind, config.entry.as_deref().unwrap_or(""))?,
        };
        if cases.is_empty() {
            return Err(LoadError::invalid(Location::file(&path), "the test group has no cases"));
        }
        groups.push((group, cases));
    }
    if groups.is_empty() {
        let hint = match config.kind {
            Kind::Stdio => "add tests/sample/1.in and tests/sample/1.ans",
            _ => "add tests/sample.json",
        };
        return Err(LoadError::invalid(
            Location::file(&tests_dir),
            format!("no test groups; {hint}"),
        ));
    }
    groups.sort_by_key(|(name, _)| name != SAMPLE_GROUP);
    Ok(concatenated(groups))
}

/// A `tests` problem's cases: `implementations/reference.py` (test
/// `reference`: every test must pass), then each `implementations/buggy/*.py`
/// (test `buggy/STEM`: some test must fail), by name. A case's input is
/// the implementation's label and source, as a call's two arguments.
fn implementations(dir: &Path) -> Result<Vec<TestCase>, LoadError> {
    let tests_dir = dir.join("tests");
    if what_is(&tests_dir).is_some() {
        return Err(LoadError::invalid(
            Location::file(tests_dir),
            "a `tests` problem has no tests/: the person writes the tests, and the judge runs them on implementations/reference.py and implementations/buggy/*.py",
        ));
    }
    let root = require_kind(
        dir.join("implementations"),
        "the implementations directory",
        "a directory",
    )?;
    let case = |group: &str, name: String, path: PathBuf, expected: TestsExpected| -> Result<TestCase, LoadError> {
        let label = format!("implementations/{}", file_name_under(&root, &path));
        let source = read(&path)?;
        Ok(TestCase {
            group: group.into(),
            name,
            input: CaseInput::Call(Call {
                args: vec![Value::Str(label), Value::Str(source)],
                kwargs: Vec::new(),
            }),
            expected: CaseExpected::Tests(expected),
            file: path.as_path().into(),
        })
    };
    let reference = require(root.join("reference.py"), "the reference implementation")?;
    let mut cases = vec![case("reference", String::new(), reference, TestsExpected::Pass)?];
    let buggy_dir = require_kind(root.join("buggy"), "the buggy implementations directory", "a directory")?;
    for path in entries(&buggy_dir)? {
        let name = file_name(&path);
        let Some(stem) = name.strip_suffix(".py") else {
            continue;
        };
        if !is_case_name(stem) {
            return Err(LoadError::invalid(
                Location::file(&path),
                "a buggy implementation's name must be letters, digits, `_`, `-` or `.`",
            ));
        }
        let path = require(path.clone(), "a buggy implementation")?;
        let bug = crate::bug_description(&read(&path)?, stem);
        cases.push(case("buggy", stem.to_owned(), path, TestsExpected::Catch { bug })?);
    }
    if cases.len() == 1 {
        return Err(LoadError::invalid(
            Location::file(buggy_dir),
            "no buggy implementations; add implementations/buggy/NAME.py, each defining the entry function with a bug the tests must catch",
        ));
    }
    Ok(cases)
}

/// `path` relative to `root`, with `/` between its parts.
fn file_name_under(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|e| e.to_str()).unwrap_or("")
}

const C_SOURCES: [&str; 3] = ["c", "cc", "cpp"];
const HEADERS: [&str; 4] = ["h", "hh", "hpp", "hxx"];

/// The validator at `path`: a `.py`, `.c`, `.cc` or `.cpp` file, or a
/// directory of them (C and C++ sources there are compiled together; else
/// its one `.py` file runs, or `validate.py`, or `main.py`).
fn output_validator(path: &Path) -> Result<OutputValidator, LoadError> {
    let what = "the output validator named in problem.toml";
    let headers_in = |dir: &Path| -> Result<Vec<PathBuf>, LoadError> {
        Ok(entries(dir)?
            .into_iter()
            .filter(|p| HEADERS.contains(&extension(p)) && p.is_file())
            .collect())
    };
    let language_of = |sources: &[PathBuf]| {
        if sources.iter().any(|s| extension(s) != "c") {
            ValidatorLanguage::Cpp
        } else {
            ValidatorLanguage::C
        }
    };
    match what_is(path) {
        None => Err(LoadError::Missing {
            path: path.to_owned(),
            what,
        }),
        Some("a file") => {
            let sources = vec![path.to_owned()];
            let (language, headers) = match extension(path) {
                "py" => (ValidatorLanguage::Python, Vec::new()),
                ext if C_SOURCES.contains(&ext) => (
                    language_of(&sources),
                    headers_in(path.parent().unwrap_or(Path::new(".")))?,
                ),
                // problem.toml's check lets a name without an extension
                // through as a directory's
                _ => {
                    return Err(LoadError::invalid(
                        Location::file(path),
                        "the output validator is a file the judge cannot run: name a .py, .c, .cc or .cpp file, or a directory of them",
                    ));
                }
            };
            Ok(OutputValidator {
                path: path.to_owned(),
                language,
                sources,
                headers,
            })
        }
        Some("a directory") => {
            let files: Vec<PathBuf> = entries(path)?.into_iter().filter(|p| p.is_file()).collect();
            let compiled: Vec<PathBuf> = files
                .iter()
                .filter(|p| C_SOURCES.contains(&extension(p)))
                .cloned()
                .collect();
            if !compiled.is_empty() {
                return Ok(OutputValidator {
                    path: path.to_owned(),
                    language: language_of(&compiled),
                    sources: compiled,
                    headers: headers_in(path)?,
                });
            }
            let scripts: Vec<&PathBuf> = files.iter().filter(|p| extension(p) == "py").collect();
            let script = match scripts.as_slice() {
                [one] => (*one).clone(),
                [] => {
                    return Err(LoadError::invalid(
                        Location::file(path),
                        "the output validator's directory has no .py, .c, .cc or .cpp file",
                    ));
                }
                several => match ["validate.py", "main.py"]
                    .iter()
                    .find_map(|name| several.iter().find(|p| file_name(p) == *name))
                {
                    Some(script) => (*script).clone(),
                    None => {
                        return Err(LoadError::invalid(
                            Location::file(path),
                            "the output validator's directory has several .py files and no validate.py or main.py to run",
                        ));
                    }
                },
            };
            Ok(OutputValidator {
                path: path.to_owned(),
                language: ValidatorLanguage::Python,
                sources: vec![script],
                headers: Vec::new(),
            })
        }
        Some(is) => Err(LoadError::NotA {
            path: path.to_owned(),
            what,
            is,
            want: "a file or a directory",
        }),
    }
}

/// The groups' cases in one list, in the groups' order, moved once into a
/// list of the right size.
fn concatenated(groups: Vec<(String, Vec<TestCase>)>) -> Vec<TestCase> {
    let mut tests = Vec::with_capacity(groups.iter().map(|(_, cases)| cases.len()).sum());
    for (_, mut cases) in groups {
        tests.append(&mut cases);
    }
    tests
}

fn group_name(path: &Path, name: &str) -> Result<String, LoadError> {
    if is_case_name(name) {
        Ok(name.to_owned())
    } else {
        Err(LoadError::invalid(
            Location::file(path),
            "a group name must be letters, digits, `_`, `-` or `.`",
        ))
    }
}

fn load_json_group(path: &Path, kind: Kind, entry: &str) -> Result<(String, Vec<TestCase>), LoadError> {
    let is_json = path.extension().is_some_and(|e| e == "json");
    if !path.is_file() || !is_json {
        return Err(LoadError::invalid(
            Location::file(path),
            format!(
                "not a test group: a {} problem's groups are files tests/GROUP.json",
                kind.as_str()
            ),
        ));
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let group = group_name(path, &stem)?;
    let cases = parse_cases(&read(path)?, path, kind, entry)?;
    let shared_group: Arc<str> = group.as_str().into();
    let file: Arc<Path> = path.into();
    Ok((
        group,
        cases
            .into_iter()
            .map(|c| TestCase {
                group: shared_group.clone(),
                name: c.name,
                input: c.input,
                expected: c.expected,
                file: file.clone(),
            })
            .collect(),
    ))
}

fn load_stdio_group(dir: &Path) -> Result<(String, Vec<TestCase>), LoadError> {
    if !dir.is_dir() {
        return Err(LoadError::invalid(
            Location::file(dir),
            "not a test group: a stdio problem's groups are directories tests/GROUP/ of NAME.in and NAME.ans",
        ));
    }
    let group = group_name(dir, &file_name(dir))?;
    let mut cases = Vec::new();
    let shared_group: Arc<str> = group.as_str().into();
    let files = entries(dir)?;
    for path in &files {
        let name = file_name(path);
        let stem = match name.strip_suffix(".in") {
            Some(stem) => stem,
            None if name.ends_with(".ans") => {
                require(path.with_extension("in"), "the input for this .ans file")?;
                continue;
            }
            None => {
                return Err(LoadError::invalid(
                    Location::file(path),
                    "a stdio test group holds only NAME.in and NAME.ans files",
                ));
            }
        };
        if !is_case_name(stem) {
            return Err(LoadError::invalid(
                Location::file(path),
                "a test name must be letters, digits, `_`, `-` or `.`",
            ));
        }
        require(path.clone(), "this test's input")?;
        let answer = require(path.with_extension("ans"), "the expected output (.ans) for this test")?;
        cases.push(TestCase {
            group: shared_group.clone(),
            name: stem.to_owned(),
            input: CaseInput::Stdin(read(path)?),
            expected: CaseExpected::Output(read(&answer)?),
            file: path.as_path().into(),
        });
    }
    Ok((group, cases))
}

/// The verdict a reference solution's folder promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SolutionFolder {
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    RuntimeError,
    OutputLimitExceeded,
    CompileError,
    /// Any verdict but AC (Kattis' `rejected`).
    Rejected,
    /// Right but maybe slow: AC or TLE on every test, not held to the time
    /// margin (Kattis' `slow_accepted`).
    SlowAccepted,
    /// Never a wrong answer; AC, or too slow or crashing somewhere (Kattis'
    /// `brute_force`).
    BruteForce,
}

impl SolutionFolder {
    pub const ALL: [SolutionFolder; 10] = [
        SolutionFolder::Accepted,
        SolutionFolder::WrongAnswer,
        SolutionFolder::TimeLimitExceeded,
        SolutionFolder::MemoryLimitExceeded,
        SolutionFolder::RuntimeError,
        SolutionFolder::OutputLimitExceeded,
        SolutionFolder::CompileError,
        SolutionFolder::Rejected,
        SolutionFolder::SlowAccepted,
        SolutionFolder::BruteForce,
    ];

    pub fn dir_name(self) -> &'static str {
        match self {
            SolutionFolder::Accepted => "accepted",
            SolutionFolder::WrongAnswer => "wrong_answer",
            SolutionFolder::TimeLimitExceeded => "time_limit_exceeded",
            SolutionFolder::MemoryLimitExceeded => "memory_limit_exceeded",
            SolutionFolder::RuntimeError => "runtime_error",
            SolutionFolder::OutputLimitExceeded => "output_limit_exceeded",
            SolutionFolder::CompileError => "compile_error",
            SolutionFolder::Rejected => "rejected",
            SolutionFolder::SlowAccepted => "slow_accepted",
            SolutionFolder::BruteForce => "brute_force",
        }
    }
}

/// A reference solution shipped with a problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    pub path: PathBuf,
    pub folder: SolutionFolder,
}

/// Every `solutions/<folder>/*.py` of a problem; an unknown folder is an error.
pub fn list_solutions(problem_dir: &Path) -> Result<Vec<Solution>, LoadError> {
    let root = problem_dir.join("solutions");
    if !root.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for dir in entries(&root)? {
        let name = file_name(&dir);
        let Some(folder) = SolutionFolder::ALL.into_iter().find(|f| f.dir_name() == name) else {
            let known: Vec<&str> = SolutionFolder::ALL.iter().map(|f| f.dir_name()).collect();
            return Err(LoadError::invalid(
                Location::file(&dir),
                format!("unknown solutions folder; known: {}", known.join(", ")),
            ));
        };
        for path in entries(&dir)? {
            if path.extension().is_some_and(|e| e == "py") {
                out.push(Solution { path, folder });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(names: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for name in names {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "").unwrap();
        }
        dir
    }

    fn names(paths: &[PathBuf]) -> Vec<String> {
        paths.iter().map(|p| file_name(p)).collect()
    }

    #[test]
    fn an_output_validator_file_is_what_its_extension_says() {
        let dir = files(&["v/validate.py", "v/check.cpp", "v/testlib.h", "v/notes.txt", "c/v.c"]);
        let py = output_validator(&dir.path().join("v/validate.py")).unwrap();
        assert_eq!(
            (py.language, names(&py.sources)),
            (ValidatorLanguage::Python, vec!["validate.py".into()])
        );
        assert!(py.headers.is_empty());
        let cpp = output_validator(&dir.path().join("v/check.cpp")).unwrap();
        assert_eq!(cpp.language, ValidatorLanguage::Cpp);
        assert_eq!(names(&cpp.headers), ["testlib.h"]);
        let c = output_validator(&dir.path().join("c/v.c")).unwrap();
        assert_eq!((c.language, c.headers.len()), (ValidatorLanguage::C, 0));
        let e = output_validator(&dir.path().join("v/notes.txt"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("a file the judge cannot run"), "{e}");
        let e = output_validator(&dir.path().join("v/nothing.py"))
            .unwrap_err()
            .to_string();
        assert!(
            e.ends_with("v/nothing.py: the output validator named in problem.toml is missing"),
            "{e}"
        );
    }

    #[test]
    fn an_output_validator_directory_compiles_its_sources_or_runs_its_script() {
        let dir = files(&["a/main.c", "a/util.c", "a/util.h", "a/gen.py"]);
        let v = output_validator(&dir.path().join("a")).unwrap();
        assert_eq!(v.language, ValidatorLanguage::C);
        assert_eq!(
            (names(&v.sources), names(&v.headers)),
            (vec!["main.c".into(), "util.c".into()], vec!["util.h".into()])
        );
        let dir = files(&["b/main.c", "b/more.cc"]);
        assert_eq!(
            output_validator(&dir.path().join("b")).unwrap().language,
            ValidatorLanguage::Cpp
        );
        let dir = files(&[
            "one/anything.py",
            "two/helpers.py",
            "two/validate.py",
            "three/a.py",
            "three/b.py",
        ]);
        let one = output_validator(&dir.path().join("one")).unwrap();
        assert_eq!(
            (one.language, names(&one.sources)),
            (ValidatorLanguage::Python, vec!["anything.py".into()])
        );
        assert_eq!(
            names(&output_validator(&dir.path().join("two")).unwrap().sources),
            ["validate.py"]
        );
        let e = output_validator(&dir.path().join("three")).unwrap_err().to_string();
        assert!(e.contains("several .py files and no validate.py or main.py"), "{e}");
        let dir = files(&["empty/README"]);
        let e = output_validator(&dir.path().join("empty")).unwrap_err().to_string();
        assert!(e.contains("has no .py, .c, .cc or .cpp file"), "{e}");
    }

    #[test]
    fn natural_order() {
        let mut names = vec!["10", "2", "1", "a10", "a9", "b"];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(names, ["1", "2", "10", "a9", "a10", "b"]);
    }
}
