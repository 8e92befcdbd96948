//! The Yew front end: renders what `crate::assessment` returns.
mod check;
mod figures;
mod files;
mod history;
mod page;
mod question;
mod result;
pub mod route;
mod start;
pub mod state;
mod texts;
mod timer;

use crate::assessment::text::Lang;
use crate::storage::{self, browser, Draft};
use gloo_events::EventListener;
use route::{use_route, Route};
use state::{Action, AppState, Notice};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The whole app. Mounted by `main.rs` into `#app`.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::load);
    let route = use_route();

    // Keep the questionnaire in progress on the device: written when the
    // answers change, never merely because the app started (that would
    // overwrite what another tab wrote in the meantime).
    let written = use_mut_ref(|| state.answers.clone());
    use_effect_with(state.answers.clone(), move |answers| {
        if *written.borrow() != *answers {
            // No answers (a check finished or restarted): no draft.
            if *answers == Default::default() {
                browser::remove(storage::DRAFT_KEY);
            } else {
                let _ = browser::write(
                    storage::DRAFT_KEY,
                    &Draft {
                        answers: answers.clone(),
                    },
                );
            }
            *written.borrow_mut() = answers.clone();
        }
    });
    // Another tab saved or deleted results: show the same history here.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    if key.as_deref().is_none_or(|k| k == storage::RESULTS_KEY) {
                        if let Ok(loaded) = browser::load_history() {
                            state.dispatch(Action::History(loaded.checks));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    // The page's language follows the app's.
    use_effect_with(state.lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    let page = match route {
        Route::Start => html! { <start::StartPage /> },
        Route::Question { q, change } => {
            html! { <question::QuestionPage key={route.hash()} {q} {change} /> }
        }
        Route::Check => html! { <check::CheckPage /> },
        Route::Result => html! { <result::ResultPage /> },
        Route::Saved(id) => html! { <result::ResultPage key={route.hash()} id={Some(id)} /> },
        Route::History => html! { <history::HistoryPage /> },
        Route::NotFound => html! { <page::NotFound /> },
    };

    html! {
        <ContextProvider<state::AppContext> context={state.clone()}>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ texts::SKIP_LINK.get(state.lang) }</a>
            <Header />
            <main class="page" id="main" tabindex="-1">
                if !state.can_store {
                    <div class="notice notice-warn" role="note">{ texts::STORAGE_OFF.get(state.lang) }</div>
                }
                <NoticeBanner />
                { page }
            </main>
        </ContextProvider<state::AppContext>>
    }
}

/// The skip link must not change the hash (that is the router's).
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        page::focus_by_id("main");
    })
}

#[component]
fn Header() -> Html {
    let state = state::use_app();
    let other = match state.lang {
        Lang::En => Lang::De,
        Lang::De => Lang::En,
    };
    let switch = {
        let state = state.clone();
        Callback::from(move |_| {
            browser::save_lang(other);
            state.dispatch(Action::SetLang(other));
        })
    };
    html! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href={Route::Start.hash()}>{ texts::APP_NAME }</a>
                <nav class="header-nav" aria-label={texts::MENU.get(state.lang)}>
                    <a class="header-link" href={Route::History.hash()}>{ texts::HISTORY_LINK.get(state.lang) }</a>
                    <button type="button" class="lang-switch" lang={other.code()} onclick={switch}
                        aria-label={format!("{}: {}", texts::LANG_SWITCH_LABEL.get(other), other.name())}>
                        { other.name() }
                    </button>
                </nav>
            </div>
        </header>
    }
}

/// What the runner must know about their saved data, at the top of the page.
#[component]
fn NoticeBanner() -> Html {
    let state = state::use_app();
    let lang = state.lang;
    let Some(notice) = state.notice.clone() else {
        return html! {};
    };
    let (text, warn) = match &notice {
        Notice::Recovered(r) => (texts::recovered(r.dropped, r.backup.as_deref(), lang), true),
        Notice::DraftRecovered => (texts::DRAFT_RECOVERED.get(lang).to_owned(), true),
        Notice::SaveFailed(e) => (result::save_failed_text(*e).get(lang).to_owned(), true),
        Notice::Imported { added, skipped } => (texts::imported(*added, *skipped, lang), false),
        Notice::ImportFailed(e) => (history::import_error_text(*e).get(lang).to_owned(), true),
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
