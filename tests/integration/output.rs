//! What a person sees: snapshots of the human report, with times, memory
//! and temporary paths filtered out.

use crate::support::{fixture, judge, repo, stdout};

fn human(problem: &str, solution: &str) -> String {
    let out = judge(&["run", "--color", "never", problem, solution]);
    stdout(&out)
}

macro_rules! snapshot {
    ($name:expr, $text:expr) => {
        insta::with_settings!({filters => vec![
            // times vary in value and width: the padding goes too
            (r" *[<>]?\d+(\.\d+)? (ms|µs)", " [time]"),
            (r" *\d+\.\d MB", " [memory]"),
            (r"Python \d+\.\d+\.\d+", "Python [version]"),
            (r" +\n", "\n"),
        ]}, {
            insta::assert_snapshot!($name, $text);
        });
    };
}

#[test]
fn accepted_run() {
    snapshot!(
        "palindrome_accepted",
        human(
            "problems/junior/palindrome",
            "problems/junior/palindrome/solutions/accepted/two_pointers.py"
        )
    );
}

#[test]
fn wrong_answer_on_a_long_list_points_at_the_element() {
    let dir = tempfile::tempdir().unwrap();
    let solution = dir.path().join("double.py");
    std::fs::write(
        &solution,
        "def add(a, b):\n    if a == 1:\n        return list(range(60))\n    return a + b\n",
    )
    .unwrap();
    let problem = dir.path().join("p");
    std::fs::create_dir_all(problem.join("tests")).unwrap();
    for f in ["problem.toml", "statement.md", "template.py"] {
        std::fs::copy(fixture("add").join(f), problem.join(f)).unwrap();
    }
    let mut expected: Vec<i64> = (0..60).collect();
    expected[41] = 14;
    std::fs::write(
        problem.join("tests/sample.json"),
        format!("[{{\"name\": \"long\", \"args\": [1, 2], \"expected\": {expected:?}}}]"),
    )
    .unwrap();
    let text = human(&problem.to_string_lossy(), &solution.to_string_lossy());
    let text = text.replace(&*dir.path().to_string_lossy(), "[tmp]");
    snapshot!("long_list_diff", text);
}

#[test]
fn one_character_in_a_long_string() {
    let text = human(
        "problems/junior/palindrome",
        "problems/junior/palindrome/solutions/wrong_answer/no_cleaning.py",
    );
    assert!(text.contains("First failure: sample/panama (Wrong answer)"), "{text}");
    assert!(
        text.contains("call      is_palindrome('A man, a plan, a canal: Panama')"),
        "{text}"
    );
    assert!(text.contains("expected  True\n  got       False"), "{text}");
}

#[test]
fn runtime_error_with_traceback() {
    snapshot!(
        "add_runtime_error",
        human(
            &fixture("add")
                .to_string_lossy()
                .replace(&*repo().to_string_lossy(), "."),
            "tests/fixtures/add/solutions/runtime_error/raises.py"
        )
    );
}

#[test]
fn compile_error() {
    snapshot!(
        "add_compile_error",
        human(
            "tests/fixtures/add",
            "tests/fixtures/add/solutions/compile_error/syntax.py"
        )
    );
}

#[test]
fn stdio_diff() {
    snapshot!(
        "sum_lines_wrong_answer",
        human(
            "tests/fixtures/sum-lines",
            "tests/fixtures/sum-lines/solutions/wrong_answer/skips_blank_lines.py"
        )
    );
}

/// The summary and the failure shown below it, without the test lines.
fn summary_of(text: &str) -> String {
    text.lines()
        .skip_while(|l| !l.contains("tests passed"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_runtime_error_run_shows_the_exception_that_made_it_one() {
    // WA on the first tests, then an exception: before, "Runtime error" came
    // with the WA as "First failure" and the TypeError nowhere.
    let dir = tempfile::tempdir().unwrap();
    let solution = dir.path().join("wrong_then_raises.py");
    std::fs::write(
        &solution,
        "def add(a, b):\n    if a < 0:\n        return plus(a, b)\n    return a + b + 1\n\n\ndef plus(a):\n    return a\n",
    )
    .unwrap();
    let text = human("tests/fixtures/add", &solution.to_string_lossy());
    assert!(text.contains("  sample/small     WA"), "{text}");
    let summary = summary_of(&text);
    assert!(summary.starts_with("Runtime error · 0/5 tests passed"), "{summary}");
    assert!(
        summary.contains("First failure: hidden/negative (Runtime error)"),
        "{summary}"
    );
    assert!(
        summary.contains("TypeError: plus() takes 1 positional argument but 2 were given"),
        "{summary}"
    );
}

#[test]
fn a_wall_clock_timeout_is_not_summarised_as_over_the_cpu_limit() {
    let text = human(
        "tests/fixtures/add",
        "tests/fixtures/add/solutions/time_limit_exceeded/sleeps.py",
    );
    let summary = summary_of(&text);
    assert!(
        summary.starts_with("Time limit exceeded · 0/5 tests passed · stopped at the 600 ms wall-clock limit"),
        "{summary}"
    );
    assert!(!summary.contains("CPU limit"), "{summary}");
}

#[test]
fn an_expected_exception_is_shown_as_one() {
    let text = human(
        "tests/fixtures/counter",
        "tests/fixtures/counter/solutions/wrong_answer/no_check.py",
    );
    let summary = summary_of(&text);
    assert!(
        summary.contains("  expected  raises ValueError\n  got       None"),
        "{summary}"
    );
}

#[test]
fn a_value_too_large_to_report_is_not_called_printing() {
    let text = human(
        "tests/fixtures/add",
        "tests/fixtures/add/solutions/output_limit_exceeded/returns_a_huge_value.py",
    );
    assert!(
        text.contains("returned a value (or raised an exception) too large to report"),
        "{text}"
    );
    assert!(text.contains("over 1056 KB"), "{text}");
    assert!(!text.contains("printed more than"), "{text}");
}

#[test]
fn a_driver_problems_failure_shows_the_call_the_judge_made() {
    let text = human(
        "tests/fixtures/reverse-list",
        "tests/fixtures/reverse-list/solutions/wrong_answer/returns_original.py",
    );
    assert!(text.contains("call      driver.run(solution, [1, 2, 3])"), "{text}");
    assert!(!text.contains("reverse_list([1, 2, 3])"), "{text}");
}
