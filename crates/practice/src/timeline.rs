//! Progress as pictures want it: problems solved per level, day by day,
//! and how long each problem solved in a session took.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use judge_history::{Attempt, Session};
use serde::Serialize;

use crate::level_rank;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Timeline {
    /// Per level (easiest first): the days a problem was first solved,
    /// with the level's running total of solved problems that day.
    pub solved: Vec<(String, Vec<(NaiveDate, usize)>)>,
    /// Each problem solved in a practice session: the session's day and
    /// the minutes it took there, oldest first.
    pub time_to_ac: Vec<(NaiveDate, String, f64)>,
}

impl Timeline {
    pub fn is_empty(&self) -> bool {
        self.solved.is_empty() && self.time_to_ac.is_empty()
    }
}

/// The timeline of `attempts` (oldest first, as the history gives them) and
/// `sessions`, on the days of the time zone `offset`.
pub fn timeline(attempts: &[Attempt], sessions: &[Session], offset: FixedOffset) -> Timeline {
    let day = |ms: i64| DateTime::from_timestamp_millis(ms).map(|t| t.with_timezone(&offset).date_naive());
    let mut seen = HashSet::new();
    let mut levels: BTreeMap<(u8, String), Vec<(NaiveDate, usize)>> = BTreeMap::new();
    for attempt in attempts.iter().filter(|a| a.accepted()) {
        let Some(d) = day(attempt.at_ms) else { continue };
        if !seen.insert(attempt.problem.as_str()) {
            continue;
        }
        let points = levels
            .entry((level_rank(&attempt.level), attempt.level.clone()))
            .or_default();
        let total = points.last().map_or(0, |p| p.1) + 1;
        match points.last_mut() {
            Some(last) if last.0 == d => last.1 = total,
            _ => points.push((d, total)),
        }
    }
    let mut time_to_ac: Vec<(NaiveDate, String, f64)> = sessions
        .iter()
        .flat_map(|s| s.problems.iter().map(move |p| (s.started_ms, p)))
        .filter(|(_, p)| p.outcome == "solved")
        .filter_map(|(started, p)| Some((day(started)?, p.problem.clone(), p.spent_ms as f64 / 60_000.0)))
        .collect();
    time_to_ac.sort_by_key(|t| t.0);
    Timeline {
        solved: levels.into_iter().map(|((_, level), points)| (level, points)).collect(),
        time_to_ac,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_history::{SessionProblem, SessionStatus};

    const DAY: i64 = 24 * 60 * 60 * 1000;

    use crate::test_attempt as attempt;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(1970, 1, d).unwrap()
    }

    #[test]
    fn solved_counts_run_per_level_and_count_a_problem_once() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let attempts = [
            attempt("mid/a", 0, "AC"),
            attempt("junior/b", DAY, "WA"),
            attempt("junior/b", DAY + 5, "AC"),
            attempt("junior/c", DAY + 9, "AC"),
            attempt("junior/b", 3 * DAY, "AC"),
            attempt("junior/d", 4 * DAY, "AC"),
        ];
        let t = timeline(&attempts, &[], utc);
        assert_eq!(
            t.solved,
            [
                ("junior".to_owned(), vec![(date(2), 2), (date(5), 3)]),
                ("mid".to_owned(), vec![(date(1), 1)]),
            ]
        );
        assert!(t.time_to_ac.is_empty());
    }

    #[test]
    fn time_to_ac_is_what_a_session_spent_on_each_solved_problem() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let problem = |name: &str, outcome: &str, spent_ms: i64| SessionProblem {
            problem: name.into(),
            outcome: outcome.into(),
            spent_ms,
            attempts: 1,
            verdicts: vec![],
        };
        let session = |id: i64, started_ms: i64, problems| Session {
            id,
            started_ms,
            ended_ms: None,
            minutes: 45,
            status: SessionStatus::Finished,
            problems,
        };
        let sessions = [
            session(2, 2 * DAY, vec![problem("junior/b", "solved", 90_000)]),
            session(
                1,
                0,
                vec![
                    problem("junior/a", "solved", 600_000),
                    problem("junior/c", "gave_up", 1),
                ],
            ),
        ];
        let t = timeline(&[], &sessions, utc);
        assert_eq!(
            t.time_to_ac,
            [
                (date(1), "junior/a".to_owned(), 10.0),
                (date(3), "junior/b".to_owned(), 1.5)
            ]
        );
    }
}
