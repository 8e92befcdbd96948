//! How answers and dates are stored: an object keyed by question, in asking
//! order. Option keys as strings, a list for several, scores as numbers,
//! `{"seconds": n}` / `{"seconds": {"left": l, "right": r}}`,
//! and "skipped" for no answer. Dates as "YYYY-MM-DD".
//!
//! Reading is lenient one answer at a time: an unknown question, or a value
//! of the wrong type or shape, is left unanswered instead of failing the
//! whole record.
use crate::assessment::answer::{Answer, Kind};
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::questions::QuestionId;
use serde::de::{Deserializer, Error as _, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The stored shapes of one answer besides strings and lists.
#[derive(Serialize, Deserialize)]
struct Seconds<T> {
    seconds: T,
}

#[derive(Serialize, Deserialize)]
struct Sides {
    left: u16,
    right: u16,
}

/// One answer as stored.
struct Stored<'a>(&'a Answer);

impl Serialize for Stored<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Answer::Choice(k) => k.serialize(s),
            Answer::Choices(ks) => ks.serialize(s),
            Answer::Scale(n) => n.serialize(s),
            Answer::Date(d) => d.serialize(s),
            Answer::Hold(Some(n)) => Seconds { seconds: *n }.serialize(s),
            Answer::HoldPair(Some((left, right))) => Seconds {
                seconds: Sides {
                    left: *left,
                    right: *right,
                },
            }
            .serialize(s),
            Answer::Hold(None) | Answer::HoldPair(None) => "skipped".serialize(s),
        }
    }
}

/// A stored answer to a question of `kind`, from its JSON text; `None` if it
/// has another shape.
fn read(kind: Kind, raw: &str) -> Option<Answer> {
    let parse = |r: &str| serde_json::from_str::<String>(r).ok();
    match kind {
        Kind::Single(_) => parse(raw).map(Answer::Choice),
        Kind::Multi(_) => serde_json::from_str(raw).ok().map(Answer::Choices),
        Kind::Scale { .. } => serde_json::from_str(raw)
            .ok()
            .map(Answer::Scale)
            .or_else(|| parse(raw).map(Answer::Choice)),
        Kind::Date => Date::parse_iso(&parse(raw)?).map(Answer::Date),
        Kind::Hold if raw == "\"skipped\"" => Some(Answer::Hold(None)),
        Kind::HoldPair if raw == "\"skipped\"" => Some(Answer::HoldPair(None)),
        Kind::Hold => serde_json::from_str::<Seconds<u16>>(raw)
            .ok()
            .map(|s| Answer::Hold(Some(s.seconds))),
        Kind::HoldPair => serde_json::from_str::<Seconds<Sides>>(raw)
            .ok()
            .map(|s| Answer::HoldPair(Some((s.seconds.left, s.seconds.right)))),
    }
}

impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (q, answer) in self.iter() {
            map.serialize_entry(q.key(), &Stored(answer))?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(AnswersVisitor)
    }
}

struct AnswersVisitor;

impl<'de> Visitor<'de> for AnswersVisitor {
    type Value = Answers;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("answers keyed by question")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
        let mut answers = Answers::default();
        while let Some(key) = map.next_key::<String>()? {
            let raw = map.next_value::<Box<RawValue>>()?;
            if let Some(q) = QuestionId::from_key(&key) {
                if let Some(a) = read(q.kind(), raw.get()) {
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

/// A saved check's answers, read from their stored text when first used:
/// a history of thousands is read at start, and what its pages show first
/// is each check's date and outcome. They read (and compare) as `Answers`.
#[derive(Clone, Default)]
pub struct CheckAnswers {
    /// As stored: a JSON object (checked when the check is read).
    text: Option<Box<RawValue>>,
    answers: std::cell::OnceCell<Answers>,
}

impl From<Answers> for CheckAnswers {
    fn from(answers: Answers) -> Self {
        CheckAnswers {
            text: None,
            answers: answers.into(),
        }
    }
}

impl std::ops::Deref for CheckAnswers {
    type Target = Answers;
    fn deref(&self) -> &Answers {
        self.answers.get_or_init(|| {
            // Read one answer at a time (an answer that does not fit stays
            // unanswered), so an object always reads.
            self.text
                .as_ref()
                .and_then(|t| serde_json::from_str(t.get()).ok())
                .unwrap_or_default()
        })
    }
}

impl PartialEq for CheckAnswers {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl PartialEq<Answers> for CheckAnswers {
    fn eq(&self, other: &Answers) -> bool {
        **self == *other
    }
}

impl std::fmt::Debug for CheckAnswers {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl Serialize for CheckAnswers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for CheckAnswers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Box::<RawValue>::deserialize(d)?;
        if !text.get().starts_with('{') {
            return Err(serde::de::Error::custom("answers are an object"));
        }
        Ok(CheckAnswers {
            text: Some(text),
            answers: std::cell::OnceCell::new(),
        })
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
        a.set(QuestionId::ShoeChange, &Answer::Choice("unsure".into()));
        a.set(QuestionId::TestPlank, &Answer::Hold(None));
        a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((20, 31))));
        a.set(QuestionId::TestSidePlank, &Answer::HoldPair(None));
        let json = serde_json::to_string(&a).unwrap();
        let golden = r#"{"emergency_signs":["none"],"onset":"2026-11-17","pain_now":4,"pain_site":["central","into_leg"],"shoe_change":"unsure","test_bridge":{"seconds":{"left":20,"right":31}},"test_plank":"skipped","test_side_plank":"skipped"}"#;
        assert_eq!(json, golden);
        let read = |s: &str| serde_json::from_str::<Answers>(s).unwrap();
        assert_eq!(read(golden), a);
        // Questions that are gone (distance a week, type of shoe) are ignored.
        let other =
            read(r#"{"weekly_km":"unsure","shoe_type":"minimal","test_plank":{"seconds":40}}"#);
        assert_eq!(other.iter().count(), 1);
        assert_eq!(
            other.get(QuestionId::TestPlank),
            Some(&Answer::Hold(Some(40)))
        );
    }

    #[test]
    fn a_checks_answers_are_read_when_first_used_and_compare_as_answers() {
        let text = r#"{"pain_now":4,"weekly_km":"unsure","age":"maybe"}"#;
        let read: CheckAnswers = serde_json::from_str(text).unwrap();
        let mut a = Answers::default();
        a.set(QuestionId::PainNow, &Answer::Scale(4));
        assert_eq!(read, a);
        assert_eq!(read, CheckAnswers::from(a.clone()));
        assert_eq!(read.get(QuestionId::PainNow), Some(&Answer::Scale(4)));
        // Written back as this app's answers: what is gone stays gone.
        assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"pain_now":4}"#);
        // Anything but an object is no answers at all.
        for bad in ["5", "\"x\"", "[]", "null"] {
            assert!(serde_json::from_str::<CheckAnswers>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn wrong_values_are_dropped_one_by_one() {
        let a: Answers = serde_json::from_str(
            r#"{"age":"maybe","pain_now":11,"pain_running":3,"sitting":"over_8","onset":"2026-13-40","shoe_km":"over_800","nonsense":1,"limits":["none","limping"]}"#,
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
        assert!(a.is_answered(QuestionId::ShoeKm));
    }
}
