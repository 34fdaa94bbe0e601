//! `judge practice`: a timed session. The rules are
//! `judge_practice::SessionState`'s; this module is its edge: picking the
//! problems, the work files, judging each save, the countdown, the
//! keyboard (or a script), and the history.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use judge_engine::Engine;
use judge_history::{History, Session, SessionStatus, Source};
use judge_practice::{BankProblem, Event, SessionState, Step};
use judge_problem::Problem;
use judge_render::HumanRenderer;
use judge_report::Verdict;

use crate::args::PracticeConfig;
use crate::browse::{clock, terminal_width, write_statement};
use crate::history;
use crate::paint::Paint;

/// What the person (or the script) did.
#[derive(Debug, Clone, PartialEq)]
enum Input {
    /// The work file changed (or the script saved it).
    Saved,
    Submit,
    Skip,
    GiveUp,
    Quit,
    /// Ctrl-C.
    Interrupt,
    /// Time passed.
    Tick,
}

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
            config.places.bank.display()
        );
    }
    std::fs::create_dir_all(&config.dir).with_context(|| format!("{}: cannot create", config.dir.display()))?;
    let p = Paint::new(config.color);
    let mut out = std::io::stdout();
    let mut tasks = Vec::new();
    for bank_problem in picked {
        let problem = judge_problem::load(&bank_problem.dir)?;
        let file = config.dir.join(format!("{}.py", bank_problem.slug));
        let kept = file.exists();
        if !kept {
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

    let python = crate::commands::interpreter(config.python.as_deref())?;
    let engine = Engine::with_process_runner(python).context("cannot write the Python harness")?;
    let interrupted = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGINT, interrupted.clone()).context("cannot catch Ctrl-C")?;

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
        "{} {} in {} minutes · your files are in {}",
        p.bold("Practice session:"),
        plural(tasks.len(), "problem"),
        config.minutes,
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
    };
    run.show_problem(&mut out, &state, 0, clock.now(), driver.as_mut())?;
    let end = loop {
        if interrupted.load(Ordering::Relaxed) {
            driver.interrupt();
        }
        let input = driver.next(&mut clock, &run.tasks[state.current().unwrap_or(0)].file)?;
        let now = clock.now();
        run.clear_status(&mut out)?;
        let step = match input {
            Input::Saved | Input::Submit => {
                let Some(current) = state.current() else {
                    break state.status();
                };
                if state.remaining_ms(now) == 0 {
                    state.apply(Event::Tick { at_ms: now })
                } else {
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
            Input::Tick => state.apply(Event::Tick { at_ms: now }),
        };
        run.save(&state, started_ms, now, None)?;
        match step {
            Step::Stay => run.show_status(&mut out, &state, now, driver.as_ref())?,
            Step::MovedTo(i) => run.show_problem(&mut out, &state, i, now, driver.as_mut())?,
            Step::Ended(status) => break status,
        }
    };
    let now = clock.now();
    run.clear_status(&mut out)?;
    let ended = now.min(state.deadline_ms());
    run.save(&state, started_ms, now, Some(ended))?;
    summary(&mut out, &state, end, ended - started_ms, p)?;
    Ok(crate::exit::ACCEPTED)
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
            clock(state.remaining_ms(now))
        );
        writeln!(out, "\n{}", self.p.bold(&heading))?;
        let statement = std::fs::read_to_string(&task.problem.statement).unwrap_or_default();
        write_statement(out, &task.problem, &statement, terminal_width(), self.p)?;
        writeln!(
            out,
            "Edit {}: every save is judged.\n{}",
            task.file.display(),
            self.p.dim(
                "Enter: submit now · s Enter: skip (it comes back once) · g Enter: give up · q Enter: end the session"
            )
        )?;
        driver.watch(&task.file);
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
        let line = format!("⏱ {} left", clock(state.remaining_ms(now)));
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
        let code = std::fs::read(&task.file).with_context(|| format!("{}: cannot read", task.file.display()))?;
        let what = if submitted { "submitted" } else { "saved" };
        writeln!(
            out,
            "{}",
            self.p.dim(&format!("── {what} {} · judging…", task.file.display()))
        )?;
        let started = Instant::now();
        let report = self.engine.judge(&task.problem, &task.file, &mut |_| {});
        let renderer = HumanRenderer::new(self.p.color, 24);
        renderer.summary(out, &report)?;
        out.flush()?;
        if report.verdict != Verdict::InternalError {
            let attempt = history::attempt(
                &task.problem,
                &report,
                &code,
                now,
                started.elapsed().as_millis() as i64,
                Source::Practice,
                Some(self.session_id),
            );
            self.history.record_attempt(&attempt)?;
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

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The session's clock: real time from the start, or, for a script, a
/// fake one that moves only when told.
struct Clock {
    start_ms: i64,
    started: Instant,
    /// Set for a script: how far the fake clock has moved.
    fake_ms: Option<i64>,
}

impl Clock {
    fn new(start_ms: i64) -> Clock {
        Clock {
            start_ms,
            started: Instant::now(),
            fake_ms: None,
        }
    }

    fn now(&self) -> i64 {
        match self.fake_ms {
            Some(offset) => self.start_ms + offset,
            None => self.start_ms + self.started.elapsed().as_millis() as i64,
        }
    }
}

/// Where inputs come from.
trait Driver {
    /// Blocks until the next input.
    fn next(&mut self, clock: &mut Clock, file: &Path) -> anyhow::Result<Input>;
    /// A new work file to watch.
    fn watch(&mut self, file: &Path);
    /// Ctrl-C arrived.
    fn interrupt(&mut self);
    /// Print the countdown after every input.
    fn prints_status(&self) -> bool;
}

/// The keyboard (a line per command, on a thread), the work file (polled:
/// editors that save by renaming a new file over the old one are seen
/// too), the clock and Ctrl-C.
struct LiveDriver {
    lines: mpsc::Receiver<String>,
    interrupted: Arc<AtomicBool>,
    /// The work file's contents as last judged or first seen.
    seen: Option<Vec<u8>>,
    last_tick: Instant,
}

impl LiveDriver {
    /// How often the work file is looked at.
    const POLL: Duration = Duration::from_millis(200);

    fn new(interrupted: Arc<AtomicBool>) -> LiveDriver {
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        LiveDriver {
            lines,
            interrupted,
            seen: None,
            last_tick: Instant::now(),
        }
    }
}

impl Driver for LiveDriver {
    fn next(&mut self, _clock: &mut Clock, file: &Path) -> anyhow::Result<Input> {
        loop {
            if self.interrupted.swap(false, Ordering::Relaxed) {
                return Ok(Input::Interrupt);
            }
            match self.lines.try_recv() {
                Ok(line) => {
                    if let Some(input) = command(&line) {
                        return Ok(input);
                    }
                }
                Err(mpsc::TryRecvError::Empty | mpsc::TryRecvError::Disconnected) => {}
            }
            if let Ok(now) = std::fs::read(file)
                && self.seen.as_ref() != Some(&now)
            {
                let first = self.seen.is_none();
                self.seen = Some(now);
                if !first {
                    return Ok(Input::Saved);
                }
            }
            if self.last_tick.elapsed() >= Duration::from_secs(1) {
                self.last_tick = Instant::now();
                return Ok(Input::Tick);
            }
            std::thread::sleep(Self::POLL);
        }
    }

    fn watch(&mut self, file: &Path) {
        self.seen = std::fs::read(file).ok();
    }

    fn interrupt(&mut self) {}

    fn prints_status(&self) -> bool {
        false
    }
}

fn command(line: &str) -> Option<Input> {
    match line.trim().to_lowercase().as_str() {
        "" | "submit" => Some(Input::Submit),
        "s" | "skip" => Some(Input::Skip),
        "g" | "give up" | "give-up" | "giveup" => Some(Input::GiveUp),
        "q" | "quit" => Some(Input::Quit),
        _ => None,
    }
}

/// A script: one command per line, the clock moving only on `wait`
/// (docs/practice.md). The end of the script quits.
struct ScriptDriver {
    path: PathBuf,
    lines: std::vec::IntoIter<(usize, String)>,
    interrupted: bool,
}

impl ScriptDriver {
    fn open(path: &Path) -> anyhow::Result<ScriptDriver> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the script", path.display()))?;
        let lines: Vec<(usize, String)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim().to_owned()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
            .collect();
        Ok(ScriptDriver {
            path: path.to_owned(),
            lines: lines.into_iter(),
            interrupted: false,
        })
    }
}

impl Driver for ScriptDriver {
    fn next(&mut self, clock: &mut Clock, file: &Path) -> anyhow::Result<Input> {
        if std::mem::take(&mut self.interrupted) {
            return Ok(Input::Interrupt);
        }
        let Some((number, line)) = self.lines.next() else {
            return Ok(Input::Quit);
        };
        let at = |message: String| anyhow::anyhow!("{}:{number}: {message}", self.path.display());
        let (word, rest) = line.split_once(' ').map_or((line.as_str(), ""), |(w, r)| (w, r.trim()));
        Ok(match word {
            "wait" => {
                let ms = parse_duration(rest).ok_or_else(|| at(format!("`{rest}` is not a duration (90s, 5m, 1h)")))?;
                clock.fake_ms = Some(clock.fake_ms.unwrap_or(0) + ms);
                Input::Tick
            }
            "save" => {
                let source = self.path.parent().unwrap_or(Path::new(".")).join(rest);
                std::fs::copy(&source, file).map_err(|e| at(format!("cannot save {}: {e}", source.display())))?;
                Input::Saved
            }
            "submit" => Input::Submit,
            "skip" => Input::Skip,
            "give-up" => Input::GiveUp,
            "quit" => Input::Quit,
            "interrupt" => Input::Interrupt,
            other => {
                return Err(at(format!(
                    "unknown command `{other}` (wait, save, submit, skip, give-up, quit, interrupt)"
                )));
            }
        })
    }

    fn watch(&mut self, _file: &Path) {}

    fn interrupt(&mut self) {
        self.interrupted = true;
    }

    fn prints_status(&self) -> bool {
        true
    }
}

/// `90s`, `5m`, `1h`, `1500ms`.
fn parse_duration(text: &str) -> Option<i64> {
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(split);
    let n: i64 = number.parse().ok()?;
    let scale = match unit {
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        "h" => 3_600_000,
        _ => return None,
    };
    n.checked_mul(scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_commands_parse() {
        assert_eq!(parse_duration("90s"), Some(90_000));
        assert_eq!(parse_duration("5m"), Some(300_000));
        assert_eq!(parse_duration("1500ms"), Some(1500));
        assert_eq!(parse_duration("5"), None);
        assert_eq!(parse_duration("m"), None);
        assert_eq!(command(""), Some(Input::Submit));
        assert_eq!(command(" S "), Some(Input::Skip));
        assert_eq!(command("give up"), Some(Input::GiveUp));
        assert_eq!(command("what"), None);
    }
}
