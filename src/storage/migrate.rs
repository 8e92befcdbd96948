//! Ordered migrations of stored data: `STEPS[i]` turns format `i + 1` data
//! into format `i + 2`. Each past format has fixtures in `tests/fixtures`.
use super::FORMAT;
use serde_json::{Map, Value};

const STEPS: &[fn(Value) -> Option<Value>] = &[format_1_to_2];

// One step per past format: adding a format means adding a step.
const _: () = assert!(STEPS.len() + 1 == FORMAT as usize);

/// Runs every step from `format` up to this app's. `None` for format 0 or a
/// step that fails; callers refuse newer formats first.
pub(super) fn to_current(format: u32, mut data: Value) -> Option<Value> {
    let from = usize::try_from(format.checked_sub(1)?).ok()?;
    for step in STEPS.get(from..)? {
        data = step(data)?;
    }
    Some(data)
}

/// Applies `f` to every answers object: a draft's `answers` and each
/// check's `answers` in a list of `checks`.
fn each_answers(mut data: Value, f: impl Fn(&mut Map<String, Value>)) -> Value {
    if let Some(Value::Object(a)) = data.get_mut("answers") {
        f(a);
    }
    if let Some(Value::Array(checks)) = data.get_mut("checks") {
        for check in checks {
            if let Some(Value::Object(a)) = check.get_mut("answers") {
                f(a);
            }
        }
    }
    data
}

/// Format 1 to 2: the warning-sign yes/no questions became checkbox pages
/// (emergency, urgent, doctor, everyday limits). Every old "yes" becomes a
/// ticked box at the same level. An old "no" does not become "None of these":
/// the new pages ask signs the old ones did not, so a draft asks them again.
/// The age bands "under 30" and "rather not say" no longer exist.
fn format_1_to_2(data: Value) -> Option<Value> {
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
    Some(each_answers(data, |answers| {
        for &(old, said, new, option) in TICKS {
            if answers.get(old).and_then(Value::as_str) == Some(said) {
                let ticked = answers
                    .entry(new)
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(keys) = ticked {
                    keys.push(Value::from(option));
                }
            }
        }
        for &(old, ..) in TICKS {
            answers.remove(old);
        }
        if matches!(
            answers.get("age").and_then(Value::as_str),
            Some("under_30" | "no_say")
        ) {
            answers.remove("age");
        }
    }))
}
