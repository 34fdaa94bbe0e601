//! Reasoning out loud in a session: the claimed complexity and approach
//! asked before a problem's first judgement, the claim set against the
//! measured growth after an accepted one, and the follow-up questions.

use std::io::Write;

use judge_complexity::Class;
use judge_engine::Submission;
use judge_history::Reasoning;
use judge_practice::ClaimMatch;
use judge_report::GrowthReport;

use super::Run;
use super::input::{Answer, Driver};
use crate::browse::terminal_width;

impl Run<'_> {
    /// Asks for the claimed complexity and the approach, once per problem;
    /// an empty answer skips a question. `None`: interrupted while asking.
    pub(super) fn ask_reasoning(
        &mut self,
        out: &mut dyn Write,
        index: usize,
        driver: &mut dyn Driver,
    ) -> anyhow::Result<Option<()>> {
        writeln!(
            out,
            "{}",
            self.p
                .bold("Before the first judgement, say it as you would to an interviewer (Enter skips):")
        )?;
        let claimed = loop {
            write!(out, "  Time complexity of your solution (e.g. O(n log n))? ")?;
            out.flush()?;
            let Some(text) = read_answer(out, driver)? else {
                return Ok(None);
            };
            if text.is_empty() {
                break None;
            }
            match Class::parse_claim(&text) {
                Some(class) => break Some(class.notation().to_owned()),
                None => {
                    let known: Vec<&str> = Class::ALL.iter().map(|c| c.notation()).collect();
                    writeln!(
                        out,
                        "{}",
                        self.p.yellow(&format!(
                            "  `{text}` is not a class the judge measures; one of {}",
                            known.join(", ")
                        ))
                    )?;
                }
            }
        };
        write!(out, "  Your approach, in a sentence or two? ")?;
        out.flush()?;
        let Some(approach) = read_answer(out, driver)? else {
            return Ok(None);
        };
        self.claims[index] = Some(Reasoning {
            claimed,
            approach: (!approach.is_empty()).then_some(approach),
            ..Reasoning::default()
        });
        Ok(Some(()))
    }

    /// After an accepted solution: how its CPU time grows with n (where
    /// the problem measures it), against what was claimed.
    pub(super) fn measure_growth(
        &self,
        out: &mut dyn Write,
        index: usize,
        solution: &Submission,
    ) -> anyhow::Result<Option<GrowthReport>> {
        let task = &self.tasks[index];
        if task.problem.config.complexity.is_none() {
            return Ok(None);
        }
        writeln!(
            out,
            "{}",
            self.p.dim("Measuring how your solution's CPU time grows with n…")
        )?;
        out.flush()?;
        let growth = match crate::growth::measure(self.engine, &task.problem, solution) {
            Ok(growth) => growth,
            Err(e) => {
                writeln!(
                    out,
                    "{}",
                    self.p
                        .yellow(&format!("its growth was not measured: {}", crate::failure::message(&e)))
                )?;
                return Ok(None);
            }
        };
        crate::growth::show(out, &growth, None, &task.problem.config.title)?;
        let claimed = self.claims[index]
            .as_ref()
            .and_then(|c| c.claimed.as_deref())
            .and_then(Class::parse);
        let verdict = match (claimed, growth.estimate) {
            (Some(c), Some(m)) => match judge_practice::compare(c, m) {
                ClaimMatch::Matched => self.p.green(&format!("You said {c}; measured {m}: they match.")),
                ClaimMatch::OneClassOff => self.p.yellow(&format!(
                    "You said {c}; measured {m}: one class apart, which timings alone rarely separate. Which do you expect, and why?"
                )),
                ClaimMatch::Mismatched => self.p.yellow(&format!(
                    "You said {c}; measured {m}: worth a second look. Where does the difference come from?"
                )),
            },
            (Some(c), None) => format!("You said {c}; the measurement could not tell."),
            (None, Some(m)) => format!("Measured {m} (you made no claim)."),
            (None, None) => return Ok(Some(growth)),
        };
        writeln!(out, "{verdict}")?;
        Ok(Some(growth))
    }

    /// The statement's follow-up questions, after an accepted solution.
    pub(super) fn show_follow_up(&self, out: &mut dyn Write, index: usize) -> anyhow::Result<()> {
        let statement = std::fs::read_to_string(&self.tasks[index].problem.statement).unwrap_or_default();
        if let Some(questions) = judge_practice::follow_up(&statement) {
            writeln!(out, "\n{}", self.p.bold("Follow-up: what an interviewer asks next"))?;
            out.write_all(judge_render::render_markdown(&questions, terminal_width(), self.p.color).as_bytes())?;
            writeln!(out)?;
        }
        Ok(())
    }
}

/// An answer as the person gave it; `None` when interrupted. A script's
/// answer is printed after its question, as a terminal would show it.
fn read_answer(out: &mut dyn Write, driver: &mut dyn Driver) -> anyhow::Result<Option<String>> {
    let answer = driver.answer();
    let seen = driver.answers_are_seen();
    match answer {
        Answer::Line(text) => {
            if !seen {
                writeln!(out, "{text}")?;
            }
            Ok(Some(text))
        }
        Answer::Unanswered => {
            if !seen {
                writeln!(out)?;
            }
            Ok(Some(String::new()))
        }
        Answer::Interrupted => {
            writeln!(out)?;
            Ok(None)
        }
    }
}
