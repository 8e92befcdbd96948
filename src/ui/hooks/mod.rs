//! The app's hooks: the one store for everything kept on the device (and
//! its one save path), keeping it in step with other tabs, the title.
mod use_store;
mod use_store_sync;
mod use_title;

pub use use_store::{load, load_taking_over, use_store, Store};
pub use use_store_sync::use_store_sync;
pub use use_title::use_title;
