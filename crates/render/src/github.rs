//! `judge check --format github`: GitHub Actions workflow commands, so that
//! each finding is annotated on its file and line in a pull request:
//! `::error file=F,line=L,col=C,title=T::message` for an error, `::notice`
//! for a note, then the summary as plain text.

use std::io::{self, Write};

use judge_report::{BankReport, Finding, Severity};

use crate::check::count;

pub fn write_github(out: &mut dyn Write, report: &BankReport) -> io::Result<()> {
    for problem in &report.problems {
        for finding in &problem.findings {
            writeln!(out, "{}", annotation(finding, &problem.path))?;
        }
    }
    for path in &report.not_checked {
        writeln!(
            out,
            "::warning file={path}/problem.toml::not checked: --fail-fast stopped at the first failing problem"
        )?;
    }
    let failed = report.problems.iter().filter(|p| p.errors() > 0).count();
    writeln!(
        out,
        "judge check: {}, {}, {}{}",
        count(report.problems.len(), "problem"),
        count(report.errors, "error"),
        count(report.notes, "note"),
        match failed {
            0 => String::new(),
            1 => ", 1 problem failed".to_owned(),
            n => format!(", {n} problems failed"),
        }
    )?;
    out.flush()
}

/// One finding as a workflow command.
fn annotation(finding: &Finding, problem: &str) -> String {
    let command = match finding.severity {
        Severity::Error => "error",
        Severity::Note => "notice",
    };
    let mut properties = format!("file={}", property(&finding.file));
    if let Some(line) = finding.line {
        properties.push_str(&format!(",line={line}"));
        if let Some(column) = finding.column {
            properties.push_str(&format!(",col={column}"));
        }
    }
    properties.push_str(&format!(",title={}", property(&format!("judge check: {problem}"))));
    format!("::{command} {properties}::{}", data(&finding.message))
}

/// A workflow command's message: `%`, CR and LF escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property's value: also `:` and `,`, which end it.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_is_one_escaped_command() {
        let finding = Finding {
            severity: Severity::Error,
            file: "bank/a,b/problem.toml".into(),
            line: Some(3),
            column: Some(9),
            message: "100% wrong:\nsee".into(),
        };
        assert_eq!(
            annotation(&finding, "bank/a,b"),
            "::error file=bank/a%2Cb/problem.toml,line=3,col=9,title=judge check%3A bank/a%2Cb::100%25 wrong:%0Asee"
        );
        let note = Finding {
            severity: Severity::Note,
            file: "t.json".into(),
            line: None,
            column: None,
            message: "redundant".into(),
        };
        assert_eq!(
            annotation(&note, "p"),
            "::notice file=t.json,title=judge check%3A p::redundant"
        );
    }
}
