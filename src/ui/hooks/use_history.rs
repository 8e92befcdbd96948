//! The one path by which finished checks are saved, changed and deleted:
//! every change re-reads storage first (another tab may have written), then
//! writes, then updates the app's copy, or tells the runner why not.
use crate::assessment::answers::Answers;
use crate::assessment::outcome::Outcome;
use crate::storage::{self, browser, ImportError, SavedCheck, StoreError};
use crate::ui::route::{navigate, Route};
use crate::ui::state::{new_id, use_app, Action, AppContext, Notice};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Saves, stops, deletes and imports checks for the pages.
#[derive(Clone, PartialEq)]
pub struct History {
    state: AppContext,
}

#[hook]
pub fn use_history() -> History {
    History { state: use_app() }
}

impl History {
    /// Saves the finished check (or keeps it in memory if it cannot be
    /// saved), clears the questionnaire, and shows the result.
    pub fn finish(&self, answers: &Answers) {
        let state = &self.state;
        let visible = answers.visible();
        let outcome = Outcome::of(&visible, state.today);
        let mut check = SavedCheck::new(
            new_id().to_string(),
            state.today,
            state.lang,
            visible,
            outcome,
        );
        check.recheck_of = state.recheck_of.clone();
        check.log = state.log.clone();
        let id = check.number();
        let saved = browser::save_check(&check);
        if saved.is_ok() {
            browser::remove_draft();
        }
        state.dispatch(Action::Finished(Box::new(check), saved));
        if let Some(id) = id {
            navigate(Route::Saved(id));
        }
    }

    /// The questionnaire stops at urgent or emergency: the check ends there
    /// and is saved like a finished one. Stopped again with the same answers
    /// on the same day (Back, then Continue), it shows that check instead of
    /// a copy.
    pub fn stop(&self, answers: &Answers) {
        let state = &self.state;
        let visible = answers.visible();
        let same = state
            .history
            .iter()
            .chain(state.unsaved.iter())
            .find(|c| c.date == state.today && c.answers == visible)
            .and_then(SavedCheck::number);
        match same {
            Some(id) => {
                state.dispatch(Action::Restart);
                navigate(Route::Saved(id));
            }
            None => self.finish(&visible),
        }
    }

    /// Takes a stopped check back to change an answer: the check goes, its
    /// answers come back, and the questionnaire resumes at `at`.
    pub fn reopen(&self, check: &SavedCheck, at: Route) {
        let id = check.id.clone();
        self.change(move |c| c.id != id, false);
        self.state
            .dispatch(Action::Restore(Box::new(check.answers.clone())));
        navigate(at);
    }

    pub fn delete(&self, id: &str) {
        self.change(|c| c.id != id, true);
    }

    pub fn delete_all(&self) {
        self.change(|_| false, true);
    }

    /// Puts the checks deleted last back.
    pub fn undo(&self) {
        if let Some(removed) = self.state.undo.clone() {
            match browser::add_checks(removed) {
                Ok((history, _)) => self.state.dispatch(Action::History(history)),
                Err(e) => self.notify_failed(e),
            }
            self.state.dispatch(Action::ForgetUndo);
        }
    }

    /// Adds the checks of an export file; says how many were new.
    pub fn import(&self, bytes: &[u8]) {
        let notice = match storage::parse_import(bytes, self.state.today) {
            Err(e) => Notice::ImportFailed(e),
            Ok(import) => {
                let (unreadable, future) = (import.unreadable, import.future);
                let incoming = import.checks;
                let total = incoming.len();
                match browser::add_checks(incoming) {
                    Ok((history, added)) => {
                        self.state.dispatch(Action::History(history));
                        Notice::Imported {
                            added,
                            skipped: total - added,
                            unreadable,
                            future,
                        }
                    }
                    Err(e) => Notice::ChangeFailed(e),
                }
            }
        };
        self.state.dispatch(Action::Notify(notice));
    }

    /// A file that could not be read as an import.
    pub fn import_failed(&self, e: Option<ImportError>) {
        let notice = e.map_or(Notice::FileUnreadable, Notice::ImportFailed);
        self.state.dispatch(Action::Notify(notice));
    }

    /// Deletes the checks `keep` says no to; `undoable`: "Undo" may put
    /// them back for a short while.
    fn change(&self, keep: impl Fn(&SavedCheck) -> bool, undoable: bool) {
        match browser::delete_checks(keep) {
            Ok((history, removed)) if undoable => {
                self.state.dispatch(Action::Deleted { history, removed })
            }
            Ok((history, _)) => self.state.dispatch(Action::History(history)),
            Err(e) => self.notify_failed(e),
        }
    }

    fn notify_failed(&self, e: StoreError) {
        self.state.dispatch(Action::Notify(Notice::ChangeFailed(e)));
    }
}

/// Another tab saved or deleted results: show the same history here.
#[hook]
pub fn use_history_sync(state: AppContext) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "storage", move |e| {
                let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                let ours =
                    |k: &str| k == storage::RESULTS_KEY || k.starts_with(storage::CHECK_PREFIX);
                if key.as_deref().is_none_or(ours) {
                    if let Ok(loaded) = browser::load_history() {
                        state.dispatch(Action::History(loaded.checks));
                    }
                }
            })
        });
        move || drop(listener)
    });
}
