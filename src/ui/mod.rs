//! The Yew front end: renders what `crate::assessment` returns.
mod check;
mod figures;
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
use route::{use_route, Route};
use state::{Action, AppState};
use yew::prelude::*;

/// The whole app. Mounted by `main.rs` into `#app`.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::load);
    let route = use_route();

    // Keep the questionnaire in progress on the device.
    use_effect_with(state.answers.clone(), |answers| {
        let _ = browser::write(
            storage::DRAFT_KEY,
            &Draft {
                answers: answers.clone(),
            },
        );
    });
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
        Route::Emergency => html! { <result::EmergencyPage /> },
        Route::NotFound => html! { <page::NotFound /> },
    };

    html! {
        <ContextProvider<state::AppContext> context={state.clone()}>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ texts::SKIP_LINK.get(state.lang) }</a>
            <Header />
            if !state.can_store {
                <div class="notice notice-warn page" role="note">{ texts::STORAGE_OFF.get(state.lang) }</div>
            }
            <main class="page" id="main" tabindex="-1">{ page }</main>
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
                <nav aria-label={texts::LANG_SWITCH_LABEL.get(state.lang)}>
                    <button type="button" class="lang-switch" lang={other.code()} onclick={switch}>
                        { other.name() }
                    </button>
                </nav>
            </div>
        </header>
    }
}
