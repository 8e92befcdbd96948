//! Notices about saved data, at the top of the page until dismissed.
use crate::assessment::text::Lang;
use crate::storage::{browser, Recovered};
use crate::ui::files::download;
use crate::ui::pages::history::import_error_text;
use crate::ui::pages::result::save_failed_text;
use crate::ui::state::{Action, AppContext, Notice};
use crate::ui::texts;
use yew::prelude::*;

/// What the runner must know about their saved data, at the top of the page:
/// every notice, oldest first, each with its own "Dismiss".
pub fn notices(state: &AppContext) -> Html {
    let lang = state.lang;
    html! {
        <>
            { for state.notices.iter().enumerate().map(|(i, notice)| {
                let (text, warn) = notice_text(notice, lang);
                // Data set aside can be taken away as a file.
                let backup = match notice {
                    Notice::Recovered(Recovered { backup: Some(key), .. }) => Some(key.clone()),
                    _ => None,
                };
                let download_backup = backup.map(|key| {
                    let today = state.today;
                    let onclick = Callback::from(move |_| {
                        if let Ok(Some(raw)) = browser::read_raw(&key) {
                            let _ = download(&format!("back-check-set-aside-{today}.json"), "application/json", &raw);
                        }
                    });
                    html! { <button type="button" class="button button-secondary" {onclick}>{ texts::DOWNLOAD_BACKUP.get(lang) }</button> }
                });
                let dismiss = {
                    let state = state.clone();
                    Callback::from(move |_| state.dispatch(Action::Dismiss(i)))
                };
                html! {
                    <div class={if warn { "notice banner notice-warn" } else { "notice banner" }} role="status">
                        <p>{ text }</p>
                        { download_backup.unwrap_or_default() }
                        <button type="button" class="button button-secondary" onclick={dismiss}>{ texts::DISMISS.get(lang) }</button>
                    </div>
                }
            }) }
        </>
    }
}

/// The notice in words, and whether it warns.
fn notice_text(notice: &Notice, lang: Lang) -> (String, bool) {
    match notice {
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
    }
}
