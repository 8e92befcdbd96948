//! What a finished check concluded, kept with it as it was on its day: the
//! verdict a saved check shows, whatever the rules say later; how a saved
//! check reads by today's rules; what changed since the last check.
use super::answers::Answers;
use super::contributors::Contributor;
use super::date::Date;
use super::questions::QuestionId;
use super::rules::{CareLevel, Rules, RULES};
use super::{assess_with, verdict_with, Assessment, Strength, Verdict};
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
        Outcome::of_with(&RULES, answers, day)
    }

    /// `of` by the rule set `rules`.
    pub fn of_with(rules: &Rules, answers: &Answers, day: Date) -> Outcome {
        let visible = answers.visible();
        let r = assess_with(rules, &visible, day);
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

    /// The day to offer a reminder for, seen on `today`: the re-check date
    /// the check gave, while it is still ahead.
    pub fn reminder(&self, today: Date) -> Option<Date> {
        self.recheck.filter(|d| *d > today)
    }
}

/// A saved check read again by today's rules (CONTENT §1, "Saved checks
/// keep their verdict"): the page shows the saved verdict, and both when
/// today's rules give another for the same answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Reread {
    /// Today's rules give the verdict the check gave.
    Same,
    /// Today's rules give another verdict for the same answers.
    Changed(CareLevel),
    /// The questions have changed since: today's questionnaire asks
    /// something these answers do not hold, so they are not "the same
    /// answers" and no verdict of today is shown for them.
    Incomparable,
}

impl Reread {
    /// Reads `answers`, saved on `day` with `saved`, by `rules`.
    pub fn of(rules: &Rules, saved: &Outcome, answers: &Answers, day: Date) -> Reread {
        let visible = answers.visible();
        let now = verdict_with(rules, &visible, day);
        if !answered_up_to_verdict(rules, &visible, &now) {
            Reread::Incomparable
        } else if now.level == saved.level {
            Reread::Same
        } else {
            Reread::Changed(now.level)
        }
    }
}

/// Every question today's questionnaire asks that a care rule reads holds
/// an answer (at urgent and above, up to the page where it stops). Other
/// questions do not change the verdict, and a re-check leaves them as they
/// were on purpose.
fn answered_up_to_verdict(rules: &Rules, visible: &Answers, now: &Verdict) -> bool {
    let read: Vec<QuestionId> = rules.care.iter().flat_map(|r| r.when.questions()).collect();
    let stop = (now.level >= CareLevel::Urgent)
        .then(|| now.reasons.first())
        .flatten()
        .and_then(|r| r.when.questions().into_iter().max());
    visible
        .path()
        .asked
        .iter()
        .filter(|q| read.contains(q) && stop.is_none_or(|s| **q <= s))
        .all(|&q| visible.is_answered(q))
}

/// What changed since the check a re-check re-checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SinceLast {
    /// Pain now, then and now.
    pub pain: (Option<u8>, Option<u8>),
    /// The verdict, then and now (as each check gave it).
    pub level: (CareLevel, CareLevel),
    /// The last check was below "see a doctor", and the pain has now passed
    /// its tenth day: book a doctor's appointment.
    pub ten_days_reached: bool,
}

impl SinceLast {
    /// `base` is the earlier check's outcome, `now` this one's and
    /// `assessment` this check read by the rules.
    pub fn between(base: &Outcome, now: &Outcome, assessment: &Assessment) -> SinceLast {
        SinceLast {
            pain: (base.pain_now, now.pain_now),
            level: (base.level, now.level),
            ten_days_reached: base.level < CareLevel::SeeDoctor && assessment.ten_days_passed(),
        }
    }
}
