//! CI annotations from `judge check`: JUnit test cases carry the file (and
//! line) a test viewer annotates, suites never take longer than the whole
//! check, and `--format github` writes GitHub Actions workflow commands.

use std::process::{Command, Stdio};

use crate::support::{judge, stderr, stdout};

/// Python's reading of a JUnit file: per test case `file line`, then per
/// suite whether its time is within the total.
fn read_junit(xml: &str) -> String {
    let script = "import sys, xml.etree.ElementTree as ET\n\
                  r = ET.fromstring(sys.stdin.read())\n\
                  total = float(r.get('time'))\n\
                  for s in r.findall('testsuite'):\n\
                  \x20   print('suite within total', float(s.get('time')) <= total)\n\
                  \x20   for c in s.findall('testcase'):\n\
                  \x20       print(c.get('name'), c.get('file'), c.get('line'))\n";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(xml.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn junit_cases_name_their_file_and_line() {
    let out = judge(&[
        "check",
        "--format",
        "junit",
        "tests/fixtures/banks/malformed-toml",
        "tests/fixtures/banks/good/mid",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let cases = read_junit(&stdout(&out));
    assert!(!cases.contains("suite within total False"), "{cases}");
    for line in cases.lines().filter(|l| !l.starts_with("suite ")) {
        let fields: Vec<&str> = line.split(' ').collect();
        assert!(
            fields[1] != "None" && !fields[1].is_empty(),
            "a case without a file: {line}"
        );
        if fields[0] != "package" {
            assert!(fields[1].ends_with(fields[0]), "a solution's case is its file: {line}");
        }
    }
    // the malformed problem.toml's case points at its line
    let malformed = cases
        .lines()
        .find(|l| l.starts_with("package tests/fixtures/banks/malformed-toml/"))
        .expect(&cases);
    assert!(
        malformed.contains("/problem.toml ") && !malformed.ends_with(" None"),
        "{malformed}"
    );
}

#[test]
fn github_annotations() {
    let out = judge(&["check", "--format", "github", "tests/fixtures/banks/malformed-toml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("::error ")).collect();
    assert!(!errors.is_empty(), "{text}");
    for error in &errors {
        assert!(error.contains(" file=tests/fixtures/banks/malformed-toml/"), "{error}");
        assert!(error.contains(",line="), "{error}");
    }
    insta::assert_snapshot!("github_malformed_toml", text);

    let out = judge(&["check", "--format", "github", "tests/fixtures/banks/good"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("::"), "{}", stdout(&out));
}
