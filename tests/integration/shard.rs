//! A bank checked in slices and merged (`--partition`, `--merge`) is the
//! same check as one run, timings aside; what cannot be merged is refused,
//! naming the file; the CI recipes in docs/ci use the judge's real flags.

use std::path::{Path, PathBuf};
use std::process::Output;

use judge_report::BankReport;

use crate::support::{copy_dir, judge, parallel, repo, stderr, stdout};

/// A bank of six problems: the clean fixture bank, and two problems
/// with a defect each, so that the merge has errors to carry.
fn bank(dir: &Path) -> PathBuf {
    let banks = repo().join("tests/fixtures/banks");
    let bank = dir.join("bank");
    copy_dir(&banks.join("good"), &bank);
    copy_dir(
        &banks.join("wrong-passes/junior/weak-tests"),
        &bank.join("junior/weak-tests"),
    );
    copy_dir(
        &banks.join("template-passes/junior/solved-template"),
        &bank.join("junior/solved-template"),
    );
    bank
}

/// `judge ARGS...`, its standard output written to `to`.
fn judge_into(args: &[&str], to: &Path) -> Output {
    let out = judge(args);
    std::fs::write(to, &out.stdout).unwrap();
    out
}

fn read(path: &Path) -> BankReport {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not a report ({e}):\n{text}", path.display()))
}

/// The report without what depends on timing: wall times, CPU times, the
/// slowest test (and so the headroom), and the jobs of the run.
fn untimed(mut report: BankReport) -> BankReport {
    report.wall_ms = 0.0;
    report.jobs = 0;
    for problem in &mut report.problems {
        problem.run_ms = 0.0;
        if let Some(margin) = &mut problem.margin {
            margin.slowest_ms = 0.0;
            margin.headroom = 0.0;
            margin.solution.clear();
            margin.test.clear();
        }
        for solution in &mut problem.solutions {
            solution.wall_ms = 0.0;
            solution.max_cpu_ms = None;
        }
    }
    report
}

#[test]
fn three_slices_merged_are_the_unpartitioned_check() {
    let dir = tempfile::tempdir().unwrap();
    let bank = bank(dir.path());
    let bank_arg = bank.to_str().unwrap();
    let report_of = |k: usize| dir.path().join(format!("report-{k}.json"));
    // slice 0 is the whole bank, unpartitioned
    let runs = parallel(&[0, 1, 2, 3], |&k| {
        let mut args = vec!["check", "--format", "json", bank_arg];
        let slice = format!("{k}/3");
        if k > 0 {
            args.extend(["--partition", &slice]);
        }
        judge_into(&args, &report_of(k))
    });
    let whole = read(&report_of(0));
    assert_eq!(whole.problems.len(), 6);
    assert_eq!(whole.errors, 2, "{whole:#?}");
    assert_eq!(runs[0].status.code(), Some(1));
    for (k, run) in runs.iter().enumerate().skip(1) {
        assert_eq!(read(&report_of(k)).problems.len(), 2, "slice {k}/3");
        assert!(matches!(run.status.code(), Some(0 | 1)), "{}", stderr(run));
    }

    let slices: Vec<String> = (1..=3).rev().map(|k| report_of(k).display().to_string()).collect();
    let mut args = vec!["check", "--format", "json", "--merge"];
    args.extend(slices.iter().map(String::as_str));
    let merged = judge_into(&args, &dir.path().join("merged.json"));
    assert_eq!(merged.status.code(), runs[0].status.code(), "{}", stderr(&merged));
    let merged = read(&dir.path().join("merged.json"));
    assert_eq!(merged.partition, None);
    let longest = (1..=3).map(|k| read(&report_of(k)).wall_ms).fold(0.0, f64::max);
    assert_eq!(merged.wall_ms, longest);
    assert_eq!(untimed(merged), untimed(whole));

    // the other formats: JUnit has a suite per problem; the human report
    // a line per problem and the summary
    args[2] = "junit";
    let junit = judge(&args);
    assert_eq!(junit.status.code(), Some(1));
    assert_eq!(stdout(&junit).matches("<testsuite ").count(), 6, "{}", stdout(&junit));
    args[2] = "human";
    args.extend(["--color", "never"]);
    let human = stdout(&judge(&args));
    assert_eq!(human.lines().filter(|l| l.starts_with("FAIL  ")).count(), 2, "{human}");
    assert_eq!(human.lines().filter(|l| l.starts_with("ok    ")).count(), 4, "{human}");
    assert!(human.contains("FAILED: 6 problems, "), "{human}");
}

