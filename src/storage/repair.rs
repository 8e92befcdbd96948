//! The repair that runs once at start and before an import: copies earlier
//! apps kept under the data's own keys moved under `KEPT_PREFIX`, the old
//! list of all checks moved to one key per check, every entry that cannot
//! be read set aside. Each distinct value is kept once.
use super::backend::Backend;
use super::encode;
use super::keys::{check_key, hash, kept_key, Key, RESULTS_KEY};
use super::records::{decode_check_list, ListRead, StoreError};
use super::store::{read_checks, Checks};
use std::collections::HashSet;

/// Saved checks that could not be read and were set aside just now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Recovered {
    /// How many (`None`: a whole list of them, so it is not known).
    pub count: Option<usize>,
    /// A copy of each is kept; `false`: one or more could not be copied and
    /// were left where they were, out of the history.
    pub kept: bool,
}

impl Recovered {
    /// Adds `count` more (`None`: a whole list), copied or not.
    fn add(this: &mut Option<Recovered>, count: Option<usize>, kept: bool) {
        let r = this.get_or_insert(Recovered {
            count: Some(0),
            kept: true,
        });
        r.count = r.count.zip(count).map(|(a, b)| a + b);
        r.kept &= kept;
    }
}

/// Copies the value of `key` under the copies' prefix (named after `from`,
/// where the data first was), then removes `key`. The same value is kept
/// once: set aside twice, by two tabs at once or after a crash between the
/// copy and the removal, it lands on the same copy. Returns the copy's key
/// (`None`: there was nothing under `key`).
pub fn set_aside<B: Backend>(b: &B, key: &str, from: &str) -> Result<Option<String>, StoreError> {
    let Some(kept) = copy_aside(b, key, from)? else {
        return Ok(None);
    };
    b.remove(key)?;
    Ok(Some(kept))
}

/// Copies `key`'s value aside, once per distinct value, and leaves it.
pub(super) fn copy_aside<B: Backend>(
    b: &B,
    key: &str,
    from: &str,
) -> Result<Option<String>, StoreError> {
    let Some(raw) = b.get(key)? else {
        return Ok(None);
    };
    let h = hash(&B::text(&raw));
    // Another value with the same hash takes the next number.
    for n in 1..100 {
        let k = kept_key(from, h, n);
        match b.get(&k)? {
            Some(v) if v == raw => return Ok(Some(k)),
            Some(_) => {}
            None => {
                b.set(&k, &raw)?;
                return Ok(Some(k));
            }
        }
    }
    Err(StoreError::Full)
}

/// Moves the copies earlier apps kept under the data's own prefix to the
/// copies' prefix, one per distinct value. Returns the copies of saved
/// checks (results that could not be read), and whether all could be moved.
fn move_old_copies<B: Backend>(b: &B, copies: &mut HashSet<String>) -> bool {
    let mut moved = true;
    for key in b.keys() {
        if let Key::OldCopy(from) = Key::of(&key) {
            let of_checks = Key::of(&from).holds_checks();
            match set_aside(b, &key, &from) {
                Ok(Some(kept)) if of_checks => {
                    copies.insert(kept);
                }
                Ok(_) => {}
                Err(_) => moved &= !of_checks,
            }
        }
    }
    moved
}

/// Moves the checks an older app kept in one list to one key each; what
/// could not be read is copied aside first. A list from a newer app stays,
/// and so does a list that could not be copied or moved whole (its checks
/// are still read from it).
fn move_old_list<B: Backend>(b: &B, recovered: &mut Option<Recovered>) {
    let Ok(raw) = b.get_text(RESULTS_KEY) else {
        return;
    };
    let (checks, lost) = match decode_check_list(raw.as_deref()) {
        ListRead::Missing | ListRead::Newer { .. } => return,
        ListRead::Found { checks, dropped } => (checks, (dropped > 0).then_some(Some(dropped))),
        ListRead::Unreadable => (Vec::new(), Some(None)),
    };
    if let Some(count) = lost {
        let kept = copy_aside(b, RESULTS_KEY, RESULTS_KEY).is_ok();
        Recovered::add(recovered, count, kept);
        if !kept {
            return;
        }
    }
    let moved = checks.iter().all(|c| {
        let key = check_key(c.id);
        matches!(b.get(&key), Ok(Some(_))) || b.set_text(&key, &encode(c)).is_ok()
    });
    if moved {
        let _ = b.remove(RESULTS_KEY);
    }
}

/// Repairs what earlier apps, damage or another tab left: old copies moved
/// under their own prefix, the old list moved to one key per check, and
/// every entry that cannot be read set aside. Runs at start and before an
/// import; running it again changes nothing. Returns what was set aside
/// (each distinct value counted once) and the saved checks as they are then.
pub fn repair<B: Backend>(b: &B) -> (Option<Recovered>, Checks) {
    let mut recovered = None;
    move_old_list(b, &mut recovered);
    let mut copies = HashSet::new();
    let mut kept = move_old_copies(b, &mut copies);
    let mut checks = read_checks(b);
    // The old list, if still there, was dealt with just now.
    checks.damaged.retain(|key| {
        key == RESULTS_KEY
            || match set_aside(b, key, key) {
                Ok(copy) => {
                    copies.extend(copy);
                    false
                }
                Err(_) => {
                    kept = false;
                    true
                }
            }
    });
    let left = checks.damaged.iter().filter(|k| *k != RESULTS_KEY).count();
    if !copies.is_empty() || left > 0 {
        Recovered::add(&mut recovered, Some(copies.len() + left), kept);
    }
    (recovered, checks)
}
