//! `judge`: a coding-practice judge for Python.
//!
//! A thin binary: `args` turns the command line into a plain config,
//! `commands` hands it to the library crates and maps the result to an
//! exit code.

mod args;
mod browse;
mod check;
mod commands;
mod doctor;
mod history;
mod paint;
mod practice;

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
    match commands::run(command) {
        Ok(code) => ExitCode::from(code),
        // A reader that went away (`judge run ... | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(exit::USAGE)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
