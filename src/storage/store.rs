//! Everything Back Check keeps, through one `Backend`: reading (which never
//! writes) and each change the runner makes. Starting a tab is `start`; the
//! repair that runs then and before an import is `repair`.
use super::backend::Backend;
use super::envelope::{decode, encode, is_newer, open, Read};
use super::keys::{check_key, Key, LANG_KEY};
use super::records::{
    decode_check_list, read_newer_check, sorted_checks, CheckId, Draft, ListRead, SavedCheck,
    StoreError,
};
use crate::assessment::answers::Answers;
use crate::assessment::text::Lang;
use serde::Serialize;
use std::collections::HashSet;

/// At most this many drafts are kept (of tabs long closed, the oldest go).
pub const MAX_DRAFTS: usize = 5;

/// The saved checks, as read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checks {
    /// Oldest first, each id once.
    pub checks: Vec<SavedCheck>,
    /// The newest storage format found, when newer than this app's: the
    /// checks are then shown read-only, and nothing is added or deleted.
    pub newer: Option<u32>,
    /// Keys under which no check could be read: left out now, set aside at
    /// the next start.
    pub damaged: Vec<String>,
}

/// What is saved on this device, as read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    pub checks: Checks,
    /// Other tabs' checks in progress (readable, with answers).
    pub drafts: Vec<Draft>,
    /// How many copies of unreadable data are kept.
    pub kept: usize,
}

impl Saved {
    /// The check in progress in another tab (or an earlier visit) to offer
    /// to continue: the latest that is not finished, that is, whose answers
    /// are not those of a check saved since it was last written.
    pub fn draft_to_continue(&self) -> Option<&Draft> {
        self.drafts
            .iter()
            .filter(|d| {
                let visible = d.answers.visible();
                // The day it was written (UTC), a day early for time zones.
                let since = (d.updated / 86_400_000) as i32 - 1;
                !self
                    .checks
                    .checks
                    .iter()
                    .any(|c| c.date.days() >= since && c.answers == visible)
            })
            .max_by_key(|d| d.updated)
    }
}

/// Reads every saved check. Never writes.
pub fn read_checks<B: Backend>(b: &B) -> Checks {
    let mut out = Checks::default();
    let mut found = Vec::new();
    for key in b.keys() {
        let id = match Key::of(&key) {
            Key::Check(id) => id,
            Key::Results => {
                read_old_list(b, &key, &mut found, &mut out);
                continue;
            }
            _ => continue,
        };
        let Ok(Some(raw)) = b.get_text(&key) else {
            continue;
        };
        match decode::<SavedCheck>(Some(&raw)) {
            Read::Found(c) if Some(c.id) == id && c.is_plausible() => found.push(c),
            Read::Newer { format } => {
                out.newer = out.newer.max(Some(format));
                found.extend(read_newer_check(&raw));
            }
            _ => out.damaged.push(key),
        }
    }
    out.checks = sorted_checks(found);
    out
}

/// The checks of the list an older app kept (moved at start; read here so
/// that nothing is missing if an older app in another tab writes it again).
fn read_old_list<B: Backend>(b: &B, key: &str, found: &mut Vec<SavedCheck>, out: &mut Checks) {
    match decode_check_list(b.get_text(key).ok().flatten().as_deref()) {
        ListRead::Found { checks, dropped } => {
            found.extend(checks);
            if dropped > 0 {
                out.damaged.push(key.to_owned());
            }
        }
        ListRead::Newer { format, checks } => {
            out.newer = out.newer.max(Some(format));
            found.extend(checks);
        }
        ListRead::Unreadable => out.damaged.push(key.to_owned()),
        ListRead::Missing => {}
    }
}

/// Other tabs' readable drafts with answers. Never writes.
pub fn read_drafts<B: Backend>(b: &B, own: &str) -> Vec<Draft> {
    b.keys()
        .into_iter()
        .filter(|k| Key::of(k) == Key::Draft && k != own)
        .filter_map(|k| match decode::<Draft>(b.get_text(&k).ok()?.as_deref()) {
            Read::Found(d) if d.answers != Answers::default() => Some(d),
            _ => None,
        })
        .collect()
}

/// How many copies of unreadable data are kept. Never writes.
pub fn read_kept<B: Backend>(b: &B) -> usize {
    b.keys().iter().filter(|k| Key::of(k) == Key::Kept).count()
}

/// The copies of unreadable data, by key, exactly as stored.
pub fn kept_values<B: Backend>(b: &B) -> Vec<(String, B::Raw)> {
    let mut keys: Vec<String> = b
        .keys()
        .into_iter()
        .filter(|k| Key::of(k) == Key::Kept)
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .filter_map(|k| Some((k.clone(), b.get(&k).ok()??)))
        .collect()
}

/// Everything saved, as read. Never writes.
pub fn read<B: Backend>(b: &B, own_draft: &str) -> Saved {
    Saved {
        checks: read_checks(b),
        drafts: read_drafts(b, own_draft),
        kept: read_kept(b),
    }
}

pub fn read_lang<B: Backend>(b: &B) -> Option<Lang> {
    match decode(b.get_text(LANG_KEY).ok().flatten().as_deref()) {
        Read::Found(lang) => Some(lang),
        _ => None,
    }
}

