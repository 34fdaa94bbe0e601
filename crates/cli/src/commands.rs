//! Carrying out a command with the library crates.

use std::io::Write;

use anyhow::Context;
use judge_engine::Engine;
use judge_render::HumanRenderer;
use judge_report::Verdict;

use crate::args::{Format, RunnerChoice};
use crate::config::{Command, Detail, RunConfig, TestSelection};
use crate::exit;
use crate::failure::FileError;
use crate::python::interpreter;

pub fn run(command: Command) -> anyhow::Result<u8> {
    match command {
        Command::Run(config) => run_one(&config),
        Command::Check(config) => crate::check::run(&config),
        Command::List(config) => crate::browse::list(&config),
        Command::Show(config) => crate::browse::show(&config),
        Command::Stats(config) => crate::browse::stats(&config),
        Command::Practice(config) => crate::practice::run(&config),
        Command::ImportKattis(config) => crate::import::run(&config),
        Command::Doctor { python, color } => {
            let python = interpreter(python.as_deref())?;
            crate::doctor::run(python, crate::paint::Paint::new(color))
        }
        Command::Version => crate::about::version(),
        Command::Completions(shell) => crate::about::completions(shell),
        Command::Man(command) => crate::about::man(command.as_deref()),
    }
}

/// Fails, saying what is there instead, unless `path` is a regular file:
/// a directory, a named pipe (which would block the judge) or a device is
/// not a solution.
pub(crate) fn require_file(path: &std::path::Path, what: &'static str) -> Result<(), FileError> {
    match judge_problem::what_is(path) {
        Some("a file") => Ok(()),
        is => Err(FileError {
            path: path.to_owned(),
            what,
            is,
        }),
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
            anyhow::bail!("this judge was built without the embedded runner (feature `embedded`)")
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
        judge_history::Reasoning::default(),
    );
    history.record_attempt(&attempt)?;
    Ok(())
}

fn run_one(config: &RunConfig) -> anyhow::Result<u8> {
    let mut problem = judge_problem::load(&config.problem)?;
    let all_tests = problem.tests.len();
    select_tests(&mut problem, &config.selection)?;
    require_file(&config.solution, "the solution")?;
    // read once: every test, and the history, see these bytes
    let solution = judge_engine::Submission::read(&config.solution)
        .with_context(|| format!("{}: cannot read the solution", config.solution.display()))?;
    if config.complexity {
        crate::growth::require_measured(&problem)?;
    }
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
            let mut report = engine.judge_with(&problem, &solution, options, &mut |_, _| {});
            crate::halt_if_stopping();
            if config.complexity {
                let growth = crate::growth::measure(&engine, &problem, &solution)?;
                crate::halt_if_stopping();
                if let Some(path) = &config.plot {
                    crate::growth::write_plot(path, &growth, &problem.config.title)?;
                }
                report.complexity = Some(growth);
            }
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
            let quiet = config.detail == Detail::Quiet;
            if !quiet {
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
                if !config.selection.is_all() {
                    let selected = format!(
                        "{} of {all_tests} tests ({}); not recorded in the history",
                        problem.tests.len(),
                        config.selection.describe()
                    );
                    writeln!(out, "{selected}\n")?;
                }
            }
            let mut write_error = None;
            let report = engine.judge_with(&problem, &solution, options, &mut |test, _| {
                crate::halt_if_stopping();
                if quiet {
                    return;
                }
                if let Err(e) = renderer.test_line(&mut out, test, &limits).and_then(|()| out.flush()) {
                    write_error.get_or_insert(e);
                }
            });
            crate::halt_if_stopping();
            if let Some(e) = write_error {
                return Err(e.into());
            }
            renderer.summary(&mut out, &report)?;
            if config.detail == Detail::Verbose {
                renderer.other_failures(&mut out, &report)?;
            }
            let mut report = report;
            if config.complexity {
                writeln!(out, "\nMeasuring how the CPU time grows with n...")?;
                out.flush()?;
                let growth = crate::growth::measure(&engine, &problem, &solution)?;
                crate::halt_if_stopping();
                crate::growth::show(&mut out, &growth, config.plot.as_deref(), &problem.config.title)?;
                // recorded with the attempt
                report.complexity = Some(growth);
            }
            report
        }
    };
    out.flush()?;
    // a run of some of the tests is not a judgement of the solution
    if config.record && config.selection.is_all() && report.verdict != Verdict::InternalError {
        let duration_ms = started.elapsed().as_millis() as i64;
        // the verdict stands even when the history cannot take it: say so, loudly
        if let Err(e) = record(config, &problem, &report, &solution.code, started_ms, duration_ms) {
            crate::failure::warn(&format!(
                "this attempt was not recorded in the practice history: {}",
                crate::failure::message(&e)
            ));
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

/// Keeps the tests `--test` and `--group` ask for; none is an error that
/// names the tests there are.
fn select_tests(problem: &mut judge_problem::Problem, selection: &TestSelection) -> anyhow::Result<()> {
    if selection.is_all() {
        return Ok(());
    }
    let names: Vec<String> = problem.tests.iter().take(8).map(|t| t.id()).collect();
    let more = problem.tests.len().saturating_sub(names.len());
    problem.tests.retain(|t| selection.keeps(t));
    if problem.tests.is_empty() {
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        anyhow::bail!(
            "{}: no test matches {}; the tests are {}{more}",
            problem.dir.display(),
            selection.describe(),
            names.join(", ")
        );
    }
    Ok(())
}
