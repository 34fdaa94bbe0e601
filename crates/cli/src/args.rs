//! The command line, parsed into plain configuration.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(name = "judge", version, about = "A coding-practice judge for Python solutions")]
struct Cli {
    #[command(subcommand)]
    command: CliCommand,
}

#[derive(Subcommand, Debug)]
enum CliCommand {
    /// Judge one solution against a problem's tests.
    Run(RunArgs),
    /// Show which sandbox layers work on this machine, and prove them with
    /// a hostile probe.
    Doctor(DoctorArgs),
}

#[derive(clap::Args, Debug)]
struct DoctorArgs {
    /// The Python interpreter to check (as for `run`).
    #[arg(long, value_name = "PATH")]
    python: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// The problem directory, e.g. problems/junior/palindrome.
    problem: PathBuf,
    /// The solution file (.py).
    solution: PathBuf,
    /// Output for a person (human) or for tools (json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// The Python interpreter to run solutions with (default: $JUDGE_PYTHON,
    /// else python3 on PATH, resolved once to the real executable).
    #[arg(long, value_name = "PATH")]
    python: Option<PathBuf>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// How to run the solution: in a sandboxed child process (safe for
    /// anyone's code), or inside the judge (fast; trusted code only).
    #[arg(long, value_enum, default_value_t = RunnerChoice::Process)]
    runner: RunnerChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunnerChoice {
    Process,
    Embedded,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What to do, fully resolved.
#[derive(Debug)]
pub enum Command {
    Run(RunConfig),
    Doctor { python: Option<PathBuf> },
}

#[derive(Debug)]
pub struct RunConfig {
    pub problem: PathBuf,
    pub solution: PathBuf,
    pub format: Format,
    pub python: Option<PathBuf>,
    pub color: bool,
    pub runner: RunnerChoice,
}

pub fn parse() -> Command {
    match Cli::parse().command {
        CliCommand::Run(args) => Command::Run(RunConfig {
            color: match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            },
            problem: args.problem,
            solution: args.solution,
            format: args.format,
            python: args.python,
            runner: args.runner,
        }),
        CliCommand::Doctor(args) => Command::Doctor { python: args.python },
    }
}
