//! The serde readers (envelope, history, import) take arbitrary bytes,
//! arbitrary JSON and plausible records with out-of-range values without
//! panicking, never accept what they cannot fully read, and lose no good record.
#![cfg(not(target_arch = "wasm32"))]

use backcheck::assessment::answer::Answer;
use backcheck::assessment::answers::Answers;
use backcheck::assessment::date::Date;
use backcheck::assessment::outcome::Outcome;
use backcheck::assessment::questions::QuestionId;
use backcheck::assessment::text::Lang;
use backcheck::storage::{
    decode, decode_history, encode, export, parse_import, Draft, History, HistoryRead, ImportError,
    Read, SavedCheck,
};
use proptest::prelude::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 30).unwrap()
}

/// Bytes that are often nearly valid: mutations of a real export file.
fn near_export() -> impl Strategy<Value = Vec<u8>> {
    let base = export(&[]).into_bytes();
    let len = base.len();
    prop::collection::vec((0..len, any::<u8>()), 0..8).prop_map(move |edits| {
        let mut b = base.clone();
        for (i, byte) in edits {
            b[i] = byte;
        }
        b
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_import(&bytes, today());
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode::<Draft>(Some(&text));
        let _ = decode_history(Some(&text));
    }

    #[test]
    fn arbitrary_json_never_panics(json in arb_json()) {
        let text = json.to_string();
        let _ = parse_import(text.as_bytes(), today());
        let _ = decode::<Draft>(Some(&text));
        let _ = decode_history(Some(&text));
    }

    #[test]
    fn mutated_exports_are_read_whole_or_refused(bytes in near_export()) {
        // The base file holds no checks: a mutation may still parse, but
        // can never make up a check, and is never "too large".
        match parse_import(&bytes, today()) {
            Ok(import) => prop_assert!(import.checks.is_empty()),
            Err(e) => prop_assert_ne!(e, ImportError::TooLarge),
        }
    }

    #[test]
    fn records_with_out_of_range_values_are_dropped_and_the_good_ones_kept(
        pain in 0u64..400, id in "[0-9a-z/.]{0,8}", year in 1900i32..2200, good in 1usize..4
    ) {
        // A real check, then one field changed to a value it may not have.
        let base = SavedCheck::new("1795000000000123".into(), Date::from_ymd(2026, 11, 3).unwrap(), Lang::En, Answers::default(), Outcome::of(&Answers::default(), Date::from_ymd(2026, 11, 3).unwrap()));
        let mut odd = serde_json::to_value(&base).unwrap();
        odd["id"] = serde_json::json!(id.clone());
        odd["outcome"]["pain_now"] = serde_json::json!(pain);
        odd["date"] = serde_json::json!(format!("{year:04}-11-03"));
        let plausible = id.parse::<u64>().is_ok() && pain <= 10 && (2000..2100).contains(&year);
        let mut checks: Vec<serde_json::Value> = (0..good)
            .map(|i| { let mut c = serde_json::to_value(&base).unwrap(); c["id"] = serde_json::json!(format!("{i}")); c })
            .collect();
        checks.push(odd);
        let raw = serde_json::json!({"format": 2, "app": "x", "data": {"checks": checks}}).to_string();
        let HistoryRead::Found { checks, dropped } = decode_history(Some(&raw)) else { panic!("{raw}") };
        let odd_kept = plausible && !(0..good).any(|i| i.to_string() == id);
        prop_assert_eq!(checks.len(), good + usize::from(odd_kept));
        prop_assert_eq!(dropped, usize::from(!plausible));
    }

    #[test]
    fn stored_answers_read_back_what_was_written(seeds in prop::collection::vec(any::<u32>(), QuestionId::ALL.len())) {
        let mut a = Answers::default();
        for (q, seed) in QuestionId::ALL.into_iter().zip(seeds) {
            let v = match q.kind() {
                backcheck::assessment::answer::Kind::Scale { .. } => Answer::Scale((seed % 20) as u8),
                backcheck::assessment::answer::Kind::Hold => Answer::Hold(Some((seed % 800) as u16)),
                _ => continue,
            };
            a.set(q, &v); // out of range: refused, stays unanswered
        }
        let raw = encode(&Draft { answers: a.clone(), updated: 1_795_000_000_000, recheck_of: Some("1795000000000123".into()) });
        prop_assert_eq!(decode::<Draft>(Some(&raw)), Read::Found(Draft { answers: a, updated: 1_795_000_000_000, recheck_of: Some("1795000000000123".into()) }));
        let _ = encode(&History::default());
    }

    #[test]
    fn envelopes_with_any_data_decode_to_a_value(format in 0u64..5, data in arb_json()) {
        let raw = serde_json::json!({"format": format, "app": "x", "data": data}).to_string();
        let newer = format > u64::from(backcheck::storage::FORMAT);
        let r = decode::<Draft>(Some(&raw));
        prop_assert_eq!(newer, matches!(r, Read::Newer { .. }), "{:?}", r);
        let h = decode_history(Some(&raw));
        prop_assert_eq!(newer, matches!(h, HistoryRead::Newer { .. }), "{:?}", h);
        prop_assert!(!matches!(h, HistoryRead::Missing));
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
