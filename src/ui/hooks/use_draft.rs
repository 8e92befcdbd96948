//! The questionnaire in progress stays on the device.
use crate::assessment::answers::Answers;
use crate::storage::{self, browser, Draft};
use yew::prelude::*;

/// Writes the draft when the answers change, never merely because the app
/// started (that would overwrite what another tab wrote in the meantime).
/// No answers (a check finished or restarted): no draft.
#[hook]
pub fn use_draft(answers: &Answers) {
    let written = use_mut_ref(|| answers.clone());
    use_effect_with(answers.clone(), move |answers| {
        if *written.borrow() != *answers {
            if *answers == Answers::default() {
                browser::remove(storage::DRAFT_KEY);
            } else {
                let _ = browser::write(
                    storage::DRAFT_KEY,
                    &Draft {
                        answers: answers.clone(),
                    },
                );
            }
            *written.borrow_mut() = answers.clone();
        }
    });
}
