//! Notices about saved data, at the top of the page until dismissed.
use crate::assessment::text::{Lang, Text};
use crate::storage::{ImportError, StoreError};
use crate::ui::hooks::Store;
use crate::ui::state::{Action, AppContext, Notice, NoticeId};
use crate::ui::texts;
use yew::prelude::*;

/// What the runner must know about their saved data, at the top of the page:
/// every notice, oldest first, each with its own "Dismiss".
pub fn notices(state: &AppContext) -> Html {
    html! {
        <>{ for state.notices.iter().map(|(id, notice)| notice_view(state, *id, notice)) }</>
    }
}

fn notice_view(state: &AppContext, id: NoticeId, notice: &Notice) -> Html {
    let lang = state.lang;
    let (text, warn) = notice_text(notice, lang);
    // A copy of data that could not be read can be taken away as a file.
    let copy = matches!(
        notice,
        Notice::Recovered(r) if r.kept
    ) || *notice == Notice::DraftRecovered { kept: true };
    let download = copy.then(|| {
        let store = Store::new(state.clone());
        let onclick = Callback::from(move |_| store.download_kept());
        html! { <button type="button" class="button button-secondary" {onclick}>{ texts::DOWNLOAD_COPY.get(lang) }</button> }
    });
    // By id: a click on a notice already gone dismisses nothing else.
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Dismiss(id)))
    };
    html! {
        <div class={if warn { "notice banner notice-warn" } else { "notice banner" }} role="status">
            <p>{ text }</p>
            { download.unwrap_or_default() }
            <button type="button" class="button button-secondary" onclick={dismiss}>{ texts::DISMISS.get(lang) }</button>
        </div>
    }
}

/// The notice in words, and whether it warns.
pub fn notice_text(notice: &Notice, lang: Lang) -> (String, bool) {
    match notice {
        Notice::Recovered(r) => (texts::recovered(r.count, r.kept, lang), true),
        Notice::DraftRecovered { kept } => {
            let text = if *kept {
                texts::DRAFT_RECOVERED
            } else {
                texts::DRAFT_LOST
            };
            (text.get(lang).to_owned(), true)
        }
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
        Notice::ChangeFailed(e) => (change_failed_text(*e).get(lang).to_owned(), true),
    }
}

/// What to tell the runner when a finished check could not be saved.
fn save_failed_text(e: StoreError) -> Text {
    match e {
        StoreError::Blocked => texts::SAVE_BLOCKED,
        StoreError::Full => texts::SAVE_FULL,
        StoreError::NewerData => texts::SAVE_NEWER,
    }
}

fn change_failed_text(e: StoreError) -> Text {
    match e {
        StoreError::Blocked => texts::CHANGE_BLOCKED,
        StoreError::Full => texts::CHANGE_FULL,
        StoreError::NewerData => texts::CHANGE_NEWER,
    }
}

fn import_error_text(e: ImportError) -> Text {
    match e {
        ImportError::TooLarge => texts::IMPORT_TOO_LARGE,
        ImportError::NotJson => texts::IMPORT_NOT_JSON,
        ImportError::NotAnExport => texts::IMPORT_BAD_FILE,
        ImportError::Newer { .. } => texts::IMPORT_NEWER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Recovered;

    fn all_notices() -> Vec<Notice> {
        let mut all = vec![
            Notice::DraftRecovered { kept: true },
            Notice::DraftRecovered { kept: false },
            Notice::FileUnreadable,
        ];
        for count in [None, Some(1), Some(3)] {
            for kept in [true, false] {
                all.push(Notice::Recovered(Recovered { count, kept }));
            }
        }
        for e in [StoreError::Blocked, StoreError::Full, StoreError::NewerData] {
            all.push(Notice::SaveFailed(e));
            all.push(Notice::ChangeFailed(e));
        }
        for e in [
            ImportError::TooLarge,
            ImportError::NotJson,
            ImportError::NotAnExport,
            ImportError::Newer { format: 3 },
        ] {
            all.push(Notice::ImportFailed(e));
        }
        for n in [0, 1, 2] {
            all.push(Notice::Imported {
                added: n,
                skipped: n,
                unreadable: n,
                future: n,
            });
        }
        all
    }

    #[test]
    fn notices_speak_plainly_in_both_languages() {
        for notice in all_notices() {
            let en = notice_text(&notice, Lang::En).0;
            let de = notice_text(&notice, Lang::De).0;
            assert_ne!(en, de, "{notice:?}");
            for text in [&en, &de] {
                // No storage keys, no "(s)" plurals, no developer words.
                for word in ["backcheck.", "(s)", "(se)", "(n)", "localStorage", "key"] {
                    assert!(!text.contains(word), "{word:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn singular_and_plural_follow_the_number() {
        let imported = |a, s, u, f, l| texts::imported(a, s, u, f, l);
        assert_eq!(
            imported(1, 1, 0, 0, Lang::En),
            "Imported 1 result. 1 result was already on this device."
        );
        assert_eq!(
            imported(3, 2, 0, 0, Lang::En),
            "Imported 3 results. 2 results were already on this device."
        );
        assert_eq!(
            imported(1, 3, 0, 0, Lang::De),
            "1 Ergebnis importiert. 3 Ergebnisse waren schon auf diesem Gerät."
        );
        assert_eq!(
            imported(2, 1, 0, 0, Lang::De),
            "2 Ergebnisse importiert. 1 Ergebnis war schon auf diesem Gerät."
        );
        assert_eq!(
            texts::recovered(Some(1), true, Lang::En),
            "1 saved result could not be read and is left out. A copy of it is kept on this device."
        );
        assert_eq!(
            texts::recovered(Some(2), true, Lang::De),
            "2 gespeicherte Ergebnisse konnten nicht gelesen werden und fehlen. Eine Kopie davon bleibt auf diesem Gerät."
        );
        assert_eq!(
            texts::deleted(1, Lang::En),
            "1 saved check deleted. You can undo this for 10 seconds on this page."
        );
        assert_eq!(
            texts::delete_all_question(3, Lang::En),
            "Delete all 3 saved checks on this device?"
        );
    }

    #[test]
    fn an_import_says_the_news_first_and_never_counts_nothing() {
        // Nothing new, only entries left out: no "Imported 0 …; 0 were …".
        let text = texts::imported(0, 0, 5, 0, Lang::En);
        assert_eq!(
            text,
            "No results were imported. 5 entries could not be read as results and were left out."
        );
        let text = texts::imported(0, 2, 0, 0, Lang::En);
        assert_eq!(
            text,
            "No results were imported. 2 results were already on this device."
        );
        for lang in Lang::ALL {
            for (a, s, u, f) in [(0, 0, 0, 0), (0, 0, 1, 1), (4, 0, 0, 0)] {
                let text = texts::imported(a, s, u, f, lang);
                assert!(!text.contains(" 0 ") && !text.starts_with('0'), "{text}");
            }
        }
    }

    #[test]
    fn nothing_about_deleting_says_it_cannot_be_undone() {
        for lang in Lang::ALL {
            for n in [1, 4] {
                for text in [
                    texts::delete_all_question(n, lang),
                    texts::deleted(n, lang),
                    texts::DELETE_ALL_COPY.get(lang).to_owned(),
                ] {
                    for word in ["cannot be undone", "nicht rückgängig"] {
                        assert!(!text.contains(word), "{text}");
                    }
                }
            }
            assert!(texts::deleted(2, lang).contains(texts::UNDO_FOR.get(lang)));
        }
    }
}
