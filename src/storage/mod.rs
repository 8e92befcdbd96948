//! What Back Check keeps in the browser's localStorage, and nothing else.
//!
//! Each key holds one envelope `{"format": N, "app": "x.y.z", "data": …}`
//! (`envelope`). Reading migrates older formats step by step in memory
//! (`migrate`, with fixtures of every past format in `tests/fixtures`),
//! refuses formats newer than this app (shown read-only, never overwritten),
//! and turns anything unreadable into a value, never a panic. Reading never
//! writes: the repair (old layouts moved, unreadable entries set aside under
//! `keys::KEPT_PREFIX`) runs once at start (`start`) and before an import (`store`).
//! Every rule is plain Rust over a `Backend`; `browser` is localStorage.
mod answers;
mod backend;
mod envelope;
mod export;
mod keys;
mod migrate;
mod records;
mod repair;
mod start;
mod store;

pub mod browser;

pub use answers::CheckAnswers;
pub use backend::{Backend, Memory};
pub use envelope::{decode, encode, Read};
pub use export::{
    export, parse_import, read_import, Import, ImportError, Reading, MAX_IMPORT_BYTES,
};
pub use keys::{
    check_key, Key, CHECK_PREFIX, DRAFT_KEY, DRAFT_PREFIX, KEPT_PREFIX, LANG_KEY, RESULTS_KEY,
};
pub use records::{
    decode_check_list, sorted_checks, CheckId, CheckList, Draft, ListRead, Outcome, SavedCheck,
    StoreError,
};
pub use repair::{repair, set_aside, Recovered};
pub use start::{start, Started};
pub use store::{
    add_checks, delete_all, delete_check, kept_values, read, read_checks, read_drafts, read_kept,
    read_lang, remove_draft, restore, save_check, save_draft, save_lang, Adding, Checks, Removed,
    Saved, MAX_DRAFTS,
};

/// The storage format this app writes. 2: warning signs as checkbox pages.
pub const FORMAT: u32 = 2;
/// The app's version, recorded with everything it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
