//! The start page: what the check is, how long, privacy, not a diagnosis.
use crate::ui::components::page::PageHeading;
use crate::ui::hooks::use_title;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_app, Action};
use crate::ui::texts;
use yew::prelude::*;

#[component]
pub fn StartPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(texts::START_TITLE.get(lang), false, lang));

    let next = state.answers.first_unanswered();
    let in_progress = state.answers != Default::default();
    let resume = Callback::from(move |_| {
        navigate(next.map_or(Route::Check, |q| Route::Question { q, change: false }));
    });
    // A check in progress in another tab: continued here as a copy, so
    // neither tab changes the other's answers.
    let other = state.other_draft.clone().filter(|_| !in_progress);
    let take_over = other.clone().map(|answers| {
        let state = state.clone();
        Callback::from(move |_| {
            let next = answers.first_unanswered();
            state.dispatch(Action::Restore(Box::new(answers.clone())));
            navigate(next.map_or(Route::Check, |q| Route::Question { q, change: false }));
        })
    });
    let start = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Restart);
            let first = crate::assessment::questions::QuestionId::ALL[0];
            navigate(Route::Question {
                q: first,
                change: false,
            });
        })
    };

    html! {
        <>
            <PageHeading>{ texts::START_TITLE.get(lang) }</PageHeading>
            <p class="lede">{ texts::START_LEDE.get(lang) }</p>
            <ul class="list bullets">
                <li>{ texts::START_TIME.get(lang) }</li>
                <li>{ texts::START_PRIVACY.get(lang) }</li>
                <li>{ texts::START_DISCLAIMER.get(lang) }</li>
            </ul>
            <div class="notice notice-danger" role="note">{ texts::START_EMERGENCY.get(lang) }</div>
            if in_progress {
                <p>{ texts::RESUME_NOTE.get(lang) }</p>
                <div class="button-group">
                    <button type="button" class="button" onclick={resume}>{ texts::RESUME_BUTTON.get(lang) }</button>
                    <button type="button" class="button button-secondary" onclick={start}>{ texts::RESTART_BUTTON.get(lang) }</button>
                </div>
            } else if let Some(onclick) = take_over {
                <p>{ texts::OTHER_DRAFT_NOTE.get(lang) }</p>
                <div class="button-group">
                    <button type="button" class="button" {onclick}>{ texts::RESUME_BUTTON.get(lang) }</button>
                    <button type="button" class="button button-secondary button-start" onclick={start}>{ texts::START_BUTTON.get(lang) }</button>
                </div>
            } else {
                <button type="button" class="button button-start" onclick={start}>{ texts::START_BUTTON.get(lang) }</button>
            }
        </>
    }
}
