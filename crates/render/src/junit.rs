//! `judge check --format junit`: JUnit XML as GitHub and GitLab render it.
//! A test suite per problem; a test case per problem x solution, plus one
//! for the package itself (its files, tests and time margin).

use std::fmt::Write as _;
use std::io::{self, Write};

use judge_report::{BankReport, Finding, ProblemCheck, Severity};

pub fn write_junit(out: &mut dyn Write, report: &BankReport) -> io::Result<()> {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let cases: usize = report.problems.iter().map(|p| p.solutions.len() + 1).sum::<usize>() + report.not_checked.len();
    let failures: usize = report.problems.iter().map(failed_cases).sum();
    let _ = writeln!(
        xml,
        "<testsuites name=\"judge check\" tests=\"{cases}\" failures=\"{failures}\" errors=\"0\" time=\"{:.3}\">",
        report.wall_ms / 1000.0
    );
    for problem in &report.problems {
        suite(&mut xml, problem, report.wall_ms);
    }
    // `--fail-fast`: the problems never started are skipped, not passed
    for path in &report.not_checked {
        let name = escape(path);
        let _ = writeln!(
            xml,
            "  <testsuite name=\"{name}\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\" time=\"0.000\">\n    \
             <testcase name=\"package\" classname=\"{name}\" time=\"0.000\"><skipped message=\"not checked: --fail-fast stopped at the first failing problem\"/></testcase>\n  \
             </testsuite>"
        );
    }
    xml.push_str("</testsuites>\n");
    out.write_all(xml.as_bytes())?;
    out.flush()
}

/// Findings belong to the solution whose file they name; the rest to the
/// package.
fn belongs_to<'a>(problem: &'a ProblemCheck, path: Option<&str>) -> Vec<&'a Finding> {
    problem
        .findings
        .iter()
        .filter(|f| {
            let owner = problem
                .solutions
                .iter()
                .find(|s| s.path == f.file)
                .map(|s| s.path.as_str());
            owner == path
        })
        .collect()
}

fn failed_cases(problem: &ProblemCheck) -> usize {
    let is_failed = |path: Option<&str>| belongs_to(problem, path).iter().any(|f| f.severity == Severity::Error);
    usize::from(is_failed(None)) + problem.solutions.iter().filter(|s| is_failed(Some(&s.path))).count()
}

/// `total_ms`: the whole check's wall time. A problem's `run_ms` adds up
/// runs that overlapped; a suite's time is kept within the total, which
/// test viewers expect of a part.
fn suite(xml: &mut String, problem: &ProblemCheck, total_ms: f64) {
    let name = escape(&problem.path);
    let _ = writeln!(
        xml,
        "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"{:.3}\">",
        problem.solutions.len() + 1,
        failed_cases(problem),
        problem.run_ms.min(total_ms) / 1000.0
    );
    let mut package_out = String::new();
    if let Some(m) = &problem.margin {
        package_out.push_str(&format!(
            "time margin: slowest accepted test {} ({}) takes {:.2} ms of the {} ms limit (x{:.1})\n",
            m.test, m.solution, m.slowest_ms, m.limit_ms, m.headroom
        ));
    }
    // the package's file: where its first error is, else its problem.toml
    let package_findings = belongs_to(problem, None);
    let toml = format!("{}/problem.toml", problem.path);
    let package_file = first_error(&package_findings).map_or(toml.as_str(), |f| f.file.as_str());
    case(
        xml,
        &name,
        "package",
        package_file,
        0.0,
        &package_findings,
        &package_out,
    );
    for solution in &problem.solutions {
        let verdicts: Vec<String> = solution.verdicts.iter().map(|v| v.to_string()).collect();
        let mut out = format!("expected: {}; got: {}", solution.expected, verdicts.join(", "));
        if !solution.failed_tests.is_empty() {
            out.push_str(&format!("; tests not passed: {}", solution.failed_tests.join(", ")));
        }
        out.push('\n');
        let label = solution
            .path
            .strip_prefix(&problem.path)
            .map(|p| p.trim_start_matches('/'))
            .unwrap_or(&solution.path);
        case(
            xml,
            &name,
            label,
            &solution.path,
            solution.wall_ms / 1000.0,
            &belongs_to(problem, Some(&solution.path)),
            &out,
        );
    }
    xml.push_str("  </testsuite>\n");
}

fn first_error<'a>(findings: &[&'a Finding]) -> Option<&'a Finding> {
    findings.iter().copied().find(|f| f.severity == Severity::Error)
}

/// A test case, with the `file` (and `line`, when its first error has one
/// in that file) that GitHub, GitLab and Jenkins annotate.
fn case(
    xml: &mut String,
    classname: &str,
    name: &str,
    file: &str,
    seconds: f64,
    findings: &[&Finding],
    system_out: &str,
) {
    let line = first_error(findings)
        .filter(|f| f.file == file)
        .and_then(|f| f.line)
        .map_or(String::new(), |line| format!(" line=\"{line}\""));
    let _ = write!(
        xml,
        "    <testcase classname=\"{classname}\" name=\"{}\" file=\"{}\"{line} time=\"{seconds:.3}\">",
        escape(name),
        escape(file)
    );
    let errors: Vec<&&Finding> = findings.iter().filter(|f| f.severity == Severity::Error).collect();
    if let Some(first) = errors.first() {
        let body: Vec<String> = errors
            .iter()
            .map(|f| format!("{}: {}", f.location(), f.message))
            .collect();
        let _ = write!(
            xml,
            "\n      <failure message=\"{}\" type=\"judge-check\">{}</failure>",
            escape(&first.message),
            escape(&body.join("\n"))
        );
    }
    let mut out = system_out.to_owned();
    for note in findings.iter().filter(|f| f.severity == Severity::Note) {
        out.push_str(&format!("note: {}: {}\n", note.location(), note.message));
    }
    if !out.is_empty() {
        let _ = write!(xml, "\n      <system-out>{}</system-out>", escape(&out));
    }
    if errors.is_empty() && out.is_empty() {
        xml.push_str("</testcase>\n");
    } else {
        xml.push_str("\n    </testcase>\n");
    }
}

/// Text for an XML attribute or element. Characters XML 1.0 cannot hold
/// at all (most control characters) become U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;\u{FFFD}");
    }
}
