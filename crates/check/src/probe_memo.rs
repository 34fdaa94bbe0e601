//! Slow-margin probes remembered between checks. A probe runs a slow
//! solution's failing test again under `floor x` the limit, which can cost
//! seconds of CPU per solution; its answer depends only on what the key
//! covers (the problem's files but its solutions, the solution's bytes,
//! the test, the raised limits, the harness, the interpreter), so a check
//! of an unchanged package asks this memo instead of running it again.
//! The CLI keeps the memo on disk (the machine's cache); this module
//! holds it in memory.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

use judge_report::TestReport;
use sha2::{Digest, Sha256};

/// Bumped when what a probe means changes.
const MEMO_VERSION: &str = "probe-memo-1";

#[derive(Debug, Default)]
pub struct ProbeMemo {
    known: BTreeMap<String, TestReport>,
    fresh: Mutex<BTreeMap<String, TestReport>>,
}

impl ProbeMemo {
    /// A memo of what earlier checks found.
    pub fn new(known: BTreeMap<String, TestReport>) -> ProbeMemo {
        ProbeMemo {
            known,
            fresh: Mutex::new(BTreeMap::new()),
        }
    }

    pub fn get(&self, key: &str) -> Option<TestReport> {
        self.known
            .get(key)
            .cloned()
            .or_else(|| self.fresh.lock().unwrap_or_else(|e| e.into_inner()).get(key).cloned())
    }

    pub fn put(&self, key: String, report: TestReport) {
        self.fresh.lock().unwrap_or_else(|e| e.into_inner()).insert(key, report);
    }

    /// What was known and what this check added, at most `most` entries
    /// (this check's first).
    pub fn entries(&self, most: usize) -> BTreeMap<String, TestReport> {
        let mut all = self.fresh.lock().unwrap_or_else(|e| e.into_inner()).clone();
        for (key, report) in &self.known {
            if all.len() >= most {
                break;
            }
            all.entry(key.clone()).or_insert_with(|| report.clone());
        }
        all
    }
}

/// What decides a probe's answer, as one hash.
#[derive(Debug)]
pub struct ProbeKey<'a> {
    pub problem_dir: &'a Path,
    pub solution: &'a [u8],
    pub test: &'a str,
    pub limit_ms: u64,
    pub wall_multiplier: f64,
    pub python: &'a str,
}

impl ProbeKey<'_> {
    /// `None` when the problem's files cannot be read (the probe then runs).
    pub fn digest(&self) -> Option<String> {
        let mut hash = Sha256::new();
        let mut field = |bytes: &[u8]| {
            hash.update((bytes.len() as u64).to_le_bytes());
            hash.update(bytes);
        };
        field(MEMO_VERSION.as_bytes());
        field(env!("CARGO_PKG_VERSION").as_bytes());
        for (name, source) in judge_runner::HARNESS_SOURCES {
            field(name.as_bytes());
            field(source.as_bytes());
        }
        field(self.python.as_bytes());
        field(self.solution);
        field(self.test.as_bytes());
        field(&self.limit_ms.to_le_bytes());
        field(&self.wall_multiplier.to_le_bytes());
        let mut files = Vec::new();
        package_files(self.problem_dir, self.problem_dir, &mut files).ok()?;
        files.sort();
        for relative in files {
            field(relative.as_bytes());
            field(&std::fs::read(self.problem_dir.join(&relative)).ok()?);
        }
        Some(hash.finalize().iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// Every file of the package but its reference solutions, relative to
/// `root`.
fn package_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if dir == root && entry.file_name() == "solutions" {
                continue;
            }
            package_files(root, &path, out)?;
        } else if kind.is_file() {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            out.push(relative.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_of(dir: &Path, solution: &[u8], limit_ms: u64) -> String {
        ProbeKey {
            problem_dir: dir,
            solution,
            test: "hidden/large",
            limit_ms,
            wall_multiplier: 20.0,
            python: "3.11.2",
        }
        .digest()
        .unwrap()
    }

    #[test]
    fn the_key_follows_the_package_the_solution_and_the_limit_but_not_the_other_solutions() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("tests")).unwrap();
        std::fs::create_dir_all(dir.path().join("solutions/accepted")).unwrap();
        std::fs::write(dir.path().join("problem.toml"), "title = 'x'").unwrap();
        std::fs::write(dir.path().join("tests/hidden.json"), "[]").unwrap();
        let first = key_of(dir.path(), b"slow", 500);
        assert_eq!(first, key_of(dir.path(), b"slow", 500));
        assert_ne!(first, key_of(dir.path(), b"slower", 500));
        assert_ne!(first, key_of(dir.path(), b"slow", 600));
        std::fs::write(dir.path().join("solutions/accepted/new.py"), "pass").unwrap();
        assert_eq!(
            first,
            key_of(dir.path(), b"slow", 500),
            "another solution changes nothing"
        );
        std::fs::write(dir.path().join("tests/hidden.json"), "[1]").unwrap();
        assert_ne!(first, key_of(dir.path(), b"slow", 500), "a changed test does");
    }

    #[test]
    fn the_memo_answers_from_what_was_known_and_what_was_added() {
        let report = TestReport {
            name: "hidden/large".into(),
            group: "hidden".into(),
            sample: false,
            verdict: judge_report::Verdict::TimeLimitExceeded,
            cpu_ms: None,
            wall_ms: 5.0,
            peak_memory_kb: None,
            time_limit: Some(judge_report::TimeLimit::Cpu),
            failure: None,
        };
        let memo = ProbeMemo::new(BTreeMap::from([("a".to_owned(), report.clone())]));
        assert!(memo.get("a").is_some());
        assert!(memo.get("b").is_none());
        memo.put("b".into(), report);
        assert!(memo.get("b").is_some());
        assert_eq!(memo.entries(10).len(), 2);
        assert_eq!(memo.entries(1).keys().collect::<Vec<_>>(), ["b"], "this check's first");
    }
}
