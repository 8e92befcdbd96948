//! What one of the app's two modules hands the other when a page of the
//! other is opened (`ui::modules`): what it holds in memory. The other module
//! reads storage itself as well; while storage refuses writes (full or
//! blocked), the check in progress, a check that could not be saved and the
//! language chosen would be lost without this.
use super::records::{CheckId, SavedCheck};
use crate::assessment::answers::Answers;
use crate::assessment::log::LogSummary;
use crate::assessment::text::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    pub lang: Lang,
    /// Finished checks kept in memory only.
    #[serde(default)]
    pub unsaved: Vec<SavedCheck>,
    /// The check in progress, as its draft holds it.
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub recheck_of: Option<CheckId>,
    #[serde(default)]
    pub log: Option<LogSummary>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::records::tests::check;

    #[test]
    fn a_handover_carries_the_language_and_the_unsaved_checks() {
        let c = check(1_795_000_000_000_123, 3);
        let h = Handover {
            lang: Lang::De,
            answers: (*c.answers).clone(),
            recheck_of: Some(c.id),
            unsaved: vec![c],
            log: None,
        };
        assert_eq!(Handover::decode(&h.encode()), Some(h));
        assert_eq!(Handover::decode("{not json"), None);
        assert_eq!(
            Handover::decode(r#"{"lang":"en"}"#),
            Some(Handover::default())
        );
    }
}
