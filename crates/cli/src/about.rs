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
    let mut out = std::io::stdout().lock();
    clap_mangen::Man::new(page).render(&mut out)?;
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
