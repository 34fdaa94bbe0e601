//! Practice: the bank as a person sees it (status, best times), what to
//! practise next, a timed session's rules, and progress over time.
//!
//! Pure: the history's records and the bank's problems come in as data,
//! results go out as data. The clock is a parameter. The CLI does the
//! I/O (docs/practice.md).

mod catalog;
mod pick;
mod session;
mod stats;

pub use catalog::{BankProblem, Filter, ListEntry, ProblemStatus, Status, listing, statuses};
pub use pick::pick;
pub use session::{Event, Outcome, SessionState, Step};
pub use stats::{Hardest, Progress, Stats, Streak, Totals, stats};

/// The order of levels, easiest first.
pub fn level_rank(level: &str) -> u8 {
    match level {
        "junior" => 0,
        "mid" => 1,
        "senior" => 2,
        _ => 3,
    }
}
