//! `judge list`, `judge show` and `judge stats`: the bank and your
//! progress, for a person or (list, stats) as JSON.

use std::io::Write;

use anyhow::Context;
use judge_practice::{ListEntry, Stats, Status};
use judge_render::render_markdown;

use crate::args::Format;
use crate::config::{ListConfig, ShowConfig, StatsConfig};
use crate::history;
use crate::paint::Paint;

pub fn list(config: &ListConfig) -> anyhow::Result<u8> {
    let bank = history::load_bank(&config.places.bank)?;
    let history = history::open(config.places.db.as_deref())?;
    let statuses = judge_practice::statuses(&history.attempts()?, &history.sessions()?);
    let entries = judge_practice::listing(&bank, &statuses, &config.filter);
    let mut out = std::io::stdout().lock();
    match config.format {
        Format::Json => judge_render::write_json(&mut out, &entries)?,
        Format::Human => list_table(&mut out, &entries, Paint::new(config.color))?,
    }
    Ok(crate::exit::ACCEPTED)
}

fn list_table(out: &mut dyn Write, entries: &[ListEntry], p: Paint) -> std::io::Result<()> {
    if entries.is_empty() {
        return writeln!(out, "No problems match.");
    }
    let width = |f: &dyn Fn(&ListEntry) -> usize, min: usize| entries.iter().map(f).max().unwrap_or(0).max(min);
    let slug_w = width(&|e| e.problem.slug.chars().count(), 7);
    let title_w = width(&|e| e.problem.title.chars().count(), 5).min(32);
    let topics_w = width(&|e| e.problem.topics.join(", ").chars().count(), 6).min(40);
    writeln!(
        out,
        "{}",
        p.bold(&format!(
            "{:<6}  {:<slug_w$}  {:<title_w$}  {:<topics_w$}  {:<9}  {:>10}  {:>8}",
            "level", "problem", "title", "topics", "status", "best solve", "best run"
        ))
    )?;
    for e in entries {
        let s = &e.status;
        let status = format!("{:<9}", s.status.as_str());
        let status = match s.status {
            Status::Solved => p.green(&status),
            Status::Attempted => p.yellow(&status),
            Status::New => p.dim(&status),
        };
        writeln!(
            out,
            "{:<6}  {:<slug_w$}  {:<title_w$}  {:<topics_w$}  {status}  {:>10}  {:>8}",
            e.problem.level,
            e.problem.slug,
            cut(&e.problem.title, title_w),
            cut(&e.problem.topics.join(", "), topics_w),
            s.best_solve_ms.map_or("-".to_owned(), clock),
            s.best_run_ms.map_or("-".to_owned(), judge_render::format_ms),
        )?;
    }
    let solved = entries.iter().filter(|e| e.status.status == Status::Solved).count();
    let attempted = entries.iter().filter(|e| e.status.status == Status::Attempted).count();
    writeln!(
        out,
        "\n{} problems · {solved} solved · {attempted} attempted · {} new",
        entries.len(),
        entries.len() - solved - attempted
    )
}

/// `text`, cut to `width` characters with an ellipsis.
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// `4:05`, `1:02:03`.
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

pub fn show(config: &ShowConfig) -> anyhow::Result<u8> {
    let dir = history::find_problem(&config.problem, &config.places.bank)?;
    let problem = judge_problem::load(&dir)?;
    let statement = std::fs::read_to_string(&problem.statement)
        .with_context(|| format!("{}: cannot read", problem.statement.display()))?;
    let p = Paint::new(config.color);
    let mut out = std::io::stdout().lock();
    write_statement(&mut out, &problem, &statement, terminal_width(), p)?;
    writeln!(out, "{}", p.dim(&format!("Start from: {}", problem.template.display())))?;
    let key = history::problem_key(problem.config.level.as_str(), &problem.dir);
    match your_attempts(config.places.db.as_deref(), &key) {
        Ok(attempts) => attempts_table(&mut out, &attempts, p)?,
        // the statement stands without the history: say why it is missing
        Err(e) => crate::failure::warn(&format!("your attempts are not shown: {}", crate::failure::message(&e))),
    }
    Ok(crate::exit::ACCEPTED)
}

/// The history's attempts at `key`; none when there is no history yet
/// (showing a statement does not create one).
fn your_attempts(db: Option<&std::path::Path>, key: &str) -> anyhow::Result<Vec<judge_history::Attempt>> {
    let path = db
        .map(std::path::Path::to_path_buf)
        .or_else(judge_history::default_path);
    if !path.as_deref().is_some_and(std::path::Path::is_file) {
        return Ok(Vec::new());
    }
    let attempts = history::open(db)?.attempts()?;
    Ok(attempts.into_iter().filter(|a| a.problem == key).collect())
}

