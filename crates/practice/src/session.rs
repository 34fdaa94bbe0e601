//! A timed practice session's rules, as a state machine: events in
//! (a verdict, skip, give up, the clock), the session's state out.
//!
//! One problem at a time. Accepted moves on; `skip` sets the problem
//! aside and it comes back once after the others; `give up` ends it. At
//! the deadline the current problem is timed out and the rest are not
//! reached.

use judge_history::{SessionProblem, SessionStatus};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Solved,
    Skipped,
    GaveUp,
    TimedOut,
    /// The session was interrupted while on it.
    Interrupted,
    NotReached,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Solved => "solved",
            Outcome::Skipped => "skipped",
            Outcome::GaveUp => "gave_up",
            Outcome::TimedOut => "timed_out",
            Outcome::Interrupted => "interrupted",
            Outcome::NotReached => "not_reached",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// An attempt was judged (a save or a submit); `verdict` is its code.
    Judged {
        at_ms: i64,
        verdict: String,
    },
    Skip {
        at_ms: i64,
    },
    GiveUp {
        at_ms: i64,
    },
    /// The clock moved; ends the session at the deadline.
    Tick {
        at_ms: i64,
    },
    /// Ctrl-C or `quit`.
    Quit {
        at_ms: i64,
    },
}

impl Event {
    fn at_ms(&self) -> i64 {
        match self {
            Event::Judged { at_ms, .. }
            | Event::Skip { at_ms }
            | Event::GiveUp { at_ms }
            | Event::Tick { at_ms }
            | Event::Quit { at_ms } => *at_ms,
        }
    }
}

/// What an event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Still on the same problem.
    Stay,
    /// Now on problem `index` (of the plan).
    MovedTo(usize),
    Ended(SessionStatus),
}

#[derive(Debug, Clone)]
struct Entry {
    key: String,
    outcome: Option<Outcome>,
    spent_ms: i64,
    verdicts: Vec<String>,
    skips: u32,
}

#[derive(Debug, Clone)]
pub struct SessionState {
    entries: Vec<Entry>,
    current: Option<usize>,
    /// When the current problem was (last) started.
    entered_ms: i64,
    deadline_ms: i64,
    status: SessionStatus,
}

impl SessionState {
    /// A session over `keys`, starting now on the first one.
    pub fn new(keys: Vec<String>, started_ms: i64, minutes: u32) -> SessionState {
        let entries: Vec<Entry> = keys
            .into_iter()
            .map(|key| Entry {
                key,
                outcome: None,
                spent_ms: 0,
                verdicts: Vec::new(),
                skips: 0,
            })
            .collect();
        let current = (!entries.is_empty()).then_some(0);
        SessionState {
            status: if current.is_some() {
                SessionStatus::Running
            } else {
                SessionStatus::Finished
            },
            entries,
            current,
            entered_ms: started_ms,
            deadline_ms: started_ms + i64::from(minutes) * 60_000,
        }
    }

    pub fn current(&self) -> Option<usize> {
        self.current
    }

    pub fn status(&self) -> SessionStatus {
        self.status
    }

    pub fn deadline_ms(&self) -> i64 {
        self.deadline_ms
    }

    pub fn remaining_ms(&self, now_ms: i64) -> i64 {
        (self.deadline_ms - now_ms).max(0)
    }

    /// Attempts so far on problem `index`.
    pub fn verdicts(&self, index: usize) -> &[String] {
        self.entries.get(index).map_or(&[], |e| &e.verdicts)
    }

    pub fn apply(&mut self, event: Event) -> Step {
        let Some(current) = self.current else {
            return Step::Ended(self.status);
        };
        let at = event.at_ms();
        if at >= self.deadline_ms && !matches!(event, Event::Quit { .. }) {
            return self.end(self.deadline_ms, Outcome::TimedOut, SessionStatus::TimedOut);
        }
        match event {
            Event::Judged { verdict, .. } => {
                let accepted = verdict == "AC";
                self.entries[current].verdicts.push(verdict);
                if accepted {
                    self.leave(at, Outcome::Solved)
                } else {
                    Step::Stay
                }
            }
            Event::Skip { .. } => {
                self.entries[current].skips += 1;
                self.leave(at, Outcome::Skipped)
            }
            Event::GiveUp { .. } => self.leave(at, Outcome::GaveUp),
            Event::Tick { .. } => Step::Stay,
            Event::Quit { .. } => self.end(
                at.min(self.deadline_ms),
                Outcome::Interrupted,
                SessionStatus::Interrupted,
            ),
        }
    }

    fn leave(&mut self, at: i64, outcome: Outcome) -> Step {
        let Some(current) = self.current else {
            return Step::Ended(self.status);
        };
        let entry = &mut self.entries[current];
        entry.spent_ms += at - self.entered_ms;
        entry.outcome = Some(outcome);
        self.entered_ms = at;
        // the next problem not yet done; then, once, the skipped ones
        let next = (current + 1..self.entries.len())
            .chain(0..=current)
            .find(|&i| self.entries[i].outcome.is_none())
            .or_else(|| {
                (current + 1..self.entries.len())
                    .chain(0..=current)
                    .find(|&i| self.entries[i].outcome == Some(Outcome::Skipped) && self.entries[i].skips == 1)
            });
        match next {
            Some(i) => {
                self.entries[i].outcome = None;
                self.current = Some(i);
                Step::MovedTo(i)
            }
            None => {
                self.current = None;
                self.status = SessionStatus::Finished;
                Step::Ended(SessionStatus::Finished)
            }
        }
    }

