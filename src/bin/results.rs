//! The results module (`ui::modules`): a result and the saved checks. The
//! page's loader fetches it when a check begins and mounts it when one of its
//! pages is opened.
use backcheck::ui::ResultPages;
use wasm_bindgen::prelude::*;

fn main() {}

/// Mounts the results module, with what the check module handed over.
#[wasm_bindgen]
pub fn mount(handover: Option<String>) {
    backcheck::ui::mount::<ResultPages>(handover);
}

#[wasm_bindgen]
pub fn unmount() {
    backcheck::ui::unmount();
}
