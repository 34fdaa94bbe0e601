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
        let message = strip_position(&err.to_string());
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
