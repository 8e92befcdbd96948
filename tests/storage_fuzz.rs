//! The serde readers (envelope, check lists, import) take arbitrary bytes,
//! arbitrary JSON and plausible records with out-of-range values without
//! panicking, never accept what they cannot fully read, and lose no good record.
#![cfg(not(target_arch = "wasm32"))]

use backcheck::assessment::answer::{Answer, Kind, HOLD_MAX};
use backcheck::assessment::answers::Answers;
use backcheck::assessment::date::Date;
use backcheck::assessment::outcome::Outcome;
use backcheck::assessment::questions::QuestionId;
use backcheck::assessment::text::Lang;
use backcheck::storage::{
    decode, decode_check_list, encode, export, parse_import, CheckId, Draft, ImportError, ListRead,
    Read, SavedCheck,
};
use proptest::prelude::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 30).unwrap()
}

/// An answer of `kind` from `seed`: each kind's whole range, and now and
/// then a value the kind refuses (then the question stays unanswered).
fn answer(kind: Kind, seed: u32) -> Answer {
    let pick = |n: usize| (seed as usize / 7) % n;
    match kind {
        Kind::Single(o) => Answer::Choice(o[pick(o.len())].key.to_owned()),
        Kind::Multi(o) => Answer::Choices(
            o.iter()
                .enumerate()
                .filter(|(i, _)| seed >> (i % 32) & 1 == 1)
                .map(|(_, o)| o.key.to_owned())
                .collect(),
        ),
        Kind::Scale { .. } => Answer::Scale((seed % 13) as u8),
        Kind::Date => Answer::Date(today().add_days(-((seed % 4000) as i32))),
        Kind::Hold if seed.is_multiple_of(5) => Answer::Hold(None),
        Kind::Hold => Answer::Hold(Some((seed % (u32::from(HOLD_MAX) + 50)) as u16)),
        Kind::HoldPair if seed.is_multiple_of(5) => Answer::HoldPair(None),
        Kind::HoldPair => Answer::HoldPair(Some(((seed % 700) as u16, ((seed / 3) % 700) as u16))),
    }
}

/// Answers to every question from `seeds`.
fn answers(seeds: &[u32]) -> Answers {
    let mut a = Answers::default();
    for (q, &seed) in QuestionId::ALL.into_iter().zip(seeds) {
        a.set(q, &answer(q.kind(), seed)); // refused: stays unanswered
    }
    a
}

/// The six kinds of answer, by name.
fn kind_name(a: &Answer) -> &'static str {
    match a {
        Answer::Choice(_) => "choice",
        Answer::Choices(_) => "choices",
        Answer::Scale(_) => "scale",
        Answer::Date(_) => "date",
        Answer::Hold(_) => "hold",
        Answer::HoldPair(_) => "hold pair",
    }
}

/// Three real checks, ids far apart, each with answers of all six kinds
/// (the first seeds, from `seed` on, that give them).
fn three_checks() -> Vec<SavedCheck> {
    [
        (1_794_800_000_000_111u64, 3u32, 11u32),
        (1_795_311_111_111_222, 9, 23),
        (1_799_922_222_222_333, 20, 37),
    ]
    .into_iter()
    .map(|(id, day, seed)| {
        let a = (seed..)
            .map(|seed| {
                let seeds: Vec<u32> = (0..QuestionId::ALL.len() as u32)
                    .map(|i| i.wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503))
                    .collect();
                let mut a = answers(&seeds);
                // No warning sign and the self-tests asked: most pages count.
                for q in QuestionId::ALL.into_iter().filter(|q| q.is_warning_sign()) {
                    a.set(q, &Answer::Choices(vec!["none".into()]));
                }
                a.set(QuestionId::DoSelfTests, &Answer::Choice("yes".into()));
                a.visible()
            })
            .find(|a| {
                a.iter()
                    .map(|(_, a)| kind_name(a))
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
                    == 6
            })
            .unwrap();
        let date = Date::from_ymd(2026, 11, day).unwrap();
        let outcome = Outcome::of(&a, date);
        SavedCheck::new(id.to_string().parse().unwrap(), date, Lang::De, a, outcome)
    })
    .collect()
}

/// A real export of three checks, and where each check's JSON lies in it.
fn base_export() -> (Vec<u8>, Vec<SavedCheck>, Vec<std::ops::Range<usize>>) {
    let checks = three_checks();
    let file = export(&checks);
    let spans = checks
        .iter()
        .map(|c| {
            let json = serde_json::to_string(c).unwrap();
            let at = file.find(&json).expect("each check as written");
            at..at + json.len()
        })
        .collect();
    (file.into_bytes(), checks, spans)
}

