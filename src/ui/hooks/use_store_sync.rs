//! Keeps the store and the device in step while the app runs: this tab's
//! draft is written when its answers change, what another tab changes is
//! read again (reading never writes), and "Undo" ends after 10 seconds.
use super::use_store::Store;
use crate::storage::Key;
use crate::ui::state::{Action, AppContext};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long "Undo" is offered after a deletion.
pub const UNDO_MS: u32 = 10_000;
/// Changes another tab makes within this time are read once (an import
/// there writes a key per check: one read, not thousands).
const READ_AFTER_MS: u32 = 50;

#[hook]
pub fn use_store_sync(state: &AppContext) {
    use_draft_writes(state);
    use_other_tabs(state);
    use_undo_time(state);
}

/// Writes this tab's draft when the answers change, never merely because
/// the app started (that would overwrite what another tab wrote in the
/// meantime). No answers (a check finished or restarted): no draft.
#[hook]
fn use_draft_writes(state: &AppContext) {
    let now = (state.answers.clone(), state.log.clone());
    let written = use_mut_ref(|| now.clone());
    let store = Store::new(state.clone());
    let recheck_of = state.recheck_of;
    use_effect_with(now, move |now| {
        if *written.borrow() != *now {
            let (answers, log) = now.clone();
            store.save_draft(&answers, recheck_of, log);
            *written.borrow_mut() = now.clone();
        }
    });
}

/// What another tab changed and is not read yet.
#[derive(Default)]
struct Pending {
    checks: bool,
    drafts: bool,
    /// The last read asked for (it may have run).
    timer: Option<Timeout>,
    /// A read is to come.
    scheduled: bool,
}

/// Another tab saved, deleted or changed its draft: read that part again,
/// once for every burst of changes.
#[hook]
fn use_other_tabs(state: &AppContext) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let pending = Rc::new(RefCell::new(Pending::default()));
        let listener = web_sys::window().map(|w| {
            let pending = pending.clone();
            EventListener::new(&w, "storage", move |e| {
                let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                // No key: the whole storage was cleared.
                let (checks, drafts) = match key.as_deref().map(Key::of) {
                    None => (true, true),
                    Some(Key::Draft) => (false, true),
                    Some(k) if k.holds_checks() => (true, false),
                    Some(_) => return,
                };
                schedule(&pending, checks, drafts, &state);
            })
        });
        move || {
            drop(listener);
            drop(pending);
        }
    });
}

fn schedule(pending: &Rc<RefCell<Pending>>, checks: bool, drafts: bool, state: &AppContext) {
    let mut p = pending.borrow_mut();
    p.checks |= checks;
    p.drafts |= drafts;
    if p.scheduled {
        return;
    }
    p.scheduled = true;
    let weak: Weak<RefCell<Pending>> = Rc::downgrade(pending);
    let store = Store::new(state.clone());
    // The timer lives in `pending`: it goes with the app.
    p.timer = Some(Timeout::new(READ_AFTER_MS, move || {
        let Some(pending) = weak.upgrade() else {
            return;
        };
        let (checks, drafts) = {
            let mut p = pending.borrow_mut();
            p.scheduled = false;
            (std::mem::take(&mut p.checks), std::mem::take(&mut p.drafts))
        };
        store.read_again(checks, drafts);
    }));
}

/// "Undo" is there for `UNDO_MS` after each deletion.
#[hook]
fn use_undo_time(state: &AppContext) {
    let undo = state.undo.as_ref().map(|u| u.id);
    let state = state.clone();
    use_effect_with(undo, move |&id| {
        let timer = id.map(|id| {
            Timeout::new(UNDO_MS, move || {
                state.dispatch(Action::ForgetUndo(Some(id)))
            })
        });
        move || drop(timer)
    });
}
