//! The records kept: the questionnaire in progress, finished checks and their
//! outcome, and the history as a whole.
use super::answers::CheckAnswers;
use super::envelope::{open, Read};
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::log::LogSummary;
pub use crate::assessment::outcome::Outcome;
use crate::assessment::text::Lang;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// A saved check's id: the save time in ms and three random digits. Stored
/// as a string of digits (older files have it so, and JavaScript numbers
/// would round it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CheckId(u64);

impl CheckId {
    /// An id from the save time (ms since 1970) and a random number below 1000.
    pub fn new(ms: u64, random: u64) -> CheckId {
        CheckId(ms.saturating_mul(1000).saturating_add(random % 1000))
    }
}

impl std::fmt::Display for CheckId {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for CheckId {
    type Err = ();

    /// Digits only (no sign, no space), as the app writes them.
    fn from_str(s: &str) -> Result<CheckId, ()> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(());
        }
        s.parse().map(CheckId).map_err(|_| ())
    }
}

impl Serialize for CheckId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CheckId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<str>>::deserialize(d)?;
        text.parse()
            .map_err(|()| serde::de::Error::custom("not a check id"))
    }
}

/// A check id where one may be, read leniently: anything else is `None`
/// (an odd `recheck_of` never costs the record that holds it).
fn lenient_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<CheckId>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).ok())
}

/// A questionnaire in progress, one per browser tab.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default)]
    pub answers: Answers,
    /// When it was last written (ms since 1970; 0: not known).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub updated: u64,
    /// A re-check of this saved check: only what can change is asked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_id"
    )]
    pub recheck_of: Option<CheckId>,
    /// The runner's log summary for this check's onset, if one was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log: Option<LogSummary>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A finished check, as saved and exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCheck {
    pub id: CheckId,
    pub date: Date,
    /// The app version that made it.
    pub app: String,
    pub lang: Lang,
    pub answers: CheckAnswers,
    pub outcome: Outcome,
    /// The check this one re-checked, if it was a re-check.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_id"
    )]
    pub recheck_of: Option<CheckId>,
    /// What the runner's log said (dates, distances, shoes; never a track).
    /// Optional: checks and exports without it load as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log: Option<LogSummary>,
}

impl SavedCheck {
    /// A check of the (visible) `answers` on `date`, with the outcome the
    /// assessment gave that day.
    pub fn new(
        id: CheckId,
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
            answers: answers.into(),
            outcome,
            recheck_of: None,
            log: None,
        }
    }

    /// Read back as untrusted input: a pain score of 10 at most, a date in
    /// this century (the id is checked as it is read).
    pub(super) fn is_plausible(&self) -> bool {
        let (year, ..) = self.date.ymd();
        self.outcome.pain_now.is_none_or(|p| p <= 10) && (2000..2100).contains(&year)
    }
}

/// A list of checks, as the export file and the old results key hold them.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CheckList {
    pub checks: Vec<SavedCheck>,
}

/// A list of checks, each still as JSON text.
#[derive(Deserialize)]
pub(super) struct Checks<'a> {
    #[serde(borrow)]
    pub checks: Vec<&'a RawValue>,
}

/// Reads a list of checks one by one: an entry of the wrong shape is
/// dropped (and counted) instead of losing the others.
pub(super) fn checks_from(data: &str) -> Option<(Vec<SavedCheck>, usize)> {
    let entries = entries_of(data)?;
    let total = entries.len();
    let checks: Vec<SavedCheck> = entries
        .into_iter()
        .filter_map(|at| read_entry(&data[at]))
        .collect();
    let dropped = total - checks.len();
    Some((sorted_checks(checks), dropped))
}

/// Where each entry of a list of checks is in `data` (as JSON text).
pub(super) fn entries_of(data: &str) -> Option<Vec<std::ops::Range<usize>>> {
    let items = serde_json::from_str::<Checks>(data).ok()?.checks;
    Some(ranges_in(data, &items))
}

/// Where each of `items` (parsed from `text`) is in `text`.
pub(super) fn ranges_in(text: &str, items: &[&RawValue]) -> Vec<std::ops::Range<usize>> {
    let base = text.as_ptr() as usize;
    items
        .iter()
        .map(|item| {
            let at = item.get().as_ptr() as usize - base;
            at..at + item.get().len()
        })
        .collect()
}

/// An export file of this app's format, its entries found in one pass.
#[derive(Deserialize)]
pub(super) struct ExportEntries<'a> {
    pub kind: &'a str,
    pub format: u32,
    #[serde(borrow)]
    pub data: Checks<'a>,
}

/// One entry of a list, if it is a check this app can read.
pub(super) fn read_entry(text: &str) -> Option<SavedCheck> {
    serde_json::from_str::<SavedCheck>(text)
        .ok()
        .filter(SavedCheck::is_plausible)
}

/// Oldest first (same day: by id, which starts with the save time), each
/// id once: of several checks with one id, the first in that order stays.
/// A sort and one pass: O(n log n).
pub fn sorted_checks(mut checks: Vec<SavedCheck>) -> Vec<SavedCheck> {
    checks.sort_by_key(|c| (c.date, c.id));
    let mut seen = std::collections::HashSet::with_capacity(checks.len());
    checks.retain(|c| seen.insert(c.id));
    checks
}

/// A check in an envelope from a newer app, as far as this app can read it.
pub(super) fn read_newer_check(raw: &str) -> Option<SavedCheck> {
    let data = serde_json::from_str::<Newer>(raw).ok()?.data;
    serde_json::from_str::<SavedCheck>(data.get())
        .ok()
        .filter(SavedCheck::is_plausible)
}

