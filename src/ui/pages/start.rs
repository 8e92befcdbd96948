//! The start page: what the check is, how long, privacy, not a diagnosis.
use crate::assessment::answer::format_date;
use crate::assessment::answers::Answers;
use crate::assessment::flow::Mode;
use crate::storage::SavedCheck;
use crate::ui::components::page::page_heading;
use crate::ui::hooks::use_title;
use crate::ui::route::{navigate, redirect, Route};
use crate::ui::state::{use_app, Action, AppContext};
use crate::ui::texts;
use yew::prelude::*;

#[component]
pub fn StartPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(texts::START_TITLE.get(lang), false, lang));

    let next = state.answers.path_in(state.mode()).first_unanswered();
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

    // A saved check: check again, asking only what can change.
    let offer_recheck = state.latest().is_some() && !in_progress;
    let recheck = state.latest().filter(|_| !in_progress).map(|last| {
        let state = state.clone();
        let last = last.clone();
        let note = texts::last_check(&format_date(last.date, lang), last.outcome.level.headline().get(lang), lang);
        let onclick = Callback::from(move |_| navigate(begin_recheck(&state, &last)));
        html! {
            <div class="recheck-offer">
                <p>{ note }</p>
                <button type="button" class="button" {onclick}>{ texts::CHECK_AGAIN.get(lang) }</button>
            </div>
        }
    });

    html! {
        <>
            { page_heading(texts::START_TITLE.get(lang), None) }
            <p class="lede">{ texts::START_LEDE.get(lang) }</p>
            <ul class="list bullets">
                <li>{ texts::start_time(crate::assessment::flow::length(), lang) }</li>
                <li>{ texts::START_PRIVACY.get(lang) }</li>
                <li>{ texts::START_DISCLAIMER.get(lang) }</li>
            </ul>
            <div class="notice notice-danger" role="note">{ texts::START_EMERGENCY.get(lang) }</div>
            { recheck.unwrap_or_default() }
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
                // With "Check again" offered, a new check is the second choice.
                <button type="button" class={if offer_recheck { "button button-start button-secondary" } else { "button button-start" }} onclick={start}>{ texts::START_BUTTON.get(lang) }</button>
            }
        </>
    }
}

/// Starts a re-check of `last`; returns its first page.
fn begin_recheck(state: &AppContext, last: &SavedCheck) -> Route {
    let first = Answers::for_recheck(&last.answers)
        .path_in(Mode::Recheck)
        .first_unanswered();
    state.dispatch(Action::Recheck(Box::new(last.clone())));
    first.map_or(Route::Check, |q| Route::Question { q, change: false })
}

/// `#/recheck`, the reminder's link, is not a page of its own: it becomes
/// a re-check of the latest saved check, or the start page when there is
/// none, in place of its history entry (so Back does not come back to it).
pub fn open_recheck_link(state: &AppContext) {
    redirect(match state.latest().cloned() {
        Some(last) => begin_recheck(state, &last),
        None => Route::Start,
    });
}
