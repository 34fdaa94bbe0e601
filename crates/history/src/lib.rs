//! The practice history: every judged attempt and every practice session,
//! kept in one SQLite file (docs/practice.md).
//!
//! Several judge processes may write at once (write-ahead log, a busy
//! timeout, short transactions). The schema carries its version
//! (`PRAGMA user_version`) and `open` migrates an older file forward in
//! one transaction. A file that is not a judge history, or is damaged,
//! or comes from a newer judge, is an error and is never written to.

mod schema;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::{Deserialize, Serialize};

pub use schema::SCHEMA_VERSION;

/// How long a writer waits for another to finish before giving up.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the history lives unless told otherwise: `$JUDGE_DB`, else
/// `$XDG_DATA_HOME/judge/history.sqlite3`, else
/// `~/.local/share/judge/history.sqlite3`.
pub fn default_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("JUDGE_DB").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(data.join("judge").join("history.sqlite3"))
}

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{}: cannot create the history's directory: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{}: not a judge history ({reason}); it was left untouched: move it away, or pass --db (or set JUDGE_DB) to use another file",
        path.display()
    )]
    NotAHistory { path: PathBuf, reason: String },
    #[error("{}: written by a newer judge (history schema {found}; this judge knows up to {known}); upgrade the judge", path.display())]
    TooNew { path: PathBuf, found: i64, known: i64 },
    // Not a `#[source]`: SQLite's message already says all its chain would,
    // and a report with context would print it three times.
    #[error("{}: {error}", path.display())]
    Sqlite { path: PathBuf, error: rusqlite::Error },
}

/// Where an attempt was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// `judge run`.
    Run,
    /// A save or submit during `judge practice`.
    Practice,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Run => "run",
            Source::Practice => "practice",
        }
    }

    fn parse(s: &str) -> Source {
        if s == "practice" { Source::Practice } else { Source::Run }
    }
}

/// One test of an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestResult {
    pub name: String,
    /// The verdict code: `AC`, `WA`, ...
    pub verdict: String,
    pub cpu_ms: Option<f64>,
}

/// One judged attempt at a problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// `level/slug`, e.g. `junior/palindrome`: how the history names a problem.
    pub problem: String,
    pub title: String,
    pub level: String,
    pub topics: Vec<String>,
    /// When it was judged (Unix time, milliseconds).
    pub at_ms: i64,
    /// How long judging took.
    pub duration_ms: i64,
    /// The overall verdict code.
    pub verdict: String,
    pub passed: u32,
    pub total: u32,
    pub tests: Vec<TestResult>,
    /// The slowest test's CPU time.
    pub max_cpu_ms: Option<f64>,
    /// SHA-256 of the solution's source, hex.
    pub code_sha256: String,
    pub source: Source,
    pub session_id: Option<i64>,
    /// What the person said before judging, and the growth measured.
    #[serde(default)]
    pub reasoning: Reasoning,
}

/// An attempt's complexity, claimed and measured, and the approach in the
/// person's words. Empty for attempts made without the prompt, and for
/// every attempt a history of schema 1 kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reasoning {
    /// The claimed time complexity, spelled as `judge run --complexity`
    /// spells a class (`O(n log n)`).
    pub claimed: Option<String>,
    /// One or two sentences of approach.
    pub approach: Option<String>,
    /// The class measured from the solution's growth.
    pub measured: Option<String>,
    /// The fit's confidence, 0-1.
    pub measured_confidence: Option<f64>,
}

impl Reasoning {
    pub fn is_empty(&self) -> bool {
        self == &Reasoning::default()
    }
}

impl Attempt {
    pub fn accepted(&self) -> bool {
        self.verdict == "AC"
    }
}

/// How a practice session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Running,
    /// Every problem was solved, skipped or given up.
    Finished,
    TimedOut,
    /// Ctrl-C, or `quit`.
    Interrupted,
}

impl SessionStatus {
    fn as_str(self) -> &'static str {
        match self {
            SessionStatus::Running => "running",
            SessionStatus::Finished => "finished",
            SessionStatus::TimedOut => "timed_out",
            SessionStatus::Interrupted => "interrupted",
        }
    }

    fn parse(s: &str) -> SessionStatus {
        match s {
            "finished" => SessionStatus::Finished,
            "timed_out" => SessionStatus::TimedOut,
            "interrupted" => SessionStatus::Interrupted,
            _ => SessionStatus::Running,
        }
    }
}

/// What happened to one problem of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionProblem {
    pub problem: String,
    /// `solved`, `skipped`, `gave_up`, `timed_out`, `not_reached`.
    pub outcome: String,
    /// Time spent on it.
    pub spent_ms: i64,
    pub attempts: u32,
    /// The verdicts of its attempts, in order.
    pub verdicts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: i64,
    pub started_ms: i64,
    pub ended_ms: Option<i64>,
    /// The session's time limit.
    pub minutes: u32,
    pub status: SessionStatus,
    pub problems: Vec<SessionProblem>,
}

/// An open history file.
#[derive(Debug)]
pub struct History {
    conn: Connection,
    path: PathBuf,
}

