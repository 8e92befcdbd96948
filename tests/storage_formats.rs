//! Saved data and export files of every past storage format still load, and
//! keep their meaning. The fixtures were written by the app of that format.
#![cfg(not(target_arch = "wasm32"))]

use backcheck::assessment::answer::Answer;
use backcheck::assessment::answers::Answers;
use backcheck::assessment::assess;
use backcheck::assessment::questions::QuestionId;
use backcheck::assessment::rules::CareLevel;
use backcheck::storage::{
    decode, decode_check_list, encode, parse_import, start, Backend, CheckList, Draft, Key,
    ListRead, Memory, Read, Recovered, SavedCheck, KEPT_PREFIX,
};

fn today() -> backcheck::assessment::date::Date {
    backcheck::assessment::date::Date::from_ymd(2026, 11, 30).unwrap()
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A stored device: an object of key → value.
fn device(name: &str) -> Memory {
    let entries: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&fixture(name)).unwrap();
    Memory::with(entries)
}

fn ticked(a: &Answers, q: QuestionId) -> Vec<String> {
    match a.get(q) {
        Some(Answer::Choices(keys)) => keys.clone(),
        other => panic!("{q:?} is {other:?}"),
    }
}

fn format1_checks() -> Vec<SavedCheck> {
    match decode_check_list(Some(&fixture("format1/results.json"))) {
        ListRead::Found { checks, dropped: 0 } => checks,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_format_1_draft_loads_and_asks_the_new_warning_pages() {
    let Read::Found(Draft { answers, .. }) = decode::<Draft>(Some(&fixture("format1/draft.json")))
    else {
        panic!("the draft does not load")
    };
    // "Yes" answers become ticked boxes at the same level.
    assert_eq!(ticked(&answers, QuestionId::DoctorSigns), ["one_leg_numb"]);
    // Old "no" answers do not stand for the new, longer lists: asked again.
    assert!(!answers.is_answered(QuestionId::EmergencySigns));
    assert_eq!(answers.first_unanswered(), Some(QuestionId::EmergencySigns));
    // "Under 30" no longer exists (under 18 is a sign of its own): asked again.
    assert!(!answers.is_answered(QuestionId::Age));
}

#[test]
fn format_1_results_load_with_the_same_verdict() {
    let checks = format1_checks();
    assert_eq!(checks.len(), 4);
    let levels: Vec<CareLevel> = checks.iter().map(|c| c.outcome.level).collect();
    assert_eq!(
        levels,
        [
            CareLevel::SelfCare,
            CareLevel::Urgent,
            CareLevel::Emergency,
            CareLevel::SeeDoctor
        ]
    );
    for c in &checks {
        // The answers, read by today's rules, give the verdict of that day.
        assert_eq!(
            assess(&c.answers, c.date).level,
            c.outcome.level,
            "check {}",
            c.id
        );
    }
    let a = &checks[1].answers;
    assert_eq!(
        ticked(a, QuestionId::UrgentSigns),
        ["unwell", "minor_fall", "osteoporosis"]
    );
    let a = &checks[2].answers;
    assert_eq!(
        ticked(a, QuestionId::EmergencySigns),
        ["both_legs", "weakness_fast"]
    );
    assert!(
        !a.is_answered(QuestionId::Age),
        "\"rather not say\" is gone"
    );
    let a = &checks[3].answers;
    assert_eq!(ticked(a, QuestionId::Limits), ["limping", "cannot_manage"]);
    assert_eq!(ticked(a, QuestionId::DoctorSigns), ["one_leg_numb"]);
    let r = assess(a, checks[3].date);
    assert!(r.rest_first);
    // Everything else is untouched.
    assert_eq!(
        checks[0].answers.get(QuestionId::Sitting),
        Some(&Answer::Choice("over_8".into()))
    );
    assert!(checks[0].answers.is_answered(QuestionId::TestBridge));
}

#[test]
fn a_format_1_export_imports_like_the_saved_results() {
    let imported =
        parse_import(fixture("format1/export.json").as_bytes(), today()).expect("imports");
    assert_eq!(imported.checks, format1_checks());
    assert_eq!((imported.unreadable, imported.future), (0, 0));
}

#[test]
fn migrated_results_are_written_in_this_format_and_read_back_unchanged() {
    let checks = format1_checks();
    let raw = encode(&CheckList {
        checks: checks.clone(),
    });
    assert!(raw.starts_with(r#"{"format":2,"#));
    assert_eq!(
        decode_check_list(Some(&raw)),
        ListRead::Found { checks, dropped: 0 }
    );
}

/// Questions that were dropped because they changed no result (distance a
/// week, type of shoe): their answers are not read, and not written back.
fn without_dropped_questions(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for gone in ["weekly_km", "shoe_type"] {
                    m.remove(gone);
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    serde_json::to_string(&v).unwrap()
}

/// Format 2 (this app's): read and written again, the same (but for the
/// answers to questions since dropped).
#[test]
fn format_2_files_read_and_write_back_unchanged() {
    let same = |written: String, stored: &str| {
        let v = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(v(&written), v(&without_dropped_questions(stored)));
    };
    let draft = fixture("format2/draft.json");
    let Read::Found(d) = decode::<Draft>(Some(&draft)) else {
        panic!("the draft does not load")
    };
    same(encode(&d), &draft);

    let results = fixture("format2/results.json");
    let ListRead::Found { checks, dropped: 0 } = decode_check_list(Some(&results)) else {
        panic!("the results do not load")
    };
    assert_eq!(checks.len(), 3);
    same(
        encode(&CheckList {
            checks: checks.clone(),
        }),
        &results,
    );

    let file = fixture("format2/export.json");
    let imported = parse_import(file.as_bytes(), today())
        .expect("imports")
        .checks;
    assert_eq!(imported, checks);
    same(backcheck::storage::export(&imported), &file);

    let lang = fixture("format2/lang.json");
    assert_eq!(
        decode::<backcheck::assessment::text::Lang>(Some(&lang)),
        Read::Found(backcheck::assessment::text::Lang::De)
    );
}

#[test]
fn levels_contributors_strengths_and_languages_are_stored_by_their_keys() {
    use backcheck::assessment::contributors::{Contributor, Strength};
    use backcheck::assessment::text::Lang;
    fn round_trip<T>(all: &[T], key: fn(T) -> &'static str)
    where
        T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        for &x in all {
            let json = serde_json::to_string(&x).unwrap();
            assert_eq!(json, format!("\"{}\"", key(x)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), x);
        }
        assert!(serde_json::from_str::<T>("\"no_such_key\"").is_err());
        assert!(serde_json::from_str::<T>("3").is_err());
    }
    round_trip(&CareLevel::ALL, CareLevel::key);
    round_trip(&Contributor::ALL, Contributor::key);
    round_trip(&Strength::ALL, Strength::key);
    round_trip(&Lang::ALL, Lang::code);
    // The keys a format-1 file holds.
    assert_eq!(
        CareLevel::from_key("see_doctor"),
        Some(CareLevel::SeeDoctor)
    );
    assert_eq!(
        Contributor::from_key("long_sitting"),
        Some(Contributor::LongSitting)
    );
}

/// The copies the app up to 384e3a5 left under the data's own keys are
/// moved once, one per distinct value, and said once in plain numbers.
#[test]
fn leftover_copies_are_moved_once_one_per_distinct_value() {
    let m = device("leftover-copies/storage.json");
    let values_before: std::collections::BTreeSet<String> = m
        .entries()
        .into_iter()
        .filter(|(k, _)| k.contains(".backup"))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(values_before.len(), 4);
    let own = "backcheck.draft.0a1";
    let s = start(&m, own);
    // Three distinct values were of saved checks (two checks, the old list).
    assert_eq!(
        s.recovered,
        Some(Recovered {
            count: Some(3),
            kept: true
        })
    );
    let keys = m.keys();
    assert!(keys.iter().all(|k| !k.contains(".backup")), "{keys:?}");
    let kept: std::collections::BTreeSet<String> = m
        .entries()
        .into_iter()
        .filter(|(k, _)| k.starts_with(KEPT_PREFIX))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(kept, values_before, "every value kept, each once");
    assert_eq!(s.saved.kept, 4);
    assert_eq!(
        keys.iter()
            .filter(|k| matches!(Key::of(k), Key::Kept))
            .count(),
        4
    );
    // The readable check stays, and nothing else is read as one.
    let ids: Vec<String> = s
        .saved
        .checks
        .checks
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    assert_eq!(ids, ["1794800000000111"]);
    assert!(s.saved.checks.damaged.is_empty());
    assert_eq!(s.draft, None);
    // Repaired once: the next start writes nothing and says nothing.
    let (writes, entries) = (m.writes(), m.entries());
    let again = start(&m, own);
    assert_eq!(again.recovered, None);
    assert_eq!((m.writes(), m.entries()), (writes, entries));
}

/// A saved check with its log summary: the onset 1 Dec 2024, the spike on
/// 28 Nov (21.1 km after 15.0 km), 8 weeks, two pairs of shoes.
fn check_with_log() -> SavedCheck {
    use backcheck::assessment::date::Date;
    use backcheck::assessment::log::{LogRun, LogSummary};
    let d = |s: &str| Date::parse_iso(s).unwrap();
    let run = |day: &str, metres: u32, gear: &str| LogRun {
        day: d(day),
        minute: 420,
        metres,
        gear: Some(gear.into()),
    };
    let runs = [
        run("2024-10-27", 14_000, "Pegasus 40"),
        run("2024-11-10", 15_000, "Pegasus 40"),
        run("2024-11-24", 15_000, "Pegasus 40"),
        run("2024-11-28", 21_100, "Kinvara 14"),
    ];
    let mut a = Answers::default();
    a.set(QuestionId::Onset, &Answer::Date(d("2024-12-01")));
    a.set(QuestionId::LoadChange, &Answer::Choice("more".into()));
    let outcome = backcheck::storage::Outcome::of(&a, d("2024-12-03"));
    let mut c = SavedCheck::new(
        "1733212800000123".parse().unwrap(),
        d("2024-12-03"),
        backcheck::assessment::text::Lang::En,
        a,
        outcome,
    );
    c.log = LogSummary::derive(&runs, d("2024-12-01"));
    c
}

#[test]
fn a_check_keeps_its_log_summary_through_export_and_import_and_checks_without_one_still_load() {
    let path = format!(
        "{}/tests/fixtures/format2-log/export.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let check = check_with_log();
    if std::env::var_os("WRITE_LOG_FIXTURE").is_some() {
        std::fs::write(
            &path,
            backcheck::storage::export(std::slice::from_ref(&check)),
        )
        .unwrap();
    }
    let file = fixture("format2-log/export.json");
    let imported = parse_import(file.as_bytes(), today()).unwrap().checks;
    assert_eq!(imported, vec![check.clone()]);
    let log = imported[0].log.as_ref().unwrap();
    assert_eq!(
        log.spike_before_onset()
            .map(|s| (s.metres, s.longest_before, s.percent())),
        Some((21_100, 15_000, 41))
    );
    assert_eq!(backcheck::storage::export(&imported), file);
    // Never a track or a position: only days, distances and shoe names.
    for banned in ["\"lat\"", "\"lon\"", "position", "track", "minute"] {
        assert!(!file.contains(banned), "{banned} in {file}");
    }
    // Checks of the same format without a log load with none.
    let old = parse_import(fixture("format2/export.json").as_bytes(), today())
        .unwrap()
        .checks;
    assert!(!old.is_empty() && old.iter().all(|c| c.log.is_none()));
}

/// A draft keeps the log read for it, so a reload halfway through the
/// questionnaire still has the summary; drafts written before it load with none.
#[test]
fn a_draft_keeps_its_log_summary() {
    use backcheck::storage::{decode, encode, Draft, Read};
    let check = check_with_log();
    let draft = Draft {
        answers: (*check.answers).clone(),
        updated: 1_733_212_800_000,
        recheck_of: None,
        log: check.log.clone(),
    };
    assert!(draft.log.is_some());
    let raw = encode(&draft);
    assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(draft.clone()));
    let without = Draft { log: None, ..draft };
    let raw = encode(&without);
    assert!(!raw.contains("\"log\""), "{raw}");
    assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(without));
}
