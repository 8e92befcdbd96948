//! The questionnaire in progress stays on the device.
use crate::storage::{browser, StoreError};
use crate::ui::state::{Action, AppContext};
use yew::prelude::*;

/// Writes this tab's draft when the answers change, never merely because the app
/// started (that would overwrite what another tab wrote in the meantime).
/// No answers (a check finished or restarted): no draft. A refused write
/// (storage full) is said at once; the answers stay in memory.
#[hook]
pub fn use_draft(state: &AppContext) {
    let written = use_mut_ref(|| state.answers.clone());
    let full = state.storage_full;
    let dispatch = state.dispatcher();
    let recheck_of = state.recheck_of.clone();
    use_effect_with(state.answers.clone(), move |answers| {
        if *written.borrow() != *answers {
            if let Err(StoreError::WriteFailed) =
                browser::save_draft(answers, recheck_of.as_deref())
            {
                if !full {
                    dispatch.dispatch(Action::StorageFull);
                }
            }
            *written.borrow_mut() = answers.clone();
        }
    });
}
