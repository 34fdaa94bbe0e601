//! Measured growth end to end: a real generator, real Python solutions, the
//! real process runner. Sizes are small so the test is quick on a loaded
//! machine; the classes are far apart (linear and quadratic), and the
//! quadratic one must come out slower in growth whatever the load.

use std::path::Path;

use judge_complexity::Class;
use judge_engine::{Engine, GrowthError, GrowthOptions, Submission};
use judge_runner::Interpreter;

const PROBLEM: &str = r#"title = "Count pairs"
level = "mid"
kind = "function"
entry = "count_pairs"

[limits]
time_ms = 4000

[complexity]
expected = "O(n)"
smallest = 200
largest = 6400
"#;

const GENERATOR: &str = r#"import random

def make(n, seed):
    rng = random.Random(seed * 1000003 + n)
    return [[rng.randrange(100) for _ in range(n)], 50]
"#;

const LINEAR: &str = r#"from collections import Counter

def count_pairs(xs, target):
    seen = Counter()
    pairs = 0
    for x in xs:
        pairs += seen[target - x]
        seen[x] += 1
    return pairs
"#;

const QUADRATIC: &str = r#"def count_pairs(xs, target):
    pairs = 0
    for i in range(len(xs)):
        for j in range(i):
            if xs[i] + xs[j] == target:
                pairs += 1
    return pairs
"#;

fn package(dir: &Path, generator: &str) -> judge_problem::Problem {
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::create_dir_all(dir.join("generators")).unwrap();
    std::fs::write(dir.join("problem.toml"), PROBLEM).unwrap();
    std::fs::write(dir.join("statement.md"), "# Count pairs\n").unwrap();
    std::fs::write(dir.join("template.py"), "def count_pairs(xs, target):\n    pass\n").unwrap();
    std::fs::write(
        dir.join("tests/sample.json"),
        r#"[{"name": "one", "args": [[20, 30], 50], "expected": 1}]"#,
    )
    .unwrap();
    std::fs::write(dir.join("generators/sized.py"), generator).unwrap();
    judge_problem::load(dir).unwrap()
}

fn solution(dir: &Path, name: &str, code: &str) -> Submission {
    let path = dir.join(name);
    std::fs::write(&path, code).unwrap();
    Submission::read(&path).unwrap()
}

#[test]
fn a_linear_and_a_quadratic_solution_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let problem = package(&dir.path().join("pairs"), GENERATOR);
    let engine = Engine::with_process_runner(Interpreter::discover().unwrap()).unwrap();
    let options = GrowthOptions {
        repeats: 3,
        budget_ms: 60_000.0,
        ..GrowthOptions::default()
    };
    let linear = engine
        .measure_growth(&problem, &solution(dir.path(), "linear.py", LINEAR), options)
        .unwrap();
    let quadratic = engine
        .measure_growth(&problem, &solution(dir.path(), "quadratic.py", QUADRATIC), options)
        .unwrap();
    assert_eq!(linear.points.len(), 6, "{linear:?}");
    assert_eq!(quadratic.points.len(), 6, "{quadratic:?}");
    let (l, q) = (
        linear.estimate.unwrap().best.class,
        quadratic.estimate.unwrap().best.class,
    );
    assert!(
        l.within_one_of(Class::Linear),
        "linear estimated as {l}: {:?}",
        linear.points
    );
    assert!(
        q.within_one_of(Class::Quadratic),
        "quadratic estimated as {q}: {:?}",
        quadratic.points
    );
    assert!(q > l, "{q} must grow faster than {l}");
}

#[test]
fn a_generator_mistake_names_the_generator() {
    let dir = tempfile::tempdir().unwrap();
    let problem = package(&dir.path().join("pairs"), "def make(n, seed):\n    return 42\n");
    let engine = Engine::with_process_runner(Interpreter::discover().unwrap()).unwrap();
    let err = engine
        .measure_growth(
            &problem,
            &solution(dir.path(), "linear.py", LINEAR),
            GrowthOptions::default(),
        )
        .unwrap_err();
    assert!(matches!(err, GrowthError::Generator(_)), "{err}");
    let text = err.to_string();
    assert!(text.contains("sized.py") && text.contains("list or tuple"), "{text}");
}

#[test]
fn a_solution_that_fails_at_a_size_is_not_measured() {
    let dir = tempfile::tempdir().unwrap();
    let problem = package(&dir.path().join("pairs"), GENERATOR);
    let engine = Engine::with_process_runner(Interpreter::discover().unwrap()).unwrap();
    let broken =
        "def count_pairs(xs, target):\n    if len(xs) > 1000:\n        raise ValueError('too long')\n    return 0\n";
    let err = engine
        .measure_growth(
            &problem,
            &solution(dir.path(), "broken.py", broken),
            GrowthOptions::default(),
        )
        .unwrap_err();
    assert!(
        matches!(&err, GrowthError::SolutionFailed { n: 1600, what } if what.contains("ValueError")),
        "{err}"
    );
}