    fn end(&mut self, at: i64, current_outcome: Outcome, status: SessionStatus) -> Step {
        if let Some(current) = self.current {
            let entry = &mut self.entries[current];
            entry.spent_ms += (at - self.entered_ms).max(0);
            entry.outcome = Some(current_outcome);
        }
        for entry in &mut self.entries {
            if entry.outcome.is_none() {
                entry.outcome = Some(Outcome::NotReached);
            }
        }
        self.current = None;
        self.status = status;
        Step::Ended(status)
    }

    /// The session as the history keeps it. A problem still open counts
    /// the time up to `now_ms`.
    pub fn summary(&self, now_ms: i64) -> Vec<SessionProblem> {
        self.entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let open = self.current == Some(i);
                SessionProblem {
                    problem: e.key.clone(),
                    outcome: match e.outcome {
                        Some(o) => o.as_str().to_owned(),
                        None if open => "in_progress".to_owned(),
                        None => "not_reached".to_owned(),
                    },
                    spent_ms: e.spent_ms + if open { (now_ms - self.entered_ms).max(0) } else { 0 },
                    attempts: e.verdicts.len() as u32,
                    verdicts: e.verdicts.clone(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    fn session() -> SessionState {
        SessionState::new(vec!["a".into(), "b".into(), "c".into()], 0, 30)
    }

    fn judged(at_ms: i64, verdict: &str) -> Event {
        Event::Judged {
            at_ms,
            verdict: verdict.into(),
        }
    }

    fn outcomes(s: &SessionState, now: i64) -> Vec<(String, String, i64, Vec<String>)> {
        s.summary(now)
            .into_iter()
            .map(|p| (p.problem, p.outcome, p.spent_ms / MIN, p.verdicts))
            .collect()
    }

    #[test]
    fn accepted_moves_on_and_the_last_one_finishes() {
        let mut s = session();
        assert_eq!(s.apply(judged(2 * MIN, "WA")), Step::Stay);
        assert_eq!(s.apply(judged(5 * MIN, "AC")), Step::MovedTo(1));
        assert_eq!(s.apply(Event::GiveUp { at_ms: 9 * MIN }), Step::MovedTo(2));
        assert_eq!(s.apply(judged(10 * MIN, "AC")), Step::Ended(SessionStatus::Finished));
        let got = outcomes(&s, 10 * MIN);
        assert_eq!(got[0], ("a".into(), "solved".into(), 5, vec!["WA".into(), "AC".into()]));
        assert_eq!(got[1], ("b".into(), "gave_up".into(), 4, vec![]));
        assert_eq!(got[2], ("c".into(), "solved".into(), 1, vec!["AC".into()]));
    }

    #[test]
    fn a_skipped_problem_comes_back_once_after_the_others() {
        let mut s = session();
        assert_eq!(s.apply(Event::Skip { at_ms: MIN }), Step::MovedTo(1));
        assert_eq!(s.apply(judged(2 * MIN, "AC")), Step::MovedTo(2));
        assert_eq!(s.apply(judged(3 * MIN, "AC")), Step::MovedTo(0));
        // skipped again: it stays skipped
        assert_eq!(
            s.apply(Event::Skip { at_ms: 4 * MIN }),
            Step::Ended(SessionStatus::Finished)
        );
        let got = outcomes(&s, 4 * MIN);
        assert_eq!(got[0].1, "skipped");
        assert_eq!(got[0].2, 2, "both visits count");
    }

    #[test]
    fn skipping_the_last_open_problem_brings_it_straight_back_once() {
        let mut s = session();
        s.apply(judged(MIN, "AC"));
        s.apply(judged(2 * MIN, "AC"));
        assert_eq!(s.apply(Event::Skip { at_ms: 3 * MIN }), Step::MovedTo(2));
        assert_eq!(
            s.apply(Event::Skip { at_ms: 4 * MIN }),
            Step::Ended(SessionStatus::Finished)
        );
        assert_eq!(outcomes(&s, 4 * MIN)[2].1, "skipped");
    }

    #[test]
    fn the_deadline_times_out_the_current_problem_and_leaves_the_rest() {
        let mut s = session();
        s.apply(judged(10 * MIN, "AC"));
        assert_eq!(s.apply(Event::Tick { at_ms: 29 * MIN }), Step::Stay);
        // an attempt judged after the deadline does not count
        assert_eq!(s.apply(judged(31 * MIN, "AC")), Step::Ended(SessionStatus::TimedOut));
        let got = outcomes(&s, 31 * MIN);
        assert_eq!(got[1], ("b".into(), "timed_out".into(), 20, vec![]));
        assert_eq!(got[2].1, "not_reached");
        assert_eq!(s.remaining_ms(31 * MIN), 0);
    }

    #[test]
    fn quitting_keeps_what_was_done() {
        let mut s = session();
        s.apply(judged(MIN, "AC"));
        s.apply(judged(2 * MIN, "TLE"));
        assert_eq!(
            s.apply(Event::Quit { at_ms: 3 * MIN }),
            Step::Ended(SessionStatus::Interrupted)
        );
        let got = outcomes(&s, 3 * MIN);
        assert_eq!(got[0].1, "solved");
        assert_eq!(got[1], ("b".into(), "interrupted".into(), 2, vec!["TLE".into()]));
        assert_eq!(got[2].1, "not_reached");
    }

    #[test]
    fn an_open_problem_counts_time_so_far() {
        let s = session();
        assert_eq!(outcomes(&s, 7 * MIN)[0], ("a".into(), "in_progress".into(), 7, vec![]));
    }
}
