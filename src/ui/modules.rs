//! The app comes in two modules, each its own wasm (two binaries of this
//! crate): the check (start page, questions, "check your answers", the stop
//! page) is what a runner loads first; the results (a result, the saved
//! checks, the reader of a running log) are fetched when a check begins, and
//! take over the page when one of their pages is opened. The page's loader
//! (Trunk.toml's `pattern_script`) loads, mounts and unmounts them; here is
//! how the Rust side asks it to. Which module shows which route is
//! `app::Pages`.
use crate::ui::files::when_settled;
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
    /// one with `handover`, unless another module was asked for meanwhile.
    /// Settles when that is done; rejects if it cannot be loaded or mounted.
    #[wasm_bindgen(catch, js_name = backCheckShow)]
    fn loader_show(name: &str, handover: &str) -> Result<js_sys::Promise, JsValue>;
    /// Module `name`, if it is the one shown, stays: a switch still pending
    /// is called off.
    #[wasm_bindgen(catch, js_name = backCheckStay)]
    fn loader_stay(name: &str) -> Result<(), JsValue>;
    /// Loads module `name` without showing it.
    #[wasm_bindgen(catch, js_name = backCheckLoad)]
    fn loader_load(name: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Shows `module` in place of this one; the promise rejects (or there is no
/// loader, as in the component tests) when it cannot be loaded.
pub fn show(module: Module, handover: &str) -> Result<js_sys::Promise, JsValue> {
    loader_show(module.name(), handover)
}

/// One of `module`'s own pages is shown: a switch to the other module still
/// pending is called off (the last request wins).
pub fn stay(module: Module) {
    let _ = loader_stay(module.name());
}

/// Fetches `module` ahead, so it is there (and cached for offline use) when
/// its first page is opened.
/// A load that fails here is tried again when the page is opened.
pub fn preload(module: Module) {
    if let Ok(p) = loader_load(module.name()) {
        when_settled(&p, |_| {});
    }
}
