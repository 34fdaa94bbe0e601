//! The report for a person: a line per test as it finishes, a summary, and
//! the first failure in full (input, expected, got, a diff, the traceback).

use std::io::{self, Write};

use judge_model::Value;
use judge_report::{Expectation, Failure, LimitsInfo, ProblemInfo, RunReport, Shown, TestReport, TimeLimit, Verdict};

use crate::diff::{DiffLine, LineTag, string_window, text_diff, value_diff};
use crate::style::{BOLD, CYAN, DELETED, DIM, GREEN, INSERTED, Palette, RED, YELLOW};

/// Longest value shown on one line before it is cut.
const MAX_INLINE: usize = 200;
/// Width values are laid out at for a diff.
const DIFF_WIDTH: usize = 72;
/// Lines of a text block (stdin, output, stdout) shown before cutting.
const MAX_BLOCK_LINES: usize = 12;

/// What the report's first lines say: what is judged, and how.
#[derive(Debug, Clone, Copy)]
pub struct Header<'a> {
    pub problem: &'a ProblemInfo,
    pub solution: &'a str,
    pub runner: &'a str,
    pub python: &'a str,
    pub limits: &'a LimitsInfo,
    pub sandbox_warnings: &'a [String],
}

#[derive(Debug, Clone)]
pub struct HumanRenderer {
    palette: Palette,
    name_width: usize,
}

impl HumanRenderer {
    /// `name_width`: the width of the test-name column (the longest name).
    pub fn new(color: bool, name_width: usize) -> HumanRenderer {
        HumanRenderer {
            palette: Palette { color },
            name_width: name_width.clamp(8, 48),
        }
    }

    pub fn header(&self, out: &mut dyn Write, header: &Header<'_>) -> io::Result<()> {
        let p = &self.palette;
        let (problem, limits) = (header.problem, header.limits);
        writeln!(
            out,
            "{} {} ({}, {}) · {}",
            p.paint(BOLD, &problem.slug),
            p.paint(DIM, &format!("“{}”", problem.title)),
            problem.level,
            problem.kind,
            header.solution
        )?;
        writeln!(
            out,
            "{}",
            p.paint(
                DIM,
                &format!(
                    "{} runner · Python {} · limits: {} ms CPU, {} ms wall, {} MB per test",
                    header.runner, header.python, limits.time_ms, limits.wall_ms, limits.memory_mb
                )
            )
        )?;
        // a missing sandbox layer is said, never skipped silently
        for warning in header.sandbox_warnings {
            writeln!(out, "{} {warning}", p.paint(YELLOW.bold(), "warning:"))?;
        }
        writeln!(out)
    }

    /// One test's line, as it finishes.
    pub fn test_line(&self, out: &mut dyn Write, test: &TestReport, limits: &LimitsInfo) -> io::Result<()> {
        let p = &self.palette;
        let time = match (test.cpu_ms, test.verdict) {
            (Some(ms), _) => format_ms(ms),
            (None, Verdict::TimeLimitExceeded) => format!(">{} ms", limits.time_ms),
            (None, _) => "–".to_owned(),
        };
        let memory = test
            .peak_memory_kb
            .map(|kb| format!("{:.1} MB", kb as f64 / 1024.0))
            .unwrap_or_default();
        let code = format!("{:<3}", test.verdict.code());
        writeln!(
            out,
            "  {:<width$}  {}  {:>10}  {}",
            test.name,
            p.verdict(test.verdict, &code),
            time,
            p.paint(DIM, &memory),
            width = self.name_width
        )
    }

