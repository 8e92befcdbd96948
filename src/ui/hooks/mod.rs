//! The app's hooks: the one save path for checks, the draft, the title.
mod use_draft;
mod use_history;
mod use_title;

pub use use_draft::use_draft;
pub use use_history::{use_history, use_history_sync};
pub use use_title::use_title;
