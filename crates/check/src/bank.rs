//! Which problems to check: finding them under the roots, the slice of
//! `--partition K/N`, and the problems a git change touches.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

/// Problem directories (those holding a `problem.toml`) under `roots`, at
/// any depth, sorted and without repeats. A root may itself be a problem.
/// Directories whose name starts with `.` are skipped.
pub fn discover(roots: &[PathBuf]) -> Result<Vec<PathBuf>, BankError> {
    let mut found = Vec::new();
    for root in roots {
        if !root.is_dir() {
            return Err(BankError::NoRoot(root.clone()));
        }
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            if dir.join("problem.toml").is_file() {
                found.push(dir);
                continue;
            }
            let entries = std::fs::read_dir(&dir).map_err(|source| BankError::Read {
                path: dir.clone(),
                source,
            })?;
            for entry in entries {
                let path = entry
                    .map_err(|source| BankError::Read {
                        path: dir.clone(),
                        source,
                    })?
                    .path();
                let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if path.is_dir() && !hidden {
                    stack.push(path);
                }
            }
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

/// `--partition K/N`: the K-th of N slices of the bank (1-based). Problem
/// `i` of the sorted list goes to slice `i mod N + 1`, so the slices are
/// disjoint, cover the bank, and differ in size by at most one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    index: usize,
    count: usize,
}

impl Partition {
    pub fn new(index: usize, count: usize) -> Result<Partition, String> {
        if count == 0 {
            return Err("the number of slices must be at least 1".into());
        }
        if index == 0 || index > count {
            return Err(format!("the slice must be between 1 and {count}"));
        }
        Ok(Partition { index, count })
    }

    /// The items of this slice, in their order.
    pub fn select<T>(&self, items: Vec<T>) -> Vec<T> {
        items
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % self.count == self.index - 1)
            .map(|(_, item)| item)
            .collect()
    }
}

impl FromStr for Partition {
    type Err = String;

    fn from_str(s: &str) -> Result<Partition, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}` is not K/N (e.g. 2/4)"))?;
        let number = |t: &str| {
            t.trim()
                .parse::<usize>()
                .map_err(|_| format!("`{s}` is not K/N (e.g. 2/4)"))
        };
        Partition::new(number(k)?, number(n)?)
    }
}

impl std::fmt::Display for Partition {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// The problems (of `problems`) that hold any of the `changed` files.
/// Both lists must be absolute, canonical paths.
pub fn touched_by(problems: &[PathBuf], changed: &[PathBuf]) -> Vec<PathBuf> {
    problems
        .iter()
        .filter(|p| changed.iter().any(|c| c.starts_with(p)))
        .cloned()
        .collect()
}

/// Files that differ from git revision `rev` in the work tree of the
/// repository holding `dir` (committed, staged or not, and new untracked
/// files), as absolute paths. Deleted files are included: a problem that
/// lost a file must be checked too.
pub fn changed_files(dir: &Path, rev: &str) -> Result<Vec<PathBuf>, BankError> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(top.trim_end_matches('\n'));
    // `--end-of-options` keeps a revision such as `--output=x` from being read as an option.
    let mut names = git(&top, &["diff", "--name-only", "-z", "--end-of-options", rev, "--"])?;
    names.push_str(&git(&top, &["ls-files", "--others", "--exclude-standard", "-z"])?);
    let top = top
        .canonicalize()
        .map_err(|source| BankError::Read { path: top, source })?;
    Ok(names
        .split('\0')
        .filter(|n| !n.is_empty())
        .map(|n| top.join(n))
        .collect())
}

fn git(dir: &Path, args: &[&str]) -> Result<String, BankError> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(BankError::NoGit)?;
    if !out.status.success() {
        return Err(BankError::Git {
            command: format!("git {}", args.join(" ")),
            message: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[derive(Debug, thiserror::Error)]
pub enum BankError {
    #[error("{}: no such directory", .0.display())]
    NoRoot(PathBuf),
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot run git (needed by --changed-since): {0}")]
    NoGit(#[source] io::Error),
    #[error("`{command}` failed: {message}")]
    Git { command: String, message: String },
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn slices_cover_the_bank_exactly_once(len in 0usize..200, count in 1usize..12) {
            let items: Vec<usize> = (0..len).collect();
            let mut seen = vec![0u32; len];
            for index in 1..=count {
                let slice = Partition::new(index, count).unwrap().select(items.clone());
                prop_assert!(slice.len() <= len / count + 1);
                prop_assert!(slice.len() >= len / count);
                for i in slice {
                    seen[i] += 1;
                }
            }
            prop_assert!(seen.iter().all(|&n| n == 1));
        }
    }

    #[test]
    fn partitions_parse() {
        assert_eq!("2/4".parse::<Partition>(), Partition::new(2, 4));
        assert_eq!("1/1".parse::<Partition>().unwrap().to_string(), "1/1");
        for bad in ["0/3", "4/3", "1/0", "a/b", "3", "", "1/2/3"] {
            assert!(bad.parse::<Partition>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_change_touches_the_problem_that_holds_it() {
        let problems = vec![PathBuf::from("/b/junior/x"), PathBuf::from("/b/junior/xy")];
        let changed = vec![
            PathBuf::from("/b/junior/xy/tests/sample.json"),
            PathBuf::from("/b/README.md"),
        ];
        assert_eq!(touched_by(&problems, &changed), vec![PathBuf::from("/b/junior/xy")]);
    }
}
