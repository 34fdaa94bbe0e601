//! The command line (clap's definition), parsed into the plain
//! configuration of `config`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::bank::Bank;
use crate::config::{
    CheckConfig, Command, Detail, ImportConfig, ListConfig, Places, PracticeConfig, RunConfig, ShowConfig, StatsConfig,
    TestSelection,
};

#[derive(Parser, Debug)]
#[command(
    name = "judge",
    version,
    about = "A coding-practice judge for Python solutions",
    disable_version_flag = true,
    arg_required_else_help = true
)]
struct Cli {
    /// Print the version, the Python the judge would use, and whether the
    /// embedded runner is built in.
    #[arg(short = 'V', long)]
    version: bool,
    #[command(subcommand)]
    command: Option<CliCommand>,
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
    /// Print a shell completion script (e.g. `judge completions bash >
    /// ~/.local/share/bash-completion/completions/judge`).
    Completions(CompletionsArgs),
    /// Print the man page (roff), e.g. `judge man | man -l -`.
    Man(ManArgs),
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

#[derive(clap::Args, Debug)]
struct ManArgs {
    /// A command's own page (judge-run(1)...) instead of judge(1).
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

#[derive(clap::Args, Debug)]
struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Where the bank and the history are.
#[derive(clap::Args, Debug)]
struct PlaceArgs {
    /// The problem bank (default: $JUDGE_BANK, else ./problems, else the
    /// bank the judge was built with).
    #[arg(long, value_name = "DIR")]
    bank: Option<PathBuf>,
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
    /// Only problems of this level.
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
    /// Output for a person (human) or for tools (json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args, Debug)]
struct ShowArgs {
    /// A problem directory, or a problem of the bank: `palindrome` or
    /// `junior/palindrome`.
    problem: String,
    #[command(flatten)]
    place: PlaceArgs,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args, Debug)]
struct PracticeArgs {
    #[command(flatten)]
    problems: ProblemFilterArgs,
    /// The session's time limit.
    #[arg(long, default_value_t = 45, value_parser = whole_number(1, 24 * 60))]
    minutes: u32,
    /// How many problems.
    #[arg(long, default_value_t = 3, value_parser = whole_number(1, 100))]
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
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Drive the session from a script instead of the keyboard and the
    /// clock (for tests and demos; docs/practice.md).
    #[arg(long, value_name = "FILE", hide = true)]
    script: Option<PathBuf>,
    /// Run every test of a solution, not only up to its first failure.
    #[arg(long)]
    all_tests: bool,
    /// Do not ask for the claimed complexity and approach before a
    /// problem's first judgement.
    #[arg(long)]
    no_reasoning: bool,
}

#[derive(clap::Args, Debug)]
struct StatsArgs {
    #[command(flatten)]
    place: PlaceArgs,
    /// Output for a person (human) or for tools (json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Also draw progress over time (solved per level, time to accepted in
    /// sessions) into this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Problem directories, or directories to search for them (any depth).
    #[arg(default_value = "problems")]
    paths: Vec<PathBuf>,
    /// Runs at once (default: the number of CPUs).
    #[arg(long, short = 'j', value_name = "N", value_parser = count)]
    jobs: Option<usize>,
    /// Run each accepted solution N times and require the same answers
    /// every time.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = whole_number(1, 100))]
    repeat: u32,
    /// An accepted solution's slowest test may take at most the time limit
    /// divided by this (once --safety-factor).
    #[arg(long, visible_alias = "safety-factor", value_name = "F", default_value_t = 4.0,
          value_parser = parse_floor)]
    ac_floor: f64,
    /// A time_limit_exceeded solution must be at least this many times
    /// over the limit: its failing test runs again under F x the limit
    /// (1: no second run).
    #[arg(long, value_name = "F", default_value_t = 5.0, value_parser = parse_floor)]
    tle_floor: f64,
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
          conflicts_with_all = ["paths", "partition", "changed_since", "jobs", "repeat", "ac_floor", "tle_floor", "python"])]
    merge: Vec<PathBuf>,
    /// A report for a person (human), for tools (json), for CI test
    /// views (junit) or as GitHub Actions annotations (github).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// The Python interpreter (as for `run`).
    #[arg(long, value_name = "PATH")]
    python: Option<PathBuf>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Draw no progress bar (there is none anyway when standard error is
    /// not a terminal, or TERM is dumb).
    #[arg(long)]
    no_progress: bool,
    /// List the notes (advice that does not fail the check, such as a
    /// test that catches no wrong solution) in the human report; by
    /// default only their count is shown.
    #[arg(long)]
    notes: bool,
    /// Say more: for now, list the notes (as --notes).
    #[arg(short, long)]
    verbose: bool,
    /// Start no further problem once one has failed: the problems under
    /// way are finished, the rest are listed as not checked, and the check
    /// fails.
    #[arg(long, conflicts_with = "merge")]
    fail_fast: bool,
    /// Also measure the growth of the accepted and time_limit_exceeded
    /// solutions of problems with a [complexity] table: an accepted one
    /// more than a class off the expected class, or a slow one that grows
    /// no faster than the accepted ones, fails the check. Costs seconds
    /// per solution.
    #[arg(long, conflicts_with = "merge")]
    complexity: bool,
    /// Also judge up to N mutants (default 12) of each accepted solution
    /// of each problem whose accepted solutions pass: small mistakes (a
    /// comparison, a constant off by one, a dropped statement...). A
    /// mutant no test rejects fails the check, shown as a diff, unless the
    /// problem's equivalent-mutants.txt records its hash.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "12",
          value_parser = mutant_count, conflicts_with = "merge")]
    mutants: Option<u32>,
    /// The seed choosing the mutants: the same seed, the same mutants.
    #[arg(long, value_name = "SEED", default_value_t = 0, requires = "mutants")]
    mutants_seed: u64,
    /// With --mutants: append every survivor's hash to its problem's
    /// equivalent-mutants.txt (this check still reports them; the next
    /// counts them as equivalent). Only after reading their diffs.
    #[arg(long, requires = "mutants")]
    record_equivalent: bool,
}

