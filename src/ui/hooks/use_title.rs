//! The document title follows the page.
use yew::prelude::*;

/// Sets the document title whenever it changes.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(title);
        }
    });
}
