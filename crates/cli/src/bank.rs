//! Where `list`, `show`, `practice` and `stats` find the problem bank when
//! no `--bank` is given, so that an installed `judge` works from any
//! directory: `$JUDGE_BANK` if set, else `./problems` if it is a
//! directory, else the bank of the source tree the binary was built from,
//! if it is still there.

use std::path::{Path, PathBuf};

/// The environment variable that names the bank.
pub const BANK_VAR: &str = "JUDGE_BANK";

/// The bank beside the sources this binary was built from (`cargo install
/// --path .` builds from a checkout, which usually stays where it is).
pub fn built_in() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("problems")
}

/// Where the bank was found, so an error can say which places were tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BankSource {
    /// `--bank DIR` or `$JUDGE_BANK`: used as given, even when missing.
    Given,
    /// `./problems` in the working directory.
    WorkingDir,
    /// The bank of the source tree the binary was built from.
    BuiltIn,
    /// None of the defaults exists; the path is `./problems`.
    NotFound,
}

#[derive(Debug, Clone)]
pub struct Bank {
    pub path: PathBuf,
    pub source: BankSource,
}

impl Bank {
    /// `given` is `--bank`, or a non-empty `$JUDGE_BANK` (`args` has clap
    /// fall back to it).
    pub fn resolve(given: Option<PathBuf>) -> Bank {
        if let Some(path) = given {
            return Bank {
                path,
                source: BankSource::Given,
            };
        }
        let local = PathBuf::from("problems");
        if local.is_dir() {
            return Bank {
                path: local,
                source: BankSource::WorkingDir,
            };
        }
        let built_in = built_in();
        if built_in.is_dir() {
            return Bank {
                path: built_in,
                source: BankSource::BuiltIn,
            };
        }
        Bank {
            path: local,
            source: BankSource::NotFound,
        }
    }

    /// Why there is no bank at `path`, and what to do about it.
    pub fn missing_hint(&self) -> String {
        match self.source {
            BankSource::Given => "pass --bank DIR (or set JUDGE_BANK) to a directory of problems".to_owned(),
            _ => format!(
                "no --bank, no JUDGE_BANK, no ./problems here, and the bank the judge was built with ({}) is gone; \
                 pass --bank DIR or set JUDGE_BANK",
                built_in().display()
            ),
        }
    }
}
