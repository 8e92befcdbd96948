//! The browser side: localStorage through gloo-storage, guarded so that a
//! missing or blocked storage is an error value, never a panic. Everything
//! it decides is in the plain functions of `records` and `envelope`.
use super::envelope::{decode, encode, open, Read};
use super::records::{decode_history, History, HistoryRead, LoadedHistory, Recovered, SavedCheck};
use super::{StoreError, BACKUP_SUFFIX, LANG_KEY, RESULTS_KEY};
use crate::assessment::text::Lang;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

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

fn put(key: &str, raw: &str) -> Result<(), StoreError> {
    LocalStorage::raw()
        .set_item(key, raw)
        .map_err(|_| StoreError::WriteFailed)
}

pub fn read<T: DeserializeOwned>(key: &str) -> Result<Read<T>, StoreError> {
    Ok(decode(read_raw(key)?.as_deref()))
}

/// Writes `data` unless the key holds data of a newer format.
pub fn write<T: Serialize>(key: &str, data: &T) -> Result<(), StoreError> {
    if let Some(Read::Newer { .. }) = read_raw(key)?.as_deref().map(open) {
        return Err(StoreError::NewerData);
    }
    put(key, &encode(data))
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
    put(&backup, raw)?;
    Ok(backup)
}

/// The saved checks, and anything the user should be told about them.
pub fn load_history() -> Result<LoadedHistory, StoreError> {
    let raw = read_raw(RESULTS_KEY)?;
    let raw_text = raw.as_deref().unwrap_or_default();
    Ok(match decode_history(raw.as_deref()) {
        HistoryRead::Missing => LoadedHistory::default(),
        HistoryRead::Found { checks, dropped: 0 } => LoadedHistory {
            checks,
            ..Default::default()
        },
        HistoryRead::Found { checks, dropped } => LoadedHistory {
            checks,
            recovered: Some(Recovered {
                dropped,
                backup: back_up(RESULTS_KEY, raw_text).ok(),
            }),
            ..Default::default()
        },
        HistoryRead::Newer { format, checks } => LoadedHistory {
            checks,
            newer: Some(format),
            ..Default::default()
        },
        HistoryRead::Unreadable => {
            let backup = back_up(RESULTS_KEY, raw_text).ok();
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
    let history = History {
        checks: change(current),
    };
    // Just read and not newer: written without reading it a second time.
    put(RESULTS_KEY, &encode(&history))?;
    Ok(history.checks)
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
