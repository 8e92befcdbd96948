//! Back Check: a client-only questionnaire for runners with lower back pain.
//!
//! `assessment` is plain Rust (no web dependency) and holds every question,
//! rule and piece of advice; `ui` renders it with Yew.
pub mod assessment;
pub mod storage;
pub mod ui;
