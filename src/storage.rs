//! What Back Check keeps in the browser's localStorage, and nothing else.
//!
//! Each key holds one envelope `{"format": N, "app": "x.y.z", "data": …}`.
//! Reading migrates older formats step by step, refuses formats newer than
//! this app (they are shown read-only and never overwritten), and turns
//! anything unreadable into a value, never a panic.
use crate::assessment::contributors::Contributor;
use crate::assessment::date::Date;
use crate::assessment::questions::Answers;
use crate::assessment::rules::CareLevel;
use crate::assessment::text::Lang;
use crate::assessment::{assess, Strength};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// The storage format this app writes.
pub const FORMAT: u32 = 1;
/// The app's version, recorded with everything it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

pub const DRAFT_KEY: &str = "backcheck.draft";
pub const LANG_KEY: &str = "backcheck.lang";
pub const RESULTS_KEY: &str = "backcheck.results";
/// Where unreadable data is moved before anything new is written.
pub const BACKUP_SUFFIX: &str = ".backup";
/// Export files larger than this are refused.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// The `kind` field of an export file.
pub const EXPORT_KIND: &str = "backcheck-export";

/// A questionnaire in progress.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default)]
    pub answers: Answers,
}

/// What a finished check concluded, kept as it was on the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub level: CareLevel,
    pub pain_now: Option<u8>,
    pub recheck: Option<Date>,
    pub contributors: Vec<(Contributor, Strength)>,
}

/// A finished check, as saved and exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCheck {
    /// Unique: the save time in ms and a random part.
    pub id: String,
    pub date: Date,
    /// The app version that made it.
    pub app: String,
    pub lang: Lang,
    pub answers: Answers,
    pub outcome: Outcome,
}

impl SavedCheck {
    /// Assesses `answers` on `date` and records the outcome.
    pub fn new(id: String, date: Date, lang: Lang, answers: Answers) -> SavedCheck {
        let visible = answers.visible();
        let r = assess(&visible, date);
        let outcome = Outcome {
            level: r.level,
            pain_now: visible.pain_now.map(|p| p.get()),
            recheck: r.recheck,
            contributors: r
                .findings
                .iter()
                .map(|f| (f.contributor, f.strength))
                .collect(),
        };
        SavedCheck {
            id,
            date,
            app: APP_VERSION.to_owned(),
            lang,
            answers: visible,
            outcome,
        }
    }
}

/// All finished checks on this device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub checks: Vec<SavedCheck>,
}

/// Reads a list of checks one by one: an entry of the wrong shape is
/// dropped (and counted) instead of losing the others.
fn checks_from(data: Json) -> Option<(Vec<SavedCheck>, usize)> {
    let Json::Object(mut map) = data else {
        return None;
    };
    let Some(Json::Array(items)) = map.remove("checks") else {
        return None;
    };
    let total = items.len();
    let mut checks: Vec<SavedCheck> = items
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect();
    let dropped = total - checks.len();
    sort_checks(&mut checks);
    checks.dedup_by(|a, b| a.id == b.id);
    Some((checks, dropped))
}

/// Oldest first; same day by id (which starts with the save time).
fn sort_checks(checks: &mut [SavedCheck]) {
    checks.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
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
    match decode::<Json>(raw) {
        Read::Missing => HistoryRead::Missing,
        Read::Unreadable => HistoryRead::Unreadable,
        Read::Found(data) => match checks_from(data) {
            Some((checks, dropped)) => HistoryRead::Found { checks, dropped },
            None => HistoryRead::Unreadable,
        },
        Read::Newer { format } => {
            let data = raw
                .and_then(|r| serde_json::from_str::<Json>(r).ok())
                .and_then(|mut v| v.get_mut("data").map(Json::take));
            let checks = data
                .and_then(checks_from)
                .map(|(c, _)| c)
                .unwrap_or_default();
            HistoryRead::Newer { format, checks }
        }
    }
}

