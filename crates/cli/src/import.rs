//! `judge import kattis SRC DEST`: the edge of `judge-import`. Reads the
//! package, writes the plan, times the accepted submissions with the
//! judge's own engine and sets the time limit (docs/kattis.md).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use judge_engine::{Engine, JudgeOptions, Submission};
use judge_import::{Options, Package, Plan};
use judge_report::Verdict;

use crate::config::ImportConfig;
use crate::exit;

/// CPU time per test while timing: generous, so that the slowest accepted
/// test is measured rather than cut off.
const TIMING_LIMIT_MS: u64 = 10_000;

pub fn run(config: &ImportConfig) -> anyhow::Result<u8> {
    let src = &config.src;
    if !src.is_dir() {
        bail!("{}: the Kattis package is not a directory", src.display());
    }
    // refused before anything is read; replaced only once the plan is made
    let replace = dest_to_replace(src, &config.dest, config.force)?;
    let package = read_package(src)?;
    let python = crate::python::interpreter(config.python.as_deref())?;
    let compiles = |source: &[u8]| python3_compiles(&python.path, source);
    let fallback_title = file_name(&std::path::absolute(src).unwrap_or_else(|_| src.clone()));
    let options = Options {
        level: config.level.as_str().to_owned(),
        fallback_title,
    };
    let plan =
        judge_import::plan_import(&package, &options, &compiles).map_err(|e| anyhow!("{}/{e}", src.display()))?;
    let dest = &config.dest;
    if replace {
        std::fs::remove_dir_all(dest).with_context(|| format!("{}: cannot remove", dest.display()))?;
    }
    write_files(dest, &plan.files)?;
    for note in &plan.notes {
        println!("note: {note}");
    }
    for warning in &plan.warnings {
        println!("warning: {warning}");
    }
    if let Some(why) = &plan.unsupported {
        let (ms, _) = judge_import::time_limit_ms(None, plan.timing.multiplier, plan.timing.package_limit_s);
        write(
            &dest.join("problem.toml"),
            judge_import::problem_toml(&plan.config, ms).as_bytes(),
        )?;
        eprintln!("error: {}: {why}", src.display());
        return Ok(exit::USAGE);
    }
    let slowest = time_accepted(&plan, dest, python)?;
    let (time_ms, why) = judge_import::time_limit_ms(slowest, plan.timing.multiplier, plan.timing.package_limit_s);
    println!("note: {why}");
    write(
        &dest.join("problem.toml"),
        judge_import::problem_toml(&plan.config, time_ms).as_bytes(),
    )?;
    println!("imported {} into {}", src.display(), dest.display());
    Ok(exit::ACCEPTED)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "imported".into())
}

/// DEST must be new or empty, unless `--force` (then it is to be
/// replaced: `true`); it may never be, or hold, the package being read.
fn dest_to_replace(src: &Path, dest: &Path, force: bool) -> anyhow::Result<bool> {
    if !dest.exists() {
        return Ok(false);
    }
    if !dest.is_dir() {
        bail!("{}: DEST exists and is not a directory", dest.display());
    }
    let empty = std::fs::read_dir(dest)
        .with_context(|| format!("{}: cannot read", dest.display()))?
        .next()
        .is_none();
    if empty {
        return Ok(false);
    }
    if !force {
        bail!(
            "{}: DEST exists and is not empty; choose a new directory, or pass --force to replace it",
            dest.display()
        );
    }
    let (s, d) = (src.canonicalize()?, dest.canonicalize()?);
    if s.starts_with(&d) {
        bail!(
            "{}: DEST holds the package being imported; refusing to replace it",
            dest.display()
        );
    }
    Ok(true)
}

