//! The one store for everything Back Check keeps on the device (language,
//! drafts, finished checks) and the one path by which it changes: each
//! change is written through `storage`, then the app's copy is updated, or
//! the runner is told why not.
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::log::LogSummary;
use crate::assessment::outcome::Outcome;
use crate::assessment::text::Lang;
use crate::storage::browser::{kept_file, own_draft_key, Local};
use crate::storage::{
    self, Adding, CheckId, Draft, Import, ImportError, Reading, SavedCheck, StoreError,
};
use crate::ui::files::download_js;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{use_app, Action, AppContext, AppState, Handover, Notice, Storing};
use yew::prelude::*;

/// How many entries an import reads, or writes, before the page gets its
/// turn again (a few milliseconds' work).
const IMPORT_STEP: usize = 200;

/// Runs `next` as a task of its own, after what the page has waiting.
fn later(next: impl FnOnce() + 'static) {
    gloo_timers::callback::Timeout::new(0, next).forget();
}

/// The state a tab starts with: the repair runs once, here, then
/// everything is read.
pub fn load() -> AppState {
    let (lang, today) = (browser_lang(), local_today());
    let Ok(local) = Local::open() else {
        return AppState::new(Storing::Blocked, Default::default(), lang, today);
    };
    let storing = match local.probe() {
        Ok(()) => Storing::Works,
        Err(StoreError::Full) => Storing::Full,
        Err(_) => Storing::Blocked,
    };
    let started = storage::start(&local, &own_draft_key());
    AppState::new(storing, started, lang, today)
}

/// The state of a module that takes over from the other one: storage as
/// it is now, only read (the repair ran when the tab started), and what the
/// other module handed over.
pub fn load_taking_over(h: Handover) -> AppState {
    let (lang, today) = (h.lang, local_today());
    let started = match Local::open() {
        Ok(local) => storage::Started {
            saved: storage::read(&local, &own_draft_key()),
            lang: storage::read_lang(&local),
            ..storage::Started::default()
        },
        Err(_) => storage::Started::default(),
    };
    let mut state = AppState::new(h.storing, started, lang, today);
    state.take_over(h);
    state
}

/// Today's date in the browser's time zone.
pub fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| Date::from_days((js_sys::Date::now() / 86_400_000.0) as i32))
}

/// A new unique id: the time in ms and three random digits.
pub fn new_id() -> CheckId {
    CheckId::new(
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1000.0) as u64,
    )
}

/// The browser's language, for a first visit.
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

/// Everything kept on the device, for the pages: read from the app's
/// state, changed through these methods.
#[derive(Clone, PartialEq)]
pub struct Store {
    state: AppContext,
}

#[hook]
pub fn use_store() -> Store {
    Store::new(use_app())
}

impl Store {
    pub fn new(state: AppContext) -> Store {
        Store { state }
    }

    /// Runs `change` on localStorage; a refusal is remembered (blocked or
    /// full) and returned.
    fn write<T>(
        &self,
        change: impl FnOnce(&Local) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let done = Local::open().and_then(|local| change(&local));
        if let Err(e @ (StoreError::Blocked | StoreError::Full)) = done {
            if self.state.storing == Storing::Works {
                self.state.dispatch(Action::Refused(e));
            }
        }
        done
    }

    fn notify(&self, notice: Notice) {
        self.state.dispatch(Action::Notify(notice));
    }

    pub fn set_lang(&self, lang: Lang) {
        let _ = self.write(|local| storage::save_lang(local, lang));
        self.state.dispatch(Action::SetLang(lang));
    }

    /// Writes this tab's draft (none when there are no answers).
    pub fn save_draft(
        &self,
        answers: &Answers,
        recheck_of: Option<CheckId>,
        log: Option<LogSummary>,
    ) {
        let draft = Draft {
            answers: answers.clone(),
            updated: js_sys::Date::now() as u64,
            recheck_of,
            log,
        };
        let _ = self.write(|local| storage::save_draft(local, &own_draft_key(), &draft));
    }

    /// Saves the finished check (or keeps it in memory if it cannot be
    /// saved), ends the questionnaire and its draft, and shows the result.
    pub fn finish(&self, answers: &Answers) {
        let state = &self.state;
        let visible = answers.visible();
        let outcome = Outcome::of(&visible, state.today);
        let mut check = SavedCheck::new(new_id(), state.today, state.lang, visible, outcome);
        check.recheck_of = state.recheck_of;
        check.log = state.log.clone();
        let id = check.id;
        let saved = self.write(|local| storage::save_check(local, &check));
        // Finished, saved or not: no tab offers to continue it.
        let _ = self.write(|local| storage::remove_draft(local, &own_draft_key()));
        state.dispatch(Action::Finished(Box::new(check), saved));
        navigate(Route::Saved(id));
    }

