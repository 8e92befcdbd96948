//! Hash routes: one per step, so browser back and forward move between
//! steps, and the app works from any folder of any static host.
use crate::assessment::answers::Answers;
use crate::assessment::flow::Mode;
use crate::assessment::questions::QuestionId;
use crate::storage::{CheckId, SavedCheck};
use crate::ui::state::{Action, AppContext};
use gloo_events::EventListener;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    /// A question; `change` when reached from "check your answers".
    Question {
        q: QuestionId,
        change: bool,
    },
    Check,
    /// The result of the answers so far (not saved).
    Result,
    /// A finished check, saved or kept in memory, by id.
    Saved(CheckId),
    History,
    /// Reads the runner's running log for the check in progress.
    Log,
    /// Checks the latest saved check again (the reminder's link).
    Recheck,
    NotFound,
}

impl Route {
    /// Parses `location.hash` (`#/q/onset`, `#/check`, …).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Start,
            ["q", key] => QuestionId::from_key(key)
                .map_or(Route::NotFound, |q| Route::Question { q, change: false }),
            ["q", key, "change"] => QuestionId::from_key(key)
                .map_or(Route::NotFound, |q| Route::Question { q, change: true }),
            ["check"] => Route::Check,
            ["result"] => Route::Result,
            ["result", id] => id.parse().map_or(Route::NotFound, Route::Saved),
            ["history"] => Route::History,
            ["log"] => Route::Log,
            ["recheck"] => Route::Recheck,
            _ => Route::NotFound,
        }
    }

    pub fn hash(self) -> String {
        match self {
            Route::Start => "#/".to_owned(),
            Route::Question { q, change: false } => format!("#/q/{}", q.key()),
            Route::Question { q, change: true } => format!("#/q/{}/change", q.key()),
            Route::Check => "#/check".to_owned(),
            Route::Result => "#/result".to_owned(),
            Route::Saved(id) => format!("#/result/{id}"),
            Route::History => "#/history".to_owned(),
            Route::Log => "#/log".to_owned(),
            Route::Recheck => "#/recheck".to_owned(),
            Route::NotFound => "#/not-found".to_owned(),
        }
    }
}

fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// The app's own address with `route` (for links from outside, such as the
/// reminder's calendar file).
pub fn absolute(route: Route) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    format!("{base}{}", route.hash())
}

/// Goes to `route`, adding a history entry.
pub fn navigate(route: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.hash());
    }
}

/// Goes to `route` in place of the current history entry.
pub fn redirect(route: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&route.hash());
    }
}

/// Starts a re-check of `base`; returns its first page.
pub fn begin_recheck(state: &AppContext, base: &SavedCheck) -> Route {
    let first = Answers::for_recheck(&base.answers)
        .path_in(Mode::Recheck)
        .first_unanswered();
    state.dispatch(Action::Recheck(Box::new(base.clone())));
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

/// The current route, read from the address at every render; a hash change
/// (links, back, forward) renders again.
#[hook]
pub fn use_route() -> Route {
    let rerender = use_force_update();
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .map(|w| EventListener::new(&w, "hashchange", move |_| rerender.force_update()));
        move || drop(listener)
    });
    current()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let mut routes = vec![
            Route::Start,
            Route::Check,
            Route::Result,
            Route::Saved("1795330000000123".parse().unwrap()),
            Route::History,
            Route::Log,
            Route::Recheck,
        ];
        for q in QuestionId::ALL {
            routes.push(Route::Question { q, change: false });
            routes.push(Route::Question { q, change: true });
        }
        for r in routes {
            assert_eq!(Route::parse(&r.hash()), r, "{}", r.hash());
        }
    }

    #[test]
    fn odd_hashes_are_handled() {
        assert_eq!(Route::parse(""), Route::Start);
        assert_eq!(Route::parse("#"), Route::Start);
        assert_eq!(Route::parse("#/q/nonsense"), Route::NotFound);
        assert_eq!(Route::parse("#/whatever/else"), Route::NotFound);
        assert_eq!(Route::parse("#/check/"), Route::Check);
        assert_eq!(Route::parse("#/result/12x"), Route::NotFound);
        assert_eq!(Route::parse("#/result/-12"), Route::NotFound);
    }
}
