//! `judge import kattis` on the Kattis fixture packages
//! (tests/fixtures/kattis), then `judge check` on what it wrote.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::{fixture, judge, stderr, stdout};

fn kattis(name: &str) -> PathBuf {
    fixture("kattis").join(name)
}

fn import(src: &Path, dest: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import", "kattis", src.to_str().unwrap(), dest.to_str().unwrap()];
    args.extend_from_slice(extra);
    judge(&args)
}

/// Every file under `root`: relative path → bytes.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn check_passes(dest: &Path) {
    let out = judge(&["check", dest.to_str().unwrap(), "--color", "never"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "judge check of the imported package:\n{}{}",
        stdout(&out),
        stderr(&out)
    );
}

#[test]
fn a_legacy_package_imports_and_checks() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("sum");
    let out = import(&kattis("legacy-sum"), &dest, &["--level", "junior"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    // Python 2 and C++ submissions are listed as skipped, with counts
    assert!(text.contains("skipped 3 submission(s) (C++: 1, Python 2: 2)"), "{text}");
    assert!(
        text.contains("skipped submissions/wrong_answer/old_print.py: does not compile under Python 3"),
        "{text}"
    );
    assert!(
        text.contains("skipped submissions/accepted/sum_py2.py: Python 2"),
        "{text}"
    );
    assert!(text.contains("skipped submissions/accepted/sum.cc: C++"), "{text}");
    assert!(text.contains("dropped from data/: 1 .desc files"), "{text}");
    // nested groups kept, named by their path
    assert!(dest.join("tests/secret.small/neg.in").is_file());
    assert!(dest.join("tests/secret.large/big.ans").is_file());
    assert!(dest.join("solutions/runtime_error/one_line.py").is_file());
    let toml = std::fs::read_to_string(dest.join("problem.toml")).unwrap();
    assert!(toml.contains("level = \"junior\""), "{toml}");
    assert!(
        toml.contains("topics = [\"imported\", \"arithmetic\", \"loops\"]"),
        "{toml}"
    );
    assert!(toml.contains("time_ms = "), "{toml}");
    let statement = std::fs::read_to_string(dest.join("statement.md")).unwrap();
    assert!(statement.starts_with("# Sum of a List\n"), "{statement}");
    assert!(statement.contains("### Example 2"), "{statement}");
    assert!(statement.contains("\\includegraphics{numbers.png}"), "{statement}");
    check_passes(&dest);
}

#[test]
fn a_2023_07_package_imports_and_checks() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("reverse");
    let out = import(&kattis("modern-reverse"), &dest, &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    // include/python3 and a directory submission are inlined into one file each
    for name in ["with_include", "multi"] {
        let source = std::fs::read_to_string(dest.join(format!("solutions/accepted/{name}.py"))).unwrap();
        assert!(source.contains("judge import: modules inlined"), "{source}");
    }
    assert!(dest.join("solutions/rejected/only_first_line.py").is_file());
    assert!(dest.join("solutions/brute_force/insert_front.py").is_file());
    let toml = std::fs::read_to_string(dest.join("problem.toml")).unwrap();
    assert!(toml.contains("title = \"Reverse the Words\""), "{toml}");
    assert!(toml.contains("memory_mb = 512"), "{toml}");
    check_passes(&dest);
}

#[test]
fn importing_twice_gives_the_same_package() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for dest in [&a, &b] {
        let out = import(&kattis("modern-reverse"), dest, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    // byte for byte, problem.toml included: the fixture's accepted
    // submissions are fast, so the time limit is the floor both times
    assert_eq!(tree(&a), tree(&b));
}

#[test]
fn an_existing_dest_is_refused_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("d");
    std::fs::create_dir(&dest).unwrap();
    std::fs::write(dest.join("keep.txt"), "mine").unwrap();
    let out = import(&kattis("legacy-sum"), &dest, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("DEST exists and is not empty"),
        "{}",
        stderr(&out)
    );
    assert!(dest.join("keep.txt").is_file());
    let out = import(&kattis("legacy-sum"), &dest, &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!dest.join("keep.txt").exists());
    assert!(dest.join("problem.toml").is_file());
}

#[test]
fn a_missing_problem_yaml_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("pkg");
    std::fs::create_dir_all(src.join("data/sample")).unwrap();
    let out = import(&src, &tmp.path().join("out"), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}/problem.yaml: missing", src.display())),
        "{err}"
    );
}

#[test]
fn malformed_yaml_gives_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("pkg");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("problem.yaml"), "name: Broken\nlimits:\n  memory: [512\n").unwrap();
    let out = import(&src, &tmp.path().join("out"), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let want = format!("{}/problem.yaml:", src.display());
    let line = err
        .split(&want)
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse::<usize>().ok());
    assert!(line.is_some_and(|l| (3..=4).contains(&l)), "{err}");
}

#[test]
fn interactive_is_imported_and_other_kinds_are_refused_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    // interactive: imported with its interactor, and judged through it
    let dest = tmp.path().join("guess");
    let out = import(&kattis("modern-interactive"), &dest, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dest.join("output_validator/interactor.py").is_file());
    let toml = std::fs::read_to_string(dest.join("problem.toml")).unwrap();
    assert!(toml.contains("type = \"interactive\""), "{toml}");
    let check = judge(&["check", "--format", "json", dest.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    // multi-pass: refused before anything is written
    let src = tmp.path().join("mp");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        src.join("problem.yaml"),
        "problem_format_version: 2023-07-draft\ntype: multi-pass\nname: M\n",
    )
    .unwrap();
    // even with --force, a refused package leaves DEST as it was
    let mp_out = tmp.path().join("mp-out");
    std::fs::create_dir_all(&mp_out).unwrap();
    std::fs::write(mp_out.join("keep.txt"), "mine").unwrap();
    let out = import(&src, &mp_out, &["--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("multi-pass problems are not supported"),
        "{}",
        stderr(&out)
    );
    assert!(mp_out.join("keep.txt").is_file());
}

#[test]
fn a_custom_validator_becomes_a_program_checker() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("half");
    let out = import(&kattis("legacy-validator"), &dest, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dest.join("output_validator/validate.py").is_file());
    let toml = std::fs::read_to_string(dest.join("problem.toml")).unwrap();
    assert!(
        toml.contains(
            "[checker]\ntype = \"program\"\nprogram = \"output_validator/validate.py\"\nprotocol = \"kattis\"\nargs = [\"float_tolerance\", \"1e-6\"]\n"
        ),
        "{toml}"
    );
}

/// The public Kattis examples, where this machine has them (CI does not:
/// then this test has nothing to do).
#[test]
fn the_public_kattis_examples_import_where_present() {
    let mirror = Path::new("/work/.mirror/Kattis+problemtools/repo");
    if !mirror.is_dir() {
        eprintln!("skipped: no Kattis problemtools mirror on this machine");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let archive = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "git -C {} archive HEAD examples | tar -x -C {}",
            mirror.display(),
            tmp.path().display()
        ))
        .status()
        .unwrap();
    assert!(archive.success());
    let dest = tmp.path().join("different");
    let out = import(&tmp.path().join("examples/different"), &dest, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Python 2: 1"), "{}", stdout(&out));
    assert!(dest.join("solutions/accepted/different_py3.py").is_file());
    assert!(dest.join("solutions/slow_accepted/different_slow.py").is_file());
}
