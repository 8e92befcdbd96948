//! The check module (`ui::modules`): the start page, the questions, "check
//! your answers" and the stop page. The page's loader runs it first; it
//! mounts itself and registers the service worker.
use backcheck::ui::CheckPages;
use wasm_bindgen::prelude::*;

fn main() {
    backcheck::ui::mount::<CheckPages>(None);
    // Offline support: the worker caches this build's files (scripts/post-build.mjs).
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().service_worker().register("./sw.js");
    }
}

/// Mounts the check module again, with what the results module handed over.
#[wasm_bindgen]
pub fn mount(handover: Option<String>) {
    backcheck::ui::mount::<CheckPages>(handover);
}

#[wasm_bindgen]
pub fn unmount() {
    backcheck::ui::unmount();
}
