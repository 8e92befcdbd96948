//! How answers and dates are stored: an object keyed by question, in asking
//! order. Option keys as strings, a list for several, scores as numbers,
//! `{"km": n}` / `{"seconds": n}` / `{"seconds": {"left": l, "right": r}}`,
//! and "unsure" / "skipped" for no answer. Dates as "YYYY-MM-DD".
//!
//! Reading is lenient one answer at a time: an unknown question, or a value
//! of the wrong type or shape, is left unanswered instead of failing the
//! whole record.
use crate::assessment::answer::{Answer, Kind};
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::questions::QuestionId;
use serde::de::{Deserializer, Error as _};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

fn to_value(answer: &Answer) -> Value {
    match answer {
        Answer::Choice(k) => json!(k),
        Answer::Choices(ks) => json!(ks),
        Answer::Scale(n) => json!(n),
        Answer::Number(Some(n)) => json!({ "km": n }),
        Answer::Number(None) => json!("unsure"),
        Answer::Date(d) => json!(d.to_string()),
        Answer::Hold(Some(s)) => json!({ "seconds": s }),
        Answer::HoldPair(Some((l, r))) => json!({ "seconds": { "left": l, "right": r } }),
        Answer::Hold(None) | Answer::HoldPair(None) => json!("skipped"),
    }
}

/// A stored answer to a question of `kind`; `None` if it has another shape.
fn from_value(kind: Kind, v: &Value) -> Option<Answer> {
    let small = |v: &Value| v.as_u64().and_then(|n| u16::try_from(n).ok());
    match kind {
        Kind::Single(_) => v.as_str().map(|k| Answer::Choice(k.to_owned())),
        Kind::Multi(_) => v
            .as_array()?
            .iter()
            .map(|k| k.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .map(Answer::Choices),
        Kind::Scale { .. } => v
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .map(Answer::Scale),
        Kind::Number { .. } if v == "unsure" => Some(Answer::Number(None)),
        Kind::Number { .. } => small(v.get("km")?).map(|n| Answer::Number(Some(n))),
        Kind::Date => Date::parse_iso(v.as_str()?).map(Answer::Date),
        Kind::Hold | Kind::HoldPair if v == "skipped" => Some(match kind {
            Kind::Hold => Answer::Hold(None),
            _ => Answer::HoldPair(None),
        }),
        Kind::Hold => small(v.get("seconds")?).map(|n| Answer::Hold(Some(n))),
        Kind::HoldPair => {
            let s = v.get("seconds")?;
            Some(Answer::HoldPair(Some((
                small(s.get("left")?)?,
                small(s.get("right")?)?,
            ))))
        }
    }
}

impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (q, answer) in self.iter() {
            map.serialize_entry(q.key(), &to_value(answer))?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let mut answers = Answers::default();
        for (key, value) in &fields {
            if let Some(q) = QuestionId::from_key(key) {
                if let Some(a) = from_value(q.kind(), value) {
                    // `set` refuses what does not fit (an unknown option, a
                    // score out of range): that answer stays unanswered.
                    answers.set(q, &a);
                }
            }
        }
        Ok(answers)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse_iso(&text).ok_or_else(|| D::Error::custom("not a date"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_answer_format_is_stable() {
        // Saved drafts and exports depend on this exact shape.
        let today = Date::from_ymd(2026, 11, 22).unwrap();
        let mut a = Answers::default();
        a.set(
            QuestionId::EmergencySigns,
            &Answer::Choices(vec!["none".into()]),
        );
        a.set(QuestionId::PainNow, &Answer::Scale(4));
        a.set(
            QuestionId::PainSite,
            &Answer::Choices(vec!["into_leg".into(), "central".into()]),
        );
        a.set(QuestionId::Onset, &Answer::Date(today.add_days(-5)));
        a.set(QuestionId::WeeklyKm, &Answer::Number(Some(35)));
        a.set(QuestionId::ShoeChange, &Answer::Choice("unsure".into()));
        a.set(QuestionId::TestPlank, &Answer::Hold(None));
        a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((20, 31))));
        a.set(QuestionId::TestSidePlank, &Answer::HoldPair(None));
        let json = serde_json::to_string(&a).unwrap();
        let golden = r#"{"emergency_signs":["none"],"onset":"2026-11-17","pain_now":4,"pain_site":["central","into_leg"],"weekly_km":{"km":35},"shoe_change":"unsure","test_bridge":{"seconds":{"left":20,"right":31}},"test_plank":"skipped","test_side_plank":"skipped"}"#;
        assert_eq!(json, golden);
        let read = |s: &str| serde_json::from_str::<Answers>(s).unwrap();
        assert_eq!(read(golden), a);
        let other = read(r#"{"weekly_km":"unsure","test_plank":{"seconds":40}}"#);
        assert_eq!(other.get(QuestionId::WeeklyKm), Some(&Answer::Number(None)));
        assert_eq!(
            other.get(QuestionId::TestPlank),
            Some(&Answer::Hold(Some(40)))
        );
    }

    #[test]
    fn wrong_values_are_dropped_one_by_one() {
        let a: Answers = serde_json::from_str(
            r#"{"age":"maybe","pain_now":11,"pain_running":3,"sitting":"over_8","onset":"2026-13-40","weekly_km":{"km":12},"nonsense":1,"limits":["none","limping"]}"#,
        )
        .unwrap();
        assert!(!a.is_answered(QuestionId::Age), "not an option");
        assert!(!a.is_answered(QuestionId::PainNow), "out of range");
        assert!(!a.is_answered(QuestionId::Onset), "not a date");
        assert!(
            !a.is_answered(QuestionId::Limits),
            "\"None of these\" with another"
        );
        assert!(a.is_answered(QuestionId::PainRunning) && a.is_answered(QuestionId::Sitting));
        assert!(a.is_answered(QuestionId::WeeklyKm));
    }
}
