//! The `[complexity]` table of problem.toml: the growth a solution should
//! have, and how inputs of a given size are made (docs/problem-format.md,
//! "Measured complexity").

use std::ops::Range;

use judge_complexity::Class;
use serde::Deserialize;
use toml::Spanned;

use crate::error::LoadError;

/// The generator a problem has unless it names another.
pub const DEFAULT_GENERATOR: &str = "generators/sized.py";
/// The fewest sizes a growth is measured at.
pub const MIN_SIZES: usize = 6;

/// How a problem's solutions are measured for growth.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplexitySpec {
    /// The class an accepted solution has.
    pub expected: Class,
    /// The package's generator (`make(n, seed)`), relative to the package.
    pub generator: String,
    /// The sizes, smallest first: the measuring stops early at a time budget.
    pub sizes: Vec<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawComplexity {
    expected: Spanned<String>,
    generator: Option<Spanned<String>>,
    sizes: Option<Spanned<Vec<u64>>>,
    smallest: Option<Spanned<u64>>,
    largest: Option<Spanned<u64>>,
}

/// Validates the table; `invalid` makes an error at a span of problem.toml.
pub(crate) fn complexity_spec(
    raw: RawComplexity,
    invalid: &dyn Fn(Range<usize>, String) -> LoadError,
) -> Result<ComplexitySpec, LoadError> {
    let expected = Class::parse(raw.expected.get_ref()).ok_or_else(|| {
        let known: Vec<&str> = Class::ALL.iter().map(|c| c.notation()).collect();
        invalid(
            raw.expected.span(),
            format!(
                "`complexity.expected` must be one of {}; {:?} is not",
                known.join(", "),
                raw.expected.get_ref()
            ),
        )
    })?;
    let generator = match raw.generator {
        Some(g) => {
            let path = g.get_ref();
            let inside = !path.starts_with('/') && !path.split('/').any(|part| part == ".." || part.is_empty());
            if !path.ends_with(".py") || !inside {
                return Err(invalid(
                    g.span(),
                    "`complexity.generator` names a .py file inside the problem, like \"generators/sized.py\"".into(),
                ));
            }
            g.into_inner()
        }
        None => DEFAULT_GENERATOR.to_owned(),
    };
    let sizes = match (raw.sizes, raw.smallest, raw.largest) {
        (Some(sizes), None, None) => {
            let span = sizes.span();
            let sizes = sizes.into_inner();
            if sizes.len() < MIN_SIZES || sizes.windows(2).any(|w| w[0] >= w[1]) || sizes[0] == 0 {
                return Err(invalid(
                    span,
                    format!(
                        "`complexity.sizes` must be at least {MIN_SIZES} sizes above 0, smallest first, each larger than the one before"
                    ),
                ));
            }
            sizes
        }
        (None, Some(smallest), Some(largest)) => {
            let doubling = doubling(*smallest.get_ref(), *largest.get_ref());
            if *smallest.get_ref() == 0 || doubling.len() < MIN_SIZES {
                return Err(invalid(
                    largest.span(),
                    format!(
                        "`complexity.largest` must be at least {} times `smallest` (above 0): {MIN_SIZES} sizes, doubling",
                        1u64 << (MIN_SIZES - 1)
                    ),
                ));
            }
            doubling
        }
        (None, None, None) => {
            return Err(invalid(
                raw.expected.span(),
                "`[complexity]` needs the sizes to measure: `smallest` and `largest` (doubling from one to the other), or a list `sizes`".into(),
            ));
        }
        (sizes, smallest, largest) => {
            let span = sizes
                .map(|s| s.span())
                .or(smallest.map(|s| s.span()))
                .or(largest.map(|s| s.span()))
                .unwrap_or(0..0);
            return Err(invalid(
                span,
                "`[complexity]` takes either `smallest` and `largest` together, or `sizes`".into(),
            ));
        }
    };
    Ok(ComplexitySpec {
        expected,
        generator,
        sizes,
    })
}

/// `smallest`, twice that, and so on while not past `largest`.
fn doubling(smallest: u64, largest: u64) -> Vec<u64> {
    let mut sizes = Vec::new();
    let mut n = smallest;
    while n > 0 && n <= largest {
        sizes.push(n);
        n = n.saturating_mul(2);
        if n == u64::MAX {
            break;
        }
    }
    sizes
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::parse_config;

    const HEAD: &str = "title = \"T\"\nlevel = \"mid\"\nkind = \"function\"\nentry = \"f\"\n";

    fn parse(table: &str) -> Result<Option<ComplexitySpec>, String> {
        parse_config(&format!("{HEAD}[complexity]\n{table}"), Path::new("p/problem.toml"))
            .map(|c| c.complexity)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn doubling_sizes_and_lists() {
        let spec = parse("expected = \"O(n log n)\"\nsmallest = 1000\nlargest = 64000\n")
            .unwrap()
            .unwrap();
        assert_eq!(spec.expected, Class::Linearithmic);
        assert_eq!(spec.generator, DEFAULT_GENERATOR);
        assert_eq!(spec.sizes, [1000, 2000, 4000, 8000, 16000, 32000, 64000]);
        let spec = parse("expected = \"O(2^n)\"\nsizes = [10, 12, 14, 16, 18, 20]\ngenerator = \"gen/small.py\"\n")
            .unwrap()
            .unwrap();
        assert_eq!(spec.sizes, [10, 12, 14, 16, 18, 20]);
        assert_eq!(spec.generator, "gen/small.py");
        assert_eq!(
            parse_config(HEAD, Path::new("p/problem.toml")).unwrap().complexity,
            None
        );
    }

    #[test]
    fn mistakes_name_the_line_and_the_key() {
        let cases = [
            (
                "expected = \"O(n!)\"\nsmallest = 1\nlargest = 64\n",
                ":6:",
                "complexity.expected",
            ),
            (
                "expected = \"O(n)\"\nsmallest = 100\nlargest = 200\n",
                ":8:",
                "complexity.largest",
            ),
            (
                "expected = \"O(n)\"\nsizes = [1, 2, 3, 3, 4, 5]\n",
                ":7:",
                "complexity.sizes",
            ),
            ("expected = \"O(n)\"\n", ":6:", "needs the sizes"),
            (
                "expected = \"O(n)\"\nsizes = [1, 2, 3, 4, 5, 6]\nsmallest = 1\n",
                ":7:",
                "either",
            ),
            (
                "expected = \"O(n)\"\nsmallest = 1\nlargest = 64\ngenerator = \"../x.py\"\n",
                ":9:",
                "inside the problem",
            ),
            (
                "expected = \"O(n)\"\nsmallest = 1\nlargest = 64\nrounds = 3\n",
                "problem.toml:9",
                "rounds",
            ),
        ];
        for (table, at, words) in cases {
            let e = parse(table).unwrap_err();
            assert!(e.contains(at) && e.contains(words), "{table:?}: {e}");
        }
    }
}
