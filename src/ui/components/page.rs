//! Pieces every page uses: focus handling, headings, back link, error
//! summary.
use crate::assessment::text::Lang;
use crate::ui::route::Route;
use crate::ui::texts;
use std::sync::atomic::{AtomicBool, Ordering};
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

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub children: Html,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

/// Set once the first page has been shown.
static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

/// The page's `<h1>`. It takes focus when a new step appears, so a screen
/// reader starts reading it. Not on the first page after loading: there the
/// browser starts at the top anyway, and focusing would force a layout
/// before the page is even complete.
#[component]
pub fn PageHeading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
                if let Some(h) = node.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    html! {
        <>
            if let Some(caption) = &props.caption {
                <span class="caption">{ caption.clone() }</span>
            }
            <h1 ref={node} tabindex="-1" class={props.class.clone()}>{ props.children.clone() }</h1>
        </>
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
