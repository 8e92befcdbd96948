//! Pieces every page uses: focus handling, headings, back link, error
//! summary.
use crate::assessment::text::Lang;
use crate::ui::route::Route;
use crate::ui::texts;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The page's `<h1>`, with a caption above it. It takes focus when a new
/// step appears ([`focus_heading`]).
pub fn page_heading(title: &str, caption: Option<String>) -> Html {
    html! {
        <>
            if let Some(caption) = caption {
                <span class="caption">{ caption }</span>
            }
            <h1 tabindex="-1">{ title.to_owned() }</h1>
        </>
    }
}

/// Moves focus to the page's heading, so a screen reader starts reading the
/// new step there.
pub fn focus_heading() {
    if let Some(h) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#main h1").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.focus();
    }
}

/// "Back" to the step before.
pub fn back_link(to: Route, lang: Lang) -> Html {
    html! { <a class="back-link" href={to.hash()}>{ texts::BACK.get(lang) }</a> }
}

/// GOV.UK-style error summary, linking to each field: `errors` are
/// (field id, message). The page moves focus to it ([`ERROR_SUMMARY_ID`])
/// when its errors change.
pub fn error_summary(errors: &[(String, String)], lang: Lang) -> Html {
    let jump = |id: String| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            focus_by_id(&id);
        })
    };
    html! {
        <div class="error-summary" id={ERROR_SUMMARY_ID} tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary-title">{ texts::ERROR_SUMMARY_TITLE.get(lang) }</h2>
            <ul class="error-summary-list">
                { for errors.iter().map(|(id, msg)| html! {
                    <li><a href={format!("#{id}")} onclick={jump(id.clone())}>{ msg.clone() }</a></li>
                }) }
            </ul>
        </div>
    }
}

pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// Inline error text above a field.
pub fn error_message(id: &str, message: &str, lang: Lang) -> Html {
    html! {
        <p id={id.to_owned()} class="error-message">
            <span class="visually-hidden">{ texts::ERROR_PREFIX.get(lang) }{ " " }</span>{ message.to_owned() }
        </p>
    }
}
