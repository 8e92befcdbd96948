//! App state in one reducer, shared through a context.
use crate::assessment::answer::Answer;
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::flow::Mode;
use crate::assessment::log::LogSummary;
use crate::assessment::logtext;
use crate::assessment::questions::QuestionId;
use crate::assessment::text::Lang;
use crate::storage::browser::{self, DraftFound};
use crate::storage::{ImportError, Recovered, SavedCheck, StoreError};
use std::rc::Rc;
use yew::prelude::*;

/// Something the runner must be told about their saved data.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Unreadable saved data was set aside at start.
    Recovered(Recovered),
    /// The questionnaire in progress could not be read and was set aside.
    DraftRecovered,
    /// A finished check could not be saved.
    SaveFailed(StoreError),
    Imported {
        added: usize,
        /// Already on this device.
        skipped: usize,
        /// Left out: not readable as checks.
        unreadable: usize,
        /// Left out: dated after today.
        future: usize,
    },
    ImportFailed(ImportError),
    /// A file could not be read at all.
    FileUnreadable,
    /// Deleting failed (storage went away, or newer data).
    ChangeFailed(StoreError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub answers: Answers,
    /// The local calendar day, taken when the app starts.
    pub today: Date,
    /// localStorage can be written.
    pub can_store: bool,
    /// Storage is there but refuses writes (full): answers are kept in
    /// memory only, and the runner is told before the questionnaire.
    pub storage_full: bool,
    /// Finished checks saved on this device, oldest first.
    pub history: Vec<SavedCheck>,
    /// Finished checks that could not be saved (kept in memory only).
    pub unsaved: Vec<SavedCheck>,
    /// The saved check being re-checked: only what can change is asked.
    pub recheck_of: Option<String>,
    /// A check in progress in another tab, to continue here as a copy.
    pub other_draft: Option<Answers>,
    /// Checks just deleted, for a short while: "Undo" puts them back.
    pub undo: Option<Vec<SavedCheck>>,
    /// The results on this device come from a newer app: read-only.
    pub newer_format: Option<u32>,
    /// Everything the runner must be told, oldest first; each stays until
    /// dismissed.
    pub notices: Vec<Notice>,
    /// The self-test stopwatch sounds and vibrates at its target.
    pub timer_signal: bool,
    /// The runner's log for the check in progress (issue 24), measured for
    /// its onset; kept with the check.
    pub log: Option<LogSummary>,
}

