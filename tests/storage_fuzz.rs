//! The envelope decoder, the import parser and the JSON reader take arbitrary
//! bytes without panicking and never accept what they cannot fully read. The
//! JSON reader is checked against serde_json.
#![cfg(not(target_arch = "wasm32"))]

use backcheck::json::Json;

use backcheck::storage::{
    decode, decode_history, export, parse_import, Draft, HistoryRead, ImportError, Read,
};
use proptest::prelude::*;

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
        let _ = parse_import(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode::<Draft>(Some(&text));
        let _ = decode_history(Some(&text));
    }

    #[test]
    fn arbitrary_json_never_panics(json in arb_json()) {
        let text = json.to_string();
        let _ = parse_import(text.as_bytes());
        let _ = decode::<Draft>(Some(&text));
        let _ = decode_history(Some(&text));
    }

    #[test]
    fn mutated_exports_are_read_whole_or_refused(bytes in near_export()) {
        // The base file holds no checks: a mutation may still parse, but
        // can never make up a check, and is never "too large".
        match parse_import(&bytes) {
            Ok(checks) => prop_assert!(checks.is_empty()),
            Err(e) => prop_assert_ne!(e, ImportError::TooLarge),
        }
    }

    #[test]
    fn the_json_reader_agrees_with_serde_json(json in arb_json()) {
        // What serde_json writes, this reader reads to the same value, and
        // writes back to text serde_json reads as the same value.
        let text = json.to_string();
        let ours = Json::parse(&text).expect("valid JSON of the supported kinds");
        let again: serde_json::Value = serde_json::from_str(&ours.to_string()).unwrap();
        prop_assert_eq!(again, json);
    }

    #[test]
    fn the_json_reader_accepts_no_more_than_serde_json(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            if Json::parse(text).is_some() {
                prop_assert!(serde_json::from_str::<serde_json::Value>(text).is_ok(), "{:?}", text);
            }
        }
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
                    "answers", "checks", "data", "format", "fever", "pain_now", "onset", "id",
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
