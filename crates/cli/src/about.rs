//! The commands about the judge itself: `--version`, `completions` and
//! `man`. Completions and the man page are generated from the same clap
//! definition as `--help`, so the three never disagree.

use std::io::Write;

use crate::exit;

/// `judge --version`: the judge's version, the Python it resolves (as `run`
/// would, from `$JUDGE_PYTHON` or PATH) and whether the embedded runner is
/// compiled in. A missing Python is reported here, not an error: the
/// version is still worth printing.
pub fn version() -> anyhow::Result<u8> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "judge {}", env!("CARGO_PKG_VERSION"))?;
    match crate::python::interpreter(None) {
        Ok(python) => writeln!(out, "python: {} ({})", python.path.display(), python.version_text())?,
        Err(e) => writeln!(out, "python: none usable ({})", crate::failure::message(&e))?,
    }
    let embedded = if cfg!(feature = "embedded") {
        "built in (--runner embedded)"
    } else {
        "not built (cargo feature `embedded`)"
    };
    writeln!(out, "embedded runner: {embedded}")?;
    out.flush()?;
    Ok(exit::ACCEPTED)
}

/// `judge completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<u8> {
    let mut command = crate::args::definition();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut command, "judge", &mut out);
    out.flush()?;
    Ok(exit::ACCEPTED)
}

/// The environment variables the judge reads, for `--help` and the man page.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "JUDGE_BANK",
        "the problem bank of list, show, practice and stats, when --bank is not given",
    ),
    ("JUDGE_PYTHON", "the Python interpreter, when --python is not given"),
    ("JUDGE_DB", "the practice history, when --db is not given"),
    ("NO_COLOR", "no colour, when set and not empty (--color wins)"),
    (
        "CLICOLOR_FORCE",
        "colour even when the output is not a terminal (--color wins)",
    ),
];

/// The exit codes (README, "Exit codes"), for `--help` and the man page.
pub const EXIT_CODES: &[(&str, &str)] = &[
    ("0", "accepted"),
    (
        "1",
        "judged and rejected (WA, TLE, MLE, OLE, RE, CE), or a bank check found errors",
    ),
    (
        "2",
        "nothing was judged: bad arguments, a malformed problem, a missing file, no Python",
    ),
    ("3", "the judge itself failed (IE)"),
    (
        "128+N",
        "ended by signal N (130: Ctrl-C), after ending its child processes",
    ),
];

/// The text after the top-level `--help`.
pub fn after_help() -> String {
    let mut text = String::from("Environment:\n");
    let width = ENVIRONMENT.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    for (name, what) in ENVIRONMENT {
        text.push_str(&format!("  {name:<width$}  {what}\n"));
    }
    text.push_str("\nExit codes:\n");
    for (code, what) in EXIT_CODES {
        text.push_str(&format!("  {code:<5}  {what}\n"));
    }
    text.trim_end().to_owned()
}

/// The ENVIRONMENT and EXIT STATUS sections of judge(1).
fn man_sections() -> String {
    use clap_mangen::roff::{Roff, bold, roman};
    let mut roff = Roff::new();
    for (heading, entries) in [("ENVIRONMENT", ENVIRONMENT), ("EXIT STATUS", EXIT_CODES)] {
        roff.control("SH", [heading]);
        for (name, what) in entries {
            roff.control("TP", []);
            roff.text([bold(*name)]);
            roff.text([roman(*what)]);
        }
    }
    roff.to_roff()
}

/// `judge man [COMMAND]`: the man page (roff) on stdout: judge(1), which
/// lists the commands, or one command's page, judge-run(1) and so on.
pub fn man(command_name: Option<&str>) -> anyhow::Result<u8> {
    let judge = crate::args::definition();
    let page = match command_name {
        None => judge,
        Some(name) => {
            let Some(sub) = judge.find_subcommand(name) else {
                anyhow::bail!("no command `{name}` (see `judge --help`)");
            };
            // judge-run(1), as git and cargo name their commands' pages
            let title = format!("judge-{name}");
            sub.clone()
                .name(title.clone())
                .bin_name(format!("judge {name}"))
                .display_name(title)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let top = command_name.is_none();
    // the environment and exit codes get sections of their own, not the
    // --help text's lines run together
    let page = page.after_help(None::<&str>);
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    let mut roff = String::from_utf8_lossy(&roff).into_owned();
    if top {
        let at = roff.find("\n.SH VERSION").map_or(roff.len(), |i| i + 1);
        roff.insert_str(at, &man_sections());
    }
    let mut out = std::io::stdout().lock();
    out.write_all(roff.as_bytes())?;
    out.flush()?;
    Ok(exit::ACCEPTED)
}

#[cfg(test)]
mod tests {
    /// Every argument of every command, `--help` and positionals included,
    /// says what it is for: `--help`, the man page and the completions
    /// (zsh and fish show the text) all read it.
    #[test]
    fn every_argument_has_help_text() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut command = crate::args::definition();
        // the generated --help and help subcommand are part of the tree only once built
        command.build();
        let mut missing = Vec::new();
        walk(&command, "judge", &mut missing);
        assert!(missing.is_empty(), "arguments without help text: {missing:#?}");
    }
}
