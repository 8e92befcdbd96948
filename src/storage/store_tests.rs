//! The store's rules against an in-memory localStorage.
use super::*;
use crate::assessment::answer::Answer;
use crate::assessment::questions::QuestionId;
use crate::storage::backend::Memory;
use crate::storage::keys::{CHECK_PREFIX, DRAFT_KEY, DRAFT_PREFIX, KEPT_PREFIX, RESULTS_KEY};
use crate::storage::records::tests::{check, id};
use crate::storage::repair::{copy_aside, set_aside, Recovered};
use crate::storage::start::start;
use crate::storage::CheckList;

const OWN: &str = "backcheck.draft.aaa";

fn stored(c: &SavedCheck) -> (String, String) {
    (check_key(c.id), encode(c))
}

fn draft(pain: u8, updated: u64) -> Draft {
    let mut d = Draft {
        updated,
        ..Draft::default()
    };
    d.answers.set(QuestionId::PainNow, &Answer::Scale(pain));
    d
}

fn keys_under(m: &Memory, prefix: &str) -> Vec<String> {
    m.keys()
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// A device with a bit of everything: good and damaged checks, the old
/// list, drafts, copies old and new, the language.
fn busy_device() -> Memory {
    let (k1, v1) = stored(&check(1, 3));
    Memory::with([
        (k1, v1),
        (format!("{CHECK_PREFIX}2"), "{oops".into()),
        (format!("{CHECK_PREFIX}2.backup"), "{oops".into()),
        (format!("{CHECK_PREFIX}x"), encode(&check(3, 4))),
        (
            RESULTS_KEY.into(),
            encode(&CheckList {
                checks: vec![check(4, 5)],
            }),
        ),
        (OWN.into(), encode(&draft(3, 5))),
        (format!("{DRAFT_PREFIX}bbb"), encode(&draft(4, 9))),
        (format!("{KEPT_PREFIX}check.9.00"), "kept".into()),
        (LANG_KEY.into(), encode(&Lang::De)),
    ])
}

#[test]
fn reading_never_writes() {
    let m = busy_device();
    let before = m.entries();
    let saved = read(&m, OWN);
    assert_eq!(read_lang(&m), Some(Lang::De));
    let _ = kept_values(&m);
    assert_eq!((m.writes(), m.entries()), (0, before));
    // What it read: the good check and the old list's, the other tab's
    // draft, one copy; the damaged ones left out and named.
    let ids: Vec<CheckId> = saved.checks.checks.iter().map(|c| c.id).collect();
    assert_eq!(ids, [id(1), id(4)]);
    assert_eq!(saved.checks.damaged.len(), 2, "{:?}", saved.checks.damaged);
    assert_eq!(saved.drafts, [draft(4, 9)]);
    assert_eq!(saved.kept, 1);
}

#[test]
fn a_damaged_entry_is_set_aside_once_and_a_second_start_changes_nothing() {
    let m = busy_device();
    let first = start(&m, OWN);
    let r = first.recovered.expect("told once");
    // Two damaged checks (the old copy holds the same value as one of them).
    assert_eq!(
        r,
        Recovered {
            count: Some(2),
            kept: true
        }
    );
    assert_eq!(first.saved.checks.damaged, Vec::<String>::new());
    assert_eq!(first.saved.checks.checks.len(), 2, "the old list moved");
    assert_eq!(m.get(RESULTS_KEY).unwrap(), None);
    let kept = keys_under(&m, KEPT_PREFIX);
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert!(keys_under(&m, CHECK_PREFIX)
        .iter()
        .all(|k| matches!(Key::of(k), Key::Check(Some(_)))));
    // A second start (another tab, a reload) repairs nothing and says nothing.
    let before = (m.writes(), m.entries());
    let again = start(&m, OWN);
    assert_eq!(again.recovered, None);
    assert_eq!((m.writes(), m.entries()), before);
    assert_eq!(again.saved, first.saved);
}

#[test]
fn two_tabs_setting_the_same_value_aside_keep_one_copy() {
    let m = Memory::with([(format!("{CHECK_PREFIX}7"), "{bad".to_owned())]);
    let key = format!("{CHECK_PREFIX}7");
    // Both read it before either removed it: both copy it.
    let a = copy_aside(&m, &key, &key).unwrap();
    let b = set_aside(&m, &key, &key).unwrap();
    assert_eq!(a, b);
    assert_eq!(
        set_aside(&m, &key, &key).unwrap(),
        None,
        "gone: nothing to do"
    );
    assert_eq!(keys_under(&m, KEPT_PREFIX), [a.unwrap()]);
    assert!(keys_under(&m, CHECK_PREFIX).is_empty());
    // Another value under the same key later: a copy of its own.
    m.set_text(&key, "{worse").unwrap();
    set_aside(&m, &key, &key).unwrap();
    assert_eq!(keys_under(&m, KEPT_PREFIX).len(), 2);
}

#[test]
fn a_full_storage_leaves_damaged_data_where_it_is_and_says_so() {
    let m = Memory::with([(format!("{CHECK_PREFIX}7"), "{bad".to_owned())]);
    m.refuse(Some(StoreError::Full));
    let s = start(&m, OWN);
    assert_eq!(
        s.recovered,
        Some(Recovered {
            count: Some(1),
            kept: false
        })
    );
    assert_eq!(s.saved.checks.damaged, [format!("{CHECK_PREFIX}7")]);
    assert_eq!(m.entries().len(), 1);
}

#[test]
fn the_old_list_moves_to_one_key_per_check_and_its_unreadable_rest_is_copied() {
    let good = serde_json::to_string(&check(1, 3)).unwrap();
    let raw = format!(r#"{{"format":2,"app":"0.1.0","data":{{"checks":[{good},{{"date":5}}]}}}}"#);
    let m = Memory::with([(RESULTS_KEY.to_owned(), raw.clone())]);
    let s = start(&m, OWN);
    assert_eq!(
        s.recovered,
        Some(Recovered {
            count: Some(1),
            kept: true
        })
    );
    assert_eq!(s.saved.checks.checks, [check(1, 3)]);
    assert_eq!(m.get(RESULTS_KEY).unwrap(), None);
    let copies: Vec<String> = kept_values(&m).into_iter().map(|(_, v)| v).collect();
    assert_eq!(copies, [raw]);
    // Wholly unreadable: how many is not known.
    let m = Memory::with([(RESULTS_KEY.to_owned(), "{oops".to_owned())]);
    assert_eq!(
        start(&m, OWN).recovered,
        Some(Recovered {
            count: None,
            kept: true
        })
    );
}

#[test]
fn delete_all_takes_every_check_and_copy_and_nothing_comes_back() {
    let m = busy_device();
    let _ = start(&m, OWN);
    let before = m.entries();
    let removed = delete_all(&m).unwrap();
    assert!(
        m.keys().iter().all(|k| !Key::of(k).holds_checks()),
        "{:?}",
        m.keys()
    );
    assert!(m.get(OWN).unwrap().is_some(), "drafts are not checks");
    // A new tab starts with nothing to say and nothing to show.
    let s = start(&m, "backcheck.draft.ccc");
    assert_eq!((s.recovered, s.saved.kept), (None, 0));
    assert!(s.saved.checks.checks.is_empty());
    // Undo puts back exactly what was there.
    restore(&m, &removed).unwrap();
    assert_eq!(m.entries(), before);
}

#[test]
fn data_from_a_newer_app_is_never_overwritten_and_blocks_changes() {
    let newer = encode(&check(1, 3)).replace(r#""format":2"#, r#""format":9"#);
    let m = Memory::with([(check_key(id(1)), newer.clone())]);
    let s = start(&m, OWN);
    assert_eq!(s.saved.checks.newer, Some(9));
    assert_eq!(
        s.saved.checks.checks.len(),
        1,
        "shown, as far as it can be read"
    );
    assert_eq!(save_check(&m, &check(2, 4)), Err(StoreError::NewerData));
    assert_eq!(
        add_checks(&m, vec![check(2, 4)]),
        Err(StoreError::NewerData)
    );
    assert_eq!(delete_all(&m), Err(StoreError::NewerData));
    assert_eq!(delete_check(&m, id(1)), Err(StoreError::NewerData));
    assert_eq!(m.entries().into_values().collect::<Vec<_>>(), [newer]);
}

#[test]
fn an_import_adds_only_what_is_missing() {
    let m = Memory::with([stored(&check(1, 3))]);
    let added = add_checks(&m, vec![check(1, 9), check(2, 4)]).unwrap();
    assert_eq!(added, [check(2, 4)]);
    assert_eq!(read_checks(&m).checks, [check(1, 3), check(2, 4)]);
}

#[test]
fn a_refused_write_says_whether_storage_is_full_or_blocked() {
    let m = Memory::default();
    for e in [StoreError::Full, StoreError::Blocked] {
        m.refuse(Some(e));
        assert_eq!(save_check(&m, &check(1, 3)), Err(e));
        assert_eq!(save_draft(&m, OWN, &draft(3, 1)), Err(e));
    }
}

#[test]
fn the_continue_offer_is_for_an_unfinished_draft_that_is_still_there() {
    let d = draft(3, 5);
    let mut saved = Saved {
        drafts: vec![draft(2, 9), d.clone()],
        ..Saved::default()
    };
    assert_eq!(saved.draft_to_continue(), Some(&draft(2, 9)), "the latest");
    // The latest was finished (a saved check has its answers): the other.
    let mut finished = check(5, 3);
    finished.answers = draft(2, 9).answers.visible().into();
    saved.checks.checks.push(finished);
    assert_eq!(saved.draft_to_continue(), Some(&d));
    // Once the other tab's draft is gone, nothing is offered.
    let m = Memory::with([(format!("{DRAFT_PREFIX}bbb"), encode(&d))]);
    assert_eq!(read_drafts(&m, OWN), [d]);
    m.remove(&format!("{DRAFT_PREFIX}bbb")).unwrap();
    assert!(read_drafts(&m, OWN).is_empty());
}

#[test]
fn drafts_are_kept_per_tab_at_most_five_and_none_without_answers() {
    let m = Memory::default();
    for (i, tab) in ["a", "b", "c", "d", "e", "f"].iter().enumerate() {
        save_draft(&m, &format!("{DRAFT_PREFIX}{tab}"), &draft(3, i as u64 + 1)).unwrap();
    }
    let keys = keys_under(&m, DRAFT_PREFIX);
    assert_eq!(keys.len(), MAX_DRAFTS);
    assert!(
        !keys.contains(&format!("{DRAFT_PREFIX}a")),
        "the oldest went"
    );
    save_draft(&m, &format!("{DRAFT_PREFIX}f"), &Draft::default()).unwrap();
    assert_eq!(keys_under(&m, DRAFT_PREFIX).len(), MAX_DRAFTS - 1);
}

#[test]
fn a_tab_takes_over_the_shared_draft_and_sets_an_unreadable_one_aside() {
    let m = Memory::with([(DRAFT_KEY.to_owned(), encode(&draft(3, 1)))]);
    let s = start(&m, OWN);
    assert_eq!(s.draft, Some(draft(3, 1)));
    assert_eq!(m.get(DRAFT_KEY).unwrap(), None);
    assert!(m.get(OWN).unwrap().is_some());

    let m = Memory::with([(OWN.to_owned(), "not JSON".to_owned())]);
    let s = start(&m, OWN);
    assert_eq!((s.draft, s.draft_recovered), (None, Some(true)));
    assert_eq!(m.get(OWN).unwrap(), None);
    assert_eq!(read_kept(&m), 1);
}
