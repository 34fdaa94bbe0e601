//! `judge check`: choosing the problems, running the bank check with a
//! progress display, and writing the report.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use judge_check::{CheckOptions, Progress};
use judge_engine::Engine;
use judge_render::CheckRenderer;
use judge_report::{BankReport, CHECK_SCHEMA};

use crate::args::CheckFormat;
use crate::config::CheckConfig;
use crate::exit;

pub fn run(config: &CheckConfig) -> anyhow::Result<u8> {
    if !config.merge.is_empty() {
        return merge(config);
    }
    let started = Instant::now();
    let dirs = select_problems(config)?;

    let python = crate::python::interpreter(config.python.as_deref())?;
    let harness = Arc::new(
        judge_runner::HarnessFile::write().context("cannot write the Python harness to a temporary directory")?,
    );
    // The bank's own solutions: a warm pool forks each run from a started
    // harness, in the same sandbox as ever.
    let runner = judge_runner::ProcessRunner::with_warm_pool(python.clone(), harness.clone())
        .context("cannot start the warm pool of Python harnesses")?;
    let engine = Engine::new(Box::new(runner), python, harness);

    let renderer = CheckRenderer::new(
        config.color,
        dirs.iter()
            .map(|d| d.display().to_string().chars().count())
            .max()
            .unwrap_or(8),
    )
    .list_notes(config.list_notes);
    // a spinner until the runs are counted: a bar of 0/0 would be drawn full
    let bar = config.progress_bar.then(|| {
        let bar = ProgressBar::no_length().with_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] planning the runs {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    });
    let stdout = Mutex::new(std::io::stdout());
    let write_error = Mutex::new(None);
    let human = config.format == CheckFormat::Human;
    let progress = |event: Progress<'_>| match event {
        Progress::Planned { runs, .. } => {
            if let Some(bar) = bar.as_ref().filter(|_| runs > 0) {
                bar.set_length(runs as u64);
                bar.set_style(
                    ProgressStyle::with_template(
                        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} runs, ~{eta} left {msg}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
            }
        }
        Progress::RunFinished => {
            if let Some(bar) = &bar {
                bar.inc(1);
            }
        }
        Progress::ProblemFinished(check) => {
            crate::halt_if_stopping();
            let line = renderer.problem_line(check);
            match (&bar, human) {
                (Some(bar), true) => bar.println(line),
                (Some(bar), false) => bar.set_message(check.path.clone()),
                (None, true) => {
                    let mut out = stdout.lock().unwrap_or_else(|e| e.into_inner());
                    if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
                        write_error.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
                    }
                }
                (None, false) => {}
            }
        }
    };
    let options = CheckOptions {
        jobs: config.jobs,
        adaptive: true,
        repeat: config.repeat,
        safety_factor: config.safety_factor,
        tle_floor: config.tle_floor,
        fail_fast: config.fail_fast,
        previous_run_ms: crate::check_times::previous(&dirs),
        probe_memo: Some(std::sync::Arc::new(crate::check_times::probe_memo())),
    };
    let judge_check::Checked {
        mut problems,
        not_checked,
    } = judge_check::check_problems(&engine, &dirs, &options, &progress);
    crate::check_times::remember(&problems);
    if let Some(memo) = &options.probe_memo {
        crate::check_times::remember_probes(memo);
    }
    if config.complexity {
        measure_growth(&engine, &mut problems);
    }
    if let Some(per_solution) = config.mutants {
        let options = judge_check::MutantOptions {
            per_solution,
            seed: config.mutants_seed,
            jobs: config.jobs,
        };
        let under_way = |path: &str| {
            crate::halt_if_stopping();
            if let Some(bar) = &bar {
                bar.set_message(format!("mutants of {path}"));
            }
        };
        judge_check::check_mutants(&engine, &mut problems, &options, &under_way);
        if config.record_equivalent {
            record_equivalent(&problems)?;
        }
    }
    crate::halt_if_stopping();
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if let Some(e) = write_error.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(e.into());
    }

    let errors = problems.iter().map(|p| p.errors()).sum();
    let notes = problems.iter().map(|p| p.notes()).sum();
    let report = BankReport {
        schema: CHECK_SCHEMA.to_owned(),
        roots: config.paths.iter().map(|p| p.display().to_string()).collect(),
        partition: config.partition.map(|p| p.to_string()),
        changed_since: config.changed_since.clone(),
        safety_factor: config.safety_factor,
        tle_floor: config.tle_floor,
        repeat: config.repeat,
        jobs: config.jobs,
        runner: engine.runner_name().to_owned(),
        python: engine.python_version(),
        wall_ms: started.elapsed().as_secs_f64() * 1000.0,
        problems,
        errors,
        notes,
        not_checked: not_checked.iter().map(|p| p.display().to_string()).collect(),
    };
    let mut out = stdout.into_inner().unwrap_or_else(|e| e.into_inner()).lock();
    write_report(&mut out, config.format, &renderer, &report)
}

