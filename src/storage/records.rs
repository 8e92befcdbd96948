//! The records kept: the questionnaire in progress, finished checks and their
//! outcome, and the history as a whole.
use super::envelope::{open, Read};
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::log::LogSummary;
pub use crate::assessment::outcome::Outcome;
use crate::assessment::text::Lang;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// A questionnaire in progress, one per browser tab.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default)]
    pub answers: Answers,
    /// When it was last written (ms since 1970; 0: not known).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub updated: u64,
    /// A re-check of this saved check: only what can change is asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck_of: Option<String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A finished check, as saved and exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCheck {
    /// Unique: the save time in ms and a random part, as digits.
    pub id: String,
    pub date: Date,
    /// The app version that made it.
    pub app: String,
    pub lang: Lang,
    pub answers: Answers,
    pub outcome: Outcome,
    /// The check this one re-checked, if it was a re-check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck_of: Option<String>,
    /// What the runner's log said (dates, distances, shoes; never a track).
    /// Optional: checks and exports without it load as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log: Option<LogSummary>,
}

impl SavedCheck {
    /// A check of the (visible) `answers` on `date`, with the outcome the
    /// assessment gave that day.
    pub fn new(
        id: String,
        date: Date,
        lang: Lang,
        answers: Answers,
        outcome: Outcome,
    ) -> SavedCheck {
        SavedCheck {
            id,
            date,
            app: crate::storage::APP_VERSION.to_owned(),
            lang,
            answers,
            outcome,
            recheck_of: None,
            log: None,
        }
    }

    /// The id as a number (routes use it); `None` if it is not one.
    pub fn number(&self) -> Option<u64> {
        self.id.parse().ok()
    }

    /// Read back as untrusted input: an id of digits, a pain score of 10 at
    /// most, a date in this century.
    pub(super) fn is_plausible(&self) -> bool {
        let (year, ..) = self.date.ymd();
        self.number().is_some()
            && self.outcome.pain_now.is_none_or(|p| p <= 10)
            && (2000..2100).contains(&year)
    }
}

/// All finished checks on this device.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct History {
    pub checks: Vec<SavedCheck>,
}

/// A list of checks, each still as JSON text.
#[derive(Deserialize)]
struct Checks<'a> {
    #[serde(borrow)]
    checks: Vec<&'a RawValue>,
}

/// Reads a list of checks one by one: an entry of the wrong shape is
/// dropped (and counted) instead of losing the others.
pub(super) fn checks_from(data: &str) -> Option<(Vec<SavedCheck>, usize)> {
    let items = serde_json::from_str::<Checks>(data).ok()?.checks;
    let total = items.len();
    let mut checks: Vec<SavedCheck> = items
        .into_iter()
        .filter_map(|item| serde_json::from_str::<SavedCheck>(item.get()).ok())
        .filter(SavedCheck::is_plausible)
        .collect();
    let dropped = total - checks.len();
    sort_checks(&mut checks);
    Some((dedup_by_id(checks), dropped))
}

/// Each finished check is kept under its own key: saving never reads,
/// changes and writes back a list another tab may be writing too.
pub const CHECK_PREFIX: &str = "backcheck.check.";

pub fn check_key(id: &str) -> String {
    format!("{CHECK_PREFIX}{id}")
}

/// Oldest first, each id once.
pub(super) fn sorted_checks(mut checks: Vec<SavedCheck>) -> Vec<SavedCheck> {
    sort_checks(&mut checks);
    dedup_by_id(checks)
}

/// A check in an envelope from a newer app, as far as this app can read it.
pub(super) fn read_newer_check(raw: &str) -> Option<SavedCheck> {
    let data = serde_json::from_str::<Newer>(raw).ok()?.data;
    serde_json::from_str::<SavedCheck>(data.get())
        .ok()
        .filter(SavedCheck::is_plausible)
}

/// Oldest first; same day by id (which starts with the save time).
fn sort_checks(checks: &mut [SavedCheck]) {
    checks.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
}

/// Keeps the first check of every id, wherever the others are.
fn dedup_by_id(checks: Vec<SavedCheck>) -> Vec<SavedCheck> {
    let mut out: Vec<SavedCheck> = Vec::with_capacity(checks.len());
    for c in checks {
        if !out.iter().any(|o| o.id == c.id) {
            out.push(c);
        }
    }
    out
}

/// The data of an envelope from a newer app, as JSON text.
#[derive(Deserialize)]
struct Newer<'a> {
    #[serde(borrow)]
    data: &'a RawValue,
}

/// What reading the results key found.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryRead {
    Missing,
    /// `dropped` entries were unreadable and left out.
    Found {
        checks: Vec<SavedCheck>,
        dropped: usize,
    },
    /// Written by a newer app: shown read-only, as far as it can be read.
    Newer {
        format: u32,
        checks: Vec<SavedCheck>,
    },
    Unreadable,
}

