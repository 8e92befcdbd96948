//! Every localStorage key Back Check uses, and what a key found there is.
//!
//! Data lives under `backcheck.check.<id>` (one finished check each),
//! `backcheck.draft.<tab>` (each tab's questionnaire in progress) and
//! `backcheck.lang`. Copies of unreadable data live under their own prefix,
//! `backcheck.kept.`, which no reader of checks or drafts ever looks at: a
//! copy is never taken for data, so it is never set aside again.
use super::records::CheckId;

/// The language the runner chose.
pub const LANG_KEY: &str = "backcheck.lang";
/// Where apps before per-tab drafts kept the one draft all tabs shared; a
/// tab that finds it at start takes it over under its own key.
pub const DRAFT_KEY: &str = "backcheck.draft";
/// Each tab's questionnaire in progress: a second tab never changes it.
pub const DRAFT_PREFIX: &str = "backcheck.draft.";
/// Where apps before per-check keys kept every check in one list; moved to
/// one key per check at start.
pub const RESULTS_KEY: &str = "backcheck.results";
/// Each finished check under its own key: saving never reads, changes and
/// writes back a list another tab may be writing too.
pub const CHECK_PREFIX: &str = "backcheck.check.";
/// Copies of unreadable data, named after where they came from
/// (`kept.check.<id>.…`, `kept.results.…`, `kept.draft.<tab>.…`).
pub const KEPT_PREFIX: &str = "backcheck.kept.";
/// How earlier apps named a copy: the key itself with this appended (and
/// `-2`, `-3` for older copies). Found under the check and draft prefixes,
/// such keys were read as data and copied again and again; `repair` moves
/// them under `KEPT_PREFIX`.
const OLD_COPY: &str = ".backup";

/// The key of a saved check.
pub fn check_key(id: CheckId) -> String {
    format!("{CHECK_PREFIX}{id}")
}

/// A key of Back Check's, by what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Lang,
    /// The draft all tabs shared (before per-tab drafts).
    SharedDraft,
    /// A tab's draft.
    Draft,
    /// The old list of all checks.
    Results,
    /// A saved check, if the key names one: `None` for anything else under
    /// the check prefix (that entry cannot be read as a check).
    Check(Option<CheckId>),
    /// A copy of unreadable data.
    Kept,
    /// A copy an earlier app kept under the data's own prefix (`….backup`,
    /// `….backup-2`, `….backup.backup…`), with the key it was copied from.
    OldCopy(String),
    /// Not Back Check's, or not one it knows.
    Other,
}

impl Key {
    pub fn of(key: &str) -> Key {
        if let Some(at) = key.find(OLD_COPY) {
            let from = &key[..at];
            if [RESULTS_KEY, DRAFT_KEY].contains(&from)
                || from.starts_with(CHECK_PREFIX)
                || from.starts_with(DRAFT_PREFIX)
            {
                return Key::OldCopy(from.to_owned());
            }
        }
        if key.starts_with(KEPT_PREFIX) {
            return Key::Kept;
        }
        if let Some(id) = key.strip_prefix(CHECK_PREFIX) {
            return Key::Check(id.parse().ok().filter(|id| check_key(*id) == key));
        }
        if key.starts_with(DRAFT_PREFIX) {
            return Key::Draft;
        }
        match key {
            LANG_KEY => Key::Lang,
            DRAFT_KEY => Key::SharedDraft,
            RESULTS_KEY => Key::Results,
            _ => Key::Other,
        }
    }

    /// Whether the saved checks (and their copies) are kept under `key`: a
    /// change there changes the history.
    pub fn holds_checks(&self) -> bool {
        matches!(
            self,
            Key::Results | Key::Check(_) | Key::Kept | Key::OldCopy(_)
        )
    }
}

/// Where a copy of the value of `from` goes: under `KEPT_PREFIX`, named
/// after where it came from and a hash of the value. The same value set
/// aside twice (by two tabs at once, or again after a crash) lands on the
/// same key. `n` > 1 only when another value already has that hash.
pub fn kept_key(from: &str, value_hash: u64, n: u32) -> String {
    let from = from.strip_prefix("backcheck.").unwrap_or(from);
    match n {
        0 | 1 => format!("{KEPT_PREFIX}{from}.{value_hash:016x}"),
        n => format!("{KEPT_PREFIX}{from}.{value_hash:016x}-{n}"),
    }
}

/// FNV-1a, 64 bits: a stable name for a value (not a security measure).
pub fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_told_apart() {
        let id: CheckId = "1795000000000123".parse().unwrap();
        assert_eq!(Key::of(&check_key(id)), Key::Check(Some(id)));
        assert_eq!(Key::of("backcheck.check.12x"), Key::Check(None));
        assert_eq!(Key::of("backcheck.check.0123"), Key::Check(None));
        assert_eq!(Key::of("backcheck.draft.3fa9"), Key::Draft);
        assert_eq!(Key::of(DRAFT_KEY), Key::SharedDraft);
        assert_eq!(Key::of(RESULTS_KEY), Key::Results);
        assert_eq!(Key::of(LANG_KEY), Key::Lang);
        assert_eq!(Key::of("backcheck.probe"), Key::Other);
        assert_eq!(Key::of("other.app"), Key::Other);
        for (old, from) in [
            ("backcheck.check.17.backup", "backcheck.check.17"),
            (
                "backcheck.check.17.backup.backup-2.backup",
                "backcheck.check.17",
            ),
            ("backcheck.results.backup-3", RESULTS_KEY),
            ("backcheck.draft.backup", DRAFT_KEY),
            ("backcheck.draft.3fa9.backup", "backcheck.draft.3fa9"),
        ] {
            assert_eq!(Key::of(old), Key::OldCopy(from.to_owned()), "{old}");
        }
        assert_eq!(Key::of("other.app.backup"), Key::Other);
        let kept = kept_key("backcheck.check.17", hash("x"), 1);
        assert!(kept.starts_with("backcheck.kept.check.17."), "{kept}");
        assert_eq!(Key::of(&kept), Key::Kept);
        assert!(kept_key(RESULTS_KEY, 7, 2).ends_with(".0000000000000007-2"));
        assert_eq!(Key::of(&kept_key("backcheck.draft.3fa9", 7, 1)), Key::Kept);
        // No copy is ever read as a check or a draft.
        for k in [kept, kept_key(DRAFT_KEY, 1, 1)] {
            assert!(
                !k.starts_with(CHECK_PREFIX) && !k.starts_with(DRAFT_PREFIX),
                "{k}"
            );
        }
    }
}
