//! One file per page kind.
pub mod check;
pub mod history;
pub mod log;
pub mod not_found;
pub mod question;
pub mod result;
pub mod start;
