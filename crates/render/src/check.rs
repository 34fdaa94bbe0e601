//! `judge check` for a person: a line per problem as it finishes, then the
//! time margins, the errors and the notes, each naming the file.

use std::io::{self, Write};

use judge_report::{BankReport, MutantsCheck, ProblemCheck, Severity};

use crate::human::format_ms;
use crate::style::{BOLD, DIM, GREEN, Palette, RED, YELLOW};

#[derive(Debug, Clone)]
pub struct CheckRenderer {
    palette: Palette,
    name_width: usize,
    /// List the notes in the summary, or only count them.
    list_notes: bool,
}

impl CheckRenderer {
    /// `name_width`: the width of the problem column (the longest path).
    pub fn new(color: bool, name_width: usize) -> CheckRenderer {
        CheckRenderer {
            palette: Palette { color },
            name_width: name_width.clamp(8, 60),
            list_notes: true,
        }
    }

    /// Whether the summary lists the notes (`judge check --notes`) or only
    /// says how many there are: errors fail a check, notes are advice.
    pub fn list_notes(mut self, list: bool) -> CheckRenderer {
        self.list_notes = list;
        self
    }

    /// `ok    problems/junior/palindrome   9 runs   1.20 s   ×1100`
    pub fn problem_line(&self, problem: &ProblemCheck) -> String {
        let p = &self.palette;
        let (errors, notes) = (problem.errors(), problem.notes());
        let status = if errors > 0 {
            p.paint(RED.bold(), "FAIL ")
        } else {
            p.paint(GREEN.bold(), "ok   ")
        };
        let runs: usize = problem.solutions.iter().map(|s| s.verdicts.len()).sum();
        let mut line = format!(
            "{status} {:<width$}  {:>3} runs  {:>8}",
            problem.path,
            runs,
            format_seconds(problem.run_ms),
            width = self.name_width
        );
        if let Some(m) = &problem.margin {
            line.push_str(&format!("  margin ×{:.0}", m.headroom.floor()));
        }
        if errors > 0 {
            line.push_str(&p.paint(RED, &format!("  {}", count(errors, "error"))));
        }
        if notes > 0 {
            line.push_str(&p.paint(YELLOW, &format!("  {}", count(notes, "note"))));
        }
        line
    }