pub fn decode_history(raw: Option<&str>) -> HistoryRead {
    let Some(raw) = raw else {
        return HistoryRead::Missing;
    };
    match open(raw) {
        Read::Missing | Read::Unreadable => HistoryRead::Unreadable,
        Read::Found(data) => match checks_from(&data) {
            Some((checks, dropped)) => HistoryRead::Found { checks, dropped },
            None => HistoryRead::Unreadable,
        },
        Read::Newer { format } => {
            // Shown read-only, as far as this app can read it.
            let checks = serde_json::from_str::<Newer>(raw)
                .ok()
                .and_then(|n| checks_from(n.data.get()))
                .map(|(c, _)| c)
                .unwrap_or_default();
            HistoryRead::Newer { format, checks }
        }
    }
}

/// Why something could not be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No localStorage here (blocked, private mode, or not a browser).
    Unavailable,
    /// The browser refused the write (usually: storage is full).
    WriteFailed,
    /// The stored value is from a newer app; it is left as it is.
    NewerData,
}

/// Unreadable saved data that was set aside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Recovered {
    /// Entries left out (0: the whole value was unreadable).
    pub dropped: usize,
    /// Where the unreadable data was kept, if it could be.
    pub backup: Option<String>,
}

/// The history as loaded at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadedHistory {
    pub checks: Vec<SavedCheck>,
    pub recovered: Option<Recovered>,
    /// The stored format, when it is newer than this app's.
    pub newer: Option<u32>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::assessment::answer::Answer;
    use crate::assessment::contributors::Contributor;
    use crate::assessment::questions::QuestionId;
    use crate::assessment::rules::CareLevel;
    use crate::assessment::Strength;
    use crate::storage::{decode, encode};

    pub(crate) fn check(id: &str, day: u32) -> SavedCheck {
        let mut a = Answers::default();
        a.set(QuestionId::PainNow, &Answer::Scale(day as u8 % 11));
        let outcome = Outcome {
            level: CareLevel::SelfCare,
            pain_now: Some(day as u8 % 11),
            recheck: None,
            contributors: Vec::new(),
        };
        SavedCheck::new(
            id.into(),
            Date::from_ymd(2026, 11, day).unwrap(),
            Lang::En,
            a,
            outcome,
        )
    }

    #[test]
    fn a_draft_round_trips() {
        let mut d = Draft::default();
        d.answers
            .set(QuestionId::Age, &Answer::Choice("30_to_49".into()));
        d.answers.set(QuestionId::PainNow, &Answer::Scale(3));
        let raw = encode(&d);
        assert!(raw.starts_with(r#"{"format":2,"app":""#), "{raw}");
        assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(d));
    }

    #[test]
    fn history_round_trips_sorted_by_date() {
        let h = History {
            checks: vec![check("3", 5), check("1", 3), check("2", 3)],
        };
        let HistoryRead::Found { checks, dropped: 0 } = decode_history(Some(&encode(&h))) else {
            panic!()
        };
        let ids: Vec<&str> = checks.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3"]);
        assert_eq!(checks[0].outcome.level, CareLevel::SelfCare);
    }

    #[test]
    fn a_bad_entry_is_dropped_and_counted_the_rest_kept() {
        let good = serde_json::to_string(&check("1", 3)).unwrap();
        let mut odd_id = check("x1", 4);
        odd_id.id = "../1".into();
        let mut pain = check("5", 4);
        pain.outcome.pain_now = Some(200);
        let odd = serde_json::to_string(&odd_id).unwrap();
        let pain = serde_json::to_string(&pain).unwrap();
        let raw = format!(
            r#"{{"format":2,"app":"0.1.0","data":{{"checks":[{good},{{"date":5}},"x",{odd},{pain},{good}]}}}}"#
        );
        let HistoryRead::Found { checks, dropped } = decode_history(Some(&raw)) else {
            panic!()
        };
        assert_eq!(
            (checks.len(), dropped),
            (1, 4),
            "one kept once; two shapes, an id and a score out"
        );
    }

    #[test]
    fn duplicates_are_removed_wherever_they_are() {
        let checks = vec![check("1", 3), check("2", 4), check("1", 3)];
        let raw = encode(&History { checks });
        let HistoryRead::Found { checks, .. } = decode_history(Some(&raw)) else {
            panic!()
        };
        assert_eq!(checks.len(), 2);
    }

    #[test]
    fn newer_history_is_read_only_but_shown() {
        let raw = encode(&History {
            checks: vec![check("1", 3)],
        })
        .replace(r#""format":2"#, r#""format":7"#);
        let HistoryRead::Newer { format: 7, checks } = decode_history(Some(&raw)) else {
            panic!()
        };
        assert_eq!(checks.len(), 1);
    }

    #[test]
    fn stored_names_match_the_keys() {
        let c = check("1", 3);
        let json = serde_json::to_string(&c).unwrap();
        assert!(
            json.starts_with(r#"{"id":"1","date":"2026-11-03","app":""#),
            "{json}"
        );
        assert!(
            json.contains(
                r#""outcome":{"level":"self_care","pain_now":3,"recheck":null,"contributors":[]}"#
            ),
            "{json}"
        );
        for level in CareLevel::ALL {
            assert_eq!(serde_json::to_value(level).unwrap(), level.key());
        }
        for c in Contributor::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.key());
        }
        for s in [Strength::Likely, Strength::Possible] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.key());
        }
        for l in Lang::ALL {
            assert_eq!(serde_json::to_value(l).unwrap(), l.code());
        }
    }
}
