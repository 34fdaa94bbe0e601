//! Where a session's inputs come from: the keyboard, the work file and
//! Ctrl-C (live), or a script with a fake clock (tests and demos).

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context;

/// What the person (or the script) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The work file changed (or the script saved it).
    Saved,
    Submit,
    Skip,
    GiveUp,
    Quit,
    /// Ctrl-C, or SIGTERM or SIGHUP.
    Interrupt,
    /// Time passed.
    Tick,
    /// The work file is gone (deleted, or moved away).
    Missing,
    /// A line that is no command: the keys are shown again.
    Unknown(String),
}

/// A reply to a question (the reasoning prompt).
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// A line, maybe empty (skipped).
    Line(String),
    /// Nothing to read: the keyboard is gone, or the script has no answer here.
    Unanswered,
    /// Ctrl-C (or SIGTERM, SIGHUP) while asking.
    Interrupted,
}

/// The session's clock: real time from the start, or, for a script, a
/// fake one that moves only when told.
pub struct Clock {
    start_ms: i64,
    started: Instant,
    /// Set for a script: how far the fake clock has moved.
    pub fake_ms: Option<i64>,
}

impl Clock {
    pub fn new(start_ms: i64) -> Clock {
        Clock {
            start_ms,
            started: Instant::now(),
            fake_ms: None,
        }
    }

    pub fn now(&self) -> i64 {
        match self.fake_ms {
            Some(offset) => self.start_ms + offset,
            None => self.start_ms + self.started.elapsed().as_millis() as i64,
        }
    }
}

/// Where inputs come from.
pub trait Driver {
    /// Blocks until the next input.
    fn next(&mut self, clock: &mut Clock, file: &Path) -> anyhow::Result<Input>;
    /// A new work file to watch.
    fn watch(&mut self, file: &Path);
    /// Ctrl-C arrived.
    fn interrupt(&mut self);
    /// Print the countdown after every input.
    fn prints_status(&self) -> bool;
    /// Blocks for the answer to a question just printed.
    fn answer(&mut self) -> Answer;
    /// Whether the person's answer is already on the screen (a terminal
    /// echoes it); a script's answers are printed by the session.
    fn answers_are_seen(&self) -> bool;
}

/// The keyboard (a line per command, on a thread), the work file (polled:
/// editors that save by renaming a new file over the old one are seen
/// too), the clock and Ctrl-C.
pub struct LiveDriver {
    lines: mpsc::Receiver<String>,
    interrupted: Arc<AtomicBool>,
    /// The work file's contents as last judged or first seen.
    seen: Option<Vec<u8>>,
    last_tick: Instant,
    echo: EchoOff,
}

impl LiveDriver {
    /// How often the work file is looked at.
    const POLL: Duration = Duration::from_millis(200);

    pub fn new(interrupted: Arc<AtomicBool>) -> LiveDriver {
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
            echo: EchoOff::new(),
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
                Ok(line) => return Ok(command(&line).unwrap_or_else(|| Input::Unknown(line.trim().to_owned()))),
                Err(mpsc::TryRecvError::Empty | mpsc::TryRecvError::Disconnected) => {}
            }
            let read = std::fs::read(file);
            if let Err(e) = &read
                && e.kind() == std::io::ErrorKind::NotFound
            {
                // said once: the session puts the template back
                if self.seen.take().is_some() {
                    return Ok(Input::Missing);
                }
            }
            if let Ok(now) = read
                && self.seen.as_ref() != Some(&now)
            {
                let now = settled(file, now);
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

    fn answer(&mut self) -> Answer {
        // a sentence is typed where it can be seen
        self.echo.set_echo(true);
        let answer = loop {
            // left set: the session's loop sees it next and ends the session
            if self.interrupted.load(Ordering::Relaxed) {
                break Answer::Interrupted;
            }
            match self.lines.recv_timeout(Self::POLL) {
                Ok(line) => break Answer::Line(line.trim().to_owned()),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break Answer::Unanswered,
            }
        };
        self.echo.set_echo(false);
        answer
    }

    fn answers_are_seen(&self) -> bool {
        true
    }
}

/// While a live session reads keys from a terminal, the terminal does not
/// echo them: a typed `s` would land on the countdown line, which is
/// redrawn in place. Lines still work (canonical mode); the setting is
/// restored when the guard drops, on every way out of the session.
pub struct EchoOff {
    saved: Option<libc::termios>,
}

impl EchoOff {
    /// Turns echo back on for a moment (a question's answer), or off again.
    pub fn set_echo(&self, on: bool) {
        let Some(saved) = &self.saved else { return };
        let mut now = *saved;
        if !on {
            now.c_lflag &= !(libc::ECHO | libc::ECHONL);
        }
        // SAFETY: sets attributes derived from those read in `new`.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &now) };
    }
}

impl EchoOff {
    pub fn new() -> EchoOff {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() {
            return EchoOff { saved: None };
        }
        // SAFETY: tcgetattr fills a termios we own; on failure it is not used.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } != 0 {
            return EchoOff { saved: None };
        }
        let mut quiet = saved;
        quiet.c_lflag &= !(libc::ECHO | libc::ECHONL);
        // SAFETY: sets the terminal's attributes from a termios read above.
        if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet) } != 0 {
            return EchoOff { saved: None };
        }
        EchoOff { saved: Some(saved) }
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            // SAFETY: restores the attributes read in `new`; a terminal gone
            // meanwhile (SIGHUP) makes this fail, harmlessly.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved) };
        }
    }
}

/// The file's contents once two reads a moment apart agree, from a first
/// read `last`: an editor that truncates and then writes is judged on
/// what it wrote.
fn settled(file: &Path, mut last: Vec<u8>) -> Vec<u8> {
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(50));
        match std::fs::read(file) {
            Ok(now) if now == last => break,
            Ok(now) => last = now,
            Err(_) => break,
        }
    }
    last
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
pub struct ScriptDriver {
    path: PathBuf,
    lines: std::iter::Peekable<std::vec::IntoIter<(usize, String)>>,
    interrupted: bool,
}

impl ScriptDriver {
    pub fn open(path: &Path) -> anyhow::Result<ScriptDriver> {
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
            lines: lines.into_iter().peekable(),
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
            "answer" => {
                return Err(at(
                    "`answer` is for a question the session asks, and none was asked here".into(),
                ));
            }
            other => {
                return Err(at(format!(
                    "unknown command `{other}` (wait, save, submit, skip, give-up, quit, interrupt, answer)"
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

    /// The next line if it is `answer TEXT` (`answer` alone skips); a
    /// script with no answer here leaves the question unanswered.
    fn answer(&mut self) -> Answer {
        if std::mem::take(&mut self.interrupted) {
            return Answer::Interrupted;
        }
        let is_answer = |(_, line): &(usize, String)| line == "answer" || line.starts_with("answer ");
        match self.lines.next_if(is_answer) {
            Some((_, line)) => Answer::Line(line["answer".len()..].trim().to_owned()),
            None => Answer::Unanswered,
        }
    }

    fn answers_are_seen(&self) -> bool {
        false
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
