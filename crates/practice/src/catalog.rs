//! The bank with the person's status on each problem.

use std::collections::HashMap;
use std::path::PathBuf;

use judge_history::{Attempt, Session};
use serde::Serialize;

use crate::level_rank;

/// A problem of the bank, as the practice commands need it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BankProblem {
    /// `level/slug`: how the history names it.
    pub key: String,
    pub slug: String,
    pub title: String,
    pub level: String,
    pub topics: Vec<String>,
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Attempted,
    Solved,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Attempted => "attempted",
            Status::Solved => "solved",
        }
    }
}

/// What the history says about one problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProblemStatus {
    pub status: Status,
    pub attempts: u32,
    /// Attempts that were not accepted.
    pub failed_attempts: u32,
    pub last_attempt_ms: Option<i64>,
    pub last_solved_ms: Option<i64>,
    /// The fastest accepted run: its slowest test's CPU time.
    pub best_run_ms: Option<f64>,
    /// The shortest time from starting the problem in a practice session
    /// to solving it.
    pub best_solve_ms: Option<i64>,
}

impl Default for ProblemStatus {
    fn default() -> Self {
        ProblemStatus {
            status: Status::New,
            attempts: 0,
            failed_attempts: 0,
            last_attempt_ms: None,
            last_solved_ms: None,
            best_run_ms: None,
            best_solve_ms: None,
        }
    }
}

/// Each problem's status, by key, from every attempt and session.
pub fn statuses(attempts: &[Attempt], sessions: &[Session]) -> HashMap<String, ProblemStatus> {
    let mut out: HashMap<String, ProblemStatus> = HashMap::new();
    for attempt in attempts {
        let s = out.entry(attempt.problem.clone()).or_default();
        s.attempts += 1;
        s.last_attempt_ms = s.last_attempt_ms.max(Some(attempt.at_ms));
        if attempt.accepted() {
            s.status = Status::Solved;
            s.last_solved_ms = s.last_solved_ms.max(Some(attempt.at_ms));
            if let Some(cpu) = attempt.max_cpu_ms {
                s.best_run_ms = Some(s.best_run_ms.map_or(cpu, |b| b.min(cpu)));
            }
        } else {
            s.failed_attempts += 1;
            if s.status == Status::New {
                s.status = Status::Attempted;
            }
        }
    }
    for problem in sessions.iter().flat_map(|s| &s.problems) {
        if problem.outcome == "solved" {
            let s = out.entry(problem.problem.clone()).or_default();
            s.best_solve_ms = Some(s.best_solve_ms.map_or(problem.spent_ms, |b| b.min(problem.spent_ms)));
        }
    }
    out
}

/// Which problems to show.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub level: Option<String>,
    /// Matches a topic containing it, ignoring case (`graph` matches
    /// `graphs`).
    pub topic: Option<String>,
    /// Only problems not solved yet.
    pub unsolved: bool,
}

impl Filter {
    pub fn admits(&self, problem: &BankProblem, status: Status) -> bool {
        let level = self
            .level
            .as_ref()
            .is_none_or(|l| problem.level.eq_ignore_ascii_case(l));
        let topic = self.topic.as_ref().is_none_or(|t| {
            let t = t.to_lowercase();
            problem.topics.iter().any(|have| have.to_lowercase().contains(&t))
        });
        level && topic && !(self.unsolved && status == Status::Solved)
    }
}

/// A row of `judge list`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListEntry {
    #[serde(flatten)]
    pub problem: BankProblem,
    #[serde(flatten)]
    pub status: ProblemStatus,
}

/// The bank's problems the filter admits, by level (junior first) then
/// slug, each with its status.
pub fn listing(bank: &[BankProblem], statuses: &HashMap<String, ProblemStatus>, filter: &Filter) -> Vec<ListEntry> {
    let mut out: Vec<ListEntry> = bank
        .iter()
        .map(|p| ListEntry {
            problem: p.clone(),
            status: statuses.get(&p.key).cloned().unwrap_or_default(),
        })
        .filter(|e| filter.admits(&e.problem, e.status.status))
        .collect();
    out.sort_by(|a, b| {
        (level_rank(&a.problem.level), &a.problem.slug).cmp(&(level_rank(&b.problem.level), &b.problem.slug))
    });
    out
}
