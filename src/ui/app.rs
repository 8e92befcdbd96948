//! The app: state provider, routes, and the frame around every page.
use crate::ui::components::header::header;
use crate::ui::components::notices::notices;
use crate::ui::components::page::{focus_by_id, focus_heading};
use crate::ui::hooks::{load, use_store_sync};
use crate::ui::pages;
use crate::ui::route::{open_recheck_link, use_route, Route};
use crate::ui::state::{AppContext, Storing};
use crate::ui::texts;
use yew::prelude::*;

/// The whole app. Mounted by `main.rs` into `#app`.
#[component]
pub fn App() -> Html {
    let state = use_reducer(load);
    let route = use_route();
    use_store_sync(&state);
    // `#/recheck`, the reminder's link, gives way to a re-check.
    {
        let state = state.clone();
        use_effect_with(route == Route::Recheck, move |recheck| {
            if *recheck {
                open_recheck_link(&state);
            }
        });
    }
    // A new step takes focus to its heading. Not the first page after
    // loading: there the browser starts at the top anyway, and focusing
    // would force a layout before the page is even complete.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(route, move |_| {
            if !first.replace(false) {
                focus_heading();
            }
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
        Route::Start => html! { <pages::start::StartPage /> },
        Route::Question { q, change } => {
            html! { <pages::question::QuestionPage key={route.hash()} {q} {change} /> }
        }
        Route::Check => html! { <pages::check::CheckPage /> },
        Route::Result => html! { <pages::result::ResultPage /> },
        Route::Saved(id) => {
            html! { <pages::result::ResultPage key={route.hash()} id={Some(id)} /> }
        }
        Route::History => html! { <pages::history::HistoryPage /> },
        // Replaced at once by the re-check's first page (the effect above).
        Route::Recheck => html! {},
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ texts::SKIP_LINK.get(state.lang) }</a>
            { header(&state) }
            <main class="page" id="main" tabindex="-1">
                if state.storing == Storing::Blocked {
                    <div class="notice notice-warn" role="note">{ texts::STORAGE_OFF.get(state.lang) }</div>
                } else if state.storing == Storing::Full {
                    <div class="notice notice-warn" role="note">{ texts::STORAGE_FULL.get(state.lang) }</div>
                }
                { notices(&state) }
                { page }
            </main>
        </ContextProvider<AppContext>>
    }
}

/// The skip link must not change the hash (that is the router's).
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_by_id("main");
    })
}
