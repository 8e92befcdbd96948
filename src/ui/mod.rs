//! The Yew front end: renders what `crate::assessment` returns and dispatches
//! what the runner does. Laid out like Yew's own examples: the app and its
//! provider (`app`), state in one reducer (`state`), a route per step
//! (`route`), one file per page (`pages`), the pieces pages share
//! (`components`), and the hooks with the one save path (`hooks`).
mod app;
mod components;
mod files;
mod hooks;
pub mod modules;
mod pages;
pub mod route;
pub mod state;
pub mod texts;

pub use app::{mount, unmount, App, AppProps, CheckPages, Pages, ResultPages};
