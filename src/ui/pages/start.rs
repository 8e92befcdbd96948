//! The start page: what the check is, how long, privacy, not a diagnosis;
//! then continue, check again or start, and anything about the saved data
//! the runner must know before the questionnaire.
use crate::assessment::answer::format_date;
use crate::assessment::answers::Answers;
use crate::assessment::questions::QuestionId;
use crate::assessment::text::Lang;
use crate::ui::components::page::page_heading;
use crate::ui::hooks::use_title;
use crate::ui::route::{begin_recheck, navigate, Route};
use crate::ui::state::{use_app, Action, AppContext};
use crate::ui::texts;
use yew::prelude::*;

#[component]
pub fn StartPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(texts::START_TITLE.get(lang), false, lang));
    let in_progress = state.answers != Answers::default();
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
            if state.saved.checks.newer.is_some() {
                <div class="notice notice-warn" role="note">{ texts::NEWER_DATA_START.get(lang) }</div>
            }
            if !in_progress {
                { recheck_offer(&state) }
            }
            { choices(&state, in_progress) }
        </>
    }
}

/// Where the next step of `answers` is: their first unanswered question,
/// or "check your answers".
fn next_of(answers: &Answers) -> Route {
    answers
        .first_unanswered()
        .map_or(Route::Check, |q| Route::Question { q, change: false })
}

/// A saved check: check again, asking only what can change.
fn recheck_offer(state: &AppContext) -> Html {
    let Some(last) = state.latest().cloned() else {
        return html! {};
    };
    let lang = state.lang;
    let note = texts::last_check(
        &format_date(last.date, lang),
        last.outcome.level.headline().get(lang),
        lang,
    );
    let state = state.clone();
    let onclick = Callback::from(move |_| navigate(begin_recheck(&state, &last)));
    html! {
        <div class="recheck-offer">
            <p>{ note }</p>
            <button type="button" class="button" {onclick}>{ texts::CHECK_AGAIN.get(lang) }</button>
        </div>
    }
}

/// Continue this tab's check, continue another tab's as a copy, or start.
fn choices(state: &AppContext, in_progress: bool) -> Html {
    let lang = state.lang;
    let start = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Restart);
            navigate(Route::Question {
                q: QuestionId::ALL[0],
                change: false,
            });
        })
    };
    if in_progress {
        let next = state.answers.path_in(state.mode()).first_unanswered();
        let resume = Callback::from(move |_| {
            navigate(next.map_or(Route::Check, |q| Route::Question { q, change: false }));
        });
        return buttons(
            lang,
            texts::RESUME_NOTE,
            resume,
            start,
            texts::RESTART_BUTTON,
        );
    }
    // Another tab's check in progress, still there and not finished: it is
    // continued here as a copy, so neither tab changes the other's answers.
    if let Some(draft) = state.saved.draft_to_continue() {
        let answers = draft.answers.clone();
        let state = state.clone();
        let take_over = Callback::from(move |_| {
            state.dispatch(Action::Restore(Box::new(answers.clone())));
            navigate(next_of(&answers));
        });
        return buttons(
            lang,
            texts::OTHER_DRAFT_NOTE,
            take_over,
            start,
            texts::START_BUTTON,
        );
    }
    // With "Check again" offered, a new check is the second choice.
    let class = if state.latest().is_some() {
        "button button-start button-secondary"
    } else {
        "button button-start"
    };
    html! {
        <button type="button" {class} onclick={start}>{ texts::START_BUTTON.get(lang) }</button>
    }
}

/// A note, "Continue where you left off" first, and the other way second.
fn buttons(
    lang: Lang,
    note: crate::assessment::text::Text,
    resume: Callback<MouseEvent>,
    other: Callback<MouseEvent>,
    other_text: crate::assessment::text::Text,
) -> Html {
    html! {
        <>
            <p>{ note.get(lang) }</p>
            <div class="button-group">
                <button type="button" class="button" onclick={resume}>{ texts::RESUME_BUTTON.get(lang) }</button>
                <button type="button" class="button button-secondary button-start" onclick={other}>{ other_text.get(lang) }</button>
            </div>
        </>
    }
}
