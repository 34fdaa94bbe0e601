//! The command line as a tool among tools: `--version`, finding the bank
//! from any directory, `--help`, shell completions and the man page.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::{JUDGE, copy_dir, fixture, judge, repo, shared_history, stderr, stdout};

/// `judge ARGS` in `dir`, with `env` set and JUDGE_BANK unset unless
/// `env` sets it.
fn judge_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(JUDGE);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("JUDGE_BANK")
        .env_remove("JUDGE_PYTHON")
        .env_remove("NO_COLOR")
        .env("JUDGE_DB", shared_history());
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the judge binary runs")
}

/// A script that answers like Python 2 does, whatever it is asked.
fn fake_python2(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("python2");
    std::fs::write(&path, "#!/bin/sh\necho 'Python 2.7.18'\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn version_names_the_python_and_the_embedded_runner() {
    let long = judge(&["--version"]);
    let short = judge(&["-V"]);
    assert_eq!(long.status.code(), Some(0), "{}", stderr(&long));
    assert_eq!(stdout(&long), stdout(&short));
    let text = stdout(&long);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], format!("judge {}", env!("CARGO_PKG_VERSION")));
    // "python: /usr/bin/python3.11 (3.11.2)": the real executable, resolved
    let python = lines[1].strip_prefix("python: ").expect(&text);
    let (path, version) = python.split_once(" (").expect(&text);
    assert!(Path::new(path).is_absolute() && Path::new(path).exists(), "{text}");
    assert!(version.starts_with('3') && version.ends_with(')'), "{text}");
    let embedded = if cfg!(feature = "embedded") {
        "embedded runner: built in (--runner embedded)"
    } else {
        "embedded runner: not built (cargo feature `embedded`)"
    };
    assert_eq!(lines[2], embedded);
    assert_eq!(lines.len(), 3, "{text}");
}

#[test]
fn version_without_a_usable_python_still_prints_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    let python2 = fake_python2(tmp.path());
    let out = judge_in(
        tmp.path(),
        &["--version"],
        &[("JUDGE_PYTHON", &python2.to_string_lossy())],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out).replace(&*tmp.path().to_string_lossy(), "[tmp]");
    assert!(
        text.contains("python: none usable (this is not Python 3.8+: [tmp]/python2 --version says \"Python 2.7.18\")"),
        "{text}"
    );
}

/// The number of problems `judge list --format json` finds from `dir`.
fn listed(dir: &Path, env: &[(&str, &str)]) -> usize {
    let out = judge_in(dir, &["list", "--format", "json"], env);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let entries: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    entries.as_array().expect("a list of problems").len()
}

#[test]
fn the_bank_is_found_from_any_directory() {
    let whole_bank = listed(&repo(), &[]);
    assert!(whole_bank >= 40, "{whole_bank}");

    // outside the repository, with no ./problems: the bank the judge was built with
    let elsewhere = tempfile::tempdir().unwrap();
    assert_eq!(listed(elsewhere.path(), &[]), whole_bank);
    assert_eq!(
        listed(elsewhere.path(), &[("JUDGE_BANK", "")]),
        whole_bank,
        "empty is unset"
    );
    let show = judge_in(elsewhere.path(), &["show", "palindrome", "--color", "never"], &[]);
    assert_eq!(show.status.code(), Some(0), "{}", stderr(&show));
    assert!(stdout(&show).contains("junior/palindrome"), "{}", stdout(&show));

    // ./problems wins over the built-in bank
    let local = tempfile::tempdir().unwrap();
    copy_dir(&fixture("add"), &local.path().join("problems/junior/add"));
    assert_eq!(listed(local.path(), &[]), 1);

    // $JUDGE_BANK wins over both, and --bank over $JUDGE_BANK
    let bank = fixture("banks/good");
    let from_env = listed(local.path(), &[("JUDGE_BANK", &bank.to_string_lossy())]);
    assert_ne!(from_env, whole_bank);
    let out = judge_in(
        local.path(),
        &["list", "--format", "json", "--bank", "problems"],
        &[("JUDGE_BANK", &bank.to_string_lossy())],
    );
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_missing_bank_says_where_to_point() {
    let tmp = tempfile::tempdir().unwrap();
    let out = judge_in(tmp.path(), &["list"], &[("JUDGE_BANK", "no-such-bank")]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no-such-bank: no problem bank here; pass --bank DIR (or set JUDGE_BANK) to a directory of problems\n"
    );
}

#[test]
fn help_shows_judge_bank_only_when_it_is_set() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["list", "show", "practice", "stats"] {
        let unset = stdout(&judge_in(tmp.path(), &[command, "--help"], &[]));
        assert!(unset.contains("--bank <DIR>"), "{unset}");
        assert!(!unset.contains("[env: JUDGE_BANK"), "{unset}");
        let set = stdout(&judge_in(
            tmp.path(),
            &[command, "--help"],
            &[("JUDGE_BANK", "/srv/bank")],
        ));
        assert!(set.contains("[env: JUDGE_BANK=/srv/bank]"), "{set}");
    }
}

#[test]
fn top_level_help() {
    let out = judge(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("top_level_help", stdout(&out));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = judge(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        // every command is offered
        for command in ["run", "check", "list", "practice", "completions", "man"] {
            assert!(script.contains(command), "{shell} offers no `{command}`");
        }
    }
    let out = judge(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_bash_completion_script_is_valid_bash() {
    let tmp = tempfile::tempdir().unwrap();
    let script = tmp.path().join("judge.bash");
    std::fs::write(&script, judge(&["completions", "bash"]).stdout).unwrap();
    let check = Command::new("bash").arg("-n").arg(&script).output().unwrap();
    assert!(
        check.status.success(),
        "bash -n: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    // and, sourced, it completes `judge ru` to `run`
    let completed = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source {}; COMP_WORDS=(judge ru); COMP_CWORD=1; _judge judge ru judge; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&completed.stdout).trim(), "run");
}

/// groff's warnings about a page (none for a well-formed one).
fn groff_warnings(page: &[u8]) -> String {
    use std::io::Write;
    let mut groff = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("groff runs");
    groff.stdin.take().unwrap().write_all(page).unwrap();
    let out = groff.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn man_pages_are_roff() {
    let out = judge(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.lines().any(|l| l.starts_with(".TH judge 1")), "{page}");
    assert!(
        page.contains("judge\\-run(1)"),
        "the commands' pages are listed: {page}"
    );
    for section in [".SH ENVIRONMENT", ".SH \"EXIT STATUS\"", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "no {section}: {page}");
    }
    assert!(page.contains(r"\fBJUDGE_BANK\fR"), "{page}");
    assert_eq!(groff_warnings(&out.stdout), "");

    let out = judge(&["man", "run"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.lines().any(|l| l.starts_with(".TH judge-run 1")), "{page}");
    assert!(page.contains("\\-\\-fail\\-fast"), "{page}");
    assert_eq!(groff_warnings(&out.stdout), "");

    let out = judge(&["man", "nothing"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "error: no command `nothing` (see `judge --help`)\n");
}
