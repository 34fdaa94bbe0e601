//! Tests of the whole plan: determinism, the time rule, problem.toml.

use super::*;

fn package(list: &[(&str, &str)]) -> Package {
    Package {
        files: list
            .iter()
            .map(|(p, s)| (p.to_string(), s.as_bytes().to_vec()))
            .collect(),
    }
}

fn options() -> Options {
    Options {
        level: "mid".into(),
        fallback_title: "dir".into(),
    }
}

fn legacy() -> Package {
    package(&[
        (
            "problem.yaml",
            "name: Add\nkeywords: Big Numbers\nlicense: cc0\nlimits:\n  memory: 128\n",
        ),
        ("input_validators/v.py", "pass\n"),
        ("README", "hi\n"),
        (
            "problem_statement/problem.en.tex",
            "\\problemname{Add}\nAdd \\emph{two} numbers.\n",
        ),
        ("problem_statement/pic.png", "x"),
        ("data/sample/1.in", "1 2\n"),
        ("data/sample/1.ans", "3\n"),
        ("data/secret/g/2.in", "2 2\n"),
        ("data/secret/g/2.ans", "4\n"),
        ("submissions/accepted/add.py", "print(sum(map(int, input().split())))\n"),
        ("submissions/accepted/add.cc", "int main(){}\n"),
    ])
}

#[test]
fn a_legacy_package_plans_every_file() {
    let plan = plan_import(&legacy(), &options(), &|_| true).unwrap();
    let names: Vec<&str> = plan.files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "solutions/accepted/add.py",
            "statement.md",
            "template.py",
            "tests/sample/1.ans",
            "tests/sample/1.in",
            "tests/secret.g/2.ans",
            "tests/secret.g/2.in",
        ]
    );
    let statement = String::from_utf8(plan.files["statement.md"].clone()).unwrap();
    assert!(statement.starts_with("# Add\nAdd *two* numbers.\n"), "{statement}");
    assert!(statement.contains("### Example 1\n\nInput:\n\n```\n1 2\n```\n\nOutput:\n\n```\n3\n```\n"));
    assert!(
        statement.contains("- the file problem_statement/pic.png"),
        "{statement}"
    );
    assert_eq!(plan.config.topics, ["imported", "big", "numbers"]);
    assert_eq!(plan.config.memory_mb, Some(128));
    assert_eq!(plan.timing.accepted, ["solutions/accepted/add.py"]);
    assert_eq!(plan.timing.multiplier, 5.0);
    assert!(plan.notes.iter().any(|n| n.contains("C++: 1")), "{:?}", plan.notes);
    assert!(
        plan.notes
            .contains(&"not imported: README, input_validators/ (1 files)".to_owned()),
        "{:?}",
        plan.notes
    );
    assert!(statement.contains("- license: cc0\n"), "{statement}");
    assert!(plan.unsupported.is_none());
}

#[test]
fn importing_twice_plans_the_same_bytes() {
    let a = plan_import(&legacy(), &options(), &|_| true).unwrap();
    let b = plan_import(&legacy(), &options(), &|_| true).unwrap();
    assert_eq!(a.files, b.files);
    assert_eq!(a.notes, b.notes);
    assert_eq!(problem_toml(&a.config, 1000), problem_toml(&b.config, 1000));
}

#[test]
fn missing_and_malformed_problem_yaml() {
    let e = plan_import(&package(&[("data/sample/1.in", "")]), &options(), &|_| true).unwrap_err();
    assert!(e.to_string().starts_with("problem.yaml: missing"), "{e}");
    let e = plan_import(&package(&[("problem.yaml", "name: [x\n")]), &options(), &|_| true).unwrap_err();
    assert!(
        e.to_string().starts_with("problem.yaml:2:") || e.to_string().starts_with("problem.yaml:1:"),
        "{e}"
    );
}

#[test]
fn multi_pass_and_submit_answer_are_refused_by_name() {
    for (ty, name) in [("multi-pass", "multi-pass"), ("submit-answer", "submit-answer")] {
        let yaml = format!("problem_format_version: 2023-07-draft\ntype: {ty}\nname: X\n");
        let e = plan_import(&package(&[("problem.yaml", &yaml)]), &options(), &|_| true).unwrap_err();
        assert!(
            e.to_string().contains(&format!("{name} problems are not supported")),
            "{e}"
        );
    }
}

