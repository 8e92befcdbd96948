//! An address the app does not know.
use crate::ui::components::page::page_heading;
use crate::ui::hooks::use_title;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::texts;
use yew::prelude::*;

#[component]
pub fn NotFound() -> Html {
    let lang = use_app().lang;
    use_title(texts::doc_title(texts::NOT_FOUND.get(lang), false, lang));
    html! {
        <>
            { page_heading(texts::NOT_FOUND.get(lang), None) }
            <p><a href={Route::Start.hash()}>{ texts::GO_START.get(lang) }</a></p>
        </>
    }
}
