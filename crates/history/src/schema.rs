//! The schema and its migrations. `PRAGMA user_version` is the schema
//! version; migration `i` (1-based) takes a file from version `i - 1` to
//! `i`. Append new migrations; never edit one that has shipped.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::{HistoryError, classify};

const MIGRATIONS: &[&str] = &[
    // 1: attempts and sessions
    "CREATE TABLE attempts (
         id          INTEGER PRIMARY KEY,
         problem     TEXT    NOT NULL,
         title       TEXT    NOT NULL,
         level       TEXT    NOT NULL,
         topics      TEXT    NOT NULL,
         at_ms       INTEGER NOT NULL,
         duration_ms INTEGER NOT NULL,
         verdict     TEXT    NOT NULL,
         passed      INTEGER NOT NULL,
         total       INTEGER NOT NULL,
         tests       TEXT    NOT NULL,
         max_cpu_ms  REAL,
         code_sha256 TEXT    NOT NULL,
         source      TEXT    NOT NULL,
         session_id  INTEGER REFERENCES sessions(id)
     );
     CREATE INDEX attempts_by_problem ON attempts(problem, at_ms);
     CREATE TABLE sessions (
         id         INTEGER PRIMARY KEY,
         started_ms INTEGER NOT NULL,
         ended_ms   INTEGER,
         minutes    INTEGER NOT NULL,
         status     TEXT    NOT NULL,
         problems   TEXT    NOT NULL
     );",
    // 2: what the person claimed before judging, and what was measured
    "ALTER TABLE attempts ADD COLUMN claimed_complexity  TEXT;
     ALTER TABLE attempts ADD COLUMN approach            TEXT;
     ALTER TABLE attempts ADD COLUMN measured_complexity TEXT;
     ALTER TABLE attempts ADD COLUMN measured_confidence REAL;",
];

/// The schema version this judge writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the file at `path` to `SCHEMA_VERSION`, in one transaction that
/// also holds off any other process doing the same.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), HistoryError> {
    let sqlite = |e| classify(path, e);
    // The first read fails here on a file that is not a database.
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sqlite)?;
    if version > SCHEMA_VERSION {
        return Err(HistoryError::TooNew {
            path: path.to_owned(),
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version < SCHEMA_VERSION {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        // another process may have migrated while this one waited for the lock
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(sqlite)?;
        if version == 0 {
            let tables: i64 = tx
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .map_err(sqlite)?;
            if tables > 0 {
                return Err(HistoryError::NotAHistory {
                    path: path.to_owned(),
                    reason: "an SQLite database of something else".into(),
                });
            }
        }
        for (i, migration) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            tx.execute_batch(migration).map_err(sqlite)?;
            tx.pragma_update(None, "user_version", i as i64 + 1).map_err(sqlite)?;
        }
        tx.commit().map_err(sqlite)?;
    }
    // WAL lets readers and a writer work at once; it is a property of the
    // file. Where a file system cannot do it, SQLite keeps its rollback
    // journal, and the busy timeout still serialises writers.
    use_wal(conn).map_err(sqlite)?;
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(sqlite)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(sqlite)?;
    Ok(())
}

/// Switches the file to WAL unless it already is. The switch needs the
/// file to itself, and SQLite answers "busy" at once, without its busy
/// handler, when another connection is open: several judges opening a new
/// history together retry here for as long as the busy timeout.
fn use_wal(conn: &Connection) -> rusqlite::Result<()> {
    let deadline = std::time::Instant::now() + crate::BUSY_TIMEOUT;
    loop {
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if mode.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            // a file system without WAL keeps its rollback journal
            other => return other.map(|_| ()),
        }
    }
}
