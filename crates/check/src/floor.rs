//! How far over the time limit each `time_limit_exceeded` solution is:
//! a slow solution only 2x over today's limit passes on a CI machine 2x
//! faster. The timer stops a test just past the limit, so the one test a
//! slow solution failed is run again (`probe`) with the limit raised to
//! `floor x limit`: still over, and it is at least `floor` times over;
//! finished, and its time says by how much. Pure: reports in, margins and
//! findings out.

use judge_report::{Finding, SlowMargin, TestReport, TimeLimit, Verdict};

use crate::assess::ms;

/// A `time_limit_exceeded` solution's failing test run again at a raised
/// limit.
#[derive(Debug, Clone)]
pub struct Probe {
    /// `group/name` of the test.
    pub test: String,
    /// The raised CPU limit the test ran under.
    pub limit_ms: u64,
    /// Which limit stopped the test in the first run: a solution that
    /// waits is slow by the clock, one that computes by its CPU time.
    pub first_stopped_by: Option<TimeLimit>,
    /// What the test got under it.
    pub report: TestReport,
}

/// The CPU limit a slow solution's failing test is run again under:
/// `floor x limit`, rounded up. `None` when the floor asks for nothing
/// beyond the TLE itself (a floor of at most 1).
pub fn probe_limit_ms(limit_ms: u64, floor: f64) -> Option<u64> {
    (floor > 1.0).then(|| (limit_ms as f64 * floor).ceil() as u64)
}

/// How many times over the limit the probe shows the solution to be, and
/// whether that is only a lower bound (the probe ran out of time as
/// well). A test that finished under the raised limit is as far over as
/// its CPU time over `limit_ms`; if the first run was stopped by the wall
/// clock (`limit_ms x wall_multiplier`), as a solution that sleeps is, the
/// larger of that and its wall time over the wall-clock limit. (The wall
/// clock is not asked of a solution stopped by its CPU time: on a loaded
/// machine it says more about the machine.)
pub fn slow_factor(limit_ms: u64, wall_multiplier: f64, probe: &Probe) -> (f64, bool) {
    let limit = limit_ms.max(1) as f64;
    if probe.report.verdict == Verdict::TimeLimitExceeded {
        let factor = probe.limit_ms as f64 / limit;
        return (factor, true);
    }
    let cpu = probe.report.cpu_ms.unwrap_or(0.0) / limit;
    match probe.first_stopped_by {
        Some(TimeLimit::Wall) => (
            cpu.max(probe.report.wall_ms / (limit * wall_multiplier.max(1.0))),
            false,
        ),
        _ => (cpu, false),
    }
}

/// The margin of one slow solution, and an error when it is under the
/// floor.
pub fn slow_margin(
    solution: &str,
    limit_ms: u64,
    wall_multiplier: f64,
    probe: &Probe,
    floor: f64,
) -> (SlowMargin, Option<Finding>) {
    let (factor, at_least) = slow_factor(limit_ms, wall_multiplier, probe);
    let margin = SlowMargin {
        solution: solution.to_owned(),
        test: probe.test.clone(),
        limit_ms,
        probe_ms: probe.limit_ms,
        factor,
        at_least,
    };
    let finding = (!at_least && factor < floor).then(|| {
        let cpu = probe.report.cpu_ms.map_or_else(|| "?".to_owned(), ms);
        let by = match probe.first_stopped_by {
            Some(TimeLimit::Wall) => format!("{cpu} of CPU and {} of wall-clock time", ms(probe.report.wall_ms)),
            _ => format!("{cpu} of CPU"),
        };
        // a run that ends in another failure (memory exhausted, say)
        // would get that verdict on a faster machine, not TLE
        let then = match probe.report.verdict {
            Verdict::Accepted => "a machine {factor} faster would let it pass".to_owned(),
            other => format!(
                "a machine {{factor}} faster would give it {} instead of TLE",
                other.code()
            ),
        }
        .replace("{factor}", &format!("{factor:.1}x"));
        Finding::error(
            solution,
            format!(
                "only {factor:.1}x over the time limit: test {} takes {by} against the limit {limit_ms} ms, \
                 under the floor of {floor}x ({then}); make the test larger or lower [limits] time_ms",
                probe.test
            ),
        )
    });
    (margin, finding)
}

