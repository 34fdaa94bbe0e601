"""A synthetic bank of N small but real problems, for measuring `judge
check` at scale (docs/performance.md, "Sharding").

    python3 benches/synthetic_bank.py N DEST

Each problem has the shape of tests/fixtures/banks/good/junior/add: a
function `add_K(a, b)` with a statement, a template, two sample and two
hidden tests, one accepted solution and one wrong_answer solution that
only hidden tests catch. Problem K adds K to its answer, so no two
problems are the same; names are `pNNNNN` spread over the three levels.
Deterministic: the same N gives the same files. DEST must not exist or
be empty.
"""

import json
import os
import sys

LEVELS = ("junior", "mid", "senior")


def problem_files(k):
    entry = f"add_{k}"
    level = LEVELS[k % len(LEVELS)]

    def case(name, a, b):
        return {"name": name, "args": [a, b], "expected": a + b + k}

    return level, {
        "problem.toml": (
            f'title = "Add {k}"\n'
            f'level = "{level}"\n'
            'topics = ["arithmetic"]\n'
            'kind = "function"\n'
            f'entry = "{entry}"\n'
            "\n[limits]\ntime_ms = 1000\n"
        ),
        "statement.md": (
            f"# Add {k}\n\nReturn `a + b + {k}` for two integers.\n\n"
            f"Example: `{entry}(1, 2)` is `{3 + k}`.\n"
        ),
        "template.py": f'def {entry}(a, b):\n    """Return a + b + {k}."""\n    raise NotImplementedError\n',
        "tests/sample.json": json.dumps([case("small", 1, 2), case("zero", 0, 0)], indent=1) + "\n",
        "tests/hidden.json": json.dumps([case("negative", -5, 3), case("big", 10**30, 1)], indent=1) + "\n",
        "solutions/accepted/plus.py": f"def {entry}(a, b):\n    return a + b + {k}\n",
        # wrong only for a negative `a`: the samples pass, a hidden test catches it
        "solutions/wrong_answer/minus_for_negatives.py": (
            f"def {entry}(a, b):\n    return (a - b if a < 0 else a + b) + {k}\n"
        ),
    }


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    count, dest = int(sys.argv[1]), sys.argv[2]
    if os.path.exists(dest) and os.listdir(dest):
        sys.exit(f"{dest}: exists and is not empty")
    for k in range(count):
        level, files = problem_files(k)
        root = os.path.join(dest, level, f"p{k:05d}")
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print(f"{count} problems in {dest}")


if __name__ == "__main__":
    main()
