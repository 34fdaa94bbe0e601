//! Progress over time: by level and topic, streaks of practice days, the
//! problems that took the most attempts.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use judge_history::{Attempt, Session};
use serde::Serialize;

use crate::catalog::{BankProblem, Status, statuses};
use crate::level_rank;
use crate::reasoning::{Claims, claims};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub totals: Totals,
    pub by_level: Vec<Progress>,
    pub by_topic: Vec<Progress>,
    pub streak: Streak,
    /// The problems that took the most attempts, most first.
    pub hardest: Vec<Hardest>,
    /// Claimed complexities against measured ones.
    pub claims: Claims,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Totals {
    pub problems: usize,
    pub solved: usize,
    pub attempts: usize,
    pub sessions: usize,
    /// Time spent in practice sessions.
    pub practice_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// The level or topic.
    pub name: String,
    pub total: usize,
    pub solved: usize,
    pub attempted: usize,
}

/// Days with at least one judged attempt, in the person's time zone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Streak {
    /// Consecutive days up to today (or up to yesterday, when today has
    /// no attempt yet: the streak is still alive).
    pub current_days: u32,
    pub longest_days: u32,
    pub last_day: Option<NaiveDate>,
    pub days_practised: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hardest {
    pub problem: String,
    pub title: String,
    pub attempts: u32,
    pub solved: bool,
}

/// Progress over `bank` from the history. `now_ms` and `offset` (the
/// local time zone) place attempts on days.
pub fn stats(
    bank: &[BankProblem],
    attempts: &[Attempt],
    sessions: &[Session],
    now_ms: i64,
    offset: FixedOffset,
) -> Stats {
    let status = statuses(attempts, sessions);
    let status_of = |p: &BankProblem| status.get(&p.key).map_or(Status::New, |s| s.status);

    let mut levels: BTreeMap<(u8, String), Progress> = BTreeMap::new();
    let mut topics: BTreeMap<String, Progress> = BTreeMap::new();
    for problem in bank {
        let s = status_of(problem);
        let count = |progress: &mut Progress| {
            progress.total += 1;
            progress.solved += usize::from(s == Status::Solved);
            progress.attempted += usize::from(s != Status::New);
        };
        count(
            levels
                .entry((level_rank(&problem.level), problem.level.clone()))
                .or_insert_with(|| empty(&problem.level)),
        );
        for topic in &problem.topics {
            count(topics.entry(topic.clone()).or_insert_with(|| empty(topic)));
        }
    }

    let titles: HashMap<&str, &str> = attempts
        .iter()
        .map(|a| (a.problem.as_str(), a.title.as_str()))
        .collect();
    let mut hardest: Vec<Hardest> = status
        .iter()
        .filter(|(_, s)| s.attempts > 1)
        .map(|(key, s)| Hardest {
            problem: key.clone(),
            title: titles.get(key.as_str()).map_or_else(String::new, |t| (*t).to_owned()),
            attempts: s.attempts,
            solved: s.status == Status::Solved,
        })
        .collect();
    hardest.sort_by(|a, b| b.attempts.cmp(&a.attempts).then_with(|| a.problem.cmp(&b.problem)));
    hardest.truncate(5);

    Stats {
        totals: Totals {
            problems: bank.len(),
            solved: bank.iter().filter(|p| status_of(p) == Status::Solved).count(),
            attempts: attempts.len(),
            sessions: sessions.len(),
            practice_ms: sessions.iter().flat_map(|s| &s.problems).map(|p| p.spent_ms).sum(),
        },
        by_level: levels.into_values().collect(),
        by_topic: topics.into_values().collect(),
        streak: streak(attempts, now_ms, offset),
        hardest,
        claims: claims(attempts),
    }
}

fn empty(name: &str) -> Progress {
    Progress {
        name: name.to_owned(),
        total: 0,
        solved: 0,
        attempted: 0,
    }
}

fn day(ms: i64, offset: FixedOffset) -> Option<NaiveDate> {
    DateTime::from_timestamp_millis(ms).map(|t| t.with_timezone(&offset).date_naive())
}

fn streak(attempts: &[Attempt], now_ms: i64, offset: FixedOffset) -> Streak {
    let days: BTreeSet<NaiveDate> = attempts.iter().filter_map(|a| day(a.at_ms, offset)).collect();
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for &d in &days {
        run = if previous.is_some_and(|p| p + Duration::days(1) == d) {
            run + 1
        } else {
            1
        };
        longest = longest.max(run);
        previous = Some(d);
    }
    let today = day(now_ms, offset);
    let last = days.last().copied();
    let alive = match (today, last) {
        (Some(t), Some(l)) => l == t || l + Duration::days(1) == t,
        _ => false,
    };
    Streak {
        current_days: if alive { run } else { 0 },
        longest_days: longest,
        last_day: last,
        days_practised: days.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 60 * 60 * 1000;

    use crate::test_attempt as attempt;

    #[test]
    fn progress_by_level_and_topic() {
        let bank = [
            crate::test_problem("junior/a", &["strings"]),
            crate::test_problem("mid/b", &["graphs", "bfs"]),
            crate::test_problem("mid/c", &["graphs"]),
        ];
        let attempts = [
            attempt("mid/b", 0, "WA"),
            attempt("mid/b", 1, "AC"),
            attempt("mid/c", 2, "TLE"),
        ];
        let s = stats(&bank, &attempts, &[], 3, FixedOffset::east_opt(0).unwrap());
        assert_eq!(s.totals.solved, 1);
        let mid = &s.by_level[1];
        assert_eq!(
            (mid.name.as_str(), mid.total, mid.solved, mid.attempted),
            ("mid", 2, 1, 2)
        );
        let graphs = s.by_topic.iter().find(|p| p.name == "graphs").unwrap();
        assert_eq!((graphs.total, graphs.solved, graphs.attempted), (2, 1, 2));
        assert_eq!(s.hardest[0].problem, "mid/b");
        assert_eq!(s.hardest.len(), 1, "one attempt is not hard");
    }

    #[test]
    fn streaks_count_consecutive_local_days() {
        // days 0, 1, 2 (a streak of 3), then 5 and 6 (alive on day 7)
        let attempts: Vec<Attempt> = [0, 1, 2, 5, 6]
            .iter()
            .map(|d| attempt("junior/a", d * DAY + 10 * 3_600_000, "WA"))
            .collect();
        let utc = FixedOffset::east_opt(0).unwrap();
        let s = streak(&attempts, 7 * DAY + 1000, utc);
        assert_eq!((s.current_days, s.longest_days, s.days_practised), (2, 3, 5));
        assert_eq!(streak(&attempts, 8 * DAY + 1000, utc).current_days, 0);
        // 10:00 UTC is the previous day at UTC-11: the days shift, not the streaks
        let west = FixedOffset::west_opt(11 * 3600).unwrap();
        let s = streak(&attempts, 7 * DAY - 11 * 3_600_000 + 1000, west);
        assert_eq!((s.current_days, s.longest_days), (2, 3));
    }
}
