//! What Back Check keeps in the browser's localStorage, and nothing else.
//!
//! Each key holds one envelope `{"format": N, "app": "x.y.z", "data": …}`.
//! Reading migrates older formats step by step, refuses formats newer than
//! this app (they are shown read-only and never overwritten), and turns
//! anything unreadable into a value, never a panic.
use crate::assessment::questions::Answers;
use crate::assessment::text::Lang;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// The storage format this app writes.
pub const FORMAT: u32 = 1;
/// The app's version, recorded with everything it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

pub const DRAFT_KEY: &str = "backcheck.draft";
pub const LANG_KEY: &str = "backcheck.lang";

/// A questionnaire in progress.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default)]
    pub answers: Answers,
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