/// `--record-equivalent`: each problem's survivors appended to its
/// equivalent-mutants.txt (made if missing).
fn record_equivalent(problems: &[judge_report::ProblemCheck]) -> anyhow::Result<()> {
    for check in problems {
        let Some(mutants) = check.mutants.as_ref().filter(|m| !m.survivors.is_empty()) else {
            continue;
        };
        let file = PathBuf::from(&check.path).join(judge_check::EQUIVALENT_FILE);
        let mut text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e).with_context(|| format!("{}: cannot read", file.display())),
        };
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&judge_check::equivalent_lines(&mutants.survivors));
        std::fs::write(&file, text).with_context(|| format!("{}: cannot write", file.display()))?;
    }
    Ok(())
}

/// `--complexity`: each problem with a `[complexity]` table gets its
/// solutions' growth and the findings about it. One solution at a time:
/// the times are the measurement.
fn measure_growth(engine: &judge_engine::Engine, problems: &mut [judge_report::ProblemCheck]) {
    for check in problems {
        crate::halt_if_stopping();
        let dir = PathBuf::from(&check.path);
        // a problem that does not load already has its error
        let Ok(problem) = judge_problem::load(&dir) else {
            continue;
        };
        if problem.config.complexity.is_none() {
            continue;
        }
        let Ok(solutions) = judge_problem::list_solutions(&dir) else {
            continue;
        };
        let listed: Vec<_> = solutions.iter().map(|s| (s.folder, s.path.as_path())).collect();
        let mut growth = judge_check::check_growth(engine, &problem, &listed);
        check.findings.append(&mut growth.findings);
        check.complexity = Some(growth);
    }
}

/// The report in the chosen format, and the exit code it means.
fn write_report(
    out: &mut dyn Write,
    format: CheckFormat,
    renderer: &CheckRenderer,
    report: &BankReport,
) -> anyhow::Result<u8> {
    match format {
        CheckFormat::Human => renderer.summary(out, report)?,
        CheckFormat::Json => judge_render::write_json(out, report)?,
        CheckFormat::Junit => judge_render::write_junit(out, report)?,
        CheckFormat::Github => judge_render::write_github(out, report)?,
    }
    out.flush()?;
    Ok(if report.passed() {
        exit::ACCEPTED
    } else {
        exit::REJECTED
    })
}

/// `--merge`: the slices' reports read here, merged by `judge_check::merge_texts`,
/// and written as the one check would have written them (the human report
/// with its per-problem lines first).
fn merge(config: &CheckConfig) -> anyhow::Result<u8> {
    let mut texts = Vec::new();
    for path in &config.merge {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the report", path.display()))?;
        texts.push((path.display().to_string(), text));
    }
    let report = judge_check::merge_texts(&texts)?;
    let renderer = CheckRenderer::new(
        config.color,
        report
            .problems
            .iter()
            .map(|p| p.path.chars().count())
            .max()
            .unwrap_or(8),
    )
    .list_notes(config.list_notes);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if config.format == CheckFormat::Human {
        for problem in &report.problems {
            writeln!(out, "{}", renderer.problem_line(problem))?;
        }
    }
    write_report(&mut out, config.format, &renderer, &report)
}

/// The problems under the roots, narrowed to those a git change touched
/// and to the partition's slice.
fn select_problems(config: &CheckConfig) -> anyhow::Result<Vec<PathBuf>> {
    for path in &config.paths {
        match judge_problem::what_is(path) {
            None | Some("a directory") => {}
            Some(is) => bail!("{}: is {is}, not a directory of problems", path.display()),
        }
    }
    let mut dirs = judge_check::discover(&config.paths)?;
    if dirs.is_empty() {
        let roots: Vec<String> = config.paths.iter().map(|p| p.display().to_string()).collect();
        bail!(
            "no problems (directories with a problem.toml) under {}",
            roots.join(", ")
        );
    }
    if let Some(rev) = &config.changed_since {
        let changed = judge_check::changed_files(&config.paths[0], rev)?;
        let canonical: Vec<PathBuf> = dirs
            .iter()
            .map(|d| d.canonicalize().unwrap_or_else(|_| d.clone()))
            .collect();
        let touched = judge_check::touched_by(&canonical, &changed);
        dirs = dirs
            .into_iter()
            .zip(canonical)
            .filter(|(_, c)| touched.contains(c))
            .map(|(d, _)| d)
            .collect();
    }
    if let Some(partition) = config.partition {
        dirs = partition.select(dirs);
    }
    Ok(dirs)
}
