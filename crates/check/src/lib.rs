//! `judge check`: a bank of problems checked the way CI needs, problem by
//! problem and solution by solution (docs/check.md).
//!
//! `bank` decides which problems; `lint` applies the package rules a bank
//! adds to the format's; `run` judges every reference solution on a pool of
//! threads, starting runs as `schedule` lets them (by what the CPUs do);
//! `assess` turns the runs into findings; `merge` makes the reports of
//! `--partition` slices one report; `mutants` judges mutants of the
//! accepted solutions (`--mutants`). `lint`, `assess`, `shape` and `merge`
//! are pure, and so is `schedule`'s rule.

mod assess;
mod bank;
mod floor;
mod growth;
mod lint;
mod merge;
mod mutants;
mod probe_memo;
mod run;
mod schedule;
mod shape;

pub use assess::{ObservedRun, ProblemFacts, Role, SolutionRuns, TestFacts, assess, kattis_folder_rule, ms, promised};
pub use bank::{BankError, Partition, changed_files, discover, touched_by};
pub use floor::{Probe, failing_test, probe_limit_ms, slow_factor, slow_margin};
pub use growth::{Measured, assess_growth, check_growth};
pub use lint::{PackageTexts, defines, lint};
pub use merge::{MergeError, NamedReport, merge, merge_texts, read_report};
pub use mutants::{EQUIVALENT_FILE, Judged, MutantOptions, check_mutants, equivalent_lines, parse_equivalent, tally};
pub use probe_memo::{ProbeKey, ProbeMemo};
pub use run::{CheckOptions, Checked, Progress, check_problems, problem_order};
pub use shape::shape_of;
