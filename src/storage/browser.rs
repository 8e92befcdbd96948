//! The browser side: localStorage through gloo-storage, guarded so that a
//! missing or blocked storage is an error value, never a panic. Everything
//! it decides is in the plain functions of `records` and `envelope`.
use super::envelope::{decode, encode, open, Read};
use super::records::{decode_history, History, HistoryRead, LoadedHistory, Recovered, SavedCheck};
use super::{StoreError, BACKUP_SUFFIX, LANG_KEY, RESULTS_KEY};
use crate::assessment::text::Lang;
use gloo_storage::{LocalStorage, Storage};
use js_sys::{Function, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

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

/// At most this many backups of unreadable values are kept per key.
pub const MAX_BACKUPS: usize = 3;

/// The backup keys of `key`, newest first: `key.backup`, `key.backup-2`, …
fn backup_keys(key: &str) -> Vec<String> {
    (1..=MAX_BACKUPS)
        .map(|n| match n {
            1 => format!("{key}{BACKUP_SUFFIX}"),
            n => format!("{key}{BACKUP_SUFFIX}-{n}"),
        })
        .collect()
}

/// The stored value of `key` as the browser holds it (a JS string, byte for
/// byte, lone surrogates included), or null.
fn raw_js(storage: &JsValue, key: &str) -> Result<JsValue, StoreError> {
    let get: Function = Reflect::get(storage, &"getItem".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(StoreError::Unavailable)?;
    get.call1(storage, &key.into())
        .map_err(|_| StoreError::Unavailable)
}

fn put_js(storage: &JsValue, key: &str, value: &JsValue) -> Result<(), StoreError> {
    let set: Function = Reflect::get(storage, &"setItem".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(StoreError::Unavailable)?;
    set.call2(storage, &key.into(), value)
        .map(|_| ())
        .map_err(|_| StoreError::WriteFailed)
}

/// Keeps the current value of `key` aside before anything new is written,
/// exactly as stored. One backup per distinct value: if the same value is
/// kept already, that backup is the one. At most `MAX_BACKUPS`: a new value
/// becomes the newest and the oldest goes. Returns the backup's key.
pub fn back_up(key: &str) -> Result<String, StoreError> {
    if !available() {
        return Err(StoreError::Unavailable);
    }
    let storage: JsValue = LocalStorage::raw().into();
    let value = raw_js(&storage, key)?;
    let keys = backup_keys(key);
    let mut kept = Vec::with_capacity(keys.len());
    for k in &keys {
        let v = raw_js(&storage, k)?;
        if v == value {
            return Ok(k.clone());
        }
        kept.push(v);
    }
    // Shift the older ones down (the oldest falls off), then the new one first.
    for i in (1..keys.len()).rev() {
        if !kept[i - 1].is_null() {
            put_js(&storage, &keys[i], &kept[i - 1])?;
        }
    }
    put_js(&storage, &keys[0], &value)?;
    Ok(keys[0].clone())
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
        HistoryRead::Found { checks, dropped } => LoadedHistory {
            checks,
            recovered: Some(Recovered {
                dropped,
                backup: back_up(RESULTS_KEY).ok(),
            }),
            ..Default::default()
        },
        HistoryRead::Newer { format, checks } => LoadedHistory {
            checks,
            newer: Some(format),
            ..Default::default()
        },
        HistoryRead::Unreadable => {
            let backup = back_up(RESULTS_KEY).ok();
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
            back_up(RESULTS_KEY)?;
            checks
        }
        HistoryRead::Newer { .. } => return Err(StoreError::NewerData),
        HistoryRead::Unreadable => {
            back_up(RESULTS_KEY)?;
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
