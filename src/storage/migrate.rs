//! Ordered migrations of stored data: `STEPS[i]` turns format `i + 1` data
//! (as JSON text) into format `i + 2`. Each past format has fixtures in
//! `tests/fixtures`. A step reads only what it changes; everything else passes
//! through as it was written.
use super::FORMAT;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::borrow::Cow;

const STEPS: &[fn(&str) -> Option<String>] = &[format_1_to_2];

// One step per past format: adding a format means adding a step.
const _: () = assert!(STEPS.len() + 1 == FORMAT as usize);

/// Data as JSON text in this app's format: borrowed when it already is,
/// migrated step by step when older. `None` for format 0 or a failed step;
/// callers refuse newer formats first.
pub(super) fn text_to_current(format: u32, data: &str) -> Option<Cow<'_, str>> {
    let from = usize::try_from(format.checked_sub(1)?).ok()?;
    let mut text = Cow::Borrowed(data);
    for step in STEPS.get(from..)? {
        text = Cow::Owned(step(&text)?);
    }
    Some(text)
}

/// Answers as stored, each value still as JSON text, in stored order.
#[derive(Default)]
struct Fields(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Fields, M::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(Fields(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A finished check of format 1: only its answers change.
#[derive(Deserialize, Serialize)]
struct Check1 {
    id: Box<RawValue>,
    date: Box<RawValue>,
    app: Box<RawValue>,
    lang: Box<RawValue>,
    answers: Fields,
    outcome: Box<RawValue>,
}

/// A draft (`answers`) or a list of checks (`checks`) of format 1.
#[derive(Deserialize, Serialize)]
struct Data1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    answers: Option<Fields>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    checks: Option<Vec<Check1>>,
}

/// Format 1 to 2: the warning-sign yes/no questions became checkbox pages
/// (emergency, urgent, doctor, everyday limits). Every old "yes" becomes a
/// ticked box at the same level. An old "no" does not become "None of these":
/// the new pages ask signs the old ones did not, so a draft asks them again.
/// The age bands "under 30" and "rather not say" no longer exist. The
/// language key holds a plain string and passes through.
fn format_1_to_2(data: &str) -> Option<String> {
    let Ok(mut d) = serde_json::from_str::<Data1>(data) else {
        return Some(data.to_owned());
    };
    if let Some(a) = &mut d.answers {
        answers_1_to_2(a);
    }
    for c in d.checks.iter_mut().flatten() {
        answers_1_to_2(&mut c.answers);
    }
    serde_json::to_string(&d).ok()
}

fn answers_1_to_2(answers: &mut Fields) {
    // (old question, old answer, new question, ticked option)
    const TICKS: &[(&str, &str, &str, &str)] = &[
        ("saddle_numbness", "yes", "emergency_signs", "saddle"),
        ("bladder_bowel", "yes", "emergency_signs", "bladder_bowel"),
        ("sexual_function", "yes", "emergency_signs", "sexual"),
        ("leg_symptoms", "both_legs", "emergency_signs", "both_legs"),
        ("leg_worsening", "yes", "emergency_signs", "weakness_fast"),
        ("major_trauma", "yes", "emergency_signs", "accident"),
        ("chest_pain", "yes", "emergency_signs", "chest_pain"),
        ("fever", "yes", "urgent_signs", "unwell"),
        ("weight_loss", "yes", "urgent_signs", "weight_loss"),
        ("cancer_history", "yes", "urgent_signs", "cancer"),
        ("night_pain", "yes", "urgent_signs", "night_pain"),
        ("minor_trauma", "yes", "urgent_signs", "minor_fall"),
        ("bone_risk", "yes", "urgent_signs", "osteoporosis"),
        (
            "weakness_pain_less",
            "yes",
            "urgent_signs",
            "weakness_pain_less",
        ),
        ("leg_numb_week", "yes", "doctor_signs", "one_leg_numb"),
        ("cannot_manage", "yes", "limits", "cannot_manage"),
        ("limping", "yes", "limits", "limping"),
    ];
    let said = |key: &str, value: &str| {
        answers.0.iter().any(|(k, v)| {
            k == key && serde_json::from_str::<&str>(v.get()).is_ok_and(|s| s == value)
        })
    };
    let mut ticked: Vec<(&str, Vec<&str>)> = Vec::new();
    for &(old, value, new, option) in TICKS {
        if said(old, value) {
            match ticked.iter_mut().find(|(q, _)| *q == new) {
                Some((_, options)) => options.push(option),
                None => ticked.push((new, vec![option])),
            }
        }
    }
    let gone_age = said("age", "under_30") || said("age", "no_say");
    answers.0.retain(|(k, _)| {
        let old = TICKS.iter().any(|&(old, ..)| old == k);
        !(old || (gone_age && k == "age"))
    });
    for (question, options) in ticked {
        if let Ok(raw) = serde_json::value::to_raw_value(&options) {
            answers.0.push((question.to_owned(), raw));
        }
    }
}
