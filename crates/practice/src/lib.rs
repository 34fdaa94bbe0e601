//! Practice: the bank as a person sees it (status, best times), what to
//! practise next, a timed session's rules, and progress over time.
//!
//! Pure: the history's records and the bank's problems come in as data,
//! results go out as data. The clock is a parameter. The CLI does the
//! I/O (docs/practice.md).

mod catalog;
mod pick;
mod reasoning;
mod session;
mod stats;
mod timeline;

pub use catalog::{BankProblem, Filter, ListEntry, ProblemStatus, Status, listing, statuses};
pub use pick::pick;
pub use reasoning::{ClaimMatch, ClaimRow, Claims, claims, compare, follow_up};
pub use session::{Event, Outcome, SessionState, Step};
pub use stats::{Hardest, Progress, Stats, Streak, Totals, stats};
pub use timeline::{Timeline, timeline};

/// A bank problem named `level/slug`, for the tests.
#[cfg(test)]
fn test_problem(key: &str, topics: &[&str]) -> BankProblem {
    let (level, slug) = key.split_once('/').expect("level/slug");
    BankProblem {
        key: key.into(),
        slug: slug.into(),
        title: slug.into(),
        level: level.into(),
        topics: topics.iter().map(|t| (*t).to_owned()).collect(),
        dir: key.into(),
    }
}

/// An attempt at `level/slug` for the tests: one test, judged in a
/// millisecond, titled by the key in capitals.
#[cfg(test)]
fn test_attempt(problem: &str, at_ms: i64, verdict: &str) -> judge_history::Attempt {
    judge_history::Attempt {
        problem: problem.into(),
        title: problem.to_uppercase(),
        level: problem.split('/').next().unwrap_or_default().into(),
        topics: vec![],
        at_ms,
        duration_ms: 1,
        verdict: verdict.into(),
        passed: 0,
        total: 1,
        tests: vec![],
        max_cpu_ms: None,
        code_sha256: String::new(),
        source: judge_history::Source::Run,
        session_id: None,
        reasoning: judge_history::Reasoning::default(),
    }
}

/// The order of levels, easiest first.
pub fn level_rank(level: &str) -> u8 {
    match level {
        "junior" => 0,
        "mid" => 1,
        "senior" => 2,
        _ => 3,
    }
}
