//! "Read my running log", a step of its own, opened from the training-load
//! page: the reader, and the way back to that page, where what the log gave
//! is filled in and marked.
use crate::assessment::logtext;
use crate::assessment::questions::QuestionId;
use crate::ui::components::log_reader::LogReader;
use crate::ui::components::page::{back_link, page_heading};
use crate::ui::hooks::use_title;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::texts;
use yew::prelude::*;

#[component]
pub fn LogPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    let back = Route::Question {
        q: QuestionId::LoadChange,
        change: false,
    };
    use_title(texts::doc_title(logtext::READ_LOG.get(lang), false, lang));
    html! {
        <>
            { back_link(back, lang) }
            { page_heading(logtext::READ_LOG.get(lang), None) }
            <LogReader />
            <p><a class="button" href={back.hash()}>{ logtext::BACK_TO_TRAINING.get(lang) }</a></p>
        </>
    }
}
