//! When a run may start: by what the machine's CPUs are doing, not by a
//! fixed count. `--jobs` runs start at once whatever happens; more start
//! while CPUs stay idle (runs that sleep or wait on simulated I/O hold no
//! CPU), up to `EXTRA_FACTOR` times `--jobs`, and only while the judge's
//! own resident memory is under `EXTRA_MEMORY_BUDGET` (each run holds its
//! problem's inputs and its results as they come). The rule (`may_start`,
//! `idle_cpus`) is pure; reading `/proc` is the edge.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// At most this many times `--jobs` runs at once.
pub const EXTRA_FACTOR: usize = 4;
/// Extra runs start only while the judge's resident memory is under this.
pub const EXTRA_MEMORY_BUDGET: u64 = 96 << 20;
/// Extra runs start only while at least this many CPUs' worth stayed
/// idle over the last window. Less than one: the judge's own work (reading
/// results, judging them) keeps a CPU a little busy even while the run on
/// it only waits, and a CPU-bound run leaves next to nothing idle.
pub const IDLE_TO_ADMIT: f64 = 0.6;
/// How long the CPUs are watched before one more run is let in: long
/// enough for a run just started to show its use of a CPU.
pub const SETTLE: Duration = Duration::from_millis(300);

/// The machine's CPU time counters, from `/proc/stat`'s `cpu` line (in
/// clock ticks since boot), and how many CPUs it counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CpuSample {
    pub idle: u64,
    pub total: u64,
    pub cpus: usize,
}

/// Whether one more run may start: always below `jobs` running, and below
/// `most` while `IDLE_TO_ADMIT` CPUs' worth stayed idle and the judge's
/// memory is under its budget.
pub fn may_start(running: usize, jobs: usize, most: usize, idle_cpus: Option<f64>, resident: Option<u64>) -> bool {
    running < jobs
        || (running < most
            && idle_cpus.is_some_and(|idle| idle >= IDLE_TO_ADMIT)
            && resident.is_some_and(|bytes| bytes < EXTRA_MEMORY_BUDGET))
}

/// How many CPUs' worth stayed idle between two samples.
pub fn idle_cpus(before: CpuSample, after: CpuSample) -> Option<f64> {
    let total = after.total.checked_sub(before.total)?;
    let idle = after.idle.checked_sub(before.idle)?;
    (total > 0).then(|| idle as f64 / total as f64 * after.cpus as f64)
}

/// Parses `/proc/stat`: idle counts idle and iowait.
pub fn parse_proc_stat(text: &str) -> Option<CpuSample> {
    let mut lines = text.lines();
    let fields: Vec<u64> = lines
        .next()?
        .strip_prefix("cpu ")?
        .split_whitespace()
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    // user nice system idle iowait irq softirq steal (guest time is
    // already in user and nice)
    let counted = fields.get(..8)?;
    let cpus = lines
        .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
        .count();
    Some(CpuSample {
        idle: counted[3] + counted[4],
        total: counted.iter().sum(),
        cpus: cpus.max(1),
    })
}

fn read_proc_stat() -> Option<CpuSample> {
    parse_proc_stat(&std::fs::read_to_string("/proc/stat").ok()?)
}

/// The judge's resident memory, in bytes (`/proc/self/statm`).
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: plain getter.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * u64::try_from(page).ok()?)
}

/// Lets runs start (`Admission::enter`) under `may_start`.
#[derive(Debug)]
pub struct Admission {
    jobs: usize,
    most: usize,
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Debug)]
struct State {
    running: usize,
    /// The start of the window the CPUs are watched over.
    since: Option<(Instant, CpuSample)>,
}

/// A run's place; dropping it lets another run start.
#[derive(Debug)]
pub struct Permit<'a>(&'a Admission);

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.0.lock().running -= 1;
        self.0.freed.notify_one();
    }
}

impl Admission {
    /// `jobs` runs at once, up to `EXTRA_FACTOR` x `jobs` while CPUs are
    /// idle (`adaptive`), or exactly `jobs`.
    pub fn new(jobs: usize, adaptive: bool) -> Admission {
        let jobs = jobs.max(1);
        Admission {
            jobs,
            most: if adaptive { jobs * EXTRA_FACTOR } else { jobs },
            state: Mutex::new(State {
                running: 0,
                since: None,
            }),
            freed: Condvar::new(),
        }
    }

    /// How many runs may go at once, at most: the worker threads needed.
    pub fn most(&self) -> usize {
        self.most
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until a run may start.
    pub fn enter(&self) -> Permit<'_> {
        let mut state = self.lock();
        loop {
            if state.running < self.jobs {
                break;
            }
            if state.running < self.most {
                let now = Instant::now();
                match state.since {
                    Some((since, before)) if now - since >= SETTLE => {
                        let after = read_proc_stat();
                        let idle = after.and_then(|after| idle_cpus(before, after));
                        state.since = after.map(|a| (now, a));
                        if may_start(state.running, self.jobs, self.most, idle, resident_bytes()) {
                            break;
                        }
                    }
                    Some(_) => {}
                    None => state.since = read_proc_stat().map(|a| (now, a)),
                }
            }
            state = self
                .freed
                .wait_timeout(state, SETTLE / 3)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        state.running += 1;
        // the window starts again: the run just let in is not in the last one
        state.since = None;
        Permit(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_always_start_and_more_only_while_a_cpu_is_idle_and_memory_is_free() {
        let small = Some(10 << 20);
        assert!(may_start(0, 2, 8, None, None));
        assert!(may_start(1, 2, 8, Some(0.0), Some(u64::MAX)));
        assert!(!may_start(2, 2, 8, Some(0.5), small));
        assert!(!may_start(2, 2, 8, None, small));
        assert!(may_start(2, 2, 8, Some(0.9), small), "one run waits, one computes");
        assert!(may_start(7, 2, 8, Some(1.5), small));
        assert!(!may_start(8, 2, 8, Some(2.0), small), "never past the most");
        assert!(
            !may_start(2, 2, 8, Some(2.0), Some(EXTRA_MEMORY_BUDGET)),
            "over the memory budget"
        );
        assert!(!may_start(2, 2, 8, Some(2.0), None), "memory unknown");
    }

    #[test]
    fn idle_cpus_are_the_idle_share_of_the_window_times_the_cpus() {
        let at = |idle, total| CpuSample { idle, total, cpus: 2 };
        assert_eq!(idle_cpus(at(100, 1000), at(150, 1100)), Some(1.0));
        assert_eq!(idle_cpus(at(100, 1000), at(100, 1100)), Some(0.0));
        assert_eq!(idle_cpus(at(100, 1000), at(100, 1000)), None, "no time passed");
        assert_eq!(idle_cpus(at(100, 1000), at(50, 900)), None, "counters went back");
    }

    #[test]
    fn proc_stat_gives_idle_with_iowait_and_counts_the_cpus() {
        let text = "cpu  10 1 5 100 4 1 1 0 7 0\ncpu0 5 0 2 50 2 0 0 0 0 0\ncpu1 5 1 3 50 2 1 1 0 0 0\nintr 1 2\n";
        assert_eq!(
            parse_proc_stat(text),
            Some(CpuSample {
                idle: 104,
                total: 122,
                cpus: 2
            })
        );
        assert_eq!(parse_proc_stat("intr 1\n"), None);
        assert_eq!(parse_proc_stat("cpu  1 2 3\n"), None, "too few fields");
    }
}