/// Adds `incoming` to `existing`, skipping ids already there. Returns the
/// merged list and how many were added.
pub fn merge(existing: &[SavedCheck], incoming: Vec<SavedCheck>) -> (Vec<SavedCheck>, usize) {
    let mut out = existing.to_vec();
    let mut added = 0;
    for c in incoming {
        if !out.iter().any(|e| e.id == c.id) {
            out.push(c);
            added += 1;
        }
    }
    sort_checks(&mut out);
    (out, added)
}

#[derive(Serialize)]
struct ExportOut<'a> {
    kind: &'a str,
    format: u32,
    app: &'a str,
    data: &'a History,
}

/// An export file with every given check.
pub fn export(checks: &[SavedCheck]) -> String {
    let history = History {
        checks: checks.to_vec(),
    };
    serde_json::to_string(&ExportOut {
        kind: EXPORT_KIND,
        format: FORMAT,
        app: APP_VERSION,
        data: &history,
    })
    .expect("plain data always serialises")
}

/// Why an import file was refused. Nothing is changed in any case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson,
    NotAnExport,
    Newer {
        format: u32,
    },
    /// Some entries are not checks this app can read.
    BadEntries {
        bad: usize,
    },
}

/// Reads an export file: all of it, or nothing.
pub fn parse_import(bytes: &[u8]) -> Result<Vec<SavedCheck>, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let Ok(Json::Object(mut file)) = serde_json::from_slice::<Json>(bytes) else {
        return Err(ImportError::NotJson);
    };
    if file.get("kind").and_then(Json::as_str) != Some(EXPORT_KIND) {
        return Err(ImportError::NotAnExport);
    }
    let format = file
        .get("format")
        .and_then(Json::as_u64)
        .ok_or(ImportError::NotAnExport)?;
    let format = u32::try_from(format).map_err(|_| ImportError::NotAnExport)?;
    if format > FORMAT {
        return Err(ImportError::Newer { format });
    }
    if format == 0 {
        return Err(ImportError::NotAnExport);
    }
    let data = file.remove("data").unwrap_or(Json::Null);
    match checks_from(data) {
        Some((checks, 0)) => Ok(checks),
        Some((_, bad)) => Err(ImportError::BadEntries { bad }),
        None => Err(ImportError::NotAnExport),
    }
}

/// A calendar file with an all-day reminder on the re-check date.
pub fn reminder_ics(date: Date, id: &str, lang: Lang) -> String {
    let (y, m, d) = date.ymd();
    let next = date.add_days(1).ymd();
    let (summary, description) = match lang {
        Lang::En => (
            "Back Check: re-check your back",
            "Does your lower back still hurt? Pain for more than 10 days should be seen by a doctor. Open Back Check to check again.",
        ),
        Lang::De => (
            "Back Check: Rücken erneut prüfen",
            "Tut dein unterer Rücken noch weh? Schmerzen über mehr als 10 Tage sollten ärztlich untersucht werden. Öffne Back Check und prüfe erneut.",
        ),
    };
    let id: String = id.chars().filter(char::is_ascii_alphanumeric).collect();
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Back Check//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        &format!("UID:{id}-recheck@backcheck"),
        &format!("DTSTAMP:{y:04}{m:02}{d:02}T000000Z"),
        &format!("DTSTART;VALUE=DATE:{y:04}{m:02}{d:02}"),
        &format!("DTEND;VALUE=DATE:{:04}{:02}{:02}", next.0, next.1, next.2),
        &format!("SUMMARY:{summary}"),
        &format!("DESCRIPTION:{}", description.replace(',', "\\,")),
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n")
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    format: u32,
    app: &'a str,
    data: &'a T,
}

/// What reading a key found.
#[derive(Clone, Debug, PartialEq)]
pub enum Read<T> {
    Missing,
    Found(T),
    /// Written by a newer app in this storage format.
    Newer {
        format: u32,
    },
    /// Not an envelope, or not data of the expected shape.
    Unreadable,
}

