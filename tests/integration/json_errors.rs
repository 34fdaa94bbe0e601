//! `--format json` on every path: a command that cannot judge still writes
//! one JSON object to stdout, `{"error": {...}}` (docs/report-format.md,
//! "Errors"), so a script never reads empty output.

use std::fs;
use std::path::Path;

use crate::support::{copy_dir, fixture, judge, stderr};

/// `judge ARGS`: its exit code, and stdout parsed as JSON (the test fails
/// when stdout is not one JSON value), with `tmp` written `[tmp]`.
fn json_of(args: &[&str], tmp: &Path) -> (i32, String) {
    let out = judge(args);
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{args:?} wrote no JSON ({e}):\n{text}\nstderr: {}", stderr(&out)));
    let code = out.status.code().unwrap();
    if let Some(error) = value.get("error") {
        // the same message on stderr, for a person (clap's own words for a usage error)
        if error["kind"] != "usage" {
            assert_eq!(stderr(&out), format!("error: {}\n", error["message"].as_str().unwrap()));
        }
        assert_eq!(error["exit_code"], code);
    }
    (code, text.replace(&*tmp.to_string_lossy(), "[tmp]"))
}

/// A problem with a malformed problem.toml, in a bank of its own.
fn malformed_bank(tmp: &Path) -> std::path::PathBuf {
    let bank = tmp.join("bank");
    copy_dir(&fixture("add"), &bank.join("add"));
    let toml = bank.join("add/problem.toml");
    let text = fs::read_to_string(&toml)
        .unwrap()
        .replace("time_ms = 300", "time_ms = \"fast\"");
    fs::write(&toml, text).unwrap();
    bank
}

#[test]
fn judge_run_writes_an_error_object() {
    let tmp = tempfile::tempdir().unwrap();
    let solution = fixture("add").join("solutions/accepted/plain.py");
    let solution = solution.to_string_lossy();
    let bank = malformed_bank(tmp.path());
    let missing_problem = tmp.path().join("no-such-problem");
    let missing_solution = tmp.path().join("no-such-solution.py");
    let cases = [
        (
            "missing_problem",
            vec![missing_problem.to_string_lossy().into_owned(), solution.to_string()],
        ),
        (
            "malformed_problem",
            vec![bank.join("add").to_string_lossy().into_owned(), solution.to_string()],
        ),
        (
            "missing_solution",
            vec![
                fixture("add").to_string_lossy().into_owned(),
                missing_solution.to_string_lossy().into_owned(),
            ],
        ),
    ];
    for (name, files) in cases {
        let mut args = vec!["run", "--format", "json", "--no-record"];
        args.extend(files.iter().map(String::as_str));
        let (code, json) = json_of(&args, tmp.path());
        assert_eq!(code, 2, "{json}");
        let json = json.replace(&*crate::support::repo().to_string_lossy(), "[repo]");
        insta::assert_snapshot!(format!("run_{name}"), json);
    }
}

#[test]
fn judge_check_writes_an_error_object_or_its_report() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-bank");
    let (code, json) = json_of(&["check", "--format", "json", &missing.to_string_lossy()], tmp.path());
    assert_eq!(code, 2);
    insta::assert_snapshot!("check_missing_bank", json);

    // a malformed problem, a problem without solutions: findings of the report
    let bank = malformed_bank(tmp.path());
    copy_dir(&fixture("add"), &bank.join("unsolved"));
    fs::remove_dir_all(bank.join("unsolved/solutions")).unwrap();
    let (code, json) = json_of(&["check", "--format", "json", &bank.to_string_lossy()], tmp.path());
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let messages: Vec<String> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["findings"].as_array().unwrap().iter())
        .map(|f| format!("{} {}", f["file"].as_str().unwrap_or(""), f["message"]))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("add/problem.toml") && m.contains("expected a whole number")),
        "{messages:#?}"
    );
    assert!(messages.iter().any(|m| m.contains("unsolved")), "{messages:#?}");

    // --merge of a report that is not there
    let (code, json) = json_of(
        &[
            "check",
            "--format",
            "json",
            "--merge",
            &tmp.path().join("gone.json").to_string_lossy(),
        ],
        tmp.path(),
    );
    assert_eq!(code, 2);
    assert!(json.contains("\"kind\": \"error\""), "{json}");
}

#[test]
fn a_bad_command_line_asking_for_json_gets_json() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["run", "--format", "json", "only-a-problem"][..],
        &["run", "--format=json", "a", "b", "--runner", "nowhere"],
        &["check", "--format", "json", "--repeat", "0"],
    ] {
        let out = judge(args);
        assert_eq!(out.status.code(), Some(2));
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
        assert_eq!(value["error"]["kind"], "usage", "{value}");
        assert_eq!(value["error"]["exit_code"], 2);
        // clap's own text is still on stderr
        assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
    }
    let (_, json) = json_of(&["run", "--format", "json", "only-a-problem"], tmp.path());
    insta::assert_snapshot!("usage_error", json);

    // without --format json, stdout stays empty
    let out = judge(&["run", "only-a-problem"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn list_and_stats_write_an_error_object() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["list", "stats"] {
        let (code, json) = json_of(
            &[
                command,
                "--format",
                "json",
                "--bank",
                &tmp.path().join("nowhere").to_string_lossy(),
            ],
            tmp.path(),
        );
        assert_eq!(code, 2);
        assert!(json.contains("no problem bank here"), "{json}");
    }
}
