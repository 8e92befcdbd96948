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
use crate::assessment::sort::sort_by;
use crate::assessment::text::Lang;
use crate::assessment::{assess, Strength};
use crate::json::Json;

/// What can be saved: its JSON form.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// What can be read back: `None` for JSON of another shape.
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Option<Self>;
}

/// The storage format this app writes. 2: warning signs as checkbox pages.
pub const FORMAT: u32 = 2;
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub answers: Answers,
}

impl ToJson for Draft {
    fn to_json(&self) -> Json {
        Json::obj([("answers", self.answers.to_json())])
    }
}

impl FromJson for Draft {
    fn from_json(json: &Json) -> Option<Draft> {
        let answers = match json.get("answers") {
            Some(a) => Answers::from_json(a)?,
            None if matches!(json, Json::Obj(_)) => Answers::default(),
            None => return None,
        };
        Some(Draft { answers })
    }
}

impl ToJson for Lang {
    fn to_json(&self) -> Json {
        Json::from(self.code())
    }
}

impl FromJson for Lang {
    fn from_json(json: &Json) -> Option<Lang> {
        Lang::from_code(json.as_str()?)
    }
}

fn date_from(json: &Json) -> Option<Date> {
    Date::parse_iso(json.as_str()?)
}

/// What a finished check concluded, kept as it was on the day.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub level: CareLevel,
    pub pain_now: Option<u8>,
    pub recheck: Option<Date>,
    pub contributors: Vec<(Contributor, Strength)>,
}

/// A finished check, as saved and exported.
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    pub checks: Vec<SavedCheck>,
}

impl ToJson for SavedCheck {
    fn to_json(&self) -> Json {
        let o = &self.outcome;
        let contributors = o
            .contributors
            .iter()
            .map(|(c, s)| Json::Arr(vec![Json::from(c.key()), Json::from(s.key())]))
            .collect();
        Json::obj([
            ("id", Json::from(self.id.as_str())),
            ("date", Json::Str(self.date.to_string())),
            ("app", Json::from(self.app.as_str())),
            ("lang", self.lang.to_json()),
            ("answers", self.answers.to_json()),
            (
                "outcome",
                Json::obj([
                    ("level", Json::from(o.level.key())),
                    ("pain_now", Json::from(o.pain_now.map(u64::from))),
                    (
                        "recheck",
                        o.recheck.map_or(Json::Null, |d| Json::Str(d.to_string())),
                    ),
                    ("contributors", Json::Arr(contributors)),
                ]),
            ),
        ])
    }
}

