//! What a command line means, fully resolved: plain data that `args`
//! builds from the command line and `commands` hands to the libraries.

use std::path::PathBuf;

use crate::args::{CheckFormat, Format, LevelArg, RunnerChoice};
use crate::bank::Bank;

/// What to do, fully resolved.
#[derive(Debug)]
pub enum Command {
    Run(RunConfig),
    Check(CheckConfig),
    List(ListConfig),
    Show(ShowConfig),
    Practice(PracticeConfig),
    Stats(StatsConfig),
    Doctor {
        python: Option<PathBuf>,
        color: bool,
    },
    /// `-V`/`--version`.
    Version,
    Completions(clap_complete::Shell),
    /// `judge man [COMMAND]`.
    Man(Option<String>),
    /// `judge import kattis SRC DEST`.
    ImportKattis(ImportConfig),
}

#[derive(Debug)]
pub struct ImportConfig {
    pub src: PathBuf,
    pub dest: PathBuf,
    pub level: LevelArg,
    pub force: bool,
    pub python: Option<PathBuf>,
}

impl Command {
    /// Asked for JSON on stdout: an error is written there as JSON too.
    pub fn writes_json(&self) -> bool {
        match self {
            Command::Run(c) => c.format == Format::Json,
            Command::Check(c) => c.format == CheckFormat::Json,
            Command::List(c) => c.format == Format::Json,
            Command::Stats(c) => c.format == Format::Json,
            _ => false,
        }
    }
}

#[derive(Debug)]
pub struct Places {
    pub bank: Bank,
    /// `None`: the default place (`judge_history::default_path`).
    pub db: Option<PathBuf>,
}

#[derive(Debug)]
pub struct ListConfig {
    pub filter: judge_practice::Filter,
    pub places: Places,
    pub format: Format,
    pub color: bool,
}

#[derive(Debug)]
pub struct ShowConfig {
    pub problem: String,
    pub places: Places,
    pub color: bool,
}

#[derive(Debug)]
pub struct PracticeConfig {
    pub filter: judge_practice::Filter,
    pub minutes: u32,
    pub count: usize,
    pub dir: PathBuf,
    pub places: Places,
    pub python: Option<PathBuf>,
    pub color: bool,
    pub script: Option<PathBuf>,
    /// Stop each judgement at its first failing test.
    pub fail_fast: bool,
    /// Ask for the claimed complexity and approach before a problem's
    /// first judgement.
    pub reasoning: bool,
}

#[derive(Debug)]
pub struct StatsConfig {
    pub places: Places,
    pub format: Format,
    pub color: bool,
    /// Draw progress over time into this SVG file.
    pub plot: Option<PathBuf>,
}

#[derive(Debug)]
pub struct CheckConfig {
    pub paths: Vec<PathBuf>,
    pub jobs: usize,
    pub repeat: u32,
    pub safety_factor: f64,
    /// `--tle-floor`: how far over the limit a slow solution must be.
    pub tle_floor: f64,
    pub partition: Option<judge_check::Partition>,
    pub changed_since: Option<String>,
    /// `--merge`: the slices' reports to merge instead of checking.
    pub merge: Vec<PathBuf>,
    pub format: CheckFormat,
    pub python: Option<PathBuf>,
    pub color: bool,
    /// Draw a progress bar on standard error.
    pub progress_bar: bool,
    /// List the notes in the human report, not only count them.
    pub list_notes: bool,
    /// Start no further problem once one has failed.
    pub fail_fast: bool,
    /// Measure the growth of the solutions of problems with `[complexity]`.
    pub complexity: bool,
    /// `--mutants N`: judge up to N mutants of each accepted solution.
    pub mutants: Option<usize>,
    /// Chooses the mutants.
    pub mutants_seed: u64,
    /// Append the survivors' hashes to their problems' equivalent-mutants.txt.
    pub record_equivalent: bool,
}

#[derive(Debug)]
pub struct RunConfig {
    pub problem: PathBuf,
    pub solution: PathBuf,
    pub format: Format,
    pub python: Option<PathBuf>,
    pub color: bool,
    pub runner: RunnerChoice,
    /// Record the attempt in the history.
    pub record: bool,
    pub db: Option<PathBuf>,
    /// Stop at the first failing test.
    pub fail_fast: bool,
    /// `--test` and `--group`: which tests run.
    pub selection: TestSelection,
    /// `-q`, `-v`: how much of the human report.
    pub detail: Detail,
    /// `--complexity`: measure the solution's growth too.
    pub complexity: bool,
    /// `--plot FILE.svg`: draw it.
    pub plot: Option<PathBuf>,
}

/// The tests `judge run --test GLOB --group NAME` runs: those matching
/// any glob (when there are globs) and in any of the groups (when there
/// are groups).
#[derive(Debug, Default)]
pub struct TestSelection {
    pub globs: Vec<glob::Pattern>,
    pub groups: Vec<String>,
}

impl TestSelection {
    /// Every test: nothing was asked for.
    pub fn is_all(&self) -> bool {
        self.globs.is_empty() && self.groups.is_empty()
    }

    pub fn keeps(&self, test: &judge_problem::TestCase) -> bool {
        (self.groups.is_empty() || self.groups.iter().any(|g| **g == *test.group))
            && (self.globs.is_empty() || {
                let id = test.id();
                self.globs.iter().any(|glob| glob.matches(&id))
            })
    }

    /// `--test 'hidden/*' --group sample`, as given.
    pub fn describe(&self) -> String {
        let globs = self.globs.iter().map(|g| format!("--test '{}'", g.as_str()));
        let groups = self.groups.iter().map(|g| format!("--group {g}"));
        globs.chain(groups).collect::<Vec<_>>().join(" ")
    }
}

/// How much the human report of `judge run` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The summary and the first failure only.
    Quiet,
    /// The header, a line per test, the summary and the first failure.
    Normal,
    /// All of that, and every other failing test in full.
    Verbose,
}
