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
    /// Check a bank of problems, as CI does: every package well-formed,
    /// every reference solution gets its folder's verdict, time limits
    /// with a margin, wrong solutions caught by hidden tests.
    Check(CheckArgs),
    /// Show which sandbox layers work on this machine, and prove them with
    /// a hostile probe.
    Doctor(DoctorArgs),
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Problem directories, or directories to search for them (any depth).
    #[arg(default_value = "problems")]
    paths: Vec<PathBuf>,
    /// Runs at once (default: the number of CPUs).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Run each accepted solution N times and require the same answers
    /// every time.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    repeat: u32,
    /// An accepted solution's slowest test may take at most the time limit
    /// divided by this.
    #[arg(long, value_name = "F", default_value_t = 2.0, value_parser = parse_safety_factor)]
    safety_factor: f64,
    /// Check only slice K of N (e.g. 2/4): the slices together cover every
    /// problem exactly once.
    #[arg(long, value_name = "K/N", value_parser = parse_partition)]
    partition: Option<judge_check::Partition>,
    /// Check only problems with a file changed since this git revision
    /// (committed or not, and new files).
    #[arg(long, value_name = "REV")]
    changed_since: Option<String>,
    /// A report for a person (human), for tools (json) or for CI test
    /// views (junit).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// The Python interpreter (as for `run`).
    #[arg(long, value_name = "PATH")]
    python: Option<PathBuf>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

fn parse_safety_factor(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(f) if f.is_finite() && f >= 1.0 => Ok(f),
        _ => Err("the safety factor must be a number of at least 1".into()),
    }
}

fn parse_partition(s: &str) -> Result<judge_check::Partition, String> {
    s.parse()
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
pub enum CheckFormat {
    Human,
    Json,
    Junit,
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
    Check(CheckConfig),
    Doctor { python: Option<PathBuf> },
}

#[derive(Debug)]
pub struct CheckConfig {
    pub paths: Vec<PathBuf>,
    pub jobs: usize,
    pub repeat: u32,
    pub safety_factor: f64,
    pub partition: Option<judge_check::Partition>,
    pub changed_since: Option<String>,
    pub format: CheckFormat,
    pub python: Option<PathBuf>,
    pub color: bool,
    /// Draw a progress bar on standard error.
    pub progress_bar: bool,
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

impl ColorChoice {
    fn resolve(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

pub fn parse() -> Command {
    match Cli::parse().command {
        CliCommand::Check(args) => Command::Check(CheckConfig {
            jobs: args
                .jobs
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
                .max(1),
            paths: args.paths,
            repeat: args.repeat,
            safety_factor: args.safety_factor,
            partition: args.partition,
            changed_since: args.changed_since,
            format: args.format,
            python: args.python,
            color: args.color.resolve(),
            // the human report's lines would interleave with a bar drawn on another stream
            progress_bar: std::io::stderr().is_terminal()
                && (args.format != CheckFormat::Human || std::io::stdout().is_terminal()),
        }),
        CliCommand::Run(args) => Command::Run(RunConfig {
            color: args.color.resolve(),
            problem: args.problem,
            solution: args.solution,
            format: args.format,
            python: args.python,
            runner: args.runner,
        }),
        CliCommand::Doctor(args) => Command::Doctor { python: args.python },
    }
}