    /// The questionnaire stops at urgent or emergency: the check ends there
    /// and is saved like a finished one. Stopped again with the same answers
    /// on the same day (Back, then Continue), it shows that check instead of
    /// a copy.
    pub fn stop(&self, answers: &Answers) {
        let state = &self.state;
        let visible = answers.visible();
        let same = state
            .checks()
            .iter()
            .chain(state.unsaved.iter())
            .find(|c| c.date == state.today && c.answers == visible)
            .map(|c| c.id);
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
        if self.delete_where(Some(check.id)) {
            self.state.dispatch(Action::ForgetUndo(None));
        }
        self.state
            .dispatch(Action::Restore(Box::new((*check.answers).clone())));
        navigate(at);
    }

    /// Deletes one check; "Undo" may put it back for a short while.
    pub fn delete(&self, id: CheckId) {
        self.delete_where(Some(id));
    }

    /// Deletes every check, readable or not, the copies of unreadable data
    /// and the checks only in memory; "Undo" may put them back for a short
    /// while.
    pub fn delete_all(&self) {
        self.delete_where(None);
    }

    /// Deletes the check `id`, or everything; says whether it could.
    fn delete_where(&self, id: Option<CheckId>) -> bool {
        let removed = self.write(|local| match id {
            Some(id) => storage::delete_check(local, id),
            None => storage::delete_all(local),
        });
        match removed {
            Ok(removed) => {
                self.state.dispatch(Action::Deleted { removed, id });
                true
            }
            Err(e) => {
                self.notify(Notice::ChangeFailed(e));
                false
            }
        }
    }

    /// Puts the last deletion back.
    pub fn undo(&self) {
        let Some(undo) = self.state.undo.clone() else {
            return;
        };
        match self.write(|local| {
            storage::restore(local, &undo.removed)?;
            Ok((storage::read_checks(local), storage::read_kept(local)))
        }) {
            Ok((checks, kept)) => self.state.dispatch(Action::Undone(Box::new(checks), kept)),
            Err(e) => {
                self.state.dispatch(Action::ForgetUndo(Some(undo.id)));
                self.notify(Notice::ChangeFailed(e));
            }
        }
    }

    /// Adds the checks of an export file (after the repair an import runs);
    /// says how many were new, and what was left out. A file at the size
    /// cap is read and written `IMPORT_STEP` entries at a time, the page
    /// getting its turn in between.
    pub fn import(&self, bytes: &[u8]) {
        match storage::read_import(bytes, self.state.today) {
            Ok(reading) => self.clone().read_entries(reading),
            Err(e) => self.notify(Notice::ImportFailed(e)),
        }
    }

    fn read_entries(self, mut reading: Reading) {
        if reading.step(IMPORT_STEP) {
            let import = reading.finish();
            later(move || self.add_entries(import));
        } else {
            later(move || self.read_entries(reading));
        }
    }

    fn add_entries(self, import: Import) {
        let start = self.write(|local| {
            let (recovered, checks) = storage::repair(local);
            let adding = Adding::new(local, import.checks.clone())?;
            Ok((recovered, checks, adding, storage::read_kept(local)))
        });
        let (recovered, checks, adding, kept) = match start {
            Ok(started) => started,
            Err(e) => return self.notify(Notice::ChangeFailed(e)),
        };
        self.state.dispatch(Action::Read {
            checks: Some(Box::new(checks)),
            kept: Some(kept),
            drafts: None,
        });
        if let Some(r) = recovered {
            self.notify(Notice::Recovered(r));
        }
        let left_out = (import.checks.len(), import.unreadable, import.future);
        later(move || self.write_entries(adding, left_out));
    }

    /// Writes the next checks; at the end, says what the import did (of
    /// `total` checks read, and `unreadable` and `future` left out).
    fn write_entries(self, mut adding: Adding, (total, unreadable, future): (usize, usize, usize)) {
        match self.write(|local| adding.step(local, IMPORT_STEP)) {
            Ok(false) => later(move || self.write_entries(adding, (total, unreadable, future))),
            Ok(true) => {
                let added = adding.added.len();
                self.state.dispatch(Action::Added(adding.added));
                self.notify(Notice::Imported {
                    added,
                    skipped: total - added,
                    unreadable,
                    future,
                });
            }
            Err(e) => {
                self.state.dispatch(Action::Added(adding.added));
                self.notify(Notice::ChangeFailed(e));
            }
        }
    }

    /// A file that could not be read as an import.
    pub fn import_failed(&self, e: Option<ImportError>) {
        self.notify(e.map_or(Notice::FileUnreadable, Notice::ImportFailed));
    }

    /// Offers the copies of unreadable data as a file.
    pub fn download_kept(&self) {
        let Ok(local) = Local::open() else { return };
        if let Some(file) = kept_file(&storage::kept_values(&local)) {
            let name = format!("back-check-copy-{}.json", self.state.today);
            let _ = download_js(&name, "application/json", &file);
        }
    }

    /// Reads again what another tab changed: the checks (and the copies
    /// of unreadable data), other tabs' drafts, or both.
    pub fn read_again(&self, checks: bool, drafts: bool) {
        let Ok(local) = Local::open() else { return };
        self.state.dispatch(Action::Read {
            checks: checks.then(|| Box::new(storage::read_checks(&local))),
            kept: checks.then(|| storage::read_kept(&local)),
            drafts: drafts.then(|| storage::read_drafts(&local, &own_draft_key())),
        });
    }
}