#[test]
fn interactive_is_imported_with_its_interactor() {
    let plan = plan_import(
        &package(&[
            (
                "problem.yaml",
                "problem_format_version: 2023-07-draft\ntype: interactive\nname: G\n",
            ),
            ("data/sample/1.interaction", "<1\n>2\n"),
            ("data/secret/1.in", "5\n"),
            ("data/secret/1.ans", "5\n"),
            ("output_validator/interactor.py", "pass\n"),
        ]),
        &options(),
        &|_| true,
    )
    .unwrap();
    assert_eq!(plan.unsupported, None);
    assert!(plan.files.contains_key("output_validator/interactor.py"));
    let toml = problem_toml(&plan.config, 1000);
    assert!(toml.starts_with("# An interactive"), "{toml}");
    assert!(
        toml.contains("[checker]\ntype = \"interactive\"\nprogram = \"output_validator/interactor.py\"\nargs = []\n"),
        "{toml}"
    );
    assert!(
        plan.notes.iter().any(|n| n.contains("sample interactions")),
        "{:?}",
        plan.notes
    );
}

#[test]
fn scoring_is_pass_fail_with_a_warning_and_validator_args_map() {
    let plan = plan_import(
        &package(&[
            (
                "problem.yaml",
                "problem_format_version: 2023-07-draft\ntype: scoring\nname: S\n",
            ),
            (
                "data/testdata.yaml",
                "output_validator_args: [float_tolerance, '1e-6']\n",
            ),
            ("data/secret/1.in", "5\n"),
            ("data/secret/1.ans", "5\n"),
        ]),
        &options(),
        &|_| true,
    )
    .unwrap();
    assert!(plan.warnings.iter().any(|w| w.contains("scoring problem")));
    assert!(plan.warnings.iter().any(|w| w.contains("no sample tests")));
    let toml = problem_toml(&plan.config, 1000);
    assert!(toml.contains("float_abs_tol = 1e-6"), "{toml}");
}

#[test]
fn legacy_custom_validator_is_copied_and_a_program_checker() {
    let plan = plan_import(
        &package(&[
            (
                "problem.yaml",
                "name: D\nvalidation: custom\nvalidator_flags: float_tolerance 1e-4\n",
            ),
            ("output_validators/v/validate.cc", "int main(){}\n"),
            ("output_validators/v/validate.h", "\n"),
            ("data/sample/1.in", "5\n"),
            ("data/sample/1.ans", "5\n"),
        ]),
        &options(),
        &|_| true,
    )
    .unwrap();
    assert!(plan.files.contains_key("output_validator/validate.cc"));
    assert!(plan.files.contains_key("output_validator/validate.h"));
    let toml = problem_toml(&plan.config, 1000);
    assert!(
        toml.contains("program = \"output_validator\"\nprotocol = \"kattis\"\nargs = [\"float_tolerance\", \"1e-4\"]"),
        "{toml}"
    );
}

#[test]
fn time_rule() {
    // 37 ms x 5 = 185 → 200, but at least 500
    assert_eq!(time_limit_ms(Some(37.0), 5.0, None).0, 500);
    // 301 ms x 2 → multiplier raised to 3: 903 → 1000
    assert_eq!(time_limit_ms(Some(301.0), 2.0, Some(1.0)).0, 1000);
    assert_eq!(time_limit_ms(Some(250.0), 5.0, None).0, 1300);
    assert_eq!(time_limit_ms(Some(50_000.0), 5.0, None).0, 60_000);
    assert_eq!(time_limit_ms(None, 5.0, Some(2.5)).0, 2500);
    let (ms, why) = time_limit_ms(None, 5.0, None);
    assert_eq!(ms, DEFAULT_TIME_MS);
    assert!(why.contains("default"));
}

#[test]
fn problem_toml_is_what_the_judge_reads() {
    let config = Config {
        title: "A \"quoted\" title".into(),
        level: "senior".into(),
        topics: vec!["imported".into()],
        memory_mb: Some(2048),
        output_kb: Some(8192),
        checker: None,
        interactive: false,
    };
    assert_eq!(
        problem_toml(&config, 1200),
        "title = \"A \\\"quoted\\\" title\"\nlevel = \"senior\"\ntopics = [\"imported\"]\nkind = \"stdio\"\n\n\
         [limits]\ntime_ms = 1200\nmemory_mb = 2048\noutput_kb = 8192\n"
    );
}

#[test]
fn constants_are_substituted_in_includes_and_statements() {
    let plan = plan_import(
        &package(&[
            (
                "problem.yaml",
                "problem_format_version: 2025-09\nname: C\nconstants:\n  magic: 42\n",
            ),
            ("statement/problem.en.md", "# C\n\nAdd {{magic}}.\n"),
            ("include/python3/inc.py", "magic = {{magic}}\n"),
            (
                "submissions/accepted/a.py",
                "import inc\nprint(int(input()) + inc.magic)\n",
            ),
            (
                "output_validator/validate.py",
                "import sys\nsys.exit(42 if {{magic}} == 42 else 43)\n",
            ),
            ("data/sample/1.in", "1\n"),
            ("data/sample/1.ans", "43\n"),
        ]),
        &options(),
        &|_| true,
    )
    .unwrap();
    let statement = String::from_utf8(plan.files["statement.md"].clone()).unwrap();
    assert!(statement.contains("Add 42."), "{statement}");
    let validator = String::from_utf8(plan.files["output_validator/validate.py"].clone()).unwrap();
    assert!(validator.contains("if 42 == 42"), "{validator}");
    // test data is never substituted
    assert_eq!(plan.files["tests/sample/1.ans"], b"43\n");
    let a = String::from_utf8(plan.files["solutions/accepted/a.py"].clone()).unwrap();
    assert!(a.contains("magic = 42") && !a.contains("{{"), "{a}");
}

