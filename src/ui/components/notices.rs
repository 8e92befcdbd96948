//! Notices about saved data, at the top of the page until dismissed.
use crate::ui::pages::history::import_error_text;
use crate::ui::pages::result::save_failed_text;
use crate::ui::state::{use_app, Action, Notice};
use crate::ui::texts;
use yew::prelude::*;

/// What the runner must know about their saved data, at the top of the page.
#[component]
pub fn NoticeBanner() -> Html {
    let state = use_app();
    let lang = state.lang;
    let Some(notice) = state.notice.clone() else {
        return html! {};
    };
    let (text, warn) = match &notice {
        Notice::Recovered(r) => (texts::recovered(r.dropped, r.backup.as_deref(), lang), true),
        Notice::DraftRecovered => (texts::DRAFT_RECOVERED.get(lang).to_owned(), true),
        Notice::SaveFailed(e) => (save_failed_text(*e).get(lang).to_owned(), true),
        Notice::Imported {
            added,
            skipped,
            unreadable,
            future,
        } => (
            texts::imported(*added, *skipped, *unreadable, *future, lang),
            *unreadable + *future > 0,
        ),
        Notice::ImportFailed(e) => (import_error_text(*e).get(lang).to_owned(), true),
        Notice::FileUnreadable => (texts::IMPORT_UNREADABLE.get(lang).to_owned(), true),
        Notice::ChangeFailed(_) => (texts::CHANGE_FAILED.get(lang).to_owned(), true),
    };
    let dismiss = Callback::from(move |_| state.dispatch(Action::Notify(None)));
    html! {
        <div class={classes!("notice", "banner", warn.then_some("notice-warn"))} role="status">
            <p>{ text }</p>
            <button type="button" class="button button-secondary" onclick={dismiss}>{ texts::DISMISS.get(lang) }</button>
        </div>
    }
}