/// Mutations of a real export file: up to 8 bytes changed.
fn near_export() -> impl Strategy<Value = Vec<(usize, u8)>> {
    let len = base_export().0.len();
    prop::collection::vec((0..len, any::<u8>()), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_import(&bytes, today());
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode::<Draft>(Some(&text));
        let _ = decode_check_list(Some(&text));
    }

    #[test]
    fn arbitrary_json_never_panics(json in arb_json()) {
        let text = json.to_string();
        let _ = parse_import(text.as_bytes(), today());
        let _ = decode::<Draft>(Some(&text));
        let _ = decode_check_list(Some(&text));
    }

    #[test]
    fn mutated_exports_are_read_whole_or_refused_and_lose_no_untouched_check(edits in near_export()) {
        let (mut bytes, checks, spans) = base_export();
        for &(i, byte) in &edits {
            bytes[i] = byte;
        }
        let touched = |span: &std::ops::Range<usize>| {
            edits.iter().any(|&(i, _)| span.contains(&i))
        };
        match parse_import(&bytes, today()) {
            Ok(import) => {
                // Every entry is accounted for, and what is read is plausible.
                prop_assert!(import.checks.len() + import.unreadable + import.future <= 3 + edits.len());
                for c in &import.checks {
                    prop_assert!(c.date <= today());
                    prop_assert!(c.outcome.pain_now.is_none_or(|p| p <= 10));
                }
                // A check no edit touched comes in as it was (or its id,
                // taken by a changed check that sorts first, is there).
                for (c, span) in checks.iter().zip(&spans) {
                    if !touched(span) {
                        prop_assert!(
                            import.checks.iter().any(|i| i == c || i.id == c.id),
                            "lost {}", c.id
                        );
                    }
                }
                if edits.iter().all(|&(i, b)| base_export().0[i] == b) {
                    prop_assert_eq!(import.checks, checks);
                }
            }
            Err(e) => prop_assert_ne!(e, ImportError::TooLarge),
        }
    }

    #[test]
    fn records_with_out_of_range_values_are_dropped_and_the_good_ones_kept(
        pain in 0u64..400, id in "[0-9a-z/.]{0,8}", year in 1900i32..2200, good in 1usize..4
    ) {
        // A real check, then one field changed to a value it may not have.
        let day = Date::from_ymd(2026, 11, 3).unwrap();
        let base = SavedCheck::new("1795000000000123".parse().unwrap(), day, Lang::En, Answers::default(), Outcome::of(&Answers::default(), day));
        let mut odd = serde_json::to_value(&base).unwrap();
        odd["id"] = serde_json::json!(id.clone());
        odd["outcome"]["pain_now"] = serde_json::json!(pain);
        odd["date"] = serde_json::json!(format!("{year:04}-11-03"));
        // An id is digits that fit in 64 bits.
        let number = (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
            .then(|| id.parse::<u64>().ok())
            .flatten();
        let plausible = number.is_some() && pain <= 10 && (2000..2100).contains(&year);
        let mut checks: Vec<serde_json::Value> = (0..good)
            .map(|i| { let mut c = serde_json::to_value(&base).unwrap(); c["id"] = serde_json::json!(format!("{i}")); c })
            .collect();
        checks.push(odd);
        let raw = serde_json::json!({"format": 2, "app": "x", "data": {"checks": checks}}).to_string();
        let ListRead::Found { checks, dropped } = decode_check_list(Some(&raw)) else { panic!("{raw}") };
        let odd_kept = plausible && number.is_some_and(|n| n >= good as u64);
        prop_assert_eq!(checks.len(), good + usize::from(odd_kept));
        prop_assert_eq!(dropped, usize::from(!plausible));
    }

    #[test]
    fn stored_answers_read_back_what_was_written(
        seeds in prop::collection::vec(any::<u32>(), QuestionId::ALL.len()),
        recheck in any::<u64>(),
    ) {
        let a = answers(&seeds);
        let draft = Draft {
            answers: a.clone(),
            updated: 1_795_000_000_000,
            recheck_of: Some(recheck.to_string().parse::<CheckId>().unwrap()),
            log: None,
        };
        let raw = encode(&draft);
        prop_assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(draft));
        // And as part of a saved check, in an export.
        let day = today();
        let check = SavedCheck::new("1795000000000123".parse().unwrap(), day, Lang::De, a.clone(), Outcome::of(&a, day));
        let back = parse_import(export(std::slice::from_ref(&check)).as_bytes(), day).unwrap();
        prop_assert_eq!(back.checks, vec![check]);
    }

    #[test]
    fn envelopes_with_any_data_decode_to_a_value(format in 0u64..5, data in arb_json()) {
        let raw = serde_json::json!({"format": format, "app": "x", "data": data}).to_string();
        let newer = format > u64::from(backcheck::storage::FORMAT);
        let r = decode::<Draft>(Some(&raw));
        prop_assert_eq!(newer, matches!(r, Read::Newer { .. }), "{:?}", r);
        let h = decode_check_list(Some(&raw));
        prop_assert_eq!(newer, matches!(h, ListRead::Newer { .. }), "{:?}", h);
        prop_assert!(!matches!(h, ListRead::Missing));
    }
}

/// The round trip above covers every kind of answer: in 64 draws, each of
/// the six kinds is stored and read back.
#[test]
fn the_answers_drawn_cover_every_kind() {
    let mut kinds = std::collections::BTreeSet::new();
    let mut unanswered = 0;
    for n in 0..64u32 {
        let seeds: Vec<u32> = (0..QuestionId::ALL.len() as u32)
            .map(|i| (i + 1).wrapping_mul(2_654_435_761).wrapping_add(n * 40_503))
            .collect();
        let a = answers(&seeds);
        kinds.extend(a.iter().map(|(_, answer)| kind_name(answer)));
        unanswered += QuestionId::ALL.len() - a.iter().count();
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["choice", "choices", "date", "hold", "hold pair", "scale"]
    );
    assert!(unanswered > 0, "values out of range are drawn too");
    // Every kind appears in each check the export mutations start from.
    for c in three_checks() {
        let kinds: std::collections::BTreeSet<&str> =
            c.answers.iter().map(|(_, a)| kind_name(a)).collect();
        assert_eq!(kinds.len(), 6, "{kinds:?}");
        assert!(c.answers.iter().count() > 20);
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z_0-9-]{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
        prop::sample::select(vec![
            "answers",
            "checks",
            "yes",
            "2026-11-22",
            "pain_now",
            "format"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "answers", "checks", "data", "format", "limits", "pain_now", "onset", "id",
                    "date", "outcome", "level"
                ])
                .prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
