//! App state in one reducer, shared through a context.
use crate::assessment::answer::Answer;
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::flow::Mode;
use crate::assessment::log::LogSummary;
use crate::assessment::logtext;
use crate::assessment::questions::QuestionId;
use crate::assessment::text::Lang;
use crate::storage::browser::Raw;
use crate::storage::{
    sorted_checks, CheckId, Checks, Draft, ImportError, Recovered, Removed, Saved, SavedCheck,
    StoreError,
};
use std::rc::Rc;
use yew::prelude::*;

/// Whether this browser lets Back Check keep anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Storing {
    #[default]
    Works,
    /// Not allowed (a setting, a private window): nothing is kept.
    Blocked,
    /// Allowed, but full: writes are refused.
    Full,
}

/// Something the runner must be told about their saved data.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Notice {
    /// Saved results that could not be read were set aside at start.
    Recovered(Recovered),
    /// This tab's check in progress could not be read and was set aside
    /// (`kept`: a copy is kept); the tab starts afresh.
    DraftRecovered {
        kept: bool,
    },
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
    /// Deleting or undoing failed (storage went away, or newer data).
    ChangeFailed(StoreError),
}

/// Data shared between states, equal when it is the same data: a history of
/// thousands is not compared check by check at every render.
#[derive(Clone, Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What one module (`modules`) hands the other when a page of the other is
/// opened: what it holds in memory. The other module reads storage itself as
/// well; while storage refuses writes (full or blocked), the check in
/// progress, a check that could not be saved and the language would be lost
/// without this, and a notice raised at start would be gone.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Handover {
    pub lang: Lang,
    /// Finished checks kept in memory only.
    pub unsaved: Vec<SavedCheck>,
    /// The check in progress, as its draft holds it.
    pub answers: Answers,
    pub recheck_of: Option<CheckId>,
    pub log: Option<LogSummary>,
    /// The notices not dismissed yet, with their ids.
    pub notices: Vec<(NoticeId, Notice)>,
    /// Whether writes worked: a write refused earlier is not seen by the
    /// other module's small probe at start.
    pub storing: Storing,
    /// The self-test timer's sound and vibration, as last set.
    pub timer_signal: bool,
}

impl Default for Handover {
    fn default() -> Self {
        Handover {
            lang: Lang::default(),
            unsaved: Vec::new(),
            answers: Answers::default(),
            recheck_of: None,
            log: None,
            notices: Vec::new(),
            storing: Storing::Works,
            timer_signal: true,
        }
    }
}

impl Handover {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The handover in `text`; `None` if it is not one (never a panic).
    pub fn decode(text: &str) -> Option<Handover> {
        serde_json::from_str(text).ok()
    }
}

/// A notice as shown: its id is what "Dismiss" names.
pub type NoticeId = u32;

