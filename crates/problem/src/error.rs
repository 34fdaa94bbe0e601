use std::fmt;
use std::path::PathBuf;

/// Why a problem package could not be loaded. Every variant names the file;
/// the line and column where one exists.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: {what} is missing", path.display())]
    Missing { path: PathBuf, what: &'static str },
    /// Something is there, but not what was wanted: `is` says what
    /// ("a directory", "a named pipe"...: [`crate::what_is`]).
    #[error("{}: {what} is {is}, not {want}", path.display())]
    NotA {
        path: PathBuf,
        what: &'static str,
        is: &'static str,
        want: &'static str,
    },
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
}

/// A place in a file, shown as `path:line:column` (the parts that are known).
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Location {
    pub fn file(path: impl Into<PathBuf>) -> Location {
        Location {
            path: path.into(),
            line: None,
            column: None,
        }
    }

    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Location {
        Location {
            path: path.into(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

impl LoadError {
    pub fn invalid(location: Location, message: impl Into<String>) -> LoadError {
        LoadError::Invalid {
            location,
            message: message.into(),
        }
    }

    /// A serde_json error in `path`, keeping its line and column.
    pub fn json(path: impl Into<PathBuf>, err: &serde_json::Error) -> LoadError {
        let message = plain_words(&strip_position(&err.to_string()));
        LoadError::invalid(Location::at(path, err.line(), err.column()), message)
    }
}

/// serde_json appends " at line L column C" to its messages; the location
/// already says it.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// serde's messages name Rust types ("invalid type: string \"x\", expected
/// u64"); a problem's author wrote TOML or JSON, so the types are said in
/// those words instead: "expected a whole number (0 or more)".
pub fn plain_words(message: &str) -> String {
    const RUST_TYPES: &[(&str, &str)] = &[
        ("u8", "a whole number from 0 to 255"),
        ("u16", "a whole number from 0 to 65535"),
        ("u32", "a whole number from 0 to 4294967295"),
        ("u64", "a whole number (0 or more)"),
        ("u128", "a whole number (0 or more)"),
        ("usize", "a whole number (0 or more)"),
        ("i8", "a whole number"),
        ("i16", "a whole number"),
        ("i32", "a whole number"),
        ("i64", "a whole number"),
        ("i128", "a whole number"),
        ("isize", "a whole number"),
        ("f32", "a number"),
        ("f64", "a number"),
        ("a sequence", "an array"),
        ("a map", "a table"),
    ];
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("expected ") {
        let (before, after) = rest.split_at(at + "expected ".len());
        out.push_str(before);
        rest = after;
        // `struct Limits`: a table of problem.toml
        if let Some(name) = rest.strip_prefix("struct ") {
            let end = name
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(name.len());
            out.push_str("a table");
            rest = &name[end..];
            continue;
        }
        for (rust, plain) in RUST_TYPES {
            let ends_word = rest[rust.len().min(rest.len())..]
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if rest.starts_with(rust) && ends_word {
                out.push_str(plain);
                rest = &rest[rust.len()..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod plain_words_tests {
    use super::plain_words;

    #[test]
    fn rust_types_are_said_in_plain_words() {
        assert_eq!(
            plain_words("invalid type: string \"x\", expected u64"),
            "invalid type: string \"x\", expected a whole number (0 or more)"
        );
        assert_eq!(
            plain_words("invalid value: integer `300`, expected u8"),
            "invalid value: integer `300`, expected a whole number from 0 to 255"
        );
        assert_eq!(plain_words("expected f64"), "expected a number");
        assert_eq!(
            plain_words("invalid type: integer `3`, expected struct Limits"),
            "invalid type: integer `3`, expected a table"
        );
        assert_eq!(
            plain_words("invalid type: string, expected a sequence"),
            "invalid type: string, expected an array"
        );
        // words that only begin like a Rust type are left alone
        assert_eq!(plain_words("expected u64s or i8x"), "expected u64s or i8x");
        assert_eq!(
            plain_words("unknown field `x`, expected one of `a`, `b`"),
            "unknown field `x`, expected one of `a`, `b`"
        );
    }
}
