//! `judge`: a coding-practice judge for Python.
//!
//! A thin binary: `args` turns the command line into a plain config,
//! `commands` hands it to the library crates and maps the result to an
//! exit code.

mod about;
mod args;
mod bank;
mod browse;
mod check;
mod check_times;
mod commands;
mod config;
mod doctor;
mod failure;
mod growth;
mod history;
mod import;
mod paint;
mod practice;
mod python;
mod stats_plot;

use std::process::ExitCode;

/// Exit codes, documented in the README: scripts can rely on them.
pub mod exit {
    /// The solution was accepted.
    pub const ACCEPTED: u8 = 0;
    /// The solution was judged and rejected (WA, TLE, MLE, OLE, RE, CE).
    pub const REJECTED: u8 = 1;
    /// Nothing was judged: bad arguments, a malformed problem, a missing
    /// file, no Python.
    pub const USAGE: u8 = 2;
    /// The judge itself failed (IE).
    pub const INTERNAL: u8 = 3;
}

fn main() -> ExitCode {
    let command = args::parse();
    let json_errors = command.writes_json();
    if matches!(
        command,
        config::Command::Run(_) | config::Command::Check(_) | config::Command::ImportKattis(_)
    ) {
        reap_on_signals();
    }
    let result = commands::run(command);
    halt_if_stopping();
    match result {
        Ok(code) => ExitCode::from(code),
        // A reader that went away (`judge run ... | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(failure::report(&err, json_errors)),
    }
}

/// On Ctrl-C (SIGINT), SIGTERM or SIGHUP the judge ends and reaps every
/// child it started, then exits as the signal would have (128 + signal).
/// Without this, the signal ends the judge alone: its harness children,
/// each in a process group of its own, would run on as orphans. (`practice`
/// handles Ctrl-C itself and ends through the normal path.)
fn reap_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new().name("judge-signals".into()).spawn(move || {
        if let Some(signal) = signals.forever().next() {
            judge_runner::shutdown();
            std::process::exit(128 + signal);
        }
    });
}

/// Blocks for good when a signal is ending the judge: whatever work just
/// finished was cut short by the shutdown killing its children, so it is
/// neither shown nor recorded, and the exit code is the signal's (the
/// signal's thread exits once every child is reaped).
pub(crate) fn halt_if_stopping() {
    if judge_runner::stopping() {
        loop {
            std::thread::park();
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