/// A whole number from `min` to `max`, said in those words when it is not
/// (clap's own range check says "0 is not in 1..=100", Rust's syntax).
fn whole_number(min: u32, max: u32) -> impl Fn(&str) -> Result<u32, String> + Clone + Send + Sync + 'static {
    move |s| match s.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!("expected a whole number from {min} to {max}")),
    }
}

/// `--mutants`' optional number. It takes the next word, so a path given
/// after it would land here: say so.
fn mutant_count(s: &str) -> Result<u32, String> {
    whole_number(1, 1000)(s).map_err(|_| {
        "expected the number of mutants per accepted solution, a whole number from 1 to 1000 \
         (the number is optional: give the paths before `--mutants`, or write `--mutants=N`)"
            .to_owned()
    })
}

/// A count, 0 or more ("invalid digit found in string" is Rust's).
fn count(s: &str) -> Result<usize, String> {
    s.parse().map_err(|_| "expected a whole number (0 or more)".to_owned())
}

fn parse_floor(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(f) if f.is_finite() && (1.0..=20.0).contains(&f) => Ok(f),
        _ => Err("a floor must be a number from 1 to 20".into()),
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
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
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
    /// Run only the tests whose `group/name` matches this glob (`hidden/*`,
    /// `*eszett*`); may be given more than once. A run of some tests is not
    /// recorded in the history.
    #[arg(long = "test", value_name = "GLOB", value_parser = test_glob)]
    tests: Vec<glob::Pattern>,
    /// Run only the tests of this group (`sample`, `hidden`, ...); may be
    /// given more than once.
    #[arg(long = "group", value_name = "NAME")]
    groups: Vec<String>,
    /// Print only the summary and the first failure.
    #[arg(short, long, conflicts_with = "verbose")]
    quiet: bool,
    /// Print every failing test in full, not only the first.
    #[arg(short, long)]
    verbose: bool,
    /// Also measure how the solution's CPU time grows with the size of its
    /// input (on the problem's generated inputs, from its [complexity]
    /// table): the estimate (O(n), O(n log n), ...), the fit's confidence
    /// and a chart.
    #[arg(long)]
    complexity: bool,
    /// With --complexity: also draw the measured times and the fitted
    /// curve as an SVG picture in this file.
    #[arg(long, value_name = "FILE.svg", requires = "complexity")]
    plot: Option<PathBuf>,
}

fn test_glob(s: &str) -> Result<glob::Pattern, String> {
    glob::Pattern::new(s).map_err(|e| format!("not a glob: {}", e.msg))
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
    Github,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl From<PlaceArgs> for Places {
    fn from(args: PlaceArgs) -> Places {
        Places {
            bank: Bank::resolve(args.bank),
            db: args.db,
        }
    }
}

impl ColorChoice {
    /// Whether to colour standard output; standard error follows an explicit
    /// `always` or `never` too (see `apply_to_stderr`).
    fn resolve(self) -> bool {
        self.apply_to_stderr();
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            // anstream's rules: NO_COLOR (set and not empty) never, CLICOLOR_FORCE
            // always, else a terminal whose TERM is not `dumb`
            // TERM=dumb is no colour even where anstream would colour a CI
            // system's terminal (CI set)
            ColorChoice::Auto if dumb_terminal() => {
                anstream::ColorChoice::Never.write_global();
                false
            }
            ColorChoice::Auto => anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
        }
    }

    /// `--color always|never` holds for standard error (`error:`) too;
    /// `auto` leaves each stream to anstream's rules.
    fn apply_to_stderr(self) {
        match self {
            ColorChoice::Always => anstream::ColorChoice::Always.write_global(),
            ColorChoice::Never => anstream::ColorChoice::Never.write_global(),
            ColorChoice::Auto => {}
        }
    }
}