/// The data of an envelope from a newer app, as JSON text.
#[derive(Deserialize)]
struct Newer<'a> {
    #[serde(borrow)]
    data: &'a RawValue,
}

/// What reading a list of checks (the old results key) found.
#[derive(Clone, Debug, PartialEq)]
pub enum ListRead {
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

pub fn decode_check_list(raw: Option<&str>) -> ListRead {
    let Some(raw) = raw else {
        return ListRead::Missing;
    };
    match open(raw) {
        Read::Missing | Read::Unreadable => ListRead::Unreadable,
        Read::Found(data) => match checks_from(&data) {
            Some((checks, dropped)) => ListRead::Found { checks, dropped },
            None => ListRead::Unreadable,
        },
        Read::Newer { format } => {
            let checks = serde_json::from_str::<Newer>(raw)
                .ok()
                .and_then(|n| checks_from(n.data.get()))
                .map(|(c, _)| c)
                .unwrap_or_default();
            ListRead::Newer { format, checks }
        }
    }
}

/// Why something could not be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StoreError {
    /// The browser lets this page store nothing (a setting, a private
    /// window, or not a browser): freeing space does not help.
    Blocked,
    /// The browser refused the write because its storage for this site is full.
    Full,
    /// The stored value is from a newer app; it is left as it is.
    NewerData,
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

    pub(crate) fn id(n: u64) -> CheckId {
        CheckId(n)
    }

    pub(crate) fn check(n: u64, day: u32) -> SavedCheck {
        let mut a = Answers::default();
        a.set(QuestionId::PainNow, &Answer::Scale(day as u8 % 11));
        let outcome = Outcome {
            level: CareLevel::SelfCare,
            pain_now: Some(day as u8 % 11),
            recheck: None,
            contributors: Vec::new(),
        };
        SavedCheck::new(
            id(n),
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
        d.recheck_of = Some(id(1795000000000123));
        let raw = encode(&d);
        assert!(raw.starts_with(r#"{"format":2,"app":""#), "{raw}");
        assert!(raw.contains(r#""recheck_of":"1795000000000123""#), "{raw}");
        assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(d));
    }

    #[test]
    fn check_ids_are_digits_and_an_odd_recheck_of_costs_nothing() {
        assert_eq!("1795000000000123".parse(), Ok(id(1795000000000123)));
        for bad in [
            "",
            "-1",
            "+1",
            " 1",
            "1x",
            "../1",
            "99999999999999999999999",
        ] {
            assert_eq!(bad.parse::<CheckId>(), Err(()), "{bad:?}");
        }
        assert_eq!(CheckId::new(1_795_000_000_000, 1123), id(1795000000000123));
        let d: Draft = serde_json::from_str(r#"{"answers":{},"recheck_of":"x1"}"#).unwrap();
        assert_eq!(d.recheck_of, None);
        let d: Draft = serde_json::from_str(r#"{"answers":{},"recheck_of":7}"#).unwrap();
        assert_eq!(d.recheck_of, None);
    }

    #[test]
    fn a_list_round_trips_sorted_by_date() {
        let h = CheckList {
            checks: vec![check(3, 5), check(1, 3), check(2, 3)],
        };
        let ListRead::Found { checks, dropped: 0 } = decode_check_list(Some(&encode(&h))) else {
            panic!()
        };
        let ids: Vec<CheckId> = checks.iter().map(|c| c.id).collect();
        assert_eq!(ids, [id(1), id(2), id(3)]);
        assert_eq!(checks[0].outcome.level, CareLevel::SelfCare);
    }

    #[test]
    fn a_bad_entry_is_dropped_and_counted_the_rest_kept() {
        let good = serde_json::to_string(&check(1, 3)).unwrap();
        let odd = serde_json::to_string(&check(4, 4))
            .unwrap()
            .replace(r#""id":"4""#, r#""id":"../1""#);
        let mut pain = check(5, 4);
        pain.outcome.pain_now = Some(200);
        let pain = serde_json::to_string(&pain).unwrap();
        let raw = format!(
            r#"{{"format":2,"app":"0.1.0","data":{{"checks":[{good},{{"date":5}},"x",{odd},{pain},{good}]}}}}"#
        );
        let ListRead::Found { checks, dropped } = decode_check_list(Some(&raw)) else {
            panic!()
        };
        assert_eq!(
            (checks.len(), dropped),
            (1, 4),
            "one kept once; two shapes, an id and a score out"
        );
    }

    #[test]
    fn duplicates_are_removed_wherever_they_are_the_earliest_kept() {
        let mut later = check(1, 9);
        later.outcome.pain_now = Some(9);
        let checks = vec![later, check(2, 4), check(1, 3), check(3, 1), check(2, 4)];
        let sorted = sorted_checks(checks);
        let ids: Vec<(CheckId, u32)> = sorted.iter().map(|c| (c.id, c.date.ymd().2)).collect();
        assert_eq!(ids, [(id(3), 1), (id(1), 3), (id(2), 4)]);
    }

    #[test]
    fn a_newer_list_is_read_only_but_shown() {
        let raw = encode(&CheckList {
            checks: vec![check(1, 3)],
        })
        .replace(r#""format":2"#, r#""format":7"#);
        let ListRead::Newer { format: 7, checks } = decode_check_list(Some(&raw)) else {
            panic!()
        };
        assert_eq!(checks.len(), 1);
    }

    #[test]
    fn stored_names_match_the_keys() {
        let c = check(1, 3);
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