pub enum Action {
    SetLang(Lang),
    SetTimerSignal(bool),
    /// The answers on one question page.
    Answer(Vec<(QuestionId, Answer)>),
    /// Clears the answers for a new check.
    Restart,
    /// Starts a re-check of a saved check.
    Recheck(Box<SavedCheck>),
    /// A write was refused: storage is full.
    StorageFull,
    /// Puts a finished check's answers back to change them.
    Restore(Box<Answers>),
    /// A check was finished: saved (`Ok`, the new history) or not.
    Finished(Box<SavedCheck>, Result<Vec<SavedCheck>, StoreError>),
    /// The saved history changed (import, undo, another tab).
    History(Vec<SavedCheck>),
    /// Checks were deleted: the history left, and what may be undone.
    Deleted {
        history: Vec<SavedCheck>,
        removed: Vec<SavedCheck>,
    },
    /// The moment to undo a deletion has passed.
    ForgetUndo,
    /// Tells the runner something (after what is already shown).
    Notify(Notice),
    /// The runner has read the notice at this place.
    Dismiss(usize),
    /// The runner's log was read: its summary for the onset, and the
    /// answers it gives (still editable).
    LogRead(Option<LogSummary>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTimerSignal(on) => next.timer_signal = on,
            Action::Answer(values) => {
                for (q, value) in values {
                    next.answers.set(q, &value);
                }
                // A summary measured for another onset no longer holds.
                let onset = next.answers.onset();
                if next.log.as_ref().is_some_and(|l| Some(l.onset) != onset) {
                    next.log = None;
                }
            }
            Action::LogRead(summary) => {
                next.log = summary.filter(|s| Some(s.onset) == next.answers.onset());
                for (q, value) in next.log.iter().flat_map(logtext::answers) {
                    next.answers.set(q, &value);
                }
            }
            Action::Restart => {
                next.answers = Answers::default();
                next.recheck_of = None;
                next.forget_log();
            }
            Action::Recheck(base) => {
                next.answers = Answers::for_recheck(&base.answers);
                next.recheck_of = Some(base.id);
                next.forget_log();
            }
            Action::StorageFull => next.storage_full = true,
            Action::Restore(answers) => {
                next.answers = *answers;
                next.recheck_of = None;
            }
            Action::Finished(check, Ok(history)) => {
                next.history = history;
                next.unsaved.retain(|c| c.id != check.id);
                next.answers = Answers::default();
                next.recheck_of = None;
                next.forget_log();
                // Saved: an earlier "could not save" is no longer true.
                next.notices.retain(|n| !matches!(n, Notice::SaveFailed(_)));
            }
            Action::Finished(check, Err(e)) => {
                next.unsaved.retain(|c| c.id != check.id);
                next.unsaved.push(*check);
                next.notify(Notice::SaveFailed(e));
            }
            Action::History(history) => next.history = history,
            Action::Deleted { history, removed } => {
                next.history = history;
                next.undo = (!removed.is_empty()).then_some(removed);
            }
            Action::ForgetUndo => next.undo = None,
            Action::Notify(notice) => next.notify(notice),
            Action::Dismiss(i) => {
                if i < next.notices.len() {
                    next.notices.remove(i);
                }
            }
        }
        Rc::new(next)
    }
}

pub type AppContext = UseReducerHandle<AppState>;

/// The context every page reads. Panics only if a page is rendered outside `App`.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("pages are rendered inside App")
}

impl AppState {
    /// A whole check, or a re-check.
    pub fn mode(&self) -> Mode {
        if self.recheck_of.is_some() {
            Mode::Recheck
        } else {
            Mode::Full
        }
    }

    /// The latest saved check, to check again.
    pub fn latest(&self) -> Option<&SavedCheck> {
        self.history.last()
    }

    /// The log belongs to one check.
    fn forget_log(&mut self) {
        self.log = None;
    }

    /// Adds a notice, unless the same one is already shown.
    fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// A saved (or unsaved) check by id.
    pub fn check(&self, id: u64) -> Option<&SavedCheck> {
        let id = id.to_string();
        self.history
            .iter()
            .chain(self.unsaved.iter())
            .find(|c| c.id == id)
    }
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

/// A new unique id: milliseconds since 1970 and three random digits.
pub fn new_id() -> u64 {
    (js_sys::Date::now() as u64) * 1000 + (js_sys::Math::random() * 1000.0) as u64
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

impl AppState {
    /// Starts from what this browser has stored: language, draft, results.
    pub fn load() -> AppState {
        let can_store = browser::available();
        let storage_full = can_store && !browser::writable();
        let mut notices = Vec::new();
        let (answers, recheck_of) = match browser::load_draft() {
            DraftFound::Found(d) => (d.answers, d.recheck_of),
            DraftFound::Unreadable => {
                notices.push(Notice::DraftRecovered);
                (Answers::default(), None)
            }
            DraftFound::Missing => (Answers::default(), None),
        };
        // Another tab's check in progress (or one of a closed browser):
        // offered on the start page, never taken from it.
        let other_draft = (answers == Answers::default())
            .then(browser::other_draft)
            .flatten();
        let loaded = browser::load_history().unwrap_or_default();
        if let Some(r) = loaded.recovered {
            notices.push(Notice::Recovered(r));
        }
        AppState {
            lang: browser::load_lang().unwrap_or_else(browser_lang),
            answers,
            today: local_today(),
            can_store,
            storage_full,
            history: loaded.checks,
            unsaved: Vec::new(),
            undo: None,
            other_draft,
            recheck_of,
            newer_format: loaded.newer,
            notices,
            timer_signal: true,
            log: None,
        }
    }
}