/// Ordered migrations: `MIGRATIONS[i]` turns format `i + 1` data into format `i + 2`.
/// Format 1 is the first, so there are none yet.
const MIGRATIONS: &[fn(Json) -> Option<Json>] = &[];

pub fn encode<T: Serialize>(data: &T) -> String {
    serde_json::to_string(&EnvelopeOut {
        format: FORMAT,
        app: APP_VERSION,
        data,
    })
    .expect("plain data always serialises")
}

pub fn decode<T: DeserializeOwned>(raw: Option<&str>) -> Read<T> {
    let Some(raw) = raw else { return Read::Missing };
    let Ok(Json::Object(mut envelope)) = serde_json::from_str::<Json>(raw) else {
        return Read::Unreadable;
    };
    let Some(format) = envelope.get("format").and_then(Json::as_u64) else {
        return Read::Unreadable;
    };
    let Ok(format) = u32::try_from(format) else {
        return Read::Unreadable;
    };
    if format > FORMAT {
        return Read::Newer { format };
    }
    if format == 0 {
        return Read::Unreadable;
    }
    let mut data = envelope.remove("data").unwrap_or(Json::Null);
    for migrate in &MIGRATIONS[(format - 1) as usize..] {
        match migrate(data) {
            Some(next) => data = next,
            None => return Read::Unreadable,
        }
    }
    match serde_json::from_value(data) {
        Ok(v) => Read::Found(v),
        Err(_) => Read::Unreadable,
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

/// The browser side: guarded, so a missing localStorage is an error value.
pub mod browser {
    use super::*;
    use gloo_storage::{LocalStorage, Storage};

    /// Whether localStorage can be used at all (gloo-storage panics if not).
    pub fn available() -> bool {
        web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
    }

    pub fn read_raw(key: &str) -> Result<Option<String>, StoreError> {
        if !available() {
            return Err(StoreError::Unavailable);
        }
        LocalStorage::raw()
            .get_item(key)
            .map_err(|_| StoreError::Unavailable)
    }

    pub fn read<T: DeserializeOwned>(key: &str) -> Result<Read<T>, StoreError> {
        Ok(decode(read_raw(key)?.as_deref()))
    }

    /// Writes `data` unless the key holds data of a newer format.
    pub fn write<T: Serialize>(key: &str, data: &T) -> Result<(), StoreError> {
        if let Read::<Json>::Newer { .. } = decode(read_raw(key)?.as_deref()) {
            return Err(StoreError::NewerData);
        }
        LocalStorage::raw()
            .set_item(key, &encode(data))
            .map_err(|_| StoreError::WriteFailed)
    }

    pub fn remove(key: &str) {
        if available() {
            let _ = LocalStorage::raw().remove_item(key);
        }
    }

    /// Copies an unreadable value to a backup key (never over an older
    /// backup) and returns that key.
    pub fn back_up(key: &str, raw: &str) -> Result<String, StoreError> {
        let mut backup = format!("{key}{BACKUP_SUFFIX}");
        let mut n = 1;
        while read_raw(&backup)?.is_some() {
            n += 1;
            backup = format!("{key}{BACKUP_SUFFIX}-{n}");
        }
        LocalStorage::raw()
            .set_item(&backup, raw)
            .map_err(|_| StoreError::WriteFailed)?;
        Ok(backup)
    }

    /// The saved checks, and anything the user should be told about them.
    pub fn load_history() -> Result<LoadedHistory, StoreError> {
        let raw = read_raw(RESULTS_KEY)?;
        Ok(match decode_history(raw.as_deref()) {
            HistoryRead::Missing => LoadedHistory::default(),
            HistoryRead::Found { checks, dropped: 0 } => LoadedHistory {
                checks,
                ..Default::default()
            },
            HistoryRead::Found { checks, dropped } => {
                let backup = back_up(RESULTS_KEY, raw.as_deref().unwrap_or_default()).ok();
                LoadedHistory {
                    checks,
                    recovered: Some(Recovered { dropped, backup }),
                    ..Default::default()
                }
            }
            HistoryRead::Newer { format, checks } => LoadedHistory {
                checks,
                newer: Some(format),
                ..Default::default()
            },
            HistoryRead::Unreadable => {
                let raw = raw.unwrap_or_default();
                let backup = back_up(RESULTS_KEY, &raw).ok();
                if backup.is_some() {
                    remove(RESULTS_KEY);
                }
                LoadedHistory {
                    recovered: Some(Recovered { dropped: 0, backup }),
                    ..Default::default()
                }
            }
        })
    }

    /// Reads the stored checks again (another tab may have added some),
    /// applies `change`, and writes the result. Unreadable data is backed up
    /// first; data from a newer app is never touched.
    pub fn update_history(
        change: impl FnOnce(Vec<SavedCheck>) -> Vec<SavedCheck>,
    ) -> Result<Vec<SavedCheck>, StoreError> {
        let raw = read_raw(RESULTS_KEY)?;
        let current = match decode_history(raw.as_deref()) {
            HistoryRead::Missing => Vec::new(),
            HistoryRead::Found { checks, dropped: 0 } => checks,
            HistoryRead::Found { checks, .. } => {
                back_up(RESULTS_KEY, raw.as_deref().unwrap_or_default())?;
                checks
            }
            HistoryRead::Newer { .. } => return Err(StoreError::NewerData),
            HistoryRead::Unreadable => {
                back_up(RESULTS_KEY, raw.as_deref().unwrap_or_default())?;
                Vec::new()
            }
        };
        let next = change(current);
        write(
            RESULTS_KEY,
            &History {
                checks: next.clone(),
            },
        )?;
        Ok(next)
    }

    pub fn load_lang() -> Option<Lang> {
        match read::<Lang>(LANG_KEY) {
            Ok(Read::Found(lang)) => Some(lang),
            _ => None,
        }
    }

    pub fn save_lang(lang: Lang) {
        let _ = write(LANG_KEY, &lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answer::Value;
    use crate::assessment::questions::QuestionId;

    #[test]
    fn a_draft_round_trips() {
        let mut d = Draft::default();
        d.answers
            .set(QuestionId::Fever, &Value::Choice("no".into()));
        d.answers.set(QuestionId::PainNow, &Value::Scale(3));
        let raw = encode(&d);
        assert!(raw.starts_with(r#"{"format":1,"app":""#), "{raw}");
        assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(d));
    }

    #[test]
    fn newer_formats_are_refused_not_read() {
        let raw = r#"{"format":2,"app":"9.0.0","data":{"answers":{}}}"#;
        assert_eq!(decode::<Draft>(Some(raw)), Read::Newer { format: 2 });
    }

    #[test]
    fn garbage_is_unreadable_not_a_panic() {
        for raw in [
            "",
            "null",
            "[]",
            "{",
            r#"{"format":"1"}"#,
            r#"{"format":0,"data":{}}"#,
            r#"{"format":-1}"#,
            r#"{"format":1,"data":[1,2]}"#,
            r#"{"format":99999999999,"data":{}}"#,
        ] {
            let r = decode::<Draft>(Some(raw));
            assert!(
                matches!(r, Read::Unreadable | Read::Newer { .. }),
                "{raw}: {r:?}"
            );
        }
        assert_eq!(decode::<Draft>(None), Read::Missing);
    }

    fn check(id: &str, day: u32) -> SavedCheck {
        let mut a = Answers::default();
        a.set(QuestionId::PainNow, &Value::Scale(day as u8 % 11));
        SavedCheck::new(
            id.into(),
            Date::from_ymd(2026, 11, day).unwrap(),
            Lang::En,
            a,
        )
    }

    #[test]
    fn history_round_trips_sorted_by_date() {
        let raw = encode(&History {
            checks: vec![check("b", 20), check("a", 3)],
        });
        let HistoryRead::Found { checks, dropped: 0 } = decode_history(Some(&raw)) else {
            panic!()
        };
        assert_eq!(
            checks.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(checks[0].outcome.pain_now, Some(3));
        assert_eq!(checks[0].outcome.level, CareLevel::SelfCare);
    }

    #[test]
    fn a_bad_entry_is_dropped_and_counted_the_rest_kept() {
        let good = serde_json::to_value(check("a", 3)).unwrap();
        let raw = serde_json::json!({"format": 1, "app": "0.1.0", "data": {"checks": [good, {"date": 5}, "x"]}}).to_string();
        let HistoryRead::Found { checks, dropped } = decode_history(Some(&raw)) else {
            panic!()
        };
        assert_eq!((checks.len(), dropped), (1, 2));
    }

    #[test]
    fn newer_history_is_read_only_but_shown() {
        let raw = encode(&History {
            checks: vec![check("a", 3)],
        })
        .replace(r#""format":1"#, r#""format":7"#);
        let HistoryRead::Newer { format: 7, checks } = decode_history(Some(&raw)) else {
            panic!()
        };
        assert_eq!(checks.len(), 1);
    }

    #[test]
    fn merging_skips_what_is_already_there() {
        let (merged, added) = merge(&[check("a", 3)], vec![check("a", 3), check("b", 4)]);
        assert_eq!((merged.len(), added), (2, 1));
        let (again, added) = merge(&merged, merged.clone());
        assert_eq!((again.len(), added), (2, 0));
    }

    #[test]
    fn export_and_import_round_trip() {
        let checks = vec![check("a", 3), check("b", 9)];
        let file = export(&checks);
        assert!(file.contains(r#""kind":"backcheck-export""#));
        assert_eq!(parse_import(file.as_bytes()), Ok(checks));
    }

    #[test]
    fn bad_import_files_are_refused_whole() {
        let file = export(&[check("a", 3)]);
        assert_eq!(parse_import(b"not json"), Err(ImportError::NotJson));
        assert_eq!(
            parse_import(br#"{"kind":"other","format":1,"data":{"checks":[]}}"#),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(
            parse_import(file.replace(r#""format":1"#, r#""format":3"#).as_bytes()),
            Err(ImportError::Newer { format: 3 })
        );
        let broken = file.replace(r#""date":"2026-11-03""#, r#""date":"someday""#);
        assert_eq!(
            parse_import(broken.as_bytes()),
            Err(ImportError::BadEntries { bad: 1 })
        );
        let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(parse_import(&huge), Err(ImportError::TooLarge));
    }

    #[test]
    fn the_reminder_is_an_all_day_event_on_the_recheck_date() {
        let ics = reminder_ics(Date::from_ymd(2026, 12, 31).unwrap(), "17a-x", Lang::De);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("UID:17ax-recheck@backcheck"));
        assert!(ics.contains("SUMMARY:Back Check: Rücken erneut prüfen"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn stored_names_match_the_keys() {
        for l in CareLevel::ALL {
            assert_eq!(serde_json::to_value(l).unwrap(), l.key());
        }
        for c in Contributor::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.key());
        }
    }

    #[test]
    fn wrong_values_inside_a_draft_are_dropped_one_by_one() {
        let raw = r#"{"format":1,"app":"0.1.0","data":{"answers":{"fever":"maybe","pain_now":3,"sitting":"over_8","onset":"2026-13-40","weekly_km":{"km":12}}}}"#;
        let Read::Found(d) = decode::<Draft>(Some(raw)) else {
            panic!()
        };
        let a = d.answers;
        assert_eq!(a.fever, None, "not an option");
        assert_eq!(a.onset, None, "not a date");
        assert!(a.pain_now.is_some() && a.sitting.is_some() && a.weekly_km.is_some());
    }
}