/// Every file under `root` (but `.git`), by its `/`-separated relative path.
fn read_package(root: &Path) -> anyhow::Result<Package> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("{}: cannot read", dir.display()))? {
            let entry = entry.with_context(|| format!("{}: cannot read", dir.display()))?;
            let path = entry.path();
            if path.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            // a link to a directory is not followed: it could lead back up
            let linked_dir = entry.file_type().is_ok_and(|t| t.is_symlink()) && path.is_dir();
            if linked_dir {
                println!("note: {}: a link to a directory, not followed", path.display());
            } else if path.is_dir() {
                stack.push(path);
            } else if path.is_file() {
                let rel: Vec<String> = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                let bytes = std::fs::read(&path).with_context(|| format!("{}: cannot read", path.display()))?;
                files.insert(rel.join("/"), bytes);
            }
        }
    }
    Ok(Package { files })
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("{}: cannot create", parent.display()))?;
    }
    std::fs::write(path, bytes).with_context(|| format!("{}: cannot write", path.display()))
}

fn write_files(dest: &Path, files: &BTreeMap<String, Vec<u8>>) -> anyhow::Result<()> {
    std::fs::create_dir_all(dest).with_context(|| format!("{}: cannot create", dest.display()))?;
    for (rel, bytes) in files {
        write(&dest.join(rel), bytes)?;
    }
    Ok(())
}

/// Whether Python 3 compiles `source` (a Python 2 `print x` does not).
fn python3_compiles(python: &Path, source: &[u8]) -> bool {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let child = Command::new(python)
        .args([
            "-I",
            "-S",
            "-c",
            "import sys; compile(sys.stdin.buffer.read(), 'submission', 'exec')",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return true };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(source);
    }
    child.wait().is_ok_and(|s| s.success())
}

/// Runs each accepted submission on a copy of the imported package whose
/// checker is the default (the timing needs CPU times, and the checker
/// options may not be known to this judge yet) and a generous limit;
/// returns the slowest test's CPU time.
fn time_accepted(plan: &Plan, dest: &Path, python: judge_runner::Interpreter) -> anyhow::Result<Option<f64>> {
    if plan.timing.accepted.is_empty() {
        return Ok(None);
    }
    let scratch = tempfile::Builder::new()
        .prefix("judge-import-timing")
        .tempdir()
        .context("cannot create a temporary directory")?;
    let copy: PathBuf = scratch.path().join("problem");
    let mut files = plan.files.clone();
    files.retain(|p, _| p.starts_with("tests/") || p == "statement.md" || p == "template.py");
    write_files(&copy, &files)?;
    let mut timing_config = plan.config.clone();
    timing_config.checker = None;
    write(
        &copy.join("problem.toml"),
        judge_import::problem_toml(&timing_config, TIMING_LIMIT_MS).as_bytes(),
    )?;
    let problem = judge_problem::load(&copy).map_err(|e| anyhow!("the imported package does not load: {e}"))?;
    let harness = std::sync::Arc::new(
        judge_runner::HarnessFile::write().context("cannot write the Python harness to a temporary directory")?,
    );
    let runner = Box::new(judge_runner::ProcessRunner::new(python.clone(), harness.clone()));
    let engine = Engine::new(runner, python, harness);
    let mut slowest: Option<f64> = None;
    for rel in &plan.timing.accepted {
        let path = dest.join(rel);
        let solution = Submission::read(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        let report = engine.judge_with(&problem, &solution, JudgeOptions::default(), &mut |_, _| {});
        crate::halt_if_stopping();
        let cpu = report.tests.iter().filter_map(|t| t.cpu_ms).reduce(f64::max);
        let shown = cpu.map(|c| format!("{c:.1} ms")).unwrap_or_else(|| "no time".into());
        if report.verdict == Verdict::Accepted {
            println!("timed {rel}: AC, slowest test {shown} of CPU");
        } else if plan.config.checker.is_some() && report.verdict == Verdict::WrongAnswer {
            println!(
                "timed {rel}: {} with the default tokens checker (the package's checker may accept it), slowest test {shown}",
                report.verdict
            );
        } else {
            println!(
                "warning: timed {rel}: {} (an accepted submission should pass), slowest test {shown}",
                report.verdict
            );
        }
        if let Some(c) = cpu {
            slowest = Some(slowest.map_or(c, |s: f64| s.max(c)));
        }
    }
    Ok(slowest)
}