    /// `--mutants`: killed / total per problem, then each survivor's
    /// diff and the line that records it as equivalent.
    fn mutants(&self, out: &mut dyn Write, report: &BankReport) -> io::Result<()> {
        let p = &self.palette;
        let tested: Vec<(&ProblemCheck, &MutantsCheck)> = report
            .problems
            .iter()
            .filter_map(|pr| pr.mutants.as_ref().map(|m| (pr, m)))
            .collect();
        if tested.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "\n{}",
            p.paint(
                BOLD,
                "Mutants (rejected by the tests / judged; survivors recorded as equivalent):"
            )
        )?;
        for (problem, m) in &tested {
            let line = format!(
                "  {:<width$}  mutants: killed {}/{} ({} equivalent)",
                problem.path,
                m.killed,
                m.total,
                m.equivalent,
                width = self.name_width
            );
            if m.survivors.is_empty() {
                writeln!(out, "{line}")?;
            } else {
                let survived = format!("  {}", count(m.survivors.len(), "survivor"));
                writeln!(out, "{line}{}", p.paint(RED, &survived))?;
            }
        }
        for (problem, m) in tested.iter().filter(|(_, m)| !m.survivors.is_empty()) {
            writeln!(
                out,
                "\n{}",
                p.paint(RED.bold(), &format!("Surviving mutants of {}:", problem.path))
            )?;
            for s in &m.survivors {
                writeln!(
                    out,
                    "  {}:{}  {}  {}",
                    s.solution,
                    s.line,
                    s.operator,
                    p.paint(BOLD, &s.hash)
                )?;
                for diff_line in s.diff.lines() {
                    let painted = match diff_line.as_bytes().first() {
                        _ if diff_line.starts_with("---") || diff_line.starts_with("+++") => p.paint(BOLD, diff_line),
                        Some(b'-') => p.paint(RED, diff_line),
                        Some(b'+') => p.paint(GREEN, diff_line),
                        Some(b'@') => p.paint(DIM, diff_line),
                        _ => diff_line.to_owned(),
                    };
                    writeln!(out, "    {painted}")?;
                }
                writeln!(
                    out,
                    "    {}\n      {}  # {}, line {}: why it is equivalent",
                    p.paint(
                        DIM,
                        &format!(
                            "equivalent? add to {}/{}:",
                            problem.path,
                            judge_report::EQUIVALENT_MUTANTS_FILE
                        )
                    ),
                    s.hash,
                    s.operator,
                    s.line
                )?;
            }
        }
        Ok(())
    }

    pub fn summary(&self, out: &mut dyn Write, report: &BankReport) -> io::Result<()> {
        let p = &self.palette;
        let mut margins: Vec<_> = report
            .problems
            .iter()
            .filter_map(|pr| pr.margin.as_ref().map(|m| (pr, m)))
            .collect();
        // the tightest first: they are the ones to look at
        margins.sort_by(|a, b| a.1.headroom.total_cmp(&b.1.headroom));
        if !margins.is_empty() {
            writeln!(
                out,
                "\n{}",
                p.paint(
                    BOLD,
                    &format!(
                        "Time margins (the slowest accepted test against the limit; at most limit / {} passes):",
                        report.safety_factor
                    )
                )
            )?;
            for (problem, m) in margins {
                let solution = m.solution.rsplit('/').next().unwrap_or(&m.solution);
                let ratio = if m.headroom < 100.0 {
                    format!("×{:.1}", m.headroom)
                } else {
                    format!("×{:.0}", m.headroom)
                };
                let ratio = if m.slowest_ms > m.budget_ms {
                    p.paint(RED.bold(), &ratio)
                } else {
                    ratio
                };
                writeln!(
                    out,
                    "  {:<width$}  {:>8} of {:>5} ms  {ratio:>7}  {}",
                    problem.path,
                    format_ms(m.slowest_ms),
                    m.limit_ms,
                    p.paint(DIM, &format!("{} · {solution}", m.test)),
                    width = self.name_width
                )?;
            }
        }
        let mut slow: Vec<_> = report
            .problems
            .iter()
            .flat_map(|pr| pr.slow.iter().map(move |s| (pr, s)))
            .collect();
        // the closest to the limit first
        slow.sort_by(|a, b| a.1.factor.total_cmp(&b.1.factor));
        if !slow.is_empty() {
            writeln!(
                out,
                "\n{}",
                p.paint(
                    BOLD,
                    &format!(
                        "Slow margins (each time_limit_exceeded solution's failing test against the limit; \
                         at least ×{} passes):",
                        report.tle_floor
                    )
                )
            )?;
            for (problem, s) in slow {
                let solution = s.solution.rsplit('/').next().unwrap_or(&s.solution);
                let ratio = format!("{}×{:.1}", if s.at_least { "≥" } else { "" }, s.factor);
                let ratio = if !s.at_least && s.factor < report.tle_floor {
                    p.paint(RED.bold(), &ratio)
                } else {
                    ratio
                };
                writeln!(
                    out,
                    "  {:<width$}  {:>5} ms  {ratio:>7}  {}",
                    problem.path,
                    s.limit_ms,
                    p.paint(DIM, &format!("{} · {solution}", s.test)),
                    width = self.name_width
                )?;
            }
        }
        let measured: Vec<&ProblemCheck> = report.problems.iter().filter(|pr| pr.complexity.is_some()).collect();
        if !measured.is_empty() {
            writeln!(
                out,
                "\n{}",
                p.paint(
                    BOLD,
                    "Measured complexity (the class expected; each solution's estimate):"
                )
            )?;
            for problem in measured {
                let Some(growth) = &problem.complexity else { continue };
                let shown = |folder: &str| {
                    growth
                        .solutions
                        .iter()
                        .filter(|s| s.expected == folder)
                        .map(|s| {
                            let name = s.path.rsplit('/').next().unwrap_or(&s.path);
                            match (s.estimate, s.confidence) {
                                (Some(class), Some(c)) => format!("{name} {class} ({:.0}%)", c * 100.0),
                                (Some(class), None) => format!("{name} {class}"),
                                _ => format!("{name} -"),
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let slow = shown("time_limit_exceeded");
                writeln!(
                    out,
                    "  {:<width$}  {}: {}{}",
                    problem.path,
                    growth.expected,
                    shown("accepted"),
                    if slow.is_empty() {
                        String::new()
                    } else {
                        format!("; slow: {slow}")
                    },
                    width = self.name_width
                )?;
            }
        }
        self.mutants(out, report)?;
        for (severity, title, style) in [
            (Severity::Error, "Errors:", RED.bold()),
            (Severity::Note, "Notes:", YELLOW.bold()),
        ] {
            let with: Vec<&ProblemCheck> = report
                .problems
                .iter()
                .filter(|pr| pr.findings.iter().any(|f| f.severity == severity))
                .collect();
            if with.is_empty() {
                continue;
            }
            if severity == Severity::Note && !self.list_notes {
                writeln!(
                    out,
                    "\n{} (`--notes` or `-v` lists them)",
                    p.paint(style, &count(report.notes, "note"))
                )?;
                continue;
            }
            writeln!(out, "\n{}", p.paint(style, title))?;
            for problem in with {
                writeln!(out, "  {}", p.paint(BOLD, &problem.path))?;
                for f in problem.findings.iter().filter(|f| f.severity == severity) {
                    writeln!(out, "    {}: {}", f.location(), f.message)?;
                }
            }
        }
        if !report.not_checked.is_empty() {
            writeln!(
                out,
                "\n{} (--fail-fast stopped at the first failing problem):",
                p.paint(
                    RED.bold(),
                    &format!("{} not checked", count(report.not_checked.len(), "problem"))
                )
            )?;
            for path in &report.not_checked {
                writeln!(out, "  {path}")?;
            }
        }
        let failed = report.problems.iter().filter(|pr| pr.errors() > 0).count();
        let runs: usize = report
            .problems
            .iter()
            .flat_map(|pr| &pr.solutions)
            .map(|s| s.verdicts.len())
            .sum();
        let mut scope = String::new();
        if let Some(partition) = &report.partition {
            scope.push_str(&format!(" (slice {partition})"));
        }
        if let Some(rev) = &report.changed_since {
            scope.push_str(&format!(" (changed since {rev})"));
        }
        let verdict = if report.passed() {
            p.paint(GREEN.bold(), "passed")
        } else {
            p.paint(RED.bold(), "FAILED")
        };
        writeln!(
            out,
            "\n{verdict}: {}{scope}, {} in {} with {} · Python {} · {}, {}{}",
            count(report.problems.len(), "problem"),
            count(runs, "run"),
            format_seconds(report.wall_ms),
            count(report.jobs, "job"),
            report.python,
            count(report.errors, "error"),
            count(report.notes, "note"),
            match failed {
                0 => String::new(),
                1 => " · 1 problem failed".to_owned(),
                n => format!(" · {n} problems failed"),
            },
        )
    }
}

pub(crate) fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn format_seconds(ms: f64) -> String {
    if ms < 1000.0 {
        format_ms(ms)
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}
