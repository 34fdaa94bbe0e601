//! The `[checker]` table of problem.toml: read key by key, so that a wrong
//! value or a key of another checker type is named with its line.

use std::ops::Range;
use std::path::{Component, Path};

use judge_checkers::{CheckerSpec, DEFAULT_FLOAT_TOLERANCE, ProgramSpec, Protocol, TokenOptions, Tolerance};
use serde::Deserialize;
use toml::{Spanned, Value};

use crate::config::Kind;
use crate::error::LoadError;

/// Every key any checker type has; which ones a type takes is checked after.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChecker {
    #[serde(rename = "type")]
    kind: Spanned<Value>,
    abs_tol: Option<Spanned<Value>>,
    rel_tol: Option<Spanned<Value>>,
    depth: Option<Spanned<Value>>,
    case_sensitive: Option<Spanned<Value>>,
    space_change_sensitive: Option<Spanned<Value>>,
    float_abs_tol: Option<Spanned<Value>>,
    float_rel_tol: Option<Spanned<Value>>,
    program: Option<Spanned<Value>>,
    protocol: Option<Spanned<Value>>,
    args: Option<Spanned<Value>>,
}

const TYPES: &str = "exact, tokens, float, unordered, custom, program, interactive";

/// The options of each type, as problem.toml spells them.
fn options_of(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "tokens" => &[
            "case_sensitive",
            "space_change_sensitive",
            "float_abs_tol",
            "float_rel_tol",
        ],
        "float" => &["abs_tol", "rel_tol"],
        "unordered" => &["depth"],
        "program" => &["program", "protocol", "args"],
        // always the Kattis protocol: no `protocol`
        "interactive" => &["program", "args"],
        _ => &[],
    }
}

/// An error at a place in problem.toml.
pub(crate) type Invalid<'a> = &'a dyn Fn(Range<usize>, String) -> LoadError;

/// The checker a `[checker]` table describes, for a problem of `kind`.
pub(crate) fn checker_spec(raw: RawChecker, kind: Kind, invalid: Invalid) -> Result<CheckerSpec, LoadError> {
    let type_name = match raw.kind.get_ref() {
        Value::String(name) if TYPES.split(", ").any(|t| t == name) => name.as_str(),
        Value::String(name) => {
            return Err(invalid(
                raw.kind.span(),
                format!("unknown checker type {name:?}; the types are {TYPES}"),
            ));
        }
        _ => {
            return Err(invalid(
                raw.kind.span(),
                format!("`checker.type` must be a string, one of {TYPES}"),
            ));
        }
    };
    let given = [
        ("abs_tol", &raw.abs_tol),
        ("rel_tol", &raw.rel_tol),
        ("depth", &raw.depth),
        ("case_sensitive", &raw.case_sensitive),
        ("space_change_sensitive", &raw.space_change_sensitive),
        ("float_abs_tol", &raw.float_abs_tol),
        ("float_rel_tol", &raw.float_rel_tol),
        ("program", &raw.program),
        ("protocol", &raw.protocol),
        ("args", &raw.args),
    ];
    let options = options_of(type_name);
    for (key, value) in given {
        if let Some(value) = value
            && !options.contains(&key)
        {
            let has = if options.is_empty() {
                "it has no options".to_owned()
            } else {
                format!("its options are {}", options.join(", "))
            };
            return Err(invalid(
                value.span(),
                format!("`checker.{key}` is not an option of type = {type_name:?} ({has})"),
            ));
        }
    }
    let read = Reader { invalid };
    Ok(match type_name {
        "exact" => CheckerSpec::Exact,
        "custom" => CheckerSpec::Custom,
        "tokens" => {
            let float_abs_tol = read.tolerance("float_abs_tol", &raw.float_abs_tol)?;
            let float_rel_tol = read.tolerance("float_rel_tol", &raw.float_rel_tol)?;
            CheckerSpec::Tokens(TokenOptions {
                case_sensitive: read.boolean("case_sensitive", &raw.case_sensitive)?.unwrap_or(true),
                space_change_sensitive: read
                    .boolean("space_change_sensitive", &raw.space_change_sensitive)?
                    .unwrap_or(false),
                // one of the two given: the other is no tolerance at all
                float_tolerance: (float_abs_tol.is_some() || float_rel_tol.is_some()).then(|| Tolerance {
                    abs_tol: float_abs_tol.unwrap_or(0.0),
                    rel_tol: float_rel_tol.unwrap_or(0.0),
                }),
            })
        }
        "float" => CheckerSpec::Float {
            abs_tol: read
                .tolerance("abs_tol", &raw.abs_tol)?
                .unwrap_or(DEFAULT_FLOAT_TOLERANCE),
            rel_tol: read
                .tolerance("rel_tol", &raw.rel_tol)?
                .unwrap_or(DEFAULT_FLOAT_TOLERANCE),
        },
        "unordered" => CheckerSpec::Unordered {
            depth: read.depth(&raw.depth)?.unwrap_or(1),
        },
        "interactive" => {
            if kind != Kind::Stdio {
                return Err(invalid(
                    raw.kind.span(),
                    format!(
                        "type = \"interactive\" is for `stdio` problems (the interactor talks to the program's standard input and output); this is a `{}` problem",
                        kind.as_str()
                    ),
                ));
            }
            let Some(program) = &raw.program else {
                return Err(invalid(
                    raw.kind.span(),
                    "type = \"interactive\" needs `program`: the interactor's file or directory, like \"interactor/interact.py\"".into(),
                ));
            };
            CheckerSpec::Interactive(ProgramSpec {
                program: read.program(program)?,
                protocol: Protocol::Kattis,
                args: read.args(&raw.args)?,
            })
        }
        _ => {
            if kind != Kind::Stdio {
                return Err(invalid(
                    raw.kind.span(),
                    format!(
                        "type = \"program\" is for `stdio` problems (an output validator reads text); a `{}` problem can use type = \"custom\" (checker.py)",
                        kind.as_str()
                    ),
                ));
            }
            let Some(program) = &raw.program else {
                return Err(invalid(
                    raw.kind.span(),
                    "type = \"program\" needs `program`: the validator's file or directory, like \"output_validator/validate.py\"".into(),
                ));
            };
            CheckerSpec::Program(ProgramSpec {
                program: read.program(program)?,
                protocol: read.protocol(&raw.protocol)?.unwrap_or(Protocol::Kattis),
                args: read.args(&raw.args)?,
            })
        }
    })
}

