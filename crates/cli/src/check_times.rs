//! What each problem's runs took at the last `judge check` on this machine
//! (`$XDG_CACHE_HOME/judge/check-times.json`, by canonical path), so that
//! the next check starts the longest first. Only an ordering hint: a file
//! that cannot be read or written is passed over in silence.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use judge_report::ProblemCheck;

/// The most problems remembered: the ones of the last checks.
const MOST: usize = 20_000;

fn file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("judge").join("check-times.json"))
}

fn read() -> BTreeMap<String, f64> {
    file()
        .and_then(|f| std::fs::read(f).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn key(dir: &Path) -> Option<String> {
    Some(dir.canonicalize().ok()?.to_string_lossy().into_owned())
}

/// The last check's times of `dirs`, by the directory as given.
pub fn previous(dirs: &[PathBuf]) -> HashMap<PathBuf, f64> {
    let known = read();
    dirs.iter()
        .filter_map(|dir| Some((dir.clone(), *known.get(&key(dir)?)?)))
        .filter(|(_, ms)| ms.is_finite() && *ms >= 0.0)
        .collect()
}

/// Remembers what `problems` took, beside what other checks remembered.
pub fn remember(problems: &[ProblemCheck]) {
    let Some(path) = file() else { return };
    let mut known = read();
    for problem in problems {
        if let Some(k) = key(Path::new(&problem.path)) {
            known.insert(k, problem.run_ms);
        }
    }
    while known.len() > MOST {
        known.pop_first();
    }
    let Ok(bytes) = serde_json::to_vec(&known) else { return };
    write_whole(&path, &bytes);
}

/// Write then rename: two checks at once leave one whole file.
fn write_whole(path: &Path, bytes: &[u8]) {
    let tmp = path.with_extension(format!("json.{}", std::process::id()));
    let written = path.parent().is_some_and(|dir| std::fs::create_dir_all(dir).is_ok())
        && std::fs::write(&tmp, bytes).is_ok()
        && std::fs::rename(&tmp, path).is_ok();
    if !written {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Slow-margin probes remembered by earlier checks on this machine
/// (`probes.json` beside the times): a probe of an unchanged package is
/// not run again (judge_check::ProbeMemo).
pub fn probe_memo() -> judge_check::ProbeMemo {
    let known = probes_file()
        .and_then(|f| std::fs::read(f).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    judge_check::ProbeMemo::new(known)
}

/// Writes the memo back, beside what other checks remembered.
pub fn remember_probes(memo: &judge_check::ProbeMemo) {
    let Some(path) = probes_file() else { return };
    let Ok(bytes) = serde_json::to_vec(&memo.entries(MOST_PROBES)) else {
        return;
    };
    write_whole(&path, &bytes);
}

/// The most probes remembered.
const MOST_PROBES: usize = 5_000;

fn probes_file() -> Option<PathBuf> {
    Some(file()?.with_file_name("probes.json"))
}
