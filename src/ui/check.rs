//! "Check your answers": every asked question by section, with Change links
//! that go to the question and come back here.
use super::page::{use_title, BackLink, PageHeading};
use super::route::{navigate, Route};
use super::state::{new_id, use_app, Action, AppContext};
use super::texts;
use crate::assessment::answers::Answers;
use crate::assessment::questions::Section;
use crate::storage::{self, browser, SavedCheck};
use yew::prelude::*;

#[component]
pub fn CheckPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(texts::CHECK_TITLE.get(lang), false, lang));
    let visible = state.answers.visible();
    let asked = visible.asked();
    let unanswered = visible.first_unanswered();
    let back = asked
        .last()
        .map_or(Route::Start, |&q| Route::Question { q, change: false });
    let see_result = {
        let state = state.clone();
        Callback::from(move |_| finish(&state, &state.answers))
    };

    html! {
        <>
            <BackLink to={back} />
            <PageHeading>{ texts::CHECK_TITLE.get(lang) }</PageHeading>
            { for Section::ALL.iter().filter(|s| asked.iter().any(|q| q.section() == **s)).map(|&section| html! {
                <section class="summary-section">
                    <h2 class="heading-m">{ section.title().get(lang) }</h2>
                    <dl class="summary-list">
                        { for asked.iter().filter(|q| q.section() == section).map(|&q| {
                            let short = q.spec().short.get(lang);
                            let answer = visible.describe(q, lang).unwrap_or_else(|| texts::NOT_ANSWERED.get(lang).to_owned());
                            html! {
                                <div class="summary-row">
                                    <dt class="summary-key">{ short }</dt>
                                    <dd class="summary-value">{ answer }</dd>
                                    <dd class="summary-actions">
                                        <a href={Route::Question { q, change: true }.hash()}>
                                            { texts::CHANGE.get(lang) }<span class="visually-hidden">{ format!(" {short}") }</span>
                                        </a>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
            if let Some(q) = unanswered {
                <div class="notice notice-warn" role="note">
                    { texts::UNFINISHED.get(lang) }{ " " }
                    <a href={Route::Question { q, change: true }.hash()}>{ texts::ANSWER_THEM.get(lang) }</a>
                </div>
            } else {
                <button type="button" class="button" onclick={see_result}>{ texts::SEE_RESULT.get(lang) }</button>
            }
        </>
    }
}

/// The questionnaire stops at urgent or emergency: the check ends there and
/// is saved like a finished one. Stopped again with the same answers on the
/// same day (Back, then Continue), it shows that check instead of a copy.
pub fn stop(state: &AppContext, answers: &Answers) {
    let visible = answers.visible();
    let same = state
        .history
        .iter()
        .chain(state.unsaved.iter())
        .find(|c| c.date == state.today && c.answers == visible)
        .and_then(|c| c.id.parse().ok());
    match same {
        Some(id) => {
            state.dispatch(Action::Restart);
            navigate(Route::Saved(id));
        }
        None => finish(state, &visible),
    }
}

/// Saves the finished check, or keeps it in memory if it cannot be saved,
/// clears the questionnaire, and shows the result.
pub fn finish(state: &AppContext, answers: &Answers) {
    let visible = answers.visible();
    let id = new_id();
    let check = SavedCheck::new(id.to_string(), state.today, state.lang, visible);
    let saved = browser::update_history(|checks| storage::merge(&checks, vec![check.clone()]).0);
    if saved.is_ok() {
        browser::remove(storage::DRAFT_KEY);
    }
    state.dispatch(Action::Finished(Box::new(check), saved));
    navigate(Route::Saved(id));
}
