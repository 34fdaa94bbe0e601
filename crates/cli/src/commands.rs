//! Carrying out a command with the library crates.

use std::io::Write;

use anyhow::{Context, bail};
use judge_engine::Engine;
use judge_render::HumanRenderer;
use judge_report::Verdict;
use judge_runner::Interpreter;

use crate::args::{Command, Format, RunConfig, RunnerChoice};
use crate::exit;

pub fn run(command: Command) -> anyhow::Result<u8> {
    match command {
        Command::Run(config) => run_one(&config),
        Command::Check(config) => crate::check::run(&config),
        Command::List(config) => crate::browse::list(&config),
        Command::Show(config) => crate::browse::show(&config),
        Command::Stats(config) => crate::browse::stats(&config),
        Command::Practice(config) => crate::practice::run(&config),
        Command::ImportKattis(config) => crate::import::run(&config),
        Command::Doctor { python } => {
            let python = interpreter(python.as_deref())?;
            crate::doctor::run(python)
        }
    }
}

pub(crate) fn interpreter(explicit: Option<&std::path::Path>) -> anyhow::Result<Interpreter> {
    Ok(match explicit {
        Some(path) => Interpreter::at(path)?,
        None => Interpreter::discover()?,
    })
}

/// Fails, saying what is there instead, unless `path` is a regular file:
/// a directory, a named pipe (which would block the judge) or a device is
/// not a solution.
pub(crate) fn require_file(path: &std::path::Path, what: &str) -> anyhow::Result<()> {
    match judge_problem::what_is(path) {
        Some("a file") => Ok(()),
        Some(is) => bail!("{}: {what} is {is}, not a file", path.display()),
        None => bail!("{}: {what} file does not exist", path.display()),
    }
}

/// The engine with the chosen runner. The process runner's interpreter
/// also hosts custom checkers, for either runner.
fn engine(config: &RunConfig) -> anyhow::Result<Engine> {
    let python = interpreter(config.python.as_deref())?;
    let harness = std::sync::Arc::new(
        judge_runner::HarnessFile::write().context("cannot write the Python harness to a temporary directory")?,
    );
    let runner: Box<dyn judge_runner::Runner> = match config.runner {
        RunnerChoice::Process => Box::new(judge_runner::ProcessRunner::new(python.clone(), harness.clone())),
        #[cfg(feature = "embedded")]
        RunnerChoice::Embedded => Box::new(judge_embedded::EmbeddedRunner::new()?),
        #[cfg(not(feature = "embedded"))]
        RunnerChoice::Embedded => {
            bail!("this judge was built without the embedded runner (feature `embedded`)")
        }
    };
    Ok(Engine::new(runner, python, harness))
}

fn record(
    config: &RunConfig,
    problem: &judge_problem::Problem,
    report: &judge_report::RunReport,
    code: &[u8],
    at_ms: i64,
    duration_ms: i64,
) -> anyhow::Result<()> {
    let history = crate::history::open(config.db.as_deref())?;
    let attempt = crate::history::attempt(
        problem,
        report,
        code,
        at_ms,
        duration_ms,
        judge_history::Source::Run,
        None,
    );
    history.record_attempt(&attempt)?;
    Ok(())
}

fn run_one(config: &RunConfig) -> anyhow::Result<u8> {
    let problem = judge_problem::load(&config.problem)?;
    require_file(&config.solution, "the solution")?;
    // read once: every test, and the history, see these bytes
    let solution = judge_engine::Submission::read(&config.solution)
        .with_context(|| format!("{}: cannot read the solution", config.solution.display()))?;
    let engine = engine(config)?;
    engine.check_problem(&problem)?;
    let started_ms = crate::history::now_ms()?;
    let started = std::time::Instant::now();

    let options = judge_engine::JudgeOptions {
        fail_fast: config.fail_fast,
        ..Default::default()
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let report = match config.format {
        Format::Json => {
            let report = engine.judge_with(&problem, &solution, options, &mut |_, _| {});
            crate::halt_if_stopping();
            judge_render::write_json(&mut out, &report)?;
            report
        }
        Format::Human => {
            let name_width = problem.tests.iter().map(|t| t.id_chars()).max().unwrap_or(8);
            let renderer = HumanRenderer::new(config.color, name_width);
            let info = judge_engine::problem_info(&problem);
            let limits = judge_report::LimitsInfo {
                time_ms: problem.config.limits.time_ms,
                wall_ms: problem.config.limits.wall_ms(),
                memory_mb: problem.config.limits.memory_mb,
                output_kb: problem.config.limits.output_kb,
            };
            let isolation = engine.isolation();
            renderer.header(
                &mut out,
                &judge_render::Header {
                    problem: &info,
                    solution: &config.solution.display().to_string(),
                    runner: engine.runner_name(),
                    python: &engine.python_version(),
                    limits: &limits,
                    sandbox_warnings: &isolation.warnings,
                },
            )?;
            let mut write_error = None;
            let report = engine.judge_with(&problem, &solution, options, &mut |test, _| {
                crate::halt_if_stopping();
                if let Err(e) = renderer.test_line(&mut out, test, &limits).and_then(|()| out.flush()) {
                    write_error.get_or_insert(e);
                }
            });
            crate::halt_if_stopping();
            if let Some(e) = write_error {
                return Err(e.into());
            }
            renderer.summary(&mut out, &report)?;
            report
        }
    };
    out.flush()?;
    if config.record && report.verdict != Verdict::InternalError {
        let duration_ms = started.elapsed().as_millis() as i64;
        // the verdict stands even when the history cannot take it: say so, loudly
        if let Err(e) = record(config, &problem, &report, &solution.code, started_ms, duration_ms) {
            eprintln!("warning: this attempt was not recorded in the practice history: {e:#}");
        }
    }
    let code = match report.verdict {
        Verdict::Accepted => exit::ACCEPTED,
        Verdict::InternalError => exit::INTERNAL,
        _ => exit::REJECTED,
    };
    // The process exits next, and the kernel frees its memory at once:
    // freeing every case and every test's report one by one first (two
    // allocations or more each, 100,000 cases in a large bank) is time
    // spent for nothing. Both are plain data, with no `Drop` that does
    // anything but free (the engine, which owns children and files, is
    // dropped as usual).
    std::mem::forget(problem);
    std::mem::forget(report);
    Ok(code)
}
