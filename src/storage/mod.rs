//! What Back Check keeps in the browser's localStorage, and nothing else.
//!
//! Each key holds one envelope `{"format": N, "app": "x.y.z", "data": …}`
//! (`envelope`). Reading migrates older formats step by step (`migrate`, with
//! fixtures of every past format in `tests/fixtures`), refuses formats newer
//! than this app (shown read-only, never overwritten), and turns anything
//! unreadable into a value, never a panic. Everything stored or exported is a
//! serde type; serde_json writes and reads it.
mod answers;
mod calendar;
mod envelope;
mod export;
mod migrate;
mod records;

pub mod browser;

pub use calendar::reminder_ics;
pub use envelope::{decode, encode, Read};
pub use export::{export, parse_import, Import, ImportError, MAX_IMPORT_BYTES};
pub use records::{
    check_key, decode_history, Draft, History, HistoryRead, LoadedHistory, Outcome, Recovered,
    SavedCheck, StoreError, CHECK_PREFIX,
};

/// The storage format this app writes. 2: warning signs as checkbox pages.
pub const FORMAT: u32 = 2;
/// The app's version, recorded with everything it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where apps before this one kept the one draft all tabs shared; a tab that
/// finds it takes it over under its own key (`DRAFT_PREFIX` + the tab's id).
pub const DRAFT_KEY: &str = "backcheck.draft";
/// Each tab's questionnaire in progress: a second tab never changes it.
pub const DRAFT_PREFIX: &str = "backcheck.draft.";
/// At most this many drafts are kept (of tabs long closed, the oldest go).
pub const MAX_DRAFTS: usize = 5;
pub const LANG_KEY: &str = "backcheck.lang";
/// Where apps before this one kept every check in one list; moved to one key
/// per check (`CHECK_PREFIX`) when found.
pub const RESULTS_KEY: &str = "backcheck.results";
/// Where unreadable data is moved before anything new is written.
pub const BACKUP_SUFFIX: &str = ".backup";
