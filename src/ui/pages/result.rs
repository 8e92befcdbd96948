//! The result page: the care verdict first, then "can I run", contributors
//! and the plan. At urgent and emergency it shows only what to do, whom to
//! call and what to tell the doctor. A saved check shows the verdict it gave
//! on its day; the core says whether today's rules give another.
mod saved;
mod sections;
mod stop;

use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::log::LogSummary;
use crate::assessment::outcome::{Reread, SinceLast};
use crate::assessment::rules::{CareLevel, RULES};
use crate::assessment::text::Lang;
use crate::assessment::{assess, verdict, Assessment, Verdict};
use crate::storage::{self, CheckId, SavedCheck};
use crate::ui::components::disclosure::use_panels;
use crate::ui::files::{download, reminder_ics};
use crate::ui::hooks::{use_store, use_title};
use crate::ui::route::{absolute, Route};
use crate::ui::state::{use_app, AppState};
use crate::ui::texts;
use yew::prelude::*;

/// What every result page shows, a stopped check's included: the verdict
/// and its reasons, decided by the core.
struct Seen {
    /// The answers that count.
    answers: Answers,
    /// The day of the check.
    day: Date,
    /// The answers' verdict by today's rules.
    verdict: Verdict,
    /// The verdict shown: a saved check's own, else today's.
    level: CareLevel,
    /// A saved check read by today's rules.
    reread: Reread,
    saved: Option<SavedCheck>,
    /// Saved on this device (not only kept in memory).
    kept: bool,
    lang: Lang,
}

impl Seen {
    fn new(state: &AppState, saved: Option<SavedCheck>) -> Seen {
        let (answers, day) = match &saved {
            Some(c) => (c.answers.visible(), c.date),
            None => (state.answers.visible(), state.today),
        };
        let verdict = verdict(&answers, day);
        Seen {
            level: saved.as_ref().map_or(verdict.level, |c| c.outcome.level),
            reread: saved.as_ref().map_or(Reread::Same, |c| {
                Reread::of(&RULES, &c.outcome, &c.answers, c.date)
            }),
            kept: (saved.as_ref()).is_some_and(|c| state.checks().iter().any(|h| h.id == c.id)),
            verdict,
            answers,
            day,
            saved,
            lang: state.lang,
        }
    }

    /// Urgent or emergency: the stop instead of a result.
    fn stopped(&self) -> bool {
        self.level >= CareLevel::Urgent
    }
}

/// The whole result, below urgent: what `Seen` holds, and the rest of the
/// assessment.
struct Shown {
    seen: Seen,
    /// The answers read by today's rules.
    r: Assessment,
    /// A re-check: the last check's day, and what changed since.
    since: Option<(Date, SinceLast)>,
    /// The date a calendar reminder is offered for.
    reminder: Option<Date>,
    /// The runner's log: the saved check's, or the one read for this check.
    log: Option<LogSummary>,
}

impl std::ops::Deref for Shown {
    type Target = Seen;
    fn deref(&self) -> &Seen {
        &self.seen
    }
}

impl Shown {
    fn new(state: &AppState, seen: Seen) -> Shown {
        let r = assess(&seen.answers, seen.day);
        let saved = seen.saved.as_ref();
        let since = saved.and_then(|c| {
            let id = c.recheck_of.as_ref()?;
            let base = state.checks().iter().find(|h| &h.id == id)?;
            Some((base.date, SinceLast::between(&base.outcome, &c.outcome, &r)))
        });
        Shown {
            reminder: saved.and_then(|c| c.outcome.reminder(state.today)),
            log: saved.map_or(state.log.clone(), |c| c.log.clone()),
            since,
            r,
            seen,
        }
    }
}

/// What the runner can do with the result.
struct Actions {
    print: Callback<MouseEvent>,
    /// Download a saved check.
    download: Option<Callback<MouseEvent>>,
    /// A calendar file for the re-check date.
    remind: Option<Callback<MouseEvent>>,
    /// A stopped check of today: take it back to change an answer.
    reopen: Option<Callback<MouseEvent>>,
}

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// A saved check; `None`: the answers in progress.
    #[prop_or_default]
    pub id: Option<CheckId>,
}

#[component]
pub fn ResultPage(props: &ResultProps) -> Html {
    let state = use_app();
    let panels = use_panels();
    match use_seen(props.id) {
        Err(missing) => missing,
        Ok((seen, actions)) if seen.stopped() => stop::view(&seen, &actions),
        Ok((seen, mut actions)) => {
            let s = Shown::new(&state, seen);
            actions.remind = s
                .saved
                .as_ref()
                .zip(s.reminder)
                .map(|(c, d)| remind(d, c.id, s.lang));
            if s.reread == Reread::Incomparable {
                saved::summary(&s, &actions)
            } else {
                sections::full(&s, &actions, &panels)
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StopProps {
    pub id: CheckId,
}

/// A check that stopped at urgent or emergency: in the check module, so it
/// shows at once, whatever else has loaded.
#[component]
pub fn StopPage(props: &StopProps) -> Html {
    match use_seen(Some(props.id)) {
        Err(missing) => missing,
        Ok((seen, actions)) => stop::view(&seen, &actions),
    }
}

/// What a result page shows first and what the runner can do with it (the
/// reminder is the whole result's to add); the page that says the check is
/// missing when there is none of that id.
#[hook]
fn use_seen(id: Option<CheckId>) -> Result<(Seen, Actions), Html> {
    let state = use_app();
    let store = use_store();
    let lang = state.lang;
    let saved = id.and_then(|id| state.check(id).cloned());
    let missing = id.is_some() && saved.is_none();
    let s = Seen::new(&state, saved);
    let title = if s.stopped() {
        s.level.headline()
    } else {
        texts::RESULT_TITLE
    };
    use_title(texts::doc_title(title.get(lang), false, lang));
    if missing {
        return Err(sections::missing(lang));
    }
    let reopen = (s.saved.clone())
        .filter(|c| c.date == state.today && s.stopped())
        .map(|c| {
            let at = (s.verdict.reopen_at())
                .map_or(Route::Check, |q| Route::Question { q, change: false });
            Callback::from(move |_| store.reopen(&c, at))
        });
    let actions = Actions {
        print: Callback::from(|_| {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }),
        download: s.saved.clone().map(download_check),
        remind: None,
        reopen,
    };
    Ok((s, actions))
}

/// Downloads one saved check as an export file.
fn download_check(c: SavedCheck) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let _ = download(
            &format!("back-check-{}.json", c.date),
            "application/json",
            &storage::export(std::slice::from_ref(&c)),
        );
    })
}

/// Downloads a calendar file for the re-check date.
fn remind(day: Date, id: CheckId, lang: Lang) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let _ = download(
            "back-check-reminder.ics",
            "text/calendar",
            &reminder_ics(day, id, lang, &absolute(Route::Recheck)),
        );
    })
}
