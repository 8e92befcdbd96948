//! The app comes in two modules, each its own wasm (two binaries of this
//! crate): the check (start page, questions, "check your answers", the stop
//! page) is what a runner loads first; the results (a result, the saved
//! checks, the reader of a running log) are fetched when a check begins, and
//! take over the page when one of their pages is opened. The page's loader (Trunk.toml's
//! `pattern_script`) loads, mounts and unmounts them; here is what the Rust
//! side of that needs.
use crate::ui::app::{App, AppProps, Pages};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// One of the app's two modules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    Check,
    Results,
}

impl Module {
    /// The name the page's loader knows it by: its binary's.
    pub fn name(self) -> &'static str {
        match self {
            Module::Check => "backcheck",
            Module::Results => "results",
        }
    }

    pub fn other(self) -> Module {
        match self {
            Module::Check => Module::Results,
            Module::Results => Module::Check,
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// Loads module `name` if need be, unmounts this one and mounts that
    /// one with `handover`. Settles when it is shown; rejects if it cannot
    /// be loaded.
    #[wasm_bindgen(catch, js_name = backCheckShow)]
    fn loader_show(name: &str, handover: &str) -> Result<js_sys::Promise, JsValue>;
    /// Loads module `name` without showing it.
    #[wasm_bindgen(catch, js_name = backCheckLoad)]
    fn loader_load(name: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Shows `module` in place of this one; the promise rejects (or there is no
/// loader, as in the component tests) when it cannot be loaded.
pub fn show(module: Module, handover: &str) -> Result<js_sys::Promise, JsValue> {
    loader_show(module.name(), handover)
}

/// Fetches `module` ahead, so it is there (and cached for offline use) when
/// its first page is opened.
pub fn preload(module: Module) {
    let _ = loader_load(module.name());
}

thread_local! {
    /// Destroys the app this module mounted.
    static MOUNTED: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Mounts this module's app into `#app` (in place of the page's static first
/// paint, or of the other module's app), with what the other module handed
/// over (`storage::Handover`, as text).
pub fn mount<P: Pages>(handover: Option<String>) {
    unmount();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    let props = AppProps {
        handover: handover.map(Into::into),
    };
    let app = yew::Renderer::<App<P>>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(move || app.destroy())));
}

/// Takes this module's app off the page.
pub fn unmount() {
    if let Some(destroy) = MOUNTED.with(|m| m.borrow_mut().take()) {
        destroy();
    }
}
