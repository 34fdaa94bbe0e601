//! Reasoning out loud: the complexity a person claims before judging, set
//! against the one measured, over one attempt and over the history; and
//! the statement's follow-up questions, shown after an accepted solution.

use judge_complexity::Class;
use judge_history::Attempt;
use serde::Serialize;

/// How a claimed class stands against the measured one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimMatch {
    Matched,
    /// The classes are neighbours (`O(n)` against `O(n log n)`): timings
    /// rarely separate them, so this is close, not wrong.
    OneClassOff,
    Mismatched,
}

/// A claimed class against the measured one.
pub fn compare(claimed: Class, measured: Class) -> ClaimMatch {
    if claimed == measured {
        ClaimMatch::Matched
    } else if claimed.within_one_of(measured) {
        ClaimMatch::OneClassOff
    } else {
        ClaimMatch::Mismatched
    }
}

/// How often the history's claims matched what was measured.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Claims {
    /// Attempts that carry a claimed complexity.
    pub claimed: usize,
    /// Of those, the ones whose growth was measured (accepted solutions of
    /// problems that measure growth).
    pub measured: usize,
    pub matched: usize,
    pub one_class_off: usize,
    pub mismatched: usize,
    /// The measured claims, newest first (at most 5).
    pub recent: Vec<ClaimRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRow {
    pub problem: String,
    pub at_ms: i64,
    pub claimed: String,
    pub measured: String,
    pub result: ClaimMatch,
}

/// Counts every attempt's claim against its measurement.
pub fn claims(attempts: &[Attempt]) -> Claims {
    let mut out = Claims::default();
    let mut rows = Vec::new();
    for attempt in attempts {
        let r = &attempt.reasoning;
        let Some(claimed) = r.claimed.as_deref().and_then(Class::parse) else {
            continue;
        };
        out.claimed += 1;
        let Some(measured) = r.measured.as_deref().and_then(Class::parse) else {
            continue;
        };
        out.measured += 1;
        let result = compare(claimed, measured);
        match result {
            ClaimMatch::Matched => out.matched += 1,
            ClaimMatch::OneClassOff => out.one_class_off += 1,
            ClaimMatch::Mismatched => out.mismatched += 1,
        }
        rows.push(ClaimRow {
            problem: attempt.problem.clone(),
            at_ms: attempt.at_ms,
            claimed: claimed.notation().to_owned(),
            measured: measured.notation().to_owned(),
            result,
        });
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.at_ms));
    rows.truncate(5);
    out.recent = rows;
    out
}

/// The statement's "Follow-up" section, without its heading: the text up
/// to the next heading of the same or a higher level.
pub fn follow_up(statement: &str) -> Option<String> {
    let mut lines = statement.lines();
    let level = loop {
        let line = lines.next()?;
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if hashes > 0
            && line[hashes..]
                .trim()
                .trim_end_matches(':')
                .eq_ignore_ascii_case("follow-up")
        {
            break hashes;
        }
    };
    let body: Vec<&str> = lines
        .take_while(|line| {
            let hashes = line.chars().take_while(|&c| c == '#').count();
            !(hashes > 0 && hashes <= level && line[hashes..].starts_with(' '))
        })
        .collect();
    let text = body.join("\n").trim().to_owned();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_history::Reasoning;

    fn attempt(at_ms: i64, claimed: Option<&str>, measured: Option<&str>) -> Attempt {
        let mut attempt = crate::test_attempt(&format!("junior/p{at_ms}"), at_ms, "AC");
        attempt.reasoning = Reasoning {
            claimed: claimed.map(str::to_owned),
            approach: None,
            measured: measured.map(str::to_owned),
            measured_confidence: measured.map(|_| 0.9),
        };
        attempt
    }

    #[test]
    fn claims_count_matches_neighbours_and_misses() {
        let history = [
            attempt(1, Some("O(n)"), Some("O(n)")),
            attempt(2, Some("O(n)"), Some("O(n log n)")),
            attempt(3, Some("O(n)"), Some("O(n^2)")),
            attempt(4, Some("O(n^2)"), None),
            attempt(5, None, Some("O(n)")),
        ];
        let c = claims(&history);
        assert_eq!(
            (c.claimed, c.measured, c.matched, c.one_class_off, c.mismatched),
            (4, 3, 1, 1, 1)
        );
        let newest: Vec<(i64, ClaimMatch)> = c.recent.iter().map(|r| (r.at_ms, r.result)).collect();
        assert_eq!(
            newest,
            [
                (3, ClaimMatch::Mismatched),
                (2, ClaimMatch::OneClassOff),
                (1, ClaimMatch::Matched)
            ]
        );
    }

    #[test]
    fn the_follow_up_section_ends_at_the_next_heading_of_its_level() {
        let statement =
            "# Title\n\nText.\n\n## Follow-up\n\n- First?\n- Second?\n\n### Aside\n\nkept\n\n## Notes\n\ngone\n";
        assert_eq!(
            follow_up(statement).as_deref(),
            Some("- First?\n- Second?\n\n### Aside\n\nkept")
        );
        assert_eq!(follow_up("## Follow-up:\n- Only?").as_deref(), Some("- Only?"));
        assert_eq!(follow_up("# Title\n\nno questions\n"), None);
        assert_eq!(follow_up("## Follow-up\n\n## Next\n"), None);
    }
}
