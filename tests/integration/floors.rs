//! `judge check`'s floors on the real binary: a `time_limit_exceeded`
//! solution only twice over its limit fails `--tle-floor 5` (its failing
//! test run again under 5 x the limit finishes), one that never ends
//! passes (still over at 5 x), and a lower floor lets both pass. Times
//! are CPU times of busy loops, so a loaded machine changes nothing.

use judge_report::{BankReport, Severity};

use crate::support::{judge, stderr, stdout};

const BANK: &str = "tests/fixtures/banks/slow-margins";

fn check(extra: &[&str]) -> (BankReport, i32) {
    let mut args = vec!["check", "--format", "json", BANK];
    args.extend_from_slice(extra);
    let out = judge(&args);
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("judge {args:?} printed no JSON report ({e}); stderr:\n{}", stderr(&out)));
    (report, out.status.code().unwrap_or(-1))
}

#[test]
fn a_slow_solution_twice_over_fails_the_tle_floor_and_one_far_over_passes() {
    let (report, code) = check(&[]);
    assert_eq!(code, 1, "{report:#?}");
    assert_eq!(report.tle_floor, 5.0);
    let problem = &report.problems[0];
    let slow = |name: &str| {
        problem
            .slow
            .iter()
            .find(|s| s.solution.ends_with(name))
            .unwrap_or_else(|| panic!("no slow margin for {name}: {problem:#?}"))
    };
    let twice = slow("twice_over.py");
    assert!(!twice.at_least && (1.5..4.0).contains(&twice.factor), "{twice:#?}");
    assert_eq!(
        (twice.limit_ms, twice.probe_ms, twice.test.as_str()),
        (200, 1000, "hidden/negative")
    );
    let endless = slow("never_ends.py");
    assert!(endless.at_least && endless.factor == 5.0, "{endless:#?}");

    let errors: Vec<_> = problem
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].file.ends_with("time_limit_exceeded/twice_over.py"));
    for part in ["x over the time limit", "hidden/negative", "floor of 5x"] {
        assert!(errors[0].message.contains(part), "{part} in {}", errors[0].message);
    }
}

#[test]
fn a_lower_tle_floor_lets_the_slow_solution_pass_and_the_human_report_lists_the_factors() {
    let out = judge(&["check", "--color", "never", "--tle-floor", "1.5", BANK]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    assert!(text.contains("Slow margins"), "{text}");
    // 400 ms of CPU is over 1.5 x 200 ms: still a TLE at the raised limit
    let line = text
        .lines()
        .find(|l| l.contains("twice_over.py"))
        .expect("a line per slow solution");
    assert!(line.contains("≥×1.5"), "{line}");
}

#[test]
fn floors_out_of_range_are_refused() {
    for bad in [["--tle-floor", "0.5"], ["--ac-floor", "abc"]] {
        let mut args = vec!["check", BANK];
        args.extend_from_slice(&bad);
        let out = judge(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(
            stderr(&out).contains("a floor must be a number from 1 to 20"),
            "{}",
            stderr(&out)
        );
    }
}

/// `judge check` on `bank` with the cache at `cache`: the report and the exit code.
fn check_with_cache(bank: &std::path::Path, cache: &std::path::Path) -> (BankReport, i32) {
    let out = std::process::Command::new(crate::support::JUDGE)
        .args(["check", "--format", "json"])
        .arg(bank)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .unwrap();
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); stderr:\n{}", stderr(&out)));
    (report, out.status.code().unwrap_or(-1))
}

#[test]
fn a_probe_of_an_unchanged_package_is_remembered_and_a_changed_solution_is_probed_again() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = tmp.path().join("bank");
    crate::support::copy_dir(&crate::support::repo().join(BANK), &bank);
    let cache = tmp.path().join("cache");
    let factor = |report: &BankReport| {
        report.problems[0]
            .slow
            .iter()
            .find(|s| s.solution.ends_with("twice_over.py"))
            .map(|s| s.factor)
            .unwrap()
    };
    let (first, code) = check_with_cache(&bank, &cache);
    assert_eq!(code, 1);
    assert!(factor(&first) < 4.0, "{first:#?}");

    // what the memo says is what the next check reports: its answer for
    // the finished probe is changed to 7.5 x the 200 ms limit
    let memo_path = cache.join("judge/probes.json");
    let mut memo: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&memo_path).unwrap()).unwrap();
    assert_eq!(memo.len(), 2, "{memo:#?}");
    for report in memo.values_mut() {
        if report["verdict"] == "AC" {
            report["cpu_ms"] = serde_json::json!(1500.0);
        }
    }
    std::fs::write(&memo_path, serde_json::to_vec(&memo).unwrap()).unwrap();
    let (second, code) = check_with_cache(&bank, &cache);
    assert_eq!(factor(&second), 7.5, "{second:#?}");
    assert_eq!(code, 0, "{second:#?}");

    // a changed solution is a new key: probed again
    let solution = bank.join("junior/add/solutions/time_limit_exceeded/twice_over.py");
    let mut source = std::fs::read_to_string(&solution).unwrap();
    source.push_str("\n# changed\n");
    std::fs::write(&solution, source).unwrap();
    let (third, code) = check_with_cache(&bank, &cache);
    assert!(factor(&third) < 4.0, "{third:#?}");
    assert_eq!(code, 1);
}