/// TERM=dumb, and no CLICOLOR_FORCE (set, not empty and not `0`) to overrule it.
fn dumb_terminal() -> bool {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    set("TERM").is_some_and(|t| t == "dumb") && set("CLICOLOR_FORCE").is_none_or(|v| v == "0")
}

/// The command line's definition, for `--help`, completions and the man
/// page alike.
pub fn definition() -> clap::Command {
    Cli::command().after_help(crate::about::after_help())
}

/// `$JUDGE_BANK` stands in for `--bank` when it is set and not empty
/// (clap would refuse an empty one), and only then does `--help` show it:
/// the definition leaves it out, for a man page free of this machine's
/// paths.
fn with_bank_from_env(command: clap::Command) -> clap::Command {
    let set = std::env::var_os(crate::bank::BANK_VAR).is_some_and(|v| !v.is_empty());
    if !set {
        return command;
    }
    let names: Vec<String> = command
        .get_subcommands()
        .filter(|sub| sub.get_arguments().any(|a| a.get_id() == "bank"))
        .map(|sub| sub.get_name().to_owned())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| sub.mut_arg("bank", |arg| arg.env(crate::bank::BANK_VAR)))
    })
}

/// A command line clap rejects: its message on stderr, as clap writes it,
/// and, when the command line asked for JSON, the JSON error on stdout too.
fn usage_error(error: clap::Error) -> ! {
    use clap::error::ErrorKind;
    let is_error = !matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if is_error && asks_for_json(std::env::args_os().skip(1)) {
        // the error's paragraph, without the usage and the tip after it
        let rendered = error.render().to_string();
        let paragraph: Vec<&str> = rendered.lines().map(str::trim).take_while(|l| !l.is_empty()).collect();
        let message = paragraph.join(" ");
        let message = message.strip_prefix("error: ").unwrap_or(&message);
        crate::failure::write_json_error("usage", message, None, crate::exit::USAGE);
    }
    error.exit()
}

/// `--format json` or `--format=json` anywhere on the command line.
fn asks_for_json(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    let args: Vec<std::ffi::OsString> = args.collect();
    args.iter().any(|a| a == "--format=json") || args.windows(2).any(|w| w[0] == "--format" && w[1] == "json")
}

pub fn parse() -> Command {
    let cli = with_bank_from_env(definition())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|e| usage_error(e));
    let command = match cli.command {
        Some(command) if !cli.version => command,
        // `arg_required_else_help` leaves only `judge -V` here
        _ => return Command::Version,
    };
    match command {
        CliCommand::Check(args) => Command::Check(CheckConfig {
            jobs: args
                .jobs
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
                .max(1),
            paths: args.paths,
            repeat: args.repeat,
            safety_factor: args.ac_floor,
            tle_floor: args.tle_floor,
            partition: args.partition,
            changed_since: args.changed_since,
            merge: args.merge,
            format: args.format,
            python: args.python,
            color: args.color.resolve(),
            // the human report's lines would interleave with a bar drawn on another stream
            list_notes: args.notes || args.verbose,
            fail_fast: args.fail_fast,
            complexity: args.complexity,
            mutants: args.mutants.map(|n| n as usize),
            mutants_seed: args.mutants_seed,
            record_equivalent: args.record_equivalent,
            progress_bar: !args.no_progress
                && std::io::stderr().is_terminal()
                && std::env::var_os("TERM").is_some_and(|t| t != "dumb")
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
            selection: TestSelection {
                globs: args.tests,
                groups: args.groups,
            },
            detail: match (args.quiet, args.verbose) {
                (true, _) => Detail::Quiet,
                (_, true) => Detail::Verbose,
                _ => Detail::Normal,
            },
            complexity: args.complexity,
            plot: args.plot,
        }),
        CliCommand::List(args) => Command::List(ListConfig {
            filter: args.problems.filter(args.unsolved),
            places: args.place.into(),
            format: args.format,
            color: args.color.resolve(),
        }),
        CliCommand::Show(args) => Command::Show(ShowConfig {
            problem: args.problem,
            places: args.place.into(),
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
            reasoning: !args.no_reasoning,
        }),
        CliCommand::Stats(args) => Command::Stats(StatsConfig {
            places: args.place.into(),
            format: args.format,
            color: args.color.resolve(),
            plot: args.plot,
        }),
        CliCommand::Doctor(args) => Command::Doctor {
            python: args.python,
            color: args.color.resolve(),
        },
        CliCommand::Completions(args) => Command::Completions(args.shell),
        CliCommand::Man(args) => Command::Man(args.command),
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