impl History {
    /// Opens (creating it if needed) the history at `path`, migrating an
    /// older schema forward.
    pub fn open(path: &Path) -> Result<History, HistoryError> {
        if path.is_dir() {
            return Err(HistoryError::NotAHistory {
                path: path.to_owned(),
                reason: "a directory; name a file in it".into(),
            });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| HistoryError::CreateDir {
                path: dir.to_owned(),
                source,
            })?;
        }
        let sqlite = |source| classify(path, source);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        let mut history = History {
            conn,
            path: path.to_owned(),
        };
        schema::migrate(&mut history.conn, path)?;
        Ok(history)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, source: rusqlite::Error) -> HistoryError {
        classify(&self.path, source)
    }

    /// Records an attempt; returns its id.
    pub fn record_attempt(&self, attempt: &Attempt) -> Result<i64, HistoryError> {
        self.conn
            .execute(
                "INSERT INTO attempts (problem, title, level, topics, at_ms, duration_ms, verdict, passed, total,
                                       tests, max_cpu_ms, code_sha256, source, session_id,
                                       claimed_complexity, approach, measured_complexity, measured_confidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                params![
                    attempt.problem,
                    attempt.title,
                    attempt.level,
                    to_json(&attempt.topics),
                    attempt.at_ms,
                    attempt.duration_ms,
                    attempt.verdict,
                    attempt.passed,
                    attempt.total,
                    to_json(&attempt.tests),
                    attempt.max_cpu_ms,
                    attempt.code_sha256,
                    attempt.source.as_str(),
                    attempt.session_id,
                    attempt.reasoning.claimed,
                    attempt.reasoning.approach,
                    attempt.reasoning.measured,
                    attempt.reasoning.measured_confidence,
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every attempt, oldest first.
    pub fn attempts(&self) -> Result<Vec<Attempt>, HistoryError> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT problem, title, level, topics, at_ms, duration_ms, verdict, passed, total, tests,
                        max_cpu_ms, code_sha256, source, session_id,
                        claimed_complexity, approach, measured_complexity, measured_confidence
                 FROM attempts ORDER BY at_ms, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = statement
            .query_map([], |row| {
                Ok(Attempt {
                    problem: row.get(0)?,
                    title: row.get(1)?,
                    level: row.get(2)?,
                    topics: from_json(row.get::<_, String>(3)?),
                    at_ms: row.get(4)?,
                    duration_ms: row.get(5)?,
                    verdict: row.get(6)?,
                    passed: row.get(7)?,
                    total: row.get(8)?,
                    tests: from_json(row.get::<_, String>(9)?),
                    max_cpu_ms: row.get(10)?,
                    code_sha256: row.get(11)?,
                    source: Source::parse(&row.get::<_, String>(12)?),
                    session_id: row.get(13)?,
                    reasoning: Reasoning {
                        claimed: row.get(14)?,
                        approach: row.get(15)?,
                        measured: row.get(16)?,
                        measured_confidence: row.get(17)?,
                    },
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Starts a session record; returns its id.
    pub fn start_session(&self, started_ms: i64, minutes: u32) -> Result<i64, HistoryError> {
        self.conn
            .execute(
                "INSERT INTO sessions (started_ms, minutes, status, problems) VALUES (?1, ?2, 'running', '[]')",
                params![started_ms, minutes],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Saves a session's state: called as it goes, so that an interrupted
    /// session keeps what was done.
    pub fn save_session(&self, session: &Session) -> Result<(), HistoryError> {
        let changed = self
            .conn
            .execute(
                "UPDATE sessions SET ended_ms = ?2, status = ?3, problems = ?4 WHERE id = ?1",
                params![
                    session.id,
                    session.ended_ms,
                    session.status.as_str(),
                    to_json(&session.problems),
                ],
            )
            .map_err(|e| self.err(e))?;
        if changed == 0 {
            return Err(self.err(rusqlite::Error::QueryReturnedNoRows));
        }
        Ok(())
    }

    pub fn session(&self, id: i64) -> Result<Option<Session>, HistoryError> {
        self.conn
            .query_row(
                "SELECT id, started_ms, ended_ms, minutes, status, problems FROM sessions WHERE id = ?1",
                [id],
                session_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Every session, oldest first.
    pub fn sessions(&self) -> Result<Vec<Session>, HistoryError> {
        let mut statement = self
            .conn
            .prepare("SELECT id, started_ms, ended_ms, minutes, status, problems FROM sessions ORDER BY started_ms, id")
            .map_err(|e| self.err(e))?;
        let rows = statement.query_map([], session_row).map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}

fn session_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        id: row.get(0)?,
        started_ms: row.get(1)?,
        ended_ms: row.get(2)?,
        minutes: row.get(3)?,
        status: SessionStatus::parse(&row.get::<_, String>(4)?),
        problems: from_json(row.get::<_, String>(5)?),
    })
}

/// A JSON column written by this crate; a row some other tool damaged
/// reads as empty rather than failing the whole history.
fn from_json<T: serde::de::DeserializeOwned + Default>(text: String) -> T {
    serde_json::from_str(&text).unwrap_or_default()
}

fn to_json<T: Serialize>(value: &T) -> String {
    // plain data of strings and numbers: serialising cannot fail
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// SQLite's "this is not a database" and "damaged" become `NotAHistory`.
fn classify(path: &Path, source: rusqlite::Error) -> HistoryError {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match source.sqlite_error_code() {
        Some(NotADatabase) => HistoryError::NotAHistory {
            path: path.to_owned(),
            reason: "the file is not an SQLite database".into(),
        },
        Some(DatabaseCorrupt) => HistoryError::NotAHistory {
            path: path.to_owned(),
            reason: "the database is damaged".into(),
        },
        _ => HistoryError::Sqlite {
            path: path.to_owned(),
            error: source,
        },
    }
}
