//! Kattis output validation → the judge's `[checker]` table. One pure
//! function, [`checker_table`], so that the keys can be adjusted in one
//! place when the checker options land (see docs/kattis.md).

/// The `[checker]` table to write (`None`: no table, the stdio default
/// `tokens`), and warnings about flags that do not map.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckerMapping {
    pub table: Option<String>,
    pub warnings: Vec<String>,
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub(crate) fn toml_str(s: &str) -> String {
    toml_string(s)
}

/// A float as TOML writes it (`1e-6`, `0.5`, `2.0`).
fn toml_float(x: f64) -> String {
    let s = format!("{x:?}");
    if s.contains(['.', 'e', 'E']) || !x.is_finite() {
        s
    } else {
        format!("{s}.0")
    }
}

/// The `[checker]` table of an interactive problem: its interactor (the
/// Kattis protocol), with the validator flags as its arguments.
pub fn interactive_table(program: &str, flags: &[String]) -> String {
    let args: Vec<String> = flags.iter().map(|f| toml_string(f)).collect();
    format!(
        "[checker]\ntype = \"interactive\"\nprogram = {}\nargs = [{}]\n",
        toml_string(program),
        args.join(", ")
    )
}

/// Maps the validator flags (legacy `validator_flags`, or
/// `output_validator_args`) to the `[checker]` table.
///
/// `program`: the custom output validator's path inside the imported
/// package (a file or a directory), if the package has one; then every
/// flag is passed to it as an argument. Otherwise the flags are the
/// default validator's: `case_sensitive`, `space_change_sensitive`,
/// `float_tolerance X` (both tolerances), `float_absolute_tolerance X`,
/// `float_relative_tolerance X` become options of the `tokens` checker.
/// Without flags there is no table: the judge's stdio default is `tokens`.
pub fn checker_table(program: Option<&str>, flags: &[String]) -> CheckerMapping {
    let mut warnings = Vec::new();
    if let Some(program) = program {
        let args: Vec<String> = flags.iter().map(|f| toml_string(f)).collect();
        return CheckerMapping {
            table: Some(format!(
                "[checker]\ntype = \"program\"\nprogram = {}\nprotocol = \"kattis\"\nargs = [{}]\n",
                toml_string(program),
                args.join(", ")
            )),
            warnings,
        };
    }
    let (mut case_sensitive, mut space_change_sensitive) = (false, false);
    let (mut abs_tol, mut rel_tol): (Option<f64>, Option<f64>) = (None, None);
    let mut i = 0;
    while i < flags.len() {
        let flag = flags[i].as_str();
        let value = || {
            flags
                .get(i + 1)
                .and_then(|v| v.parse::<f64>().ok())
                .filter(|v| v.is_finite() && *v >= 0.0)
        };
        match flag {
            "case_sensitive" => case_sensitive = true,
            "space_change_sensitive" => space_change_sensitive = true,
            "float_tolerance" | "float_absolute_tolerance" | "float_relative_tolerance" => {
                let Some(v) = value() else {
                    warnings.push(format!(
                        "validator flag `{flag}` needs a non-negative number after it; ignored"
                    ));
                    i += 1;
                    continue;
                };
                if flag != "float_relative_tolerance" {
                    abs_tol = Some(v);
                }
                if flag != "float_absolute_tolerance" {
                    rel_tol = Some(v);
                }
                i += 1;
            }
            other => warnings.push(format!(
                "validator flag `{other}` is not known to the default validator; ignored"
            )),
        }
        i += 1;
    }
    // written even without flags: Kattis' default validator ignores case,
    // the judge's tokens checker does not unless told
    let mut table = String::from("[checker]\ntype = \"tokens\"\n");
    table.push_str(&format!("case_sensitive = {case_sensitive}\n"));
    table.push_str(&format!("space_change_sensitive = {space_change_sensitive}\n"));
    if let Some(a) = abs_tol {
        table.push_str(&format!("float_abs_tol = {}\n", toml_float(a)));
    }
    if let Some(r) = rel_tol {
        table.push_str(&format!("float_rel_tol = {}\n", toml_float(r)));
    }
    CheckerMapping {
        table: Some(table),
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn no_flags_is_the_tokens_checker_ignoring_case_as_kattis_does() {
        assert_eq!(
            checker_table(None, &[]).table.unwrap(),
            "[checker]\ntype = \"tokens\"\ncase_sensitive = false\nspace_change_sensitive = false\n"
        );
    }

    #[test]
    fn float_tolerance_sets_both() {
        let m = checker_table(None, &flags("float_tolerance 1e-6"));
        assert_eq!(
            m.table.unwrap(),
            "[checker]\ntype = \"tokens\"\ncase_sensitive = false\nspace_change_sensitive = false\n\
             float_abs_tol = 1e-6\nfloat_rel_tol = 1e-6\n"
        );
        assert!(m.warnings.is_empty());
    }

    #[test]
    fn each_flag_maps_to_its_key() {
        let t = checker_table(
            None,
            &flags("case_sensitive space_change_sensitive float_absolute_tolerance 0.5 float_relative_tolerance 2"),
        )
        .table
        .unwrap();
        assert!(t.contains("case_sensitive = true\n"), "{t}");
        assert!(t.contains("space_change_sensitive = true\n"), "{t}");
        assert!(t.contains("float_abs_tol = 0.5\n"), "{t}");
        assert!(t.contains("float_rel_tol = 2.0\n"), "{t}");
        let only_abs = checker_table(None, &flags("float_absolute_tolerance 1e-9"))
            .table
            .unwrap();
        assert!(!only_abs.contains("float_rel_tol"), "{only_abs}");
    }

    #[test]
    fn unknown_or_incomplete_flags_warn() {
        let m = checker_table(None, &flags("float_tolerance abc frobnicate"));
        assert!(!m.table.unwrap().contains("float"));
        // `abc` is not a number, so it is read as a flag of its own
        assert_eq!(m.warnings.len(), 3, "{:?}", m.warnings);
    }

    #[test]
    fn custom_validator_is_a_program_checker_with_args() {
        let m = checker_table(Some("output_validator/validate.cc"), &flags("float_tolerance 1e-4"));
        assert_eq!(
            m.table.unwrap(),
            "[checker]\ntype = \"program\"\nprogram = \"output_validator/validate.cc\"\nprotocol = \"kattis\"\n\
             args = [\"float_tolerance\", \"1e-4\"]\n"
        );
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(toml_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
