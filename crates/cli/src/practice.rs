//! `judge practice`: a timed session. The rules are
//! `judge_practice::SessionState`'s; this module is its edge: picking the
//! problems, the work files, judging each save, the countdown, the
//! keyboard (or a script), and the history.

mod input;
mod reasoning;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use anyhow::{Context, bail};
use judge_engine::Engine;
use judge_history::{History, Reasoning, Session, SessionStatus, Source};
use judge_practice::{BankProblem, Event, SessionState, Step};
use judge_problem::Problem;
use judge_render::HumanRenderer;
use judge_report::Verdict;

use crate::browse::{clock, plural, terminal_width, write_statement};
use crate::config::PracticeConfig;
use crate::history;
use crate::paint::Paint;
use input::{Clock, Driver, Input, LiveDriver, ScriptDriver};

/// One problem of the session, ready to work on.
struct Task {
    bank: BankProblem,
    problem: Problem,
    file: PathBuf,
}

pub fn run(config: &PracticeConfig) -> anyhow::Result<u8> {
    let bank = history::load_bank(&config.places.bank)?;
    let history = history::open(config.places.db.as_deref())?;
    let statuses = judge_practice::statuses(&history.attempts()?, &history.sessions()?);
    let candidates: Vec<BankProblem> = judge_practice::listing(&bank, &statuses, &config.filter)
        .into_iter()
        .map(|e| e.problem)
        .collect();
    let picked = judge_practice::pick(&candidates, &statuses, config.count);
    if picked.is_empty() {
        bail!(
            "no problem in {} matches the level and topic asked for",
            config.places.bank.path.display()
        );
    }
    match judge_problem::what_is(&config.dir) {
        None | Some("a directory") => {}
        Some(is) => bail!(
            "{}: the practice directory is {is}, not a directory",
            config.dir.display()
        ),
    }
    std::fs::create_dir_all(&config.dir).with_context(|| format!("{}: cannot create", config.dir.display()))?;
    let p = Paint::new(config.color);
    let mut out = std::io::stdout();
    let mut tasks = Vec::new();
    for bank_problem in picked {
        let problem = judge_problem::load(&bank_problem.dir)?;
        let file = config.dir.join(format!("{}.py", bank_problem.slug));
        let kept = file.exists();
        if kept {
            crate::commands::require_file(&file, "the work file")?;
        } else {
            std::fs::copy(&problem.template, &file)
                .with_context(|| format!("cannot copy {} to {}", problem.template.display(), file.display()))?;
        }
        tasks.push((
            Task {
                bank: bank_problem,
                problem,
                file,
            },
            kept,
        ));
    }

    let python = crate::python::interpreter(config.python.as_deref())?;
    let engine = Engine::with_process_runner(python).context("cannot write the Python harness")?;
    let interrupted = Arc::new(AtomicBool::new(false));
    // SIGTERM (a `kill`, a closing tmux pane) and SIGHUP (a closed
    // terminal) end a session as Ctrl-C does: recorded, with a summary
    for signal in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register(signal, interrupted.clone()).context("cannot catch Ctrl-C")?;
    }

    let started_ms = history::now_ms()?;
    let mut clock = Clock::new(started_ms);
    if config.script.is_some() {
        clock.fake_ms = Some(0);
    }
    let mut driver: Box<dyn Driver> = match &config.script {
        Some(path) => Box::new(ScriptDriver::open(path)?),
        None => Box::new(LiveDriver::new(interrupted.clone())),
    };
    let live = config.script.is_none() && std::io::stdout().is_terminal();

    writeln!(
        out,
        "{} {} in {} · your files are in {}",
        p.bold("Practice session:"),
        plural(tasks.len(), "problem"),
        plural(config.minutes as usize, "minute"),
        config.dir.display()
    )?;
    for (i, (task, kept)) in tasks.iter().enumerate() {
        let status = statuses.get(&task.bank.key).map_or("new".to_owned(), |s| {
            format!("{}, {}", s.status.as_str(), plural(s.attempts as usize, "attempt"))
        });
        let note = if *kept { " · continuing your earlier file" } else { "" };
        writeln!(
            out,
            "  {}. {} · {} ({status}){note}",
            i + 1,
            task.bank.key,
            task.bank.title
        )?;
    }
    let tasks: Vec<Task> = tasks.into_iter().map(|(t, _)| t).collect();

    let mut state = SessionState::new(
        tasks.iter().map(|t| t.bank.key.clone()).collect(),
        started_ms,
        config.minutes,
    );
    let session_id = history.start_session(started_ms, config.minutes)?;
    let mut run = Run {
        history: &history,
        engine: &engine,
        session_id,
        minutes: config.minutes,
        tasks: &tasks,
        p,
        live,
        status_shown: false,
        fail_fast: config.fail_fast,
        reasoning: config.reasoning,
        claims: vec![None; tasks.len()],
    };
    // A failure mid-session (an unreadable work file, a bad script line)
    // still leaves the session in the history, ended where it stopped.
    let mut drive = || -> anyhow::Result<SessionStatus> {
        run.show_problem(&mut out, &state, 0, clock.now(), driver.as_mut())?;
        loop {
            if interrupted.load(Ordering::Relaxed) {
                driver.interrupt();
            }
            let before = state.current();
            let task = &run.tasks[before.unwrap_or(0)];
            let mut input = driver.next(&mut clock, &task.file)?;
            let now = clock.now();
            run.clear_status(&mut out)?;
            // a deleted work file is put back, not an error that ends the session
            if matches!(input, Input::Saved | Input::Submit | Input::Missing) && !task.file.exists() {
                std::fs::copy(&task.problem.template, &task.file)
                    .with_context(|| format!("{}: cannot put the template back", task.file.display()))?;
                driver.watch(&task.file);
                writeln!(
                    out,
                    "{}",
                    p.yellow(&format!(
                        "{} was gone: it is the template again, edit it there",
                        task.file.display()
                    ))
                )?;
                input = Input::Missing;
            }
            let step = match input {
                Input::Saved | Input::Submit => {
                    let Some(current) = state.current() else {
                        return Ok(state.status());
                    };
                    if state.remaining_ms(now) == 0 {
                        state.apply(Event::Tick { at_ms: now })
                    } else if run.reasoning
                        && run.claims[current].is_none()
                        && run.ask_reasoning(&mut out, current, driver.as_mut())?.is_none()
                    {
                        state.apply(Event::Quit { at_ms: clock.now() })
                    } else {
                        // answering took time: the judgement is made now
                        let now = clock.now();
                        let verdict = run.judge(&mut out, current, now, input == Input::Submit)?;
                        let step = state.apply(Event::Judged { at_ms: now, verdict });
                        if let Step::Stay = step {
                            let attempts = state.verdicts(current).join(" ");
                            writeln!(out, "{}", p.dim(&format!("attempts so far: {attempts}")))?;
                        }
                        step
                    }
                }
                Input::Skip => state.apply(Event::Skip { at_ms: now }),
                Input::GiveUp => state.apply(Event::GiveUp { at_ms: now }),
                Input::Quit | Input::Interrupt => state.apply(Event::Quit { at_ms: now }),
                Input::Tick | Input::Missing => state.apply(Event::Tick { at_ms: now }),
                Input::Unknown(line) => {
                    writeln!(out, "{}", p.yellow(&format!("`{line}` is not a key here: {KEYS}")))?;
                    state.apply(Event::Tick { at_ms: now })
                }
            };
            run.save(&state, started_ms, now, None)?;
            match step {
                Step::Stay => run.show_status(&mut out, &state, now, driver.as_ref())?,
                // a skip with nothing else open comes back to the same problem
                Step::MovedTo(i) if Some(i) == before => {
                    writeln!(
                        out,
                        "{}",
                        p.yellow("Nothing else is open: still on this one (a second skip ends the session)")
                    )?;
                    run.show_status(&mut out, &state, now, driver.as_ref())?
                }
                Step::MovedTo(i) => run.show_problem(&mut out, &state, i, now, driver.as_mut())?,
                Step::Ended(status) => return Ok(status),
            }
        }
    };
    let end = match drive() {
        Ok(end) => end,
        Err(e) => {
            let now = clock.now();
            state.apply(Event::Quit { at_ms: now });
            let _ = run.save(&state, started_ms, now, Some(now.min(state.deadline_ms())));
            return Err(e);
        }
    };
    let now = clock.now();
    run.clear_status(&mut out)?;
    let ended = now.min(state.deadline_ms());
    run.save(&state, started_ms, now, Some(ended))?;
    summary(&mut out, &state, end, ended - started_ms, p)?;
    Ok(crate::exit::ACCEPTED)
}