/// The first test a slow solution's run got TLE on (the one its run
/// stopped at), if any.
pub fn failing_test(tests: &[TestReport]) -> Option<&TestReport> {
    tests.iter().find(|t| t.verdict == Verdict::TimeLimitExceeded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(verdict: Verdict, cpu_ms: Option<f64>, wall_ms: f64, limit_ms: u64) -> Probe {
        Probe {
            test: "hidden/big".into(),
            limit_ms,
            first_stopped_by: Some(TimeLimit::Cpu),
            report: TestReport {
                name: "hidden/big".into(),
                group: "hidden".into(),
                sample: false,
                verdict,
                cpu_ms,
                wall_ms,
                peak_memory_kb: None,
                time_limit: (verdict == Verdict::TimeLimitExceeded).then_some(TimeLimit::Cpu),
                failure: None,
            },
        }
    }

    #[test]
    fn the_probe_limit_is_the_floor_times_the_limit_and_none_without_a_floor() {
        assert_eq!(probe_limit_ms(1000, 5.0), Some(5000));
        assert_eq!(probe_limit_ms(333, 1.5), Some(500));
        assert_eq!(probe_limit_ms(1000, 1.0), None);
    }

    #[test]
    fn still_over_at_the_raised_limit_is_at_least_the_floor_and_passes() {
        let p = probe(Verdict::TimeLimitExceeded, None, 5100.0, 5000);
        assert_eq!(slow_factor(1000, 3.0, &p), (5.0, true));
        let (margin, finding) = slow_margin("s.py", 1000, 3.0, &p, 5.0);
        assert!(margin.at_least && finding.is_none());
    }

    #[test]
    fn a_solution_twice_over_fails_a_floor_of_five_naming_test_factor_and_floor() {
        let p = probe(Verdict::Accepted, Some(2100.0), 2300.0, 5000);
        let (margin, finding) = slow_margin("sol/slow.py", 1000, 3.0, &p, 5.0);
        assert!((margin.factor - 2.1).abs() < 1e-9 && !margin.at_least);
        let finding = finding.expect("under the floor");
        assert_eq!(finding.file, "sol/slow.py");
        for part in ["2.1x", "hidden/big", "floor of 5x", "1000 ms"] {
            assert!(finding.message.contains(part), "{part} in {}", finding.message);
        }
        assert!(finding.message.contains("would let it pass"), "{}", finding.message);
        // the same run against a floor of 2 passes
        assert!(slow_margin("sol/slow.py", 1000, 3.0, &p, 2.0).1.is_none());
    }

    #[test]
    fn a_solution_that_waits_is_as_far_over_as_its_wall_clock_says() {
        // 0.1 s of CPU, 9 s of wall clock against 1 s x 3
        let mut p = probe(Verdict::Accepted, Some(100.0), 9000.0, 5000);
        p.first_stopped_by = Some(TimeLimit::Wall);
        assert_eq!(slow_factor(1000, 3.0, &p), (3.0, false));
        let message = slow_margin("s.py", 1000, 3.0, &p, 5.0)
            .1
            .expect("under the floor")
            .message;
        assert!(message.contains("of wall-clock time"), "{message}");
    }

    #[test]
    fn a_probe_that_ends_in_another_failure_says_so() {
        let p = probe(Verdict::MemoryLimitExceeded, Some(3300.0), 3400.0, 5000);
        let message = slow_margin("s.py", 1000, 3.0, &p, 5.0)
            .1
            .expect("under the floor")
            .message;
        assert!(message.contains("would give it MLE instead of TLE"), "{message}");
    }

    #[test]
    fn a_solution_stopped_by_its_cpu_time_is_judged_by_its_cpu_time_alone() {
        // a loaded machine: 9 s of wall clock for 2.5 s of CPU
        let p = probe(Verdict::Accepted, Some(2500.0), 9000.0, 5000);
        assert_eq!(slow_factor(1000, 3.0, &p), (2.5, false));
    }

    #[test]
    fn the_failing_test_is_the_first_tle() {
        let tests = [
            probe(Verdict::Accepted, Some(1.0), 1.0, 1).report,
            probe(Verdict::TimeLimitExceeded, None, 1.0, 1).report,
        ];
        assert_eq!(
            failing_test(&tests).map(|t| t.verdict),
            Some(Verdict::TimeLimitExceeded)
        );
        assert!(failing_test(&tests[..1]).is_none());
    }
}