    /// The summary, then the first failure (or the load failure) in full.
    pub fn summary(&self, out: &mut dyn Write, report: &RunReport) -> io::Result<()> {
        let p = &self.palette;
        if report.load_failure.is_some() || report.internal_error.is_some() {
            let unrun = report
                .tests
                .iter()
                .filter(|t| t.failure.is_none() && t.cpu_ms.is_none())
                .count();
            if unrun > 0 && report.load_failure.is_some() {
                writeln!(
                    out,
                    "  {} tests: {}",
                    unrun,
                    p.verdict(report.verdict, report.verdict.code())
                )?;
            }
        }
        writeln!(out)?;
        let mut line = format!(
            "{} · {}/{} tests passed",
            p.verdict(report.verdict, report.verdict.describe()),
            report.passed,
            report.total
        );
        let timed_out = |limit: TimeLimit| {
            report
                .tests
                .iter()
                .any(|t| t.verdict == Verdict::TimeLimitExceeded && t.time_limit.unwrap_or(TimeLimit::Cpu) == limit)
        };
        if timed_out(TimeLimit::Cpu) {
            line.push_str(&format!(" · slowest over the {} ms CPU limit", report.limits.time_ms));
        } else if timed_out(TimeLimit::Wall) {
            line.push_str(&format!(
                " · stopped at the {} ms wall-clock limit",
                report.limits.wall_ms
            ));
        } else if let Some(max) = report.max_cpu_ms {
            line.push_str(&format!(
                " · slowest {} of {} ms CPU",
                format_ms(max),
                report.limits.time_ms
            ));
        }
        if let Some(peak) = report.tests.iter().filter_map(|t| t.peak_memory_kb).max() {
            line.push_str(&format!(" · peak memory {:.1} MB", peak as f64 / 1024.0));
        }
        writeln!(out, "{line}")?;
        if report.not_run > 0 {
            let tests = if report.not_run == 1 { "test" } else { "tests" };
            writeln!(
                out,
                "{}",
                p.paint(
                    DIM,
                    &format!("stopped at the first failure: {} more {tests} not run", report.not_run)
                )
            )?;
        }

        if let Some(message) = &report.internal_error {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                p.paint(BOLD, "The judge failed (this is not the solution's fault):")
            )?;
            self.block(out, message, usize::MAX)?;
        }
        let solution_file = report
            .solution
            .rsplit('/')
            .next()
            .unwrap_or(&report.solution)
            .to_owned();
        if let Some(failure) = &report.load_failure {
            writeln!(out)?;
            writeln!(
                out,
                "{} the solution could not be loaded",
                p.verdict(report.verdict, &format!("{}:", report.verdict.code()))
            )?;
            self.failure(out, failure, &report.problem.kind, &solution_file)?;
        } else if let Some(test) = report.first_failure() {
            if let Some(failure) = &test.failure {
                writeln!(out)?;
                writeln!(
                    out,
                    "{} {} {}",
                    p.paint(BOLD, "First failure:"),
                    p.paint(BOLD, &test.name),
                    p.verdict(test.verdict, &format!("({})", test.verdict.describe()))
                )?;
                self.failure(out, failure, &report.problem.kind, &solution_file)?;
            }
        }
        Ok(())
    }

    /// Every failing test after the first (which `summary` shows) in full,
    /// for `judge run -v`.
    pub fn other_failures(&self, out: &mut dyn Write, report: &RunReport) -> io::Result<()> {
        let p = &self.palette;
        let first = report.first_failure().map(|t| t.name.as_str());
        let solution_file = report.solution.rsplit('/').next().unwrap_or(&report.solution);
        for test in &report.tests {
            let Some(failure) = test.failure.as_ref().filter(|_| Some(test.name.as_str()) != first) else {
                continue;
            };
            writeln!(out)?;
            writeln!(
                out,
                "{} {} {}",
                p.paint(BOLD, "Also failed:"),
                p.paint(BOLD, &test.name),
                p.verdict(test.verdict, &format!("({})", test.verdict.describe()))
            )?;
            self.failure(out, failure, &report.problem.kind, solution_file)?;
        }
        Ok(())
    }

    fn failure(&self, out: &mut dyn Write, f: &Failure, kind: &str, solution_file: &str) -> io::Result<()> {
        let p = &self.palette;
        writeln!(out, "  {}", p.paint(BOLD, &f.summary))?;
        if let Some(input) = &f.input {
            if kind == "stdio" || input.contains('\n') {
                writeln!(out, "  {}", p.paint(CYAN, "input"))?;
                self.block(out, input, MAX_BLOCK_LINES)?;
            } else {
                // a `tests` problem's input is the implementation the tests ran on
                let what = if kind == "tests" { "given" } else { "call" };
                writeln!(out, "  {}{}", label(p, what), cut_line(input))?;
            }
        }
        match (&f.expected, &f.got) {
            (Some(Expectation::Value(e)), Some(g)) if kind == "stdio" => self.output_diff(out, e, g)?,
            (Some(Expectation::Value(e)), Some(g)) => self.value_pair(out, e, g)?,
            (Some(e @ Expectation::Raises { .. }), got) => {
                writeln!(out, "  {}{}", label(p, "expected"), e.repr())?;
                if let Some(g) = got {
                    writeln!(out, "  {}{}", label(p, "got"), cut_line(&g.repr))?;
                }
            }
            (_, Some(g)) => writeln!(out, "  {}{}", label(p, "got"), cut_line(&g.repr))?,
            _ => {}
        }
        if let Some(e) = &f.exception {
            let syntax = matches!(e.type_name.as_str(), "SyntaxError" | "IndentationError" | "TabError");
            let heading = if syntax {
                "where"
            } else {
                "traceback (the solution's own frames)"
            };
            // a syntax error's heading announces only its frames: none, no heading
            if !(syntax && e.traceback.is_empty()) {
                writeln!(out, "  {}", p.paint(CYAN, heading))?;
            }
            for frame in &e.traceback {
                writeln!(
                    out,
                    "    {}, line {}, in {}",
                    solution_file,
                    p.paint(BOLD, &frame.line.to_string()),
                    frame.function
                )?;
                if !frame.code.is_empty() {
                    writeln!(out, "      {}", p.paint(DIM, &frame.code))?;
                }
                if frame.repeated > 0 {
                    writeln!(out, "    [the frame above repeats {} more times]", frame.repeated)?;
                }
            }
            if syntax {
                return self.printed(out, f);
            }
            let headline = if e.message.is_empty() {
                e.type_name.clone()
            } else {
                format!("{}: {}", e.type_name, e.message)
            };
            writeln!(out, "    {}", p.paint(RED, &headline))?;
        }
        self.printed(out, f)
    }

    /// What the solution printed during the test.
    fn printed(&self, out: &mut dyn Write, f: &Failure) -> io::Result<()> {
        let p = &self.palette;
        if let Some(stdout) = &f.stdout {
            writeln!(out, "  {}", p.paint(CYAN, "printed to stdout"))?;
            self.block(out, stdout, MAX_BLOCK_LINES)?;
        }
        if let Some(stderr) = &f.stderr {
            writeln!(out, "  {}", p.paint(CYAN, "printed to stderr"))?;
            self.block(out, stderr, MAX_BLOCK_LINES)?;
        }
        Ok(())
    }

    fn value_pair(&self, out: &mut dyn Write, e: &Shown, g: &Shown) -> io::Result<()> {
        let p = &self.palette;
        writeln!(out, "  {}{}", label(p, "expected"), cut_line(&e.repr))?;
        writeln!(out, "  {}{}", label(p, "got"), cut_line(&g.repr))?;
        let short = e.repr.chars().count() <= 60 && g.repr.chars().count() <= 60;
        match (&e.value, &g.value) {
            (Some(Value::Str(es)), Some(Value::Str(gs))) if !short => self.window(out, es, gs),
            _ if short => Ok(()),
            (Some(ev), Some(gv)) => {
                writeln!(out, "  {}", p.paint(CYAN, "diff (- expected, + got)"))?;
                self.diff_lines(out, &value_diff(ev, gv, DIFF_WIDTH))
            }
            // too deep to lay out: where the reprs part is what helps
            _ => self.window(out, &e.repr, &g.repr),
        }
    }

    fn window(&self, out: &mut dyn Write, e: &str, g: &str) -> io::Result<()> {
        let p = &self.palette;
        let Some(w) = string_window(e, g, 30) else {
            return Ok(());
        };
        writeln!(
            out,
            "  {}",
            p.paint(CYAN, &format!("first difference at index {}", w.index))
        )?;
        let mark = |text: &str| -> String {
            let mut chars = text.chars();
            let before: String = chars.by_ref().take(w.caret).collect();
            let at: String = chars.by_ref().take(1).collect();
            let after: String = chars.collect();
            format!("{before}{}{after}", p.paint(BOLD.underline(), &at))
        };
        writeln!(out, "    expected  {}", mark(&w.expected))?;
        writeln!(out, "    got       {}", mark(&w.got))?;
        writeln!(out, "              {}^", " ".repeat(w.caret))
    }

    fn output_diff(&self, out: &mut dyn Write, e: &Shown, g: &Shown) -> io::Result<()> {
        let p = &self.palette;
        let (Some(Value::Str(es)), Some(Value::Str(gs))) = (&e.value, &g.value) else {
            return self.value_pair(out, e, g);
        };
        writeln!(out, "  {}", p.paint(CYAN, "expected output"))?;
        self.block(out, es, MAX_BLOCK_LINES)?;
        writeln!(out, "  {}", p.paint(CYAN, "your output"))?;
        self.block(out, gs, MAX_BLOCK_LINES)?;
        let (mut et, mut gt) = (es.clone(), gs.clone());
        et.push('\n');
        gt.push('\n');
        writeln!(out, "  {}", p.paint(CYAN, "diff (- expected, + got)"))?;
        self.diff_lines(out, &text_diff(&et, &gt, 2))
    }

    fn diff_lines(&self, out: &mut dyn Write, lines: &[DiffLine]) -> io::Result<()> {
        let p = &self.palette;
        const MAX_LINES: usize = 40;
        for line in lines.iter().take(MAX_LINES) {
            let (sign, base, emphasis) = match line.tag {
                LineTag::Same => (" ", DIM, DIM),
                LineTag::Expected => ("-", RED, DELETED),
                LineTag::Got => ("+", GREEN, INSERTED),
                LineTag::Skipped(n) => {
                    writeln!(out, "    {}", p.paint(DIM, &format!("⋮ {n} unchanged lines")))?;
                    continue;
                }
            };
            let body: String = line
                .segments
                .iter()
                .map(|(emph, s)| p.paint(if *emph { emphasis } else { base }, s))
                .collect();
            writeln!(out, "    {} {}", p.paint(base, sign), body)?;
        }
        if lines.len() > MAX_LINES {
            writeln!(
                out,
                "    {}",
                p.paint(DIM, &format!("… {} more diff lines", lines.len() - MAX_LINES))
            )?;
        }
        Ok(())
    }

    fn block(&self, out: &mut dyn Write, text: &str, max_lines: usize) -> io::Result<()> {
        let p = &self.palette;
        let lines: Vec<&str> = text.lines().collect();
        for line in lines.iter().take(max_lines) {
            writeln!(out, "    {} {}", p.paint(DIM, "│"), cut_line(line))?;
        }
        if lines.len() > max_lines {
            writeln!(
                out,
                "    {}",
                p.paint(DIM, &format!("… {} more lines", lines.len() - max_lines))
            )?;
        }
        if lines.is_empty() {
            writeln!(out, "    {}", p.paint(DIM, "(empty)"))?;
        }
        Ok(())
    }
}

/// A field label, padded so that values line up.
fn label(p: &Palette, name: &str) -> String {
    format!(
        "{}{}",
        p.paint(CYAN, name),
        " ".repeat(10usize.saturating_sub(name.len()))
    )
}

fn cut_line(text: &str) -> String {
    let count = text.chars().count();
    if count <= MAX_INLINE {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX_INLINE).collect();
        format!("{head}… ({count} characters)")
    }
}

/// Milliseconds with precision that fits their size.
pub fn format_ms(ms: f64) -> String {
    if ms < 0.001 {
        "<1 µs".to_owned()
    } else if ms < 1.0 {
        format!("{:.0} µs", ms * 1000.0)
    } else if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 100.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.0} ms")
    }
}