mod no_panics {
    use proptest::prelude::*;

    use super::*;

    /// Text with many of the characters the parsers treat specially.
    fn texty() -> impl Strategy<Value = String> {
        proptest::string::string_regex(
            r"(\\[a-z]{0,12}|[{}\[\]()$%~`'\\*\n :,.\-]|[a-zA-Z0-9 ]{1,5}|\{\{[a-z]+\}\}|é)*",
        )
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn latex_never_panics(source in texty()) {
            let _ = latex_to_markdown(&source);
        }

        #[test]
        fn problem_yaml_never_panics(text in texty()) {
            let _ = parse_metadata(&text, "problem.yaml");
            let _ = plan_import(
                &package(&[("problem.yaml", &text), ("data/sample/1.in", "1\n"), ("data/sample/1.ans", "1\n")]),
                &options(),
                &|_| true,
            );
        }

        #[test]
        fn globs_and_flags_never_panic(pattern in texty(), path in texty(), flags in proptest::collection::vec(texty(), 0..6)) {
            let _ = glob_matches(&pattern, &path);
            let _ = checker_table(None, &flags);
            let _ = with_inlined_modules(&path, &[(pattern.clone(), path.clone())].into_iter().collect());
        }

        #[test]
        fn any_paths_map(paths in proptest::collection::vec("(data|submissions)(/[a-z .]{0,6}){0,4}(\\.in|\\.ans|\\.py)?", 0..12)) {
            let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
            let _ = map_data(&refs);
            let files = paths.iter().map(|p| (p.clone(), b"print(1)\n".to_vec())).collect();
            let _ = map_submissions(&files, None, &Default::default(), &|_| true);
        }
    }
}

#[test]
fn a_long_sample_is_pointed_to_and_an_empty_name_is_no_title() {
    let long = "1 ".repeat(2000);
    let plan = plan_import(
        &package(&[
            ("problem.yaml", "name: ''\n"),
            ("data/sample/1.in", &long),
            ("data/sample/1.ans", "```\n"),
        ]),
        &options(),
        &|_| true,
    )
    .unwrap();
    assert_eq!(plan.config.title, "dir");
    let statement = String::from_utf8(plan.files["statement.md"].clone()).unwrap();
    assert!(
        statement.contains("Input:\n\n`tests/sample/1.in` (4000 bytes)\n"),
        "{statement}"
    );
    assert!(statement.contains("Output:\n\n````\n```\n````\n"), "{statement}");
}

#[test]
fn a_test_that_is_not_utf8_is_dropped_with_a_warning() {
    let mut pkg = package(&[
        ("problem.yaml", "name: B\n"),
        ("data/sample/1.in", "1\n"),
        ("data/sample/1.ans", "1\n"),
    ]);
    pkg.files.insert("data/secret/2.in".into(), vec![0xff, b'\n']);
    pkg.files.insert("data/secret/2.ans".into(), b"1\n".to_vec());
    let plan = plan_import(&pkg, &options(), &|_| true).unwrap();
    assert!(!plan.files.contains_key("tests/secret/2.in"));
    assert!(
        plan.warnings
            .iter()
            .any(|w| w.starts_with("data/secret/2.in: not UTF-8")),
        "{:?}",
        plan.warnings
    );
}

#[test]
fn a_validator_in_a_directory_of_its_own_is_lifted_to_output_validator() {
    let plan = plan_import(
        &package(&[
            ("problem.yaml", "name: G\nvalidation: custom interactive\n"),
            ("data/secret/1.in", "5\n"),
            ("data/secret/1.ans", "5\n"),
            ("output_validator/guess_validator/validate.cc", "int main() {}\n"),
            ("output_validator/guess_validator/validate.h", "\n"),
        ]),
        &options(),
        &|_| true,
    )
    .unwrap();
    assert!(
        plan.files.contains_key("output_validator/validate.cc"),
        "{:?}",
        plan.files.keys()
    );
    assert!(plan.files.contains_key("output_validator/validate.h"));
    assert!(problem_toml(&plan.config, 1000).contains("program = \"output_validator\""));
}
