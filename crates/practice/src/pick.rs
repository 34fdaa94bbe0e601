//! What to practise next.

use std::collections::HashMap;

use crate::catalog::{BankProblem, ProblemStatus, Status};
use crate::level_rank;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Up to `count` problems of `candidates`, in the order to practise them:
/// unsolved ones first (easiest level first, then the ones with the most
/// failed attempts: unfinished business), then solved ones, the longest
/// ago first, each failed attempt counting as a day further back (a
/// problem that took many tries is worth redoing sooner). Ties by key,
/// so the order is stable.
pub fn pick(candidates: &[BankProblem], statuses: &HashMap<String, ProblemStatus>, count: usize) -> Vec<BankProblem> {
    let none = ProblemStatus::default();
    let mut ranked: Vec<(&BankProblem, &ProblemStatus)> = candidates
        .iter()
        .map(|p| (p, statuses.get(&p.key).unwrap_or(&none)))
        .collect();
    ranked.sort_by(|(a, sa), (b, sb)| {
        let solved = |s: &ProblemStatus| s.status == Status::Solved;
        solved(sa).cmp(&solved(sb)).then_with(|| {
            if solved(sa) {
                let due = |s: &ProblemStatus| s.last_solved_ms.unwrap_or(0) - i64::from(s.failed_attempts) * DAY_MS;
                due(sa).cmp(&due(sb))
            } else {
                level_rank(&a.level)
                    .cmp(&level_rank(&b.level))
                    .then_with(|| sb.failed_attempts.cmp(&sa.failed_attempts))
            }
            .then_with(|| a.key.cmp(&b.key))
        })
    });
    ranked.into_iter().take(count).map(|(p, _)| p.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(key: &str) -> BankProblem {
        crate::test_problem(key, &[])
    }

    fn status(status: Status, failed: u32, last_solved_days: Option<i64>) -> ProblemStatus {
        ProblemStatus {
            status,
            attempts: failed + u32::from(status == Status::Solved),
            failed_attempts: failed,
            last_solved_ms: last_solved_days.map(|d| d * DAY_MS),
            ..ProblemStatus::default()
        }
    }

    #[test]
    fn unsolved_first_then_the_longest_ago() {
        let bank: Vec<BankProblem> = [
            "senior/new",
            "junior/new",
            "junior/struggled",
            "mid/old",
            "mid/recent",
            "mid/hard-won",
        ]
        .iter()
        .map(|k| problem(k))
        .collect();
        let statuses = HashMap::from([
            ("junior/struggled".to_owned(), status(Status::Attempted, 3, None)),
            ("mid/old".to_owned(), status(Status::Solved, 0, Some(10))),
            ("mid/recent".to_owned(), status(Status::Solved, 0, Some(40))),
            // solved on day 45, but 10 failed attempts make it due as if day 35
            ("mid/hard-won".to_owned(), status(Status::Solved, 10, Some(45))),
        ]);
        let order: Vec<String> = pick(&bank, &statuses, 10).into_iter().map(|p| p.key).collect();
        assert_eq!(
            order,
            [
                "junior/struggled",
                "junior/new",
                "senior/new",
                "mid/old",
                "mid/hard-won",
                "mid/recent"
            ]
        );
        assert_eq!(pick(&bank, &statuses, 2).len(), 2);
    }
}
