//! What a finished check concluded, kept with it as it was on its day: the
//! verdict a saved check shows, whatever the rules say later.
use super::answers::Answers;
use super::contributors::Contributor;
use super::date::Date;
use super::rules::CareLevel;
use super::{assess, Strength};
use serde::{Deserialize, Serialize};

/// The verdict of a check on its day, and what its history line shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub level: CareLevel,
    pub pain_now: Option<u8>,
    pub recheck: Option<Date>,
    pub contributors: Vec<(Contributor, Strength)>,
}

impl Outcome {
    /// Assesses `answers` on `day` and records what the result said.
    pub fn of(answers: &Answers, day: Date) -> Outcome {
        let visible = answers.visible();
        let r = assess(&visible, day);
        Outcome {
            level: r.level,
            pain_now: visible.pain_now(),
            recheck: r.recheck,
            contributors: r
                .findings
                .iter()
                .map(|f| (f.contributor, f.strength))
                .collect(),
        }
    }
}