/// What a deletion took away, for "Undo" for a short while.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// Tells one deletion from the next (each has its own time to undo).
    pub id: u32,
    /// How many checks were deleted.
    pub count: usize,
    /// The stored entries, exactly as they were.
    pub removed: Removed<Raw>,
    /// Checks only in memory (they could not be saved) that went too.
    pub unsaved: Vec<SavedCheck>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub answers: Answers,
    /// The local calendar day, taken when the app starts.
    pub today: Date,
    pub storing: Storing,
    /// What is saved on this device, as last read (at start, after each
    /// change here, and after each change another tab makes).
    pub saved: Shared<Saved>,
    /// Finished checks that could not be saved (kept in memory only).
    pub unsaved: Vec<SavedCheck>,
    /// The saved check being re-checked: only what can change is asked.
    pub recheck_of: Option<CheckId>,
    /// The last deletion, while it can be undone.
    pub undo: Option<Rc<Undo>>,
    /// Everything the runner must be told, oldest first; each stays until
    /// dismissed, or until it is no longer true.
    pub notices: Vec<(NoticeId, Notice)>,
    /// The id the next notice (and the next deletion) gets.
    next_id: u32,
    /// The self-test stopwatch sounds and vibrates at its target.
    pub timer_signal: bool,
    /// The runner's log for the check in progress, measured for its onset;
    /// kept with the check (and with the draft, so a reload keeps it).
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
    /// A write was refused: storage is full, or no longer allowed.
    Refused(StoreError),
    /// Puts a finished check's answers back to change them.
    Restore(Box<Answers>),
    /// A check was finished: saved (`Ok`) or kept in memory only.
    Finished(Box<SavedCheck>, Result<(), StoreError>),
    /// What is saved, as read now: the checks, how many copies of
    /// unreadable data there are, other tabs' drafts (each if read).
    Read {
        checks: Option<Box<Checks>>,
        kept: Option<usize>,
        drafts: Option<Vec<Draft>>,
    },
    /// These checks were added (an import): merged with those there are.
    Added(Vec<SavedCheck>),
    /// The check `id` was deleted, or (`None`) every one, with the copies
    /// of unreadable data and the checks only in memory; `removed` is what
    /// "Undo" puts back.
    Deleted {
        removed: Removed<Raw>,
        id: Option<CheckId>,
    },
    /// "Undo" put the last deletion back: the checks as read now.
    Undone(Box<Checks>, usize),
    /// The moment to undo this deletion (`None`: any) has passed.
    ForgetUndo(Option<u32>),
    /// Tells the runner something (after what is already shown).
    Notify(Notice),
    /// The runner has read this notice.
    Dismiss(NoticeId),
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
            Action::Refused(e) => next.refused(e),
            Action::Restore(answers) => {
                next.answers = *answers;
                next.recheck_of = None;
            }
            Action::Finished(check, saved) => next.finished(*check, saved),
            Action::Read {
                checks,
                kept,
                drafts,
            } => next.with_saved(|s| {
                if let Some(checks) = checks {
                    s.checks = *checks;
                }
                if let Some(kept) = kept {
                    s.kept = kept;
                }
                if let Some(drafts) = drafts {
                    s.drafts = drafts;
                }
            }),
            Action::Added(added) => next.with_saved(|s| {
                let mut checks = std::mem::take(&mut s.checks.checks);
                checks.extend(added);
                s.checks.checks = sorted_checks(checks);
            }),
            Action::Deleted { removed, id } => next.deleted(removed, id),
            Action::Undone(checks, kept) => {
                if let Some(undo) = next.undo.take() {
                    next.unsaved.extend(undo.unsaved.iter().cloned());
                }
                next.with_saved(|s| {
                    s.checks = *checks;
                    s.kept = kept;
                });
            }
            Action::ForgetUndo(id) => {
                if id.is_none() || next.undo.as_ref().map(|u| u.id) == id {
                    next.undo = None;
                }
            }
            Action::Notify(notice) => next.notify(notice),
            Action::Dismiss(id) => next.notices.retain(|(n, _)| *n != id),
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
    /// The state a tab starts with: what was found on the device, and what
    /// the runner must be told about it.
    pub fn new(
        storing: Storing,
        started: crate::storage::Started,
        lang: Lang,
        today: Date,
    ) -> Self {
        let mut state = AppState {
            lang: started.lang.unwrap_or(lang),
            answers: Answers::default(),
            today,
            storing,
            saved: Shared(Rc::new(started.saved)),
            unsaved: Vec::new(),
            recheck_of: None,
            undo: None,
            notices: Vec::new(),
            next_id: 1,
            timer_signal: true,
            log: None,
        };
        if let Some(d) = started.draft {
            state.answers = d.answers;
            state.recheck_of = d.recheck_of;
            state.log = d.log.filter(|l| Some(l.onset) == state.answers.onset());
        }
        if let Some(kept) = started.draft_recovered {
            state.notify(Notice::DraftRecovered { kept });
        }
        if let Some(r) = started.recovered {
            state.notify(Notice::Recovered(r));
        }
        state
    }

    /// A whole check, or a re-check.
    pub fn mode(&self) -> Mode {
        if self.recheck_of.is_some() {
            Mode::Recheck
        } else {
            Mode::Full
        }
    }

    /// The saved checks, oldest first.
    pub fn checks(&self) -> &[SavedCheck] {
        &self.saved.checks.checks
    }

    /// The log belongs to one check.
    fn forget_log(&mut self) {
        self.log = None;
    }

    /// The latest saved check, to check again.
    pub fn latest(&self) -> Option<&SavedCheck> {
        self.checks().last()
    }

    /// The saved checks come from a newer app: shown, never changed.
    pub fn read_only(&self) -> bool {
        self.saved.checks.newer.is_some() || self.storing == Storing::Blocked
    }

    /// A saved (or unsaved) check by id.
    pub fn check(&self, id: CheckId) -> Option<&SavedCheck> {
        self.checks()
            .iter()
            .chain(self.unsaved.iter())
            .find(|c| c.id == id)
    }

    /// Takes over what the other module held in memory (`modules`): the
    /// check in progress, checks that could not be saved, the notices not
    /// dismissed yet, the language.
    pub fn take_over(&mut self, h: Handover) {
        self.lang = h.lang;
        self.unsaved = h.unsaved;
        self.answers = h.answers;
        self.recheck_of = h.recheck_of;
        self.log = h.log;
        self.next_id = h.notices.iter().map(|(id, _)| id + 1).max().unwrap_or(1);
        self.notices = h.notices;
        if h.storing != Storing::Works {
            self.storing = h.storing;
        }
        self.timer_signal = h.timer_signal;
    }

    /// What this module holds in memory, for the other one.
    pub fn hand_over(&self) -> Handover {
        Handover {
            lang: self.lang,
            unsaved: self.unsaved.clone(),
            answers: self.answers.clone(),
            recheck_of: self.recheck_of,
            log: self.log.clone(),
            notices: self.notices.clone(),
            storing: self.storing,
            timer_signal: self.timer_signal,
        }
    }

    /// A new id for a notice or a deletion.
    fn fresh_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id - 1
    }

    /// Adds a notice, unless the same one is already shown.
    fn notify(&mut self, notice: Notice) {
        if !self.notices.iter().any(|(_, n)| *n == notice) {
            let id = self.fresh_id();
            self.notices.push((id, notice));
        }
    }

    fn refused(&mut self, e: StoreError) {
        match e {
            StoreError::Full => self.storing = Storing::Full,
            StoreError::Blocked => self.storing = Storing::Blocked,
            StoreError::NewerData => {}
        }
    }

    /// Changes what was read, then drops every notice no longer true: a
    /// copy of unreadable data deleted (here or in another tab) takes the
    /// notices about it along.
    fn with_saved(&mut self, change: impl FnOnce(&mut Saved)) {
        change(Rc::make_mut(&mut self.saved.0));
        let copies = self.saved.kept > 0;
        let damaged = !self.saved.checks.damaged.is_empty();
        self.notices.retain(|(_, n)| match n {
            Notice::Recovered(r) => copies || (!r.kept && damaged),
            Notice::DraftRecovered { kept: true } => copies,
            _ => true,
        });
    }

    fn finished(&mut self, check: SavedCheck, saved: Result<(), StoreError>) {
        self.unsaved.retain(|c| c.id != check.id);
        self.answers = Answers::default();
        self.recheck_of = None;
        self.forget_log();
        match saved {
            Ok(()) => {
                // Saved: an earlier "could not save" is no longer true.
                self.notices
                    .retain(|(_, n)| !matches!(n, Notice::SaveFailed(_)));
                self.with_saved(|s| {
                    let mut checks = std::mem::take(&mut s.checks.checks);
                    checks.push(check);
                    s.checks.checks = sorted_checks(checks);
                });
            }
            Err(e) => {
                self.refused(e);
                self.unsaved.push(check);
                self.notify(Notice::SaveFailed(e));
            }
        }
    }

    fn deleted(&mut self, removed: Removed<Raw>, id: Option<CheckId>) {
        let gone = |c: &SavedCheck| id.is_none_or(|id| c.id == id);
        let (unsaved, stay): (Vec<SavedCheck>, Vec<SavedCheck>) = std::mem::take(&mut self.unsaved)
            .into_iter()
            .partition(gone);
        self.unsaved = stay;
        let before = self.checks().len();
        self.with_saved(|s| match id {
            Some(_) => s.checks.checks.retain(|c| !gone(c)),
            None => {
                s.checks = Checks::default();
                s.kept = 0;
            }
        });
        let count = before - self.checks().len() + unsaved.len();
        let undo_id = self.fresh_id();
        self.undo = (count > 0 || !removed.entries.is_empty()).then(|| {
            Rc::new(Undo {
                id: undo_id,
                count,
                removed,
                unsaved,
            })
        });
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
