//! The app: state provider, routes, and the frame around every page. Each of
//! the two modules (`modules`) mounts it with its own pages (`Pages`); a
//! route whose page the other module has is handed over to that module.
use crate::assessment::rules::CareLevel;
use crate::ui::components::header::header;
use crate::ui::components::notices::notices;
use crate::ui::components::page::{focus_by_id, focus_heading};
use crate::ui::files::when_settled;
use crate::ui::hooks::{load, load_taking_over, use_store_sync};
use crate::ui::modules::{self, Module};
use crate::ui::pages;
use crate::ui::route::{open_recheck_link, use_route, Route};
use crate::ui::state::{AppContext, AppState, Handover, Storing};
use crate::ui::texts;
use std::cell::RefCell;
use yew::prelude::*;

/// The pages one module shows.
pub trait Pages: 'static {
    const MODULE: Module;
    /// The page for `route`, or `None` when the other module shows it.
    fn page(route: Route, state: &AppState) -> Option<Html>;
}

/// The check module: start, questions, "check your answers", and the stop
/// page, which must never wait for anything to load.
pub struct CheckPages;

impl Pages for CheckPages {
    const MODULE: Module = Module::Check;

    fn page(route: Route, state: &AppState) -> Option<Html> {
        let stopped = |id| {
            state
                .check(id)
                .is_some_and(|c| c.outcome.level >= CareLevel::Urgent)
        };
        Some(match route {
            Route::Start => html! { <pages::start::StartPage /> },
            Route::Question { q, change } => {
                html! { <pages::question::QuestionPage key={route.hash()} {q} {change} /> }
            }
            Route::Check => html! { <pages::check::CheckPage /> },
            Route::Saved(id) if stopped(id) => {
                html! { <pages::result::StopPage key={route.hash()} {id} /> }
            }
            // Replaced at once by the re-check's first page (`App`).
            Route::Recheck => html! {},
            Route::NotFound => html! { <pages::not_found::NotFound /> },
            Route::Result | Route::Saved(_) | Route::History | Route::Log => return None,
        })
    }
}

/// The results module: a result, the saved checks, and the reader of the
/// runner's log (its worker and what it answers are loaded only with it).
pub struct ResultPages;

impl Pages for ResultPages {
    const MODULE: Module = Module::Results;

    fn page(route: Route, _: &AppState) -> Option<Html> {
        Some(match route {
            Route::Result => html! { <pages::result::ResultPage /> },
            Route::Saved(id) => {
                html! { <pages::result::ResultPage key={route.hash()} id={Some(id)} /> }
            }
            Route::History => html! { <pages::history::HistoryPage /> },
            Route::Log => html! { <pages::log::LogPage /> },
            _ => return None,
        })
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the other module handed over (`Handover`, as text).
    #[prop_or_default]
    pub handover: Option<AttrValue>,
}

/// The whole app of one module. Mounted by `modules::mount` into `#app`.
#[component]
pub fn App<P: Pages>(props: &AppProps) -> Html {
    let handover = props.handover.clone();
    let state = use_reducer(
        move || match handover.as_deref().and_then(Handover::decode) {
            Some(h) => load_taking_over(h),
            None => load(),
        },
    );
    let route = use_route();
    use_store_sync(&state);
    use_page_effects(route, &state, props.handover.is_some());
    let page = P::page(route, &state);
    let moving = use_hand_over(P::MODULE, page.is_none(), route, &state);
    use_preload(P::MODULE == Module::Check && matches!(route, Route::Question { .. }));
    let lang = state.lang;
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ texts::SKIP_LINK.get(lang) }</a>
            { header(&state) }
            <main class="page" id="main" tabindex="-1">
                if state.storing == Storing::Blocked {
                    <div class="notice notice-warn" role="note">{ texts::STORAGE_OFF.get(lang) }</div>
                } else if state.storing == Storing::Full {
                    <div class="notice notice-warn" role="note">{ texts::STORAGE_FULL.get(lang) }</div>
                }
                { notices(&state) }
                { page.unwrap_or(moving) }
            </main>
        </ContextProvider<AppContext>>
    }
}

/// What every route change brings: `#/recheck` (the reminder's link) gives
/// way to a re-check; a new step takes focus to its heading (also the first
/// step a module shows when it takes over from the other); the page's
/// language follows the app's.
#[hook]
fn use_page_effects(route: Route, state: &AppContext, handed_over: bool) {
    {
        let state = state.clone();
        use_effect_with(route == Route::Recheck, move |recheck| {
            if *recheck {
                open_recheck_link(&state);
            }
        });
    }
    // Not the first page after loading: there the browser starts at the top
    // anyway, and focusing would force a layout before the page is complete.
    let first = use_mut_ref(move || !handed_over);
    use_effect_with(route, move |_| {
        if !first.replace(false) {
            focus_heading();
        }
    });
    use_effect_with(state.lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
}

/// A route of the other module: that module takes over the page, with what
/// is only in this one's memory. On one of this module's own pages, a switch
/// still pending is called off. Returns what shows meanwhile: a line that it
/// is loading, or that it could not be loaded, with a button to try again.
#[hook]
fn use_hand_over(this: Module, away: bool, route: Route, state: &AppContext) -> Html {
    let failed = use_state(|| false);
    let tries = use_state(|| 0u32);
    {
        let (state, failed) = (state.clone(), failed.clone());
        use_effect_with((away, route, *tries), move |&(away, _, _)| {
            if !away {
                modules::stay(this);
                return;
            }
            failed.set(false);
            match modules::show(this.other(), &state.hand_over().encode()) {
                Ok(shown) => when_settled(&shown, move |r| failed.set(r.is_err())),
                Err(_) => failed.set(true),
            }
        });
    }
    let lang = state.lang;
    if *failed {
        let again = Callback::from(move |_: MouseEvent| tries.set(*tries + 1));
        let kept = if state.storing == Storing::Works {
            texts::MODULE_FAILED_KEPT
        } else {
            texts::MODULE_FAILED_OPEN
        };
        html! {
            <div class="notice notice-warn" role="alert">
                <p>{ texts::MODULE_FAILED.get(lang) }{ " " }{ kept.get(lang) }</p>
                <button type="button" class="button" onclick={again}>{ texts::TRY_AGAIN.get(lang) }</button>
            </div>
        }
    } else {
        html! { <p class="loading" role="status">{ texts::MODULE_LOADING.get(lang) }</p> }
    }
}

/// A check has begun: the module with its result is fetched meanwhile, so
/// it is there when the check ends (and cached for offline use).
#[hook]
fn use_preload(begun: bool) {
    use_effect_with(begun, |&begun| {
        if begun {
            modules::preload(Module::Results);
        }
    });
}

/// The skip link must not change the hash (that is the router's).
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_by_id("main");
    })
}

thread_local! {
    /// Destroys the app this module mounted.
    static MOUNTED: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Mounts this module's app into `#app` (in place of the page's static first
/// paint, or of the other module's app), with what the other module handed
/// over (`Handover`, as text).
pub fn mount<P: Pages>(handover: Option<String>) {
    unmount();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    let props = AppProps {
        handover: handover.map(Into::into),
    };
    let app = yew::Renderer::<App<P>>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(move || app.destroy())));
}

/// Takes this module's app off the page.
pub fn unmount() {
    if let Some(destroy) = MOUNTED.with(|m| m.borrow_mut().take()) {
        destroy();
    }
}
