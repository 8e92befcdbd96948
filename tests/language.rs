//! The language of every text the app shows, read from the source (the same
//! texts the spell check reads, `tests/support/source_texts.rs`): German and
//! English quotation marks, no commas before "oder" in German, no "(s)"
//! plurals, du-imperatives instead of infinitives, and the wording a
//! reviewer stopped at (issue 20).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/source_texts.rs"]
mod source_texts;

use backcheck::assessment::plan::Item;
use backcheck::assessment::text::Lang;
use backcheck::ui::texts;
use source_texts::{all_texts, SourceText};

fn texts_in(lang: &str) -> Vec<SourceText> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let all = all_texts(&src);
    assert!(all.len() > 1000, "only {} texts found", all.len());
    all.into_iter().filter(|t| t.lang == lang).collect()
}

fn at(t: &SourceText) -> String {
    format!("{}:{}: {}", t.file, t.line, t.text)
}

/// German opens with „ and closes with “; English opens with “ and closes
/// with ”. No straight double quotes in either (the finding: "Skip / I
/// can't do this" in straight quotes).
#[test]
fn quotation_marks_are_the_language_s_own() {
    for t in texts_in("de") {
        assert!(
            !t.text.contains('"') && !t.text.contains('\u{201d}'),
            "{}",
            at(&t)
        );
        assert_eq!(
            t.text.matches('\u{201e}').count(),
            t.text.matches('\u{201c}').count(),
            "{}",
            at(&t)
        );
    }
    for t in texts_in("en") {
        assert!(
            !t.text.contains('"') && !t.text.contains('\u{201e}'),
            "{}",
            at(&t)
        );
        assert_eq!(
            t.text.matches('\u{201c}').count(),
            t.text.matches('\u{201d}').count(),
            "{}",
            at(&t)
        );
    }
}

/// Plurals chosen by number, never "result(s)" or „Ergebnis(se)“.
#[test]
fn plurals_are_chosen_by_number() {
    for lang in ["en", "de"] {
        for t in texts_in(lang) {
            for hack in ["(s)", "(se)", "(n)", "(en)"] {
                assert!(!t.text.contains(hack), "{}", at(&t));
            }
        }
    }
    assert_eq!(
        texts::imported(1, 1, 0, 0, Lang::En),
        "Imported 1 result. 1 result was already on this device."
    );
    assert_eq!(
        texts::imported(3, 2, 0, 0, Lang::En),
        "Imported 3 results. 2 results were already on this device."
    );
    assert_eq!(
        texts::imported(1, 0, 0, 0, Lang::De),
        "1 Ergebnis importiert."
    );
    assert!(texts::recovered(Some(1), true, Lang::De)
        .starts_with("1 gespeichertes Ergebnis konnte nicht gelesen werden und fehlt."));
    assert!(
        texts::recovered(Some(2), true, Lang::De).starts_with("2 gespeicherte Ergebnisse konnten")
    );
}

/// German joins with „oder“ without a comma unless a clause has to close.
#[test]
fn no_comma_before_oder_in_german() {
    for t in texts_in("de") {
        for (i, _) in t.text.match_indices(", oder ") {
            // Allowed only where the comma closes a relative clause: "…, was zutrifft, oder …".
            let before = &t.text[..i];
            assert!(before.ends_with("was zutrifft"), "{}", at(&t));
        }
    }
}

/// The wording a reviewer stopped at, English and German (issue 20).
#[test]
fn the_wording_a_reviewer_stopped_at_is_gone() {
    const EN: &[&str] = &[
        "If a next morning",
        "sessions running",
        "Tiring deep core",
        "Tick every one",
        "Most people tick",
        "general advice for back pain",
        "What is probably behind it",
        "Pain for 0 days",
        "It lifted off",
        "It dropped on",
    ];
    const DE: &[&str] = &[
        "Mach Laufpause",
        "Ermüdende tiefe Rumpfmuskeln",
        "halten pro Seite",
        "Drucken oder PDF speichern",
        "Wann du wieder prüfst",
        "beim GP",
        "Lauffreie",
        "Halten.",
        "nach dem Heben von etwas",
        "Gib das Datum des Schmerzbeginns ein oder vor wie vielen Tagen",
        "Dein Trainingsumfang",
        "Kreuz alles an",
        "Die meisten kreuzen",
        "Schmerzen seit 0 Tagen",
        "Es sackte",
        "Er hob sich",
    ];
    for (lang, words) in [("en", EN), ("de", DE)] {
        for t in texts_in(lang) {
            for w in words {
                assert!(!t.text.contains(w), "{w}: {}", at(&t));
            }
        }
    }
    assert_eq!(texts::PRINT.de, "Drucken oder als PDF speichern");
    assert_eq!(
        Item::HipFlexorStretch.dose().text(Lang::De),
        "2 × 30 s pro Seite halten, täglich"
    );
    assert_eq!(texts::pain_days(0, Lang::En), "Pain began today");
    assert_eq!(texts::pain_days(10, Lang::En), "Pain began 10 days ago");
    assert_eq!(texts::pain_days(10, Lang::De), "Schmerzbeginn vor 10 Tagen");
}

/// German instructions speak to the runner: du-imperatives, not
/// infinitives („Halten.“, „den Rücken rund machen“) among them.
#[test]
fn german_instructions_are_du_imperatives() {
    const INFINITIVE_STARTS: &[&str] = &[
        "Im Vierfüßlerstand den",
        "An der Beinpresse die",
        "Auf einem Unterarm",
        "Unterarme und Zehen am Boden",
        "Nicht laufen, nicht trainieren",
    ];
    for t in texts_in("de") {
        for s in INFINITIVE_STARTS {
            assert!(!t.text.starts_with(s), "{}", at(&t));
        }
        // In an instruction, no sentence of one infinitive ("Halten.").
        if t.text.len() > 40 {
            for sentence in t.text.split(['.', ';', ':']) {
                let words: Vec<&str> = sentence.split_whitespace().collect();
                if let [only] = words.as_slice() {
                    assert!(!only.ends_with("en"), "{}", at(&t));
                }
                assert!(!sentence.contains("Seite wechseln"), "{}", at(&t));
            }
        }
    }
}
