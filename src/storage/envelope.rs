//! The versioned envelope around everything stored: `{"format", "app", "data"}`.
use super::{migrate, APP_VERSION, FORMAT};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::borrow::Cow;

#[derive(Serialize)]
struct Envelope<'a, T> {
    format: u32,
    app: &'a str,
    data: &'a T,
}

/// What an envelope says before its data is read.
#[derive(Deserialize)]
struct Opened<'a> {
    format: u32,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
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

/// `data` in an envelope of this app's format.
pub fn encode<T: Serialize>(data: &T) -> String {
    serde_json::to_string(&Envelope {
        format: FORMAT,
        app: APP_VERSION,
        data,
    })
    .unwrap_or_default()
}

/// The envelope's data as JSON text, migrated to this app's format. Data of
/// this format is not copied; older data is migrated and written out again,
/// so every type is read from text by one deserializer.
pub(super) fn open(raw: &str) -> Read<Cow<'_, str>> {
    match serde_json::from_str::<Opened>(raw) {
        Ok(e) if e.format > FORMAT => Read::Newer { format: e.format },
        Ok(e) => {
            let data = e.data.map_or("null", RawValue::get);
            migrate::text_to_current(e.format, data).map_or(Read::Unreadable, Read::Found)
        }
        Err(_) => Read::Unreadable,
    }
}

/// Only an envelope's format.
#[derive(Deserialize)]
struct Format {
    format: u32,
}

/// Whether `raw` is an envelope of a format newer than this app's (its data
/// is skipped, not read).
pub(super) fn is_newer(raw: &str) -> bool {
    serde_json::from_str::<Format>(raw).is_ok_and(|e| e.format > FORMAT)
}

/// An envelope read with its data in one go (for this app's format).
#[derive(Deserialize)]
struct Current<T> {
    format: u32,
    data: T,
}

/// Reads a stored value: missing, found (migrated), newer or unreadable.
pub fn decode<T: DeserializeOwned>(raw: Option<&str>) -> Read<T> {
    let Some(raw) = raw else { return Read::Missing };
    // This app's format in one pass (a history of thousands is read at
    // start); any other, or a failure, the long way.
    if let Ok(Current { format, data }) = serde_json::from_str::<Current<T>>(raw) {
        if format == FORMAT {
            return Read::Found(data);
        }
    }
    match open(raw) {
        Read::Found(data) => serde_json::from_str(&data).map_or(Read::Unreadable, Read::Found),
        Read::Newer { format } => Read::Newer { format },
        Read::Missing | Read::Unreadable => Read::Unreadable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::text::Lang;

    #[test]
    fn newer_formats_are_refused_not_read() {
        let raw = r#"{"format":3,"app":"9.0.0","data":{"answers":{}}}"#;
        assert_eq!(decode::<Lang>(Some(raw)), Read::Newer { format: 3 });
    }

    #[test]
    fn garbage_is_unreadable_not_a_panic() {
        for raw in [
            "",
            "null",
            "[]",
            "{}",
            r#"{"format":0,"data":"en"}"#,
            r#"{"format":-1,"data":"en"}"#,
            r#"{"format":99999999999,"data":"en"}"#,
            r#"{"format":"1","data":"en"}"#,
            r#"{"format":1,"data":[1,2]}"#,
            "{\"format\":1,\"data\":\"\u{fffd}",
        ] {
            assert!(
                matches!(
                    decode::<Lang>(Some(raw)),
                    Read::Unreadable | Read::Newer { .. }
                ),
                "{raw}"
            );
        }
        assert_eq!(decode::<Lang>(None), Read::Missing);
    }
}