/// The keys of a live session, under each statement and after a line
/// that is none of them.
const KEYS: &str =
    "Enter: submit now · s Enter: skip (it comes back once) · g Enter: give up · q Enter: end the session";

/// Time left as a countdown shows it: rounded up, so a session starts at
/// its full length and `0:00` means time is up.
fn countdown(ms: i64) -> String {
    clock(ms.saturating_add(999))
}

/// The session's wiring, shared by its steps.
struct Run<'a> {
    history: &'a History,
    engine: &'a Engine,
    session_id: i64,
    minutes: u32,
    tasks: &'a [Task],
    p: Paint,
    /// Redraw a countdown line in place (a terminal, not a script).
    live: bool,
    status_shown: bool,
    /// Stop each judgement at its first failing test (the default).
    fail_fast: bool,
    /// Ask for the claimed complexity and approach before a problem's
    /// first judgement.
    reasoning: bool,
    /// What was said for each task (asked once; an empty one was skipped).
    claims: Vec<Option<Reasoning>>,
}

impl Run<'_> {
    fn show_problem(
        &mut self,
        out: &mut dyn Write,
        state: &SessionState,
        index: usize,
        now: i64,
        driver: &mut dyn Driver,
    ) -> anyhow::Result<()> {
        let task = &self.tasks[index];
        let heading = format!(
            "━━ {}/{} · {} ({}) · {} left ━━",
            index + 1,
            self.tasks.len(),
            task.bank.title,
            task.bank.key,
            countdown(state.remaining_ms(now))
        );
        writeln!(out, "\n{}", self.p.bold(&heading))?;
        let statement = std::fs::read_to_string(&task.problem.statement).unwrap_or_default();
        write_statement(out, &task.problem, &statement, terminal_width(), self.p)?;
        // before the prompt: a save made the moment it shows must count
        driver.watch(&task.file);
        writeln!(
            out,
            "Edit {}: every save is judged.\n{}",
            task.file.display(),
            self.p.dim(KEYS)
        )?;
        self.show_status(out, state, now, driver)
    }

    fn show_status(
        &mut self,
        out: &mut dyn Write,
        state: &SessionState,
        now: i64,
        driver: &dyn Driver,
    ) -> anyhow::Result<()> {
        if !self.live && !driver.prints_status() {
            return Ok(());
        }
        let line = format!("⏱ {} left", countdown(state.remaining_ms(now)));
        if self.live {
            write!(out, "\r\x1b[2K{}", self.p.dim(&line))?;
            self.status_shown = true;
        } else {
            writeln!(out, "{}", self.p.dim(&line))?;
        }
        out.flush()?;
        Ok(())
    }

    fn clear_status(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.status_shown {
            write!(out, "\r\x1b[2K")?;
            self.status_shown = false;
        }
        Ok(())
    }

    /// Judges the current work file, shows the verdict and the first
    /// failure, records the attempt; returns the verdict's code.
    fn judge(&mut self, out: &mut dyn Write, index: usize, now: i64, submitted: bool) -> anyhow::Result<String> {
        let task = &self.tasks[index];
        // read once: the judgement and the history see the same bytes
        let solution = judge_engine::Submission::read(&task.file)
            .with_context(|| format!("{}: cannot read", task.file.display()))?;
        let what = if submitted { "submitted" } else { "saved" };
        writeln!(
            out,
            "{}",
            self.p.dim(&format!("── {what} {} · judging…", task.file.display()))
        )?;
        let started = Instant::now();
        let options = judge_engine::JudgeOptions {
            fail_fast: self.fail_fast,
            ..Default::default()
        };
        let mut report = self
            .engine
            .judge_with(&task.problem, &solution, options, &mut |_, _| {});
        let renderer = HumanRenderer::new(self.p.color, 24);
        renderer.summary(out, &report)?;
        out.flush()?;
        let accepted = report.verdict == Verdict::Accepted;
        if accepted {
            report.complexity = self.measure_growth(out, index, &solution)?;
        }
        if report.verdict != Verdict::InternalError {
            let attempt = history::attempt(
                &task.problem,
                &report,
                &solution.code,
                now,
                started.elapsed().as_millis() as i64,
                Source::Practice,
                Some(self.session_id),
                self.claims[index].clone().unwrap_or_default(),
            );
            self.history.record_attempt(&attempt)?;
        }
        if accepted {
            self.show_follow_up(out, index)?;
        }
        Ok(report.verdict.code().to_owned())
    }

    fn save(&self, state: &SessionState, started_ms: i64, now: i64, ended: Option<i64>) -> anyhow::Result<()> {
        self.history.save_session(&Session {
            id: self.session_id,
            started_ms,
            ended_ms: ended,
            minutes: self.minutes,
            status: if ended.is_some() {
                state.status()
            } else {
                SessionStatus::Running
            },
            problems: state.summary(now),
        })?;
        Ok(())
    }
}

