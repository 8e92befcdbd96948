//! The browser side: localStorage through gloo-storage, guarded so that a
//! missing or blocked storage is an error value, never a panic. Everything
//! it decides is in the plain functions of `records` and `envelope`.
use super::envelope::{decode, encode, open, Read};
use super::records::Draft;
use super::records::{
    check_key, decode_history, read_newer_check, sorted_checks, HistoryRead, LoadedHistory,
    Recovered, SavedCheck, CHECK_PREFIX,
};
use super::{
    StoreError, BACKUP_SUFFIX, DRAFT_KEY, DRAFT_PREFIX, LANG_KEY, MAX_DRAFTS, RESULTS_KEY,
};
use crate::assessment::answers::Answers;
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

/// Whether something can be written now: a small value under its own key,
/// written and removed again. `false` when storage is blocked or full.
pub fn writable() -> bool {
    const PROBE: &str = "backcheck.probe";
    available() && put(PROBE, "1").is_ok() && {
        remove(PROBE);
        true
    }
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

/// Every key in localStorage that starts with `prefix`.
fn keys_with(prefix: &str) -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let store = LocalStorage::raw();
    let n = store.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Moves checks kept by an older app in one list (`RESULTS_KEY`) to one key
/// each. The list goes once every readable check has its own key; what could
/// not be read is kept aside first. A list from a newer app stays untouched:
/// its format is returned.
fn move_legacy_list(recovered: &mut Option<Recovered>) -> Result<Option<u32>, StoreError> {
    let Some(raw) = read_raw(RESULTS_KEY)? else {
        return Ok(None);
    };
    let (checks, unreadable) = match decode_history(Some(&raw)) {
        HistoryRead::Newer { format, .. } => return Ok(Some(format)),
        HistoryRead::Found { checks, dropped } => (checks, (dropped > 0).then_some(dropped)),
        HistoryRead::Missing => (Vec::new(), None),
        // The whole value: 0 entries could be told apart.
        HistoryRead::Unreadable => (Vec::new(), Some(0)),
    };
    if let Some(dropped) = unreadable {
        let backup = Some(back_up(RESULTS_KEY)?);
        *recovered = Some(Recovered { dropped, backup });
    }
    for c in &checks {
        let key = check_key(&c.id);
        if read_raw(&key)?.is_none() {
            put(&key, &encode(c))?;
        }
    }
    remove(RESULTS_KEY);
    Ok(None)
}

/// The saved checks, one key each, and anything the runner must be told:
/// unreadable entries kept aside, or data from a newer app (then read-only).
pub fn load_history() -> Result<LoadedHistory, StoreError> {
    let mut recovered = None;
    let mut newer = move_legacy_list(&mut recovered)?;
    let mut checks = Vec::new();
    for key in keys_with(CHECK_PREFIX) {
        let raw = read_raw(&key)?;
        match decode::<SavedCheck>(raw.as_deref()) {
            Read::Found(c) if c.is_plausible() && key == check_key(&c.id) => checks.push(c),
            Read::Newer { format } => {
                newer = Some(newer.map_or(format, |n| n.max(format)));
                // Shown as far as this app can read it; never written.
                checks.extend(raw.as_deref().and_then(read_newer_check));
            }
            Read::Missing => {}
            Read::Found(_) | Read::Unreadable => {
                let backup = back_up(&key).ok();
                if backup.is_some() {
                    remove(&key);
                }
                let r = recovered.get_or_insert(Recovered::default());
                r.dropped += 1;
                r.backup = backup.or(r.backup.take());
            }
        }
    }
    Ok(LoadedHistory {
        checks: sorted_checks(checks),
        recovered,
        newer,
    })
}

/// Saves one check under its own key: nothing is read, changed and written
/// back, so two tabs saving at the same moment both keep their check.
/// Refused while data from a newer app is on the device.
pub fn save_check(check: &SavedCheck) -> Result<Vec<SavedCheck>, StoreError> {
    let loaded = load_history()?;
    if loaded.newer.is_some() {
        return Err(StoreError::NewerData);
    }
    put(&check_key(&check.id), &encode(check))?;
    Ok(load_history()?.checks)
}

/// Adds the checks not on the device yet; returns the history and how many
/// were added.
pub fn add_checks(incoming: Vec<SavedCheck>) -> Result<(Vec<SavedCheck>, usize), StoreError> {
    if load_history()?.newer.is_some() {
        return Err(StoreError::NewerData);
    }
    let mut added = 0;
    for c in incoming {
        let key = check_key(&c.id);
        if read_raw(&key)?.is_none() {
            put(&key, &encode(&c))?;
            added += 1;
        }
    }
    Ok((load_history()?.checks, added))
}

/// Deletes the checks `keep` says no to; returns the history left and the
/// checks deleted (to undo with `add_checks`).
pub fn delete_checks(
    keep: impl Fn(&SavedCheck) -> bool,
) -> Result<(Vec<SavedCheck>, Vec<SavedCheck>), StoreError> {
    let loaded = load_history()?;
    if loaded.newer.is_some() {
        return Err(StoreError::NewerData);
    }
    let removed: Vec<SavedCheck> = loaded.checks.into_iter().filter(|c| !keep(c)).collect();
    for c in &removed {
        remove(&check_key(&c.id));
    }
    Ok((load_history()?.checks, removed))
}

/// This tab's id, kept in sessionStorage: the same across reloads of this
/// tab, new in every other tab.
fn tab_id() -> Option<String> {
    const TAB_KEY: &str = "backcheck.tab";
    let session = web_sys::window()?.session_storage().ok()??;
    if let Ok(Some(id)) = session.get_item(TAB_KEY) {
        return Some(id);
    }
    let id = format!("{:x}", (js_sys::Math::random() * 1e15) as u64);
    session.set_item(TAB_KEY, &id).ok()?;
    Some(id)
}

/// This tab's draft key, or the shared one where sessionStorage is missing.
pub fn own_draft_key() -> String {
    tab_id().map_or_else(|| DRAFT_KEY.to_owned(), |t| format!("{DRAFT_PREFIX}{t}"))
}

/// What this tab finds of its questionnaire in progress.
pub enum DraftFound {
    Found(Box<Draft>),
    /// Could not be read: kept aside, and this tab starts afresh.
    Unreadable,
    Missing,
}

/// This tab's draft; else the one draft an older app shared between tabs,
/// taken over under this tab's key.
pub fn load_draft() -> DraftFound {
    let own = own_draft_key();
    for key in [own.as_str(), DRAFT_KEY] {
        let Ok(raw) = read_raw(key) else {
            return DraftFound::Missing;
        };
        match decode::<Draft>(raw.as_deref()) {
            Read::Found(d) => {
                if key != own {
                    let _ = write(&own, &d);
                    remove(key);
                }
                return DraftFound::Found(Box::new(d));
            }
            Read::Unreadable => {
                if back_up(key).is_ok() {
                    remove(key);
                }
                return DraftFound::Unreadable;
            }
            Read::Missing | Read::Newer { .. } => {}
        }
    }
    DraftFound::Missing
}

/// The most recent draft of another tab (or of a browser session that has
/// ended): offered to continue, never taken from it.
pub fn other_draft() -> Option<Answers> {
    let own = own_draft_key();
    keys_with(DRAFT_PREFIX)
        .into_iter()
        .filter(|k| *k != own)
        .filter_map(|k| match decode::<Draft>(read_raw(&k).ok()?.as_deref()) {
            Read::Found(d) if d.answers != Answers::default() => Some(d),
            _ => None,
        })
        .max_by_key(|d| d.updated)
        .map(|d| d.answers)
}

/// Writes this tab's draft (a re-check of `recheck_of`, if given); no
/// answers: no draft. Keeps at most `MAX_DRAFTS`, the oldest of other tabs go.
pub fn save_draft(answers: &Answers, recheck_of: Option<&str>) -> Result<(), StoreError> {
    let own = own_draft_key();
    if *answers == Answers::default() {
        remove(&own);
        return Ok(());
    }
    let draft = Draft {
        answers: answers.clone(),
        updated: js_sys::Date::now() as u64,
        recheck_of: recheck_of.map(str::to_owned),
    };
    write(&own, &draft)?;
    let mut others: Vec<(u64, String)> = keys_with(DRAFT_PREFIX)
        .into_iter()
        .filter(|k| *k != own)
        .map(|k| {
            let updated = match decode::<Draft>(read_raw(&k).ok().flatten().as_deref()) {
                Read::Found(d) => d.updated,
                _ => 0,
            };
            (updated, k)
        })
        .collect();
    if others.len() >= MAX_DRAFTS {
        others.sort(); // oldest first
        for (_, k) in others.iter().take(others.len() + 1 - MAX_DRAFTS) {
            remove(k);
        }
    }
    Ok(())
}

pub fn remove_draft() {
    remove(&own_draft_key());
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