/// Reads each option's value, or says what is wrong with it and where.
struct Reader<'a> {
    invalid: Invalid<'a>,
}

impl Reader<'_> {
    fn boolean(&self, key: &str, value: &Option<Spanned<Value>>) -> Result<Option<bool>, LoadError> {
        let Some(value) = value else { return Ok(None) };
        match value.get_ref() {
            Value::Boolean(b) => Ok(Some(*b)),
            _ => Err((self.invalid)(
                value.span(),
                format!("`checker.{key}` must be true or false"),
            )),
        }
    }

    fn tolerance(&self, key: &str, value: &Option<Spanned<Value>>) -> Result<Option<f64>, LoadError> {
        let Some(value) = value else { return Ok(None) };
        let number = match value.get_ref() {
            Value::Float(f) => Some(*f),
            Value::Integer(i) => Some(*i as f64),
            _ => None,
        };
        match number {
            Some(n) if n.is_finite() && n >= 0.0 => Ok(Some(n)),
            _ => Err((self.invalid)(
                value.span(),
                format!("`checker.{key}` must be a number, 0 or more (like 1e-6)"),
            )),
        }
    }

    fn depth(&self, value: &Option<Spanned<Value>>) -> Result<Option<u32>, LoadError> {
        let Some(value) = value else { return Ok(None) };
        match value.get_ref() {
            Value::Integer(i) if *i >= 1 && *i <= i64::from(u32::MAX) => Ok(Some(*i as u32)),
            _ => Err((self.invalid)(
                value.span(),
                "`checker.depth` must be a whole number, at least 1".into(),
            )),
        }
    }

    fn program(&self, value: &Spanned<Value>) -> Result<String, LoadError> {
        let refuse = |why: &str| {
            (self.invalid)(
                value.span(),
                format!(
                    "`checker.program` {why}; it names a .py, .c, .cc or .cpp file, or a directory of them, inside the problem directory, like \"output_validator/validate.py\""
                ),
            )
        };
        let Value::String(name) = value.get_ref() else {
            return Err(refuse("must be a string"));
        };
        let path = Path::new(name);
        let inside = !name.is_empty()
            && path
                .components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !inside {
            return Err(refuse("is outside the problem directory"));
        }
        let supported = match path.extension().and_then(|e| e.to_str()) {
            None => true,
            Some(ext) => ["py", "c", "cc", "cpp"].contains(&ext),
        };
        if !supported {
            return Err(refuse("is a kind of program the judge cannot run"));
        }
        Ok(name.clone())
    }

    fn protocol(&self, value: &Option<Spanned<Value>>) -> Result<Option<Protocol>, LoadError> {
        let Some(value) = value else { return Ok(None) };
        let found = match value.get_ref() {
            Value::String(name) => Protocol::ALL.into_iter().find(|p| p.name() == name),
            _ => None,
        };
        match found {
            Some(protocol) => Ok(Some(protocol)),
            None => Err((self.invalid)(
                value.span(),
                "`checker.protocol` must be \"kattis\" or \"testlib\"".into(),
            )),
        }
    }

    fn args(&self, value: &Option<Spanned<Value>>) -> Result<Vec<String>, LoadError> {
        let Some(value) = value else { return Ok(Vec::new()) };
        let strings = match value.get_ref() {
            Value::Array(items) => items
                .iter()
                .map(|item| item.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>(),
            _ => None,
        };
        strings.ok_or_else(|| {
            (self.invalid)(
                value.span(),
                "`checker.args` must be a list of strings, like [\"float_tolerance\", \"1e-6\"]".into(),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use judge_checkers::CheckerSpec;

    use crate::{ProblemConfig, parse_config};

    const FUNCTION: &str = "\ntitle = \"Palindrome\"\nlevel = \"junior\"\ntopics = [\"strings\"]\nkind = \"function\"\nentry = \"is_palindrome\"\n\n[limits]\ntime_ms = 500\n";

    fn parsed(text: &str) -> Result<ProblemConfig, String> {
        parse_config(text, Path::new("p/problem.toml")).map_err(|e| e.to_string())
    }

    /// A stdio problem with `checker` as its `[checker]` table, which
    /// starts on line 10.
    fn stdio(checker: &str) -> Result<ProblemConfig, String> {
        let text = FUNCTION
            .replace("kind = \"function\"", "kind = \"stdio\"")
            .replace("entry = \"is_palindrome\"\n", "");
        parsed(&format!("{text}\n[checker]\n{checker}"))
    }

    #[test]
    fn the_type_is_named_when_it_is_not_a_string() {
        let e = stdio("type = 3\n").unwrap_err();
        assert_eq!(
            e,
            "p/problem.toml:11:8: `checker.type` must be a string, one of exact, tokens, float, unordered, custom, program, interactive"
        );
        let e = stdio("depth = 3\n").unwrap_err();
        assert!(e.contains("missing field `type`"), "{e}");
    }

    #[test]
    fn token_options() {
        use judge_checkers::{TokenOptions, Tolerance};
        let c = stdio("type = \"tokens\"\n").unwrap();
        assert_eq!(c.checker, CheckerSpec::Tokens(TokenOptions::default()));
        let c =
            stdio("type = \"tokens\"\ncase_sensitive = false\nspace_change_sensitive = true\nfloat_rel_tol = 1e-4\n")
                .unwrap();
        assert_eq!(
            c.checker,
            CheckerSpec::Tokens(TokenOptions {
                case_sensitive: false,
                space_change_sensitive: true,
                float_tolerance: Some(Tolerance {
                    abs_tol: 0.0,
                    rel_tol: 1e-4
                }),
            })
        );
        let c = stdio("type = \"tokens\"\nfloat_abs_tol = 0\n").unwrap();
        let CheckerSpec::Tokens(options) = c.checker else {
            panic!()
        };
        assert_eq!(options.float_tolerance.map(|t| t.abs_tol), Some(0.0));
    }

    #[test]
    fn a_bad_token_option_names_the_line_and_the_key() {
        let e = stdio("type = \"tokens\"\ncase_sensitive = \"no\"\n").unwrap_err();
        assert_eq!(
            e,
            "p/problem.toml:12:18: `checker.case_sensitive` must be true or false"
        );
        let e = stdio("type = \"tokens\"\nspace_change_sensitive = 1\n").unwrap_err();
        assert_eq!(
            e,
            "p/problem.toml:12:26: `checker.space_change_sensitive` must be true or false"
        );
        for bad in ["-1e-6", "nan", "inf", "\"1e-6\""] {
            let e = stdio(&format!("type = \"tokens\"\nfloat_abs_tol = {bad}\n")).unwrap_err();
            assert_eq!(
                e, "p/problem.toml:12:17: `checker.float_abs_tol` must be a number, 0 or more (like 1e-6)",
                "{bad}"
            );
        }
        let e = stdio("type = \"tokens\"\ncase_sensitiv = false\n").unwrap_err();
        assert!(
            e.starts_with("p/problem.toml:12:1: unknown field `case_sensitiv`"),
            "{e}"
        );
        let e = stdio("type = \"exact\"\ncase_sensitive = false\n").unwrap_err();
        assert_eq!(
            e,
            "p/problem.toml:12:18: `checker.case_sensitive` is not an option of type = \"exact\" (it has no options)"
        );
        let e = stdio("type = \"float\"\nfloat_abs_tol = 1e-6\n").unwrap_err();
        assert_eq!(
            e,
            "p/problem.toml:12:17: `checker.float_abs_tol` is not an option of type = \"float\" (its options are abs_tol, rel_tol)"
        );
    }

    #[test]
    fn interactors() {
        use judge_checkers::{ProgramSpec, Protocol};
        let c = stdio("type = \"interactive\"\nprogram = \"interactor/interact.py\"\nargs = [\"x\"]\n").unwrap();
        assert_eq!(
            c.checker,
            CheckerSpec::Interactive(ProgramSpec {
                program: "interactor/interact.py".into(),
                protocol: Protocol::Kattis,
                args: vec!["x".into()],
            })
        );
        let e = stdio("type = \"interactive\"\n").unwrap_err();
        assert!(
            e.starts_with("p/problem.toml:11:8: type = \"interactive\" needs `program`"),
            "{e}"
        );
        // always the Kattis protocol
        let e = stdio("type = \"interactive\"\nprogram = \"i.py\"\nprotocol = \"testlib\"\n").unwrap_err();
        assert!(
            e.starts_with("p/problem.toml:13:12: `checker.protocol` is not an option of type = \"interactive\""),
            "{e}"
        );
        let e = parsed(&format!(
            "{FUNCTION}\n[checker]\ntype = \"interactive\"\nprogram = \"i.py\"\n"
        ))
        .unwrap_err();
        assert!(e.contains("is for `stdio` problems"), "{e}");
    }

    #[test]
    fn program_checkers() {
        use judge_checkers::{ProgramSpec, Protocol};
        let c = stdio("type = \"program\"\nprogram = \"output_validator/validate.py\"\n").unwrap();
        assert_eq!(
            c.checker,
            CheckerSpec::Program(ProgramSpec {
                program: "output_validator/validate.py".into(),
                protocol: Protocol::Kattis,
                args: vec![],
            })
        );
        let c = stdio("type = \"program\"\nprogram = \"check.cpp\"\nprotocol = \"testlib\"\nargs = [\"a\", \"b\"]\n")
            .unwrap();
        let CheckerSpec::Program(spec) = c.checker else {
            panic!()
        };
        assert_eq!(
            (spec.protocol, spec.args),
            (Protocol::Testlib, vec!["a".to_owned(), "b".to_owned()])
        );
        let e = stdio("type = \"program\"\n").unwrap_err();
        assert!(
            e.starts_with("p/problem.toml:11:8: type = \"program\" needs `program`"),
            "{e}"
        );
        for bad in ["\"../x.py\"", "\"/abs/x.py\"", "\"\"", "\"x.rb\"", "3"] {
            let e = stdio(&format!("type = \"program\"\nprogram = {bad}\n")).unwrap_err();
            assert!(e.starts_with("p/problem.toml:12:11: `checker.program`"), "{bad}: {e}");
        }
        let e = stdio("type = \"program\"\nprogram = \"v.py\"\nprotocol = \"icpc\"\n").unwrap_err();
        assert_eq!(
            e,
            "p/problem.toml:13:12: `checker.protocol` must be \"kattis\" or \"testlib\""
        );
        let e = stdio("type = \"program\"\nprogram = \"v.py\"\nargs = [1]\n").unwrap_err();
        assert!(
            e.starts_with("p/problem.toml:13:8: `checker.args` must be a list of strings"),
            "{e}"
        );
        let e = parsed(&format!(
            "{FUNCTION}\n[checker]\ntype = \"program\"\nprogram = \"v.py\"\n"
        ))
        .unwrap_err();
        assert!(
            e.starts_with("p/problem.toml:12:8: type = \"program\" is for `stdio` problems"),
            "{e}"
        );
    }
}