fn summary(
    out: &mut dyn Write,
    state: &SessionState,
    end: SessionStatus,
    spent_ms: i64,
    p: Paint,
) -> std::io::Result<()> {
    // the session has ended: no problem is open, so the time of the summary does not matter
    let problems = state.summary(state.deadline_ms());
    let solved = problems.iter().filter(|x| x.outcome == "solved").count();
    let why = match end {
        SessionStatus::Finished => "all problems done",
        SessionStatus::TimedOut => "time is up",
        SessionStatus::Interrupted => "ended early",
        SessionStatus::Running => "running",
    };
    writeln!(
        out,
        "\n{} {why} · {} · {solved} of {} solved",
        p.bold("Session over:"),
        clock(spent_ms),
        problems.len()
    )?;
    let key_w = problems
        .iter()
        .map(|x| x.problem.chars().count())
        .max()
        .unwrap_or(7)
        .max(7);
    writeln!(
        out,
        "  {}",
        p.bold(&format!(
            "{:<key_w$}  {:<11}  {:>7}  {:>8}  verdicts",
            "problem", "result", "time", "attempts"
        ))
    )?;
    for x in &problems {
        let result = format!("{:<11}", x.outcome.replace('_', " "));
        let result = match x.outcome.as_str() {
            "solved" => p.green(&result),
            "not_reached" => p.dim(&result),
            _ => p.yellow(&result),
        };
        writeln!(
            out,
            "  {:<key_w$}  {result}  {:>7}  {:>8}  {}",
            x.problem,
            clock(x.spent_ms),
            x.attempts,
            if x.verdicts.is_empty() {
                "-".to_owned()
            } else {
                x.verdicts.join(" ")
            }
        )?;
    }
    Ok(())
}
