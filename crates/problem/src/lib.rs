//! The problem package: what a problem directory holds, read and validated.
//!
//! Parsing (`config`, `cases`) takes text and returns data; `load` is the
//! only module that touches the file system. See docs/problem-format.md.

mod cases;
mod checker_config;
mod complexity_config;
mod config;
mod error;
mod implementations;
mod load;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use judge_model::{CaseInput, Expected};

pub use cases::{is_case_name, parse_cases};
pub use complexity_config::{ComplexitySpec, DEFAULT_GENERATOR};
pub use config::{
    Kind, Level, Limits, MEMORY_MB_BOUNDS, OUTPUT_KB_BOUNDS, ProblemConfig, TIME_MS_BOUNDS, WALL_MULTIPLIER_BOUNDS,
    is_identifier, parse_config,
};
pub use error::{LoadError, Location, plain_words};
pub use implementations::bug_description;
pub use load::{Solution, SolutionFolder, list_solutions, load, what_is};

/// The group whose cases a person is shown; every other group is hidden.
pub const SAMPLE_GROUP: &str = "sample";

/// A loaded problem package.
#[derive(Debug, Clone)]
pub struct Problem {
    pub dir: PathBuf,
    /// The directory's name, e.g. `palindrome`.
    pub slug: String,
    pub config: ProblemConfig,
    /// Every case, the sample group first, then the hidden groups by name.
    pub tests: Vec<TestCase>,
    pub statement: PathBuf,
    pub template: PathBuf,
    /// `checker.py`, present exactly when the checker is `custom`.
    pub checker_script: Option<PathBuf>,
    /// The driver file, when problem.toml names one.
    pub driver: Option<PathBuf>,
    /// The output validator's sources, present exactly when the checker is
    /// `program`.
    pub validator: Option<OutputValidator>,
}

/// An output validator (`[checker] type = "program"`), found when the
/// problem loads: what to run or compile.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputValidator {
    /// As problem.toml names it, under the problem directory: how errors
    /// and reports name the validator.
    pub path: PathBuf,
    pub language: ValidatorLanguage,
    /// Python: the script to run. C and C++: the files compiled together.
    pub sources: Vec<PathBuf>,
    /// The headers beside the sources (`testlib.h`): compiled in through
    /// `#include`, so part of what the compiled program is cached by.
    pub headers: Vec<PathBuf>,
}

/// What an output validator is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidatorLanguage {
    Python,
    C,
    Cpp,
}

/// One test case of a problem.
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    /// Shared by the group's cases (a bank's group can hold 100,000).
    pub group: Arc<str>,
    pub name: String,
    pub input: CaseInput,
    pub expected: CaseExpected,
    /// The file the case came from (the `.json` group, or the `.in` file);
    /// a `.json` group's cases share it.
    pub file: Arc<Path>,
}

impl TestCase {
    /// `group/name`, how reports name a test; just `group` when the name
    /// is empty (a `tests` problem's `reference`).
    pub fn id(&self) -> String {
        if self.name.is_empty() {
            return self.group.to_string();
        }
        // built by hand: `format!` costs several times more, once per test
        let mut id = String::with_capacity(self.group.len() + 1 + self.name.len());
        id.push_str(&self.group);
        id.push('/');
        id.push_str(&self.name);
        id
    }

    /// How many characters `id()` has, without building it.
    pub fn id_chars(&self) -> usize {
        if self.name.is_empty() {
            return self.group.chars().count();
        }
        self.group.chars().count() + 1 + self.name.chars().count()
    }

    pub fn is_sample(&self) -> bool {
        &*self.group == SAMPLE_GROUP
    }
}

/// A case as parsed from a group file, before it knows its group.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedCase {
    pub name: String,
    pub input: CaseInput,
    pub expected: CaseExpected,
}

/// The expected half of a test case, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseExpected {
    /// `function`: the return value, or an exception.
    Return(Expected),
    /// `class`: one result per op (`None` for the constructor).
    Ops(Vec<Expected>),
    /// `stdio`: the contents of `NAME.ans`.
    Output(String),
    /// `tests`: what the person's tests must do on this implementation.
    Tests(TestsExpected),
}

/// What a `tests` problem's test suite must do on one implementation.
#[derive(Debug, Clone, PartialEq)]
pub enum TestsExpected {
    /// The reference: every test passes.
    Pass,
    /// A buggy implementation: some test fails. `bug` is what reports call
    /// it ([`bug_description`]); its code is never shown.
    Catch { bug: String },
}