/// Writes `data` unless `key` holds data of a newer format.
pub(super) fn write<B: Backend, T: Serialize>(
    b: &B,
    key: &str,
    data: &T,
) -> Result<(), StoreError> {
    if let Some(Read::Newer { .. }) = b.get_text(key)?.as_deref().map(open) {
        return Err(StoreError::NewerData);
    }
    b.set_text(key, &encode(data))
}

/// Whether any saved check is from a newer app (then nothing is added or
/// deleted: the newer app's data stays as it wrote it). Reads only each
/// envelope's format.
fn newer_present<B: Backend>(b: &B) -> bool {
    b.keys()
        .iter()
        .filter(|k| matches!(Key::of(k), Key::Check(_) | Key::Results))
        .any(|k| matches!(b.get_text(k), Ok(Some(raw)) if is_newer(&raw)))
}

/// Saves one check under its own key: nothing is read, changed and written
/// back, so two tabs saving at the same moment both keep their check.
pub fn save_check<B: Backend>(b: &B, check: &SavedCheck) -> Result<(), StoreError> {
    if newer_present(b) {
        return Err(StoreError::NewerData);
    }
    write(b, &check_key(check.id), check)
}

/// Adds the checks not on the device yet (after the repair an import
/// runs); returns those it added.
pub fn add_checks<B: Backend>(
    b: &B,
    incoming: Vec<SavedCheck>,
) -> Result<Vec<SavedCheck>, StoreError> {
    let mut adding = Adding::new(b, incoming)?;
    while !adding.step(b, usize::MAX)? {}
    Ok(adding.added)
}

/// Checks being added a few at a time (each is written under its own key).
pub struct Adding {
    /// The keys there were when it began.
    present: HashSet<String>,
    incoming: std::vec::IntoIter<SavedCheck>,
    /// The checks added so far.
    pub added: Vec<SavedCheck>,
}

impl Adding {
    /// Refused while data from a newer app is on the device.
    pub fn new<B: Backend>(b: &B, incoming: Vec<SavedCheck>) -> Result<Adding, StoreError> {
        if newer_present(b) {
            return Err(StoreError::NewerData);
        }
        Ok(Adding {
            present: b.keys().into_iter().collect(),
            incoming: incoming.into_iter(),
            added: Vec::new(),
        })
    }

    /// Writes up to `n` more; `Ok(true)` once all are written.
    pub fn step<B: Backend>(&mut self, b: &B, n: usize) -> Result<bool, StoreError> {
        for c in self.incoming.by_ref().take(n) {
            let key = check_key(c.id);
            if !self.present.contains(&key) {
                b.set_text(&key, &encode(&c))?;
                self.added.push(c);
            }
        }
        Ok(self.incoming.len() == 0)
    }
}

/// What a deletion took away, exactly as stored: `restore` puts it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed<R> {
    pub entries: Vec<(String, R)>,
}

fn remove_all<B: Backend>(
    b: &B,
    keys: impl IntoIterator<Item = String>,
) -> Result<Removed<B::Raw>, StoreError> {
    if newer_present(b) {
        return Err(StoreError::NewerData);
    }
    let mut entries = Vec::new();
    for key in keys {
        if let Some(raw) = b.get(&key)? {
            b.remove(&key)?;
            entries.push((key, raw));
        }
    }
    Ok(Removed { entries })
}

/// Deletes one saved check.
pub fn delete_check<B: Backend>(b: &B, id: CheckId) -> Result<Removed<B::Raw>, StoreError> {
    remove_all(b, [check_key(id)])
}

/// Deletes every saved check, readable or not, and every copy of
/// unreadable data: nothing of them comes back, here or in another tab.
pub fn delete_all<B: Backend>(b: &B) -> Result<Removed<B::Raw>, StoreError> {
    let keys = b.keys().into_iter().filter(|k| Key::of(k).holds_checks());
    remove_all(b, keys.collect::<Vec<_>>())
}

/// Puts back what a deletion took away, where nothing was written since.
pub fn restore<B: Backend>(b: &B, removed: &Removed<B::Raw>) -> Result<(), StoreError> {
    for (key, raw) in &removed.entries {
        if b.get(key)?.is_none() {
            b.set(key, raw)?;
        }
    }
    Ok(())
}

/// Writes this tab's draft; no answers: no draft. Keeps at most
/// `MAX_DRAFTS`: the oldest of other tabs go.
pub fn save_draft<B: Backend>(b: &B, own: &str, draft: &Draft) -> Result<(), StoreError> {
    if draft.answers == Answers::default() {
        return b.remove(own);
    }
    write(b, own, draft)?;
    let mut others: Vec<(u64, String)> = b
        .keys()
        .into_iter()
        .filter(|k| Key::of(k) == Key::Draft && k != own)
        .filter_map(|k| match decode::<Draft>(b.get_text(&k).ok()?.as_deref()) {
            Read::Found(d) => Some((d.updated, k)),
            _ => None,
        })
        .collect();
    if others.len() >= MAX_DRAFTS {
        others.sort_unstable(); // oldest first
        for (_, k) in others.iter().take(others.len() + 1 - MAX_DRAFTS) {
            b.remove(k)?;
        }
    }
    Ok(())
}

pub fn remove_draft<B: Backend>(b: &B, own: &str) -> Result<(), StoreError> {
    b.remove(own)
}

pub fn save_lang<B: Backend>(b: &B, lang: Lang) -> Result<(), StoreError> {
    write(b, LANG_KEY, &lang)
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