#[test]
fn what_cannot_be_merged_is_refused_naming_the_file_and_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).display().to_string();
    let good = repo().join("tests/fixtures/banks/good");
    let junior = good.join("junior").display().to_string();
    let add = good.join("junior/add").display().to_string();
    let mid = good.join("mid").display().to_string();
    let runs: &[(&str, &[&str])] = &[
        ("junior.json", &["check", "--format", "json", &junior]),
        ("add.json", &["check", "--format", "json", &add]),
        ("mid-1.json", &["check", "--format", "json", "--partition", "1/2", &mid]),
        (
            "mid-2-strict.json",
            &[
                "check",
                "--format",
                "json",
                "--partition",
                "2/2",
                "--safety-factor",
                "3",
                &mid,
            ],
        ),
    ];
    parallel(runs, |(name, args)| judge_into(args, &dir.path().join(name)));
    let run_report = judge(&[
        "run",
        "--format",
        "json",
        "--no-record",
        "tests/fixtures/add",
        "tests/fixtures/add/solutions/accepted/plain.py",
    ]);
    std::fs::write(path("run.json"), &run_report.stdout).unwrap();
    // what `judge check ... > report.json` leaves when the check fails
    std::fs::write(path("empty.json"), "").unwrap();
    std::fs::write(
        path("truncated.json"),
        "{\n  \"schema\": \"judge-check/1\",\n  \"roots\": [\n",
    )
    .unwrap();
    let newer = std::fs::read_to_string(path("junior.json"))
        .unwrap()
        .replace("judge-check/1", "judge-check/2");
    std::fs::write(path("newer.json"), newer).unwrap();

    let cases: Vec<(Vec<String>, String)> = vec![
        (
            vec![path("junior.json"), path("missing.json")],
            format!("{}: cannot read the report: No such file", path("missing.json")),
        ),
        (
            vec![path("run.json")],
            format!(
                "{}: not a judge check report: its schema is `judge-run/1`",
                path("run.json")
            ),
        ),
        (
            vec![path("junior.json"), path("empty.json")],
            format!("{}: not a judge check report: it is empty", path("empty.json")),
        ),
        (
            vec![path("truncated.json")],
            format!(
                "{}:4:0: not a judge check report: EOF while parsing a list",
                path("truncated.json")
            ),
        ),
        (
            vec![path("junior.json"), path("add.json")],
            format!(
                "{add} is in both {} and {}: the reports overlap",
                path("junior.json"),
                path("add.json")
            ),
        ),
        (
            vec![path("junior.json"), path("newer.json")],
            format!(
                "reports of different schema versions: {} is `judge-check/1`, {} is `judge-check/2`",
                path("junior.json"),
                path("newer.json")
            ),
        ),
        (
            vec![path("mid-1.json"), path("mid-2-strict.json")],
            format!(
                "safety factor is 4 in {} but 3 in {}",
                path("mid-1.json"),
                path("mid-2-strict.json")
            ),
        ),
        (vec![path("mid-1.json")], "slice 2/2 is missing".to_owned()),
    ];
    let mut wrong = Vec::new();
    for (files, message) in &cases {
        let mut args = vec!["check", "--merge"];
        args.extend(files.iter().map(String::as_str));
        let out = judge(&args);
        if out.status.code() != Some(2) || !stderr(&out).contains(message.as_str()) || !out.stdout.is_empty() {
            wrong.push(format!(
                "{files:?}: exit {:?}, want 2 and `{message}`; stderr:\n{}",
                out.status.code(),
                stderr(&out)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // --merge checks nothing: it refuses what would choose problems to check
    for extra in [&["problems"][..], &["--partition", "1/2"], &["--changed-since", "HEAD"]] {
        // (after `--merge`, a path would be one more report to merge)
        let mut args = vec!["check"];
        args.extend_from_slice(extra);
        args.extend(["--merge", "x.json"]);
        let out = judge(&args);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert!(
            stderr(&out).contains("cannot be used with"),
            "{extra:?}: {}",
            stderr(&out)
        );
    }
}

/// The flags of `judge check` (from its `--help`), as `--name`.
fn check_flags() -> Vec<String> {
    let help = stdout(&judge(&["check", "--help"]));
    help.split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']')
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(|w| w.split('=').next().unwrap_or(w).to_owned())
        .collect()
}

/// The `judge check ...` command lines of a CI file (a `- run:` step or a
/// `script:` item), joined where they continue over lines.
fn judge_commands(text: &str) -> Vec<String> {
    let mut commands = Vec::new();
    for line in text.replace("\\\n", " ").lines() {
        if let Some(at) = line.find("judge check") {
            commands.push(line[at..].to_owned());
        }
    }
    commands
}

#[test]
fn the_ci_recipes_use_the_real_flags_and_merge_every_shard() {
    let flags = check_flags();
    assert!(flags.contains(&"--merge".to_owned()), "{flags:?}");
    let files = [
        ("docs/ci/github-actions.yml", "${{ matrix.shard }}/"),
        ("docs/ci/gitlab-ci.yml", "$CI_NODE_INDEX/$CI_NODE_TOTAL"),
    ];
    for (file, partition) in files {
        let text = std::fs::read_to_string(repo().join(file)).unwrap();
        let commands = judge_commands(&text);
        let used = |flag: &str| commands.iter().any(|c| c.contains(flag));
        assert!(used(&format!("--partition {partition}")), "{file}: {commands:#?}");
        assert!(
            used("--format json") && used("--format junit") && used("--merge report-"),
            "{file}"
        );
        for command in &commands {
            for word in command.split_whitespace().filter(|w| w.starts_with("--")) {
                assert!(
                    flags.contains(&word.to_owned()),
                    "{file}: `{word}` is not a flag of judge check"
                );
            }
        }
        // the docs show the same recipe
        let doc = std::fs::read_to_string(repo().join("docs/check.md")).unwrap();
        assert!(doc.contains(text.trim()), "docs/check.md does not show {file} as it is");
    }
    the_ci_recipes_parse_as_yaml();
}

/// With PyYAML (where there is one): each file parses, the GitHub
/// workflow's matrix is 1..N for the N its commands divide by, the shard
/// jobs keep their reports as artifacts, the merge jobs need the shard
/// jobs, and GitLab is given the merged JUnit report.
fn the_ci_recipes_parse_as_yaml() {
    let script = r#"
import sys, yaml
gh = yaml.safe_load(open("docs/ci/github-actions.yml"))
jobs = gh["jobs"]
shards = jobs["check"]["strategy"]["matrix"]["shard"]
n = len(shards)
assert shards == list(range(1, n + 1)), shards
text = open("docs/ci/github-actions.yml").read()
assert f"/{n} " in text, f"the commands do not divide by {n}"
assert jobs["merge"]["needs"] in ("check", ["check"]), jobs["merge"]
gl = yaml.safe_load(open("docs/ci/gitlab-ci.yml"))
assert gl["check"]["parallel"] >= 2, gl["check"]
assert "check" in gl["merge"]["needs"], gl["merge"]
assert any(p.startswith("report-") for p in gl["check"]["artifacts"]["paths"]), gl["check"]
assert gl["merge"]["artifacts"]["reports"]["junit"], gl["merge"]
steps = jobs["check"]["steps"]
assert any(s.get("uses", "").startswith("actions/upload-artifact") for s in steps), steps
print("ok")
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", "import yaml"])
        .output()
        .expect("python3 runs");
    if !out.status.success() {
        eprintln!("no PyYAML: the CI recipes were checked as text only");
        return;
    }
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .current_dir(repo())
        .output()
        .expect("python3 runs");
    assert_eq!(stdout(&out).trim(), "ok", "{}", stderr(&out));
}

/// benches/synthetic_bank.py writes real problems: a bank of them checks
/// clean (every solution gets its folder's verdict, hidden tests catch the
/// wrong one), and the same N writes the same files.
#[test]
fn the_synthetic_bank_checks_clean_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str| {
        let dest = dir.path().join(name);
        let out = std::process::Command::new("python3")
            .arg(repo().join("benches/synthetic_bank.py"))
            .args(["7".as_ref(), dest.as_os_str()])
            .output()
            .expect("python3 runs");
        assert!(out.status.success(), "{}", stderr(&out));
        dest
    };
    let (a, b) = (write("a"), write("b"));
    let files = |root: &Path| {
        let mut found = Vec::new();
        let mut stack = vec![root.to_owned()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    found.push((
                        path.strip_prefix(root).unwrap().to_owned(),
                        std::fs::read(&path).unwrap(),
                    ));
                }
            }
        }
        found.sort();
        found
    };
    assert_eq!(files(&a), files(&b));
    let out = judge(&["check", "--format", "json", a.to_str().unwrap()]);
    let report: BankReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    assert_eq!(out.status.code(), Some(0), "{report:#?}");
    assert_eq!(report.problems.len(), 7);
    assert_eq!((report.errors, report.notes), (0, 0));
    let slugs: std::collections::BTreeSet<&str> = report.problems.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(slugs.len(), 7, "distinct names");
    for problem in &report.problems {
        assert_eq!(problem.solutions.len(), 3, "{}", problem.path);
    }
}
