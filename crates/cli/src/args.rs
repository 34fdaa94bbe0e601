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
    /// The bank as a table: level, problem, topics, and your status.
    List(ListArgs),
    /// A problem's statement, rendered for the terminal.
    Show(ShowArgs),
    /// A timed practice session: problems picked for you, judged on every
    /// save, with a countdown and a summary.
    Practice(PracticeArgs),
    /// Your progress: by level and topic, streaks, the hardest problems.
    Stats(StatsArgs),
    /// Show which sandbox layers work on this machine, and prove them with
    /// a hostile probe.
    Doctor(DoctorArgs),
    /// Turn a problem package of another format into a judge package.
    Import(ImportArgs),
}

#[derive(clap::Args, Debug)]
struct ImportArgs {
    #[command(subcommand)]
    format: ImportFormat,
}

#[derive(Subcommand, Debug)]
enum ImportFormat {
    /// A Kattis problem package (legacy or 2023-07 and later) → a stdio
    /// problem (docs/kattis.md).
    Kattis(KattisArgs),
}

#[derive(clap::Args, Debug)]
struct KattisArgs {
    /// The Kattis package: the directory with problem.yaml.
    src: PathBuf,
    /// The judge package to write (a new or empty directory).
    dest: PathBuf,
    /// The problem's level in the bank.
    #[arg(long, value_enum, default_value_t = LevelArg::Mid)]
    level: LevelArg,
    /// Replace DEST even if it exists and is not empty.
    #[arg(long)]
    force: bool,
    /// The Python interpreter that times the accepted submissions (as for `run`).
    #[arg(long, value_name = "PATH")]
    python: Option<PathBuf>,
}

/// Where the bank and the history are.
#[derive(clap::Args, Debug)]
struct PlaceArgs {
    /// The problem bank (default: $JUDGE_BANK, else ./problems).
    #[arg(long, value_name = "DIR", env = "JUDGE_BANK", default_value = "problems")]
    bank: PathBuf,
    /// The history database (default: $JUDGE_DB, else
    /// $XDG_DATA_HOME/judge/history.sqlite3).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelArg {
    Junior,
    Mid,
    Senior,
}

impl LevelArg {
    pub fn as_str(self) -> &'static str {
        match self {
            LevelArg::Junior => "junior",
            LevelArg::Mid => "mid",
            LevelArg::Senior => "senior",
        }
    }
}

/// Which problems of the bank: `list` shows them, `practice` picks among them.
#[derive(clap::Args, Debug)]
struct ProblemFilterArgs {
    #[arg(long, value_enum)]
    level: Option<LevelArg>,
    /// Problems with a topic containing this (e.g. graphs).
    #[arg(long)]
    topic: Option<String>,
}

impl ProblemFilterArgs {
    fn filter(self, unsolved: bool) -> judge_practice::Filter {
        judge_practice::Filter {
            level: self.level.map(|l| l.as_str().to_owned()),
            topic: self.topic,
            unsolved,
        }
    }
}

#[derive(clap::Args, Debug)]
struct ListArgs {
    #[command(flatten)]
    problems: ProblemFilterArgs,
    /// Only problems you have not solved.
    #[arg(long)]
    unsolved: bool,
    #[command(flatten)]
    place: PlaceArgs,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args, Debug)]
struct ShowArgs {
    /// A problem directory, or a problem of the bank: `palindrome` or
    /// `junior/palindrome`.
    problem: String,
    /// The problem bank (default: $JUDGE_BANK, else ./problems).
    #[arg(long, value_name = "DIR", env = "JUDGE_BANK", default_value = "problems")]
    bank: PathBuf,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args, Debug)]
struct PracticeArgs {
    #[command(flatten)]
    problems: ProblemFilterArgs,
    /// The session's time limit.
    #[arg(long, default_value_t = 45, value_parser = clap::value_parser!(u32).range(1..=24 * 60))]
    minutes: u32,
    /// How many problems.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
    count: u32,
    /// Where your solution files go (one per problem, from its template;
    /// an existing file is kept).
    #[arg(long, value_name = "DIR", default_value = "practice")]
    dir: PathBuf,
    #[command(flatten)]
    place: PlaceArgs,
    /// The Python interpreter (as for `run`).
    #[arg(long, value_name = "PATH")]
    python: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Drive the session from a script instead of the keyboard and the
    /// clock (for tests and demos; docs/practice.md).
    #[arg(long, value_name = "FILE", hide = true)]
    script: Option<PathBuf>,
    /// Run every test of a solution, not only up to its first failure.
    #[arg(long)]
    all_tests: bool,
}