impl FromJson for SavedCheck {
    fn from_json(json: &Json) -> Option<SavedCheck> {
        let o = json.get("outcome")?;
        let contributors = o
            .get("contributors")?
            .as_array()?
            .iter()
            .map(|pair| match pair.as_array()? {
                [c, s] => Some((
                    Contributor::from_key(c.as_str()?)?,
                    Strength::from_key(s.as_str()?)?,
                )),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        let pain_now = match o.get("pain_now")? {
            Json::Null => None,
            p => Some(u8::try_from(p.as_u64()?).ok()?),
        };
        let recheck = match o.get("recheck")? {
            Json::Null => None,
            d => Some(date_from(d)?),
        };
        Some(SavedCheck {
            id: json.get("id")?.as_str()?.to_owned(),
            date: date_from(json.get("date")?)?,
            app: json.get("app")?.as_str()?.to_owned(),
            lang: Lang::from_json(json.get("lang")?)?,
            answers: Answers::from_json(json.get("answers")?)?,
            outcome: Outcome {
                level: CareLevel::from_key(o.get("level")?.as_str()?)?,
                pain_now,
                recheck,
                contributors,
            },
        })
    }
}

impl ToJson for History {
    fn to_json(&self) -> Json {
        Json::obj([(
            "checks",
            Json::Arr(self.checks.iter().map(ToJson::to_json).collect()),
        )])
    }
}

/// Reads a list of checks one by one: an entry of the wrong shape is
/// dropped (and counted) instead of losing the others.
fn checks_from(data: &Json) -> Option<(Vec<SavedCheck>, usize)> {
    let items = data.get("checks")?.as_array()?;
    let total = items.len();
    let mut checks: Vec<SavedCheck> = items.iter().filter_map(SavedCheck::from_json).collect();
    let dropped = total - checks.len();
    sort_checks(&mut checks);
    checks.dedup_by(|a, b| a.id == b.id);
    Some((checks, dropped))
}

/// Oldest first; same day by id (which starts with the save time).
fn sort_checks(checks: &mut [SavedCheck]) {
    sort_by(checks, |a, b| (a.date, &a.id) < (b.date, &b.id));
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
    match open_envelope(raw) {
        Read::Missing | Read::Unreadable => HistoryRead::Unreadable,
        Read::Found(data) => match checks_from(&data) {
            Some((checks, dropped)) => HistoryRead::Found { checks, dropped },
            None => HistoryRead::Unreadable,
        },
        Read::Newer { format } => {
            // Shown read-only, as far as this app can read it.
            let data = Json::parse(raw).and_then(|v| v.get("data").cloned());
            let checks = data
                .as_ref()
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

/// An export file with every given check.
pub fn export(checks: &[SavedCheck]) -> String {
    let history = History {
        checks: checks.to_vec(),
    };
    Json::obj([
        ("kind", Json::from(EXPORT_KIND)),
        ("format", Json::from(u64::from(FORMAT))),
        ("app", Json::from(APP_VERSION)),
        ("data", history.to_json()),
    ])
    .to_string()
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
    let file = std::str::from_utf8(bytes)
        .ok()
        .and_then(Json::parse)
        .ok_or(ImportError::NotJson)?;
    if !matches!(file, Json::Obj(_)) {
        return Err(ImportError::NotJson);
    }
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
    let data = file
        .get("data")
        .cloned()
        .and_then(|d| migrate(format, d))
        .ok_or(ImportError::NotAnExport)?;
    match checks_from(&data) {
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
const MIGRATIONS: &[fn(Json) -> Option<Json>] = &[migrate_1_to_2];

/// Runs every migration from `format` up to this app's. `None` for a format
/// this app does not know (0, or newer: callers refuse those first).
fn migrate(format: u32, mut data: Json) -> Option<Json> {
    let from = usize::try_from(format.checked_sub(1)?).ok()?;
    for step in MIGRATIONS.get(from..)? {
        data = step(data)?;
    }
    Some(data)
}

/// Format 1 to 2: the warning-sign yes/no questions became checkbox pages
/// (emergency, urgent, doctor, everyday limits). Every old "yes" becomes a
/// ticked box at the same level. An old "no" does not become "None of these":
/// the new pages ask signs the old ones did not, so a draft asks them again.
/// The age bands "under 30" and "rather not say" no longer exist.
/// Applies to a draft (`answers`) and to a list of checks (`checks`).
fn migrate_1_to_2(data: Json) -> Option<Json> {
    fn answers(old: Json) -> Json {
        let Json::Obj(fields) = old else { return old };
        // (old key, old value, new question, ticked option)
        const TICKS: &[(&str, &str, &str, &str)] = &[
            ("saddle_numbness", "yes", "emergency_signs", "saddle"),
            ("bladder_bowel", "yes", "emergency_signs", "bladder_bowel"),
            ("sexual_function", "yes", "emergency_signs", "sexual"),
            ("leg_symptoms", "both_legs", "emergency_signs", "both_legs"),
            ("leg_worsening", "yes", "emergency_signs", "weakness_fast"),
            ("major_trauma", "yes", "emergency_signs", "accident"),
            ("chest_pain", "yes", "emergency_signs", "chest_pain"),
            ("fever", "yes", "urgent_signs", "unwell"),
            ("weight_loss", "yes", "urgent_signs", "weight_loss"),
            ("cancer_history", "yes", "urgent_signs", "cancer"),
            ("night_pain", "yes", "urgent_signs", "night_pain"),
            ("minor_trauma", "yes", "urgent_signs", "minor_fall"),
            ("bone_risk", "yes", "urgent_signs", "osteoporosis"),
            (
                "weakness_pain_less",
                "yes",
                "urgent_signs",
                "weakness_pain_less",
            ),
            ("leg_numb_week", "yes", "doctor_signs", "one_leg_numb"),
            ("cannot_manage", "yes", "limits", "cannot_manage"),
            ("limping", "yes", "limits", "limping"),
        ];
        const GONE: &[&str] = &[
            "saddle_numbness",
            "bladder_bowel",
            "sexual_function",
            "leg_symptoms",
            "leg_worsening",
            "leg_numb_week",
            "weakness_pain_less",
            "major_trauma",
            "chest_pain",
            "fever",
            "weight_loss",
            "cancer_history",
            "night_pain",
            "minor_trauma",
            "bone_risk",
            "cannot_manage",
            "limping",
        ];
        let mut ticked: Vec<(&str, Vec<Json>)> = Vec::new();
        for &(old_key, old_value, question, option) in TICKS {
            let said = fields
                .iter()
                .any(|(k, v)| k == old_key && v.as_str() == Some(old_value));
            if said {
                match ticked.iter_mut().find(|(q, _)| *q == question) {
                    Some((_, keys)) => keys.push(Json::from(option)),
                    None => ticked.push((question, vec![Json::from(option)])),
                }
            }
        }
        let mut out: Vec<(String, Json)> = fields
            .into_iter()
            .filter(|(k, v)| {
                let gone_age = k == "age" && matches!(v.as_str(), Some("under_30" | "no_say"));
                !(GONE.contains(&k.as_str()) || gone_age)
            })
            .collect();
        out.extend(
            ticked
                .into_iter()
                .map(|(q, keys)| (q.to_owned(), Json::Arr(keys))),
        );
        Json::Obj(out)
    }
    let Json::Obj(fields) = data else {
        return Some(data); // the language key holds a plain string
    };
    let fields = fields
        .into_iter()
        .map(|(k, v)| match (k.as_str(), v) {
            ("answers", a) => (k, answers(a)),
            ("checks", Json::Arr(checks)) => {
                let checks = checks
                    .into_iter()
                    .map(|c| match c {
                        Json::Obj(cf) => Json::Obj(
                            cf.into_iter()
                                .map(|(ck, cv)| {
                                    if ck == "answers" {
                                        (ck, answers(cv))
                                    } else {
                                        (ck, cv)
                                    }
                                })
                                .collect(),
                        ),
                        other => other,
                    })
                    .collect();
                (k, Json::Arr(checks))
            }
            (_, v) => (k, v),
        })
        .collect();
    Some(Json::Obj(fields))
}

pub fn encode<T: ToJson>(data: &T) -> String {
    Json::obj([
        ("format", Json::from(u64::from(FORMAT))),
        ("app", Json::from(APP_VERSION)),
        ("data", data.to_json()),
    ])
    .to_string()
}

/// The envelope's data, migrated to this app's format.
fn open_envelope(raw: &str) -> Read<Json> {
    let Some(envelope @ Json::Obj(_)) = Json::parse(raw) else {
        return Read::Unreadable;
    };
    let field = |k: &str| envelope.get(k);
    let Some(format) = field("format").and_then(Json::as_u64) else {
        return Read::Unreadable;
    };
    let Ok(format) = u32::try_from(format) else {
        return Read::Unreadable;
    };
    if format > FORMAT {
        return Read::Newer { format };
    }
    let data = field("data").cloned().unwrap_or(Json::Null);
    match migrate(format, data) {
        Some(data) => Read::Found(data),
        None => Read::Unreadable,
    }
}

pub fn decode<T: FromJson>(raw: Option<&str>) -> Read<T> {
    let Some(raw) = raw else { return Read::Missing };
    match open_envelope(raw) {
        Read::Found(data) => T::from_json(&data).map_or(Read::Unreadable, Read::Found),
        Read::Newer { format } => Read::Newer { format },
        Read::Missing | Read::Unreadable => Read::Unreadable,
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

    pub fn read<T: FromJson>(key: &str) -> Result<Read<T>, StoreError> {
        Ok(decode(read_raw(key)?.as_deref()))
    }

    /// Writes `data` unless the key holds data of a newer format.
    pub fn write<T: ToJson>(key: &str, data: &T) -> Result<(), StoreError> {
        if let Some(Read::Newer { .. }) = read_raw(key)?.as_deref().map(open_envelope) {
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
            .set(QuestionId::Age, &Value::Choice("30_to_49".into()));
        d.answers.set(QuestionId::PainNow, &Value::Scale(3));
        let raw = encode(&d);
        assert!(raw.starts_with(r#"{"format":2,"app":""#), "{raw}");
        assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(d));
    }

    #[test]
    fn newer_formats_are_refused_not_read() {
        let raw = r#"{"format":3,"app":"9.0.0","data":{"answers":{}}}"#;
        assert_eq!(decode::<Draft>(Some(raw)), Read::Newer { format: 3 });
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
        let good = check("a", 3).to_json().to_string();
        let raw = format!(
            r#"{{"format":1,"app":"0.1.0","data":{{"checks":[{good},{{"date":5}},"x"]}}}}"#
        );
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
        .replace(r#""format":2"#, r#""format":7"#);
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
            parse_import(file.replace(r#""format":2"#, r#""format":3"#).as_bytes()),
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
            assert_eq!(CareLevel::from_key(l.key()), Some(l));
        }
        for c in Contributor::ALL {
            assert_eq!(Contributor::from_key(c.key()), Some(c));
        }
    }

    #[test]
    fn wrong_values_inside_a_draft_are_dropped_one_by_one() {
        let raw = r#"{"format":2,"app":"0.1.0","data":{"answers":{"age":"maybe","pain_now":3,"sitting":"over_8","onset":"2026-13-40","weekly_km":{"km":12}}}}"#;
        let Read::Found(d) = decode::<Draft>(Some(raw)) else {
            panic!()
        };
        let a = d.answers;
        assert_eq!(a.age, None, "not an option");
        assert_eq!(a.onset, None, "not a date");
        assert!(a.pain_now.is_some() && a.sitting.is_some() && a.weekly_km.is_some());
    }
}
