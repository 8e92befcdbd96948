//! The check module (`ui::modules`): the start page, the questions, "check
//! your answers" and the stop page. The page's loader runs it first; it
//! mounts itself and registers the service worker.
use backcheck::ui::CheckPages;
use wasm_bindgen::prelude::*;

fn main() {
    backcheck::ui::mount::<CheckPages>(None);
    // Offline support: the worker caches this build's files (scripts/post-build.mjs).
    // Where there is none (plain http, a browser or mode without), the app
    // works online all the same.
    if let Some(nav) = web_sys::window().map(|w| w.navigator()) {
        if js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
            let registered = nav.service_worker().register("./sw.js");
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = registered.catch(&ignore);
            ignore.forget();
        }
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