#[derive(clap::Args, Debug)]
struct StatsArgs {
    #[command(flatten)]
    place: PlaceArgs,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
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
    /// Check nothing: merge the JSON reports of the slices of one check
    /// (`--partition K/N --format json`, one file per slice) into the
    /// report and exit code of one unpartitioned check.
    #[arg(long, value_name = "REPORT.json", num_args = 1..,
          conflicts_with_all = ["paths", "partition", "changed_since", "jobs", "repeat", "safety_factor", "python"])]
    merge: Vec<PathBuf>,
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
    /// Do not record this attempt in the practice history.
    #[arg(long)]
    no_record: bool,
    /// The history database (default: $JUDGE_DB, else
    /// $XDG_DATA_HOME/judge/history.sqlite3).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Stop at the first failing test; the report says how many tests
    /// were not run.
    #[arg(long)]
    fail_fast: bool,
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
    List(ListConfig),
    Show(ShowConfig),
    Practice(PracticeConfig),
    Stats(StatsConfig),
    Doctor { python: Option<PathBuf> },
    ImportKattis(ImportConfig),
}

#[derive(Debug)]
pub struct ImportConfig {
    pub src: PathBuf,
    pub dest: PathBuf,
    pub level: LevelArg,
    pub force: bool,
    pub python: Option<PathBuf>,
}

#[derive(Debug)]
pub struct Places {
    pub bank: PathBuf,
    /// `None`: the default place (`judge_history::default_path`).
    pub db: Option<PathBuf>,
}

impl From<PlaceArgs> for Places {
    fn from(args: PlaceArgs) -> Places {
        Places {
            bank: args.bank,
            db: args.db,
        }
    }
}

#[derive(Debug)]
pub struct ListConfig {
    pub filter: judge_practice::Filter,
    pub places: Places,
    pub format: Format,
    pub color: bool,
}

#[derive(Debug)]
pub struct ShowConfig {
    pub problem: String,
    pub bank: PathBuf,
    pub color: bool,
}

#[derive(Debug)]
pub struct PracticeConfig {
    pub filter: judge_practice::Filter,
    pub minutes: u32,
    pub count: usize,
    pub dir: PathBuf,
    pub places: Places,
    pub python: Option<PathBuf>,
    pub color: bool,
    pub script: Option<PathBuf>,
    /// Stop each judgement at its first failing test.
    pub fail_fast: bool,
}

#[derive(Debug)]
pub struct StatsConfig {
    pub places: Places,
    pub format: Format,
    pub color: bool,
}

#[derive(Debug)]
pub struct CheckConfig {
    pub paths: Vec<PathBuf>,
    pub jobs: usize,
    pub repeat: u32,
    pub safety_factor: f64,
    pub partition: Option<judge_check::Partition>,
    pub changed_since: Option<String>,
    /// `--merge`: the slices' reports to merge instead of checking.
    pub merge: Vec<PathBuf>,
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
    /// Record the attempt in the history.
    pub record: bool,
    pub db: Option<PathBuf>,
    /// Stop at the first failing test.
    pub fail_fast: bool,
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
            merge: args.merge,
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
            record: !args.no_record,
            db: args.db,
            fail_fast: args.fail_fast,
        }),
        CliCommand::List(args) => Command::List(ListConfig {
            filter: args.problems.filter(args.unsolved),
            places: args.place.into(),
            format: args.format,
            color: args.color.resolve(),
        }),
        CliCommand::Show(args) => Command::Show(ShowConfig {
            problem: args.problem,
            bank: args.bank,
            color: args.color.resolve(),
        }),
        CliCommand::Practice(args) => Command::Practice(PracticeConfig {
            filter: args.problems.filter(false),
            minutes: args.minutes,
            count: args.count as usize,
            dir: args.dir,
            places: args.place.into(),
            python: args.python,
            color: args.color.resolve(),
            script: args.script,
            fail_fast: !args.all_tests,
        }),
        CliCommand::Stats(args) => Command::Stats(StatsConfig {
            places: args.place.into(),
            format: args.format,
            color: args.color.resolve(),
        }),
        CliCommand::Doctor(args) => Command::Doctor { python: args.python },
        CliCommand::Import(ImportArgs {
            format: ImportFormat::Kattis(args),
        }) => Command::ImportKattis(ImportConfig {
            src: args.src,
            dest: args.dest,
            level: args.level,
            force: args.force,
            python: args.python,
        }),
    }
}