/// Each attempt, oldest first: when, the verdict, and what was claimed,
/// measured and explained.
fn attempts_table(out: &mut dyn Write, attempts: &[judge_history::Attempt], p: Paint) -> std::io::Result<()> {
    if attempts.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", p.bold(&format!("Your attempts ({})", attempts.len())))?;
    for a in attempts {
        let when = chrono::DateTime::from_timestamp_millis(a.at_ms)
            .map(|t| {
                t.with_timezone(&history::local_offset())
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        let verdict = format!("{:<3}", a.verdict);
        let verdict = if a.accepted() {
            p.green(&verdict)
        } else {
            p.yellow(&verdict)
        };
        let r = &a.reasoning;
        let mut said = Vec::new();
        if let Some(claimed) = &r.claimed {
            said.push(format!("claimed {claimed}"));
        }
        if let Some(measured) = &r.measured {
            let confidence = r
                .measured_confidence
                .map_or(String::new(), |c| format!(", confidence {c:.2}"));
            said.push(format!("measured {measured}{confidence}"));
        }
        writeln!(
            out,
            "  {when}  {verdict}  {}/{} tests  {}{}",
            a.passed,
            a.total,
            a.source.as_str(),
            if said.is_empty() {
                String::new()
            } else {
                format!(" · {}", said.join(" · "))
            }
        )?;
        if let Some(approach) = &r.approach {
            writeln!(out, "      {}", p.dim(&format!("approach: {approach}")))?;
        }
    }
    Ok(())
}

/// A problem's header line and its rendered statement.
pub fn write_statement(
    out: &mut dyn Write,
    problem: &judge_problem::Problem,
    statement: &str,
    width: usize,
    p: Paint,
) -> std::io::Result<()> {
    let c = &problem.config;
    writeln!(
        out,
        "{}",
        p.dim(&format!(
            "{} · {} · {} · {} ms CPU, {} MB per test",
            history::problem_key(c.level.as_str(), &problem.dir),
            c.kind.as_str(),
            c.topics.join(", "),
            c.limits.time_ms,
            c.limits.memory_mb
        ))
    )?;
    writeln!(out)?;
    out.write_all(render_markdown(statement, width, p.color).as_bytes())?;
    writeln!(out)
}

/// The terminal's width, or `$COLUMNS`, or 80.
pub fn terminal_width() -> usize {
    // SAFETY: TIOCGWINSZ fills a winsize we own; a failure leaves it zeroed.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    if ok && size.ws_col > 0 {
        return usize::from(size.ws_col);
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(80)
}

pub fn stats(config: &StatsConfig) -> anyhow::Result<u8> {
    let bank = history::load_bank(&config.places.bank)?;
    let history = history::open(config.places.db.as_deref())?;
    let (attempts, sessions) = (history.attempts()?, history.sessions()?);
    let stats = judge_practice::stats(&bank, &attempts, &sessions, history::now_ms()?, history::local_offset());
    let mut out = std::io::stdout().lock();
    match config.format {
        Format::Json => judge_render::write_json(&mut out, &stats)?,
        Format::Human => stats_report(&mut out, &stats, Paint::new(config.color))?,
    }
    if let Some(path) = &config.plot {
        let timeline = judge_practice::timeline(&attempts, &sessions, history::local_offset());
        crate::stats_plot::write(path, &timeline)?;
        if config.format == Format::Human {
            writeln!(out, "\nPicture: {}", path.display())?;
        }
    }
    Ok(crate::exit::ACCEPTED)
}

fn stats_report(out: &mut dyn Write, s: &Stats, p: Paint) -> std::io::Result<()> {
    let t = &s.totals;
    let percent = (t.solved * 100).checked_div(t.problems).unwrap_or(0);
    writeln!(
        out,
        "{} {} of {} solved ({percent}%) · {} · {}, {} practising",
        p.bold("Progress:"),
        t.solved,
        plural(t.problems, "problem"),
        plural(t.attempts, "attempt"),
        plural(t.sessions, "session"),
        clock(t.practice_ms)
    )?;
    let streak = &s.streak;
    writeln!(
        out,
        "{} {} (longest {}) · {} practised{}",
        p.bold("Streak:"),
        days(streak.current_days as usize),
        days(streak.longest_days as usize),
        days(streak.days_practised),
        streak.last_day.map_or(String::new(), |d| format!(" · last {d}"))
    )?;
    for (title, rows) in [("By level", &s.by_level), ("By topic", &s.by_topic)] {
        writeln!(out, "\n{}", p.bold(title))?;
        let name_w = rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
        for r in rows.iter() {
            let filled = (r.solved * 10).checked_div(r.total).unwrap_or(0);
            let bar = format!("{}{}", p.green(&"█".repeat(filled)), p.dim(&"░".repeat(10 - filled)));
            writeln!(
                out,
                "  {:<name_w$}  {bar}  {}/{} solved · {} attempted",
                r.name, r.solved, r.total, r.attempted
            )?;
        }
    }
    let c = &s.claims;
    if c.claimed > 0 {
        writeln!(out, "\n{}", p.bold("Complexity claims"))?;
        writeln!(
            out,
            "  {} made, {} measured: {} matched, {} one class apart, {} off",
            c.claimed, c.measured, c.matched, c.one_class_off, c.mismatched
        )?;
        for row in &c.recent {
            let result = match row.result {
                judge_practice::ClaimMatch::Matched => p.green("matched"),
                judge_practice::ClaimMatch::OneClassOff => p.yellow("one class apart"),
                judge_practice::ClaimMatch::Mismatched => p.yellow("off"),
            };
            writeln!(
                out,
                "  {:<28} said {:<10} measured {:<10} {result}",
                row.problem, row.claimed, row.measured
            )?;
        }
    }
    if !s.hardest.is_empty() {
        writeln!(out, "\n{}", p.bold("Most attempts"))?;
        for h in &s.hardest {
            let state = if h.solved {
                p.green("solved")
            } else {
                p.yellow("not yet solved")
            };
            writeln!(
                out,
                "  {:<28} {:<24} {:>3} attempts  {state}",
                h.problem,
                cut(&h.title, 24),
                h.attempts
            )?;
        }
    }
    Ok(())
}

fn days(n: usize) -> String {
    plural(n, "day")
}

/// `1 problem`, `2 problems`.
pub fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
