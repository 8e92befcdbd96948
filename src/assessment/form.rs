//! What the runner typed or picked on a question page, before it is an answer:
//! parsing and validation with messages in both languages, so the UI only
//! shows them and the rules are tested natively.
use super::answer::{Answer, Kind, Role, HOLD_MAX};
use super::date::Date;
use super::text::Text;
use crate::t;

/// The state of a question page's inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormInput {
    /// Selected option keys (one for a single choice).
    pub picked: Vec<String>,
    /// Text fields: a date (`YYYY-MM-DD`), seconds (left for a pair).
    pub text: String,
    /// Second text field: "days ago" for a date, right side for a pair.
    pub text2: String,
}

/// A validation error: which field, and the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormError {
    /// 0: the first input (or the option group), 1: the second input.
    pub field: u8,
    pub message: Text,
}

const fn err(field: u8, message: Text) -> Result<Answer, FormError> {
    Err(FormError { field, message })
}

fn parse_whole(s: &str) -> Option<u16> {
    let s = s.trim();
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl FormInput {
    /// The inputs for an existing answer, to prefill the page.
    pub fn from_value(value: Option<&Answer>) -> FormInput {
        let mut d = FormInput::default();
        match value {
            None => {}
            Some(Answer::Choice(k)) => d.picked = vec![k.clone()],
            Some(Answer::Choices(ks)) => d.picked = ks.clone(),
            Some(Answer::Scale(n)) => d.picked = vec![n.to_string()],
            Some(Answer::Date(date)) => d.text = date.to_string(),
            Some(Answer::Hold(Some(s))) => d.text = s.to_string(),
            Some(Answer::HoldPair(Some((l, r)))) => {
                d.text = l.to_string();
                d.text2 = r.to_string();
            }
            Some(Answer::Hold(None) | Answer::HoldPair(None)) => {}
        }
        d
    }

    /// Ticks or unticks an option of a multiple choice; an exclusive option
    /// ("none", "I don't know") clears the others and is cleared by them.
    pub fn toggle(&mut self, options: &[super::answer::OptionSpec], key: &str, on: bool) {
        self.picked.retain(|k| k != key);
        if !on {
            return;
        }
        let exclusive = |k: &str| options.iter().any(|o| o.key == k && o.role != Role::Plain);
        if exclusive(key) {
            self.picked.clear();
        } else {
            self.picked.retain(|k| !exclusive(k));
        }
        self.picked.push(key.to_owned());
    }

    /// The answer these inputs give, or what is wrong with them.
    pub fn parse(&self, kind: Kind, today: Date) -> Result<Answer, FormError> {
        match kind {
            Kind::Single(options) => match self.picked.first() {
                Some(k) if options.iter().any(|o| o.key == k) => Ok(Answer::Choice(k.clone())),
                _ => err(0, t!("Select an answer", "Wähle eine Antwort aus")),
            },
            Kind::Multi(options) => {
                if self.picked.is_empty() {
                    return err(
                        0,
                        t!(
                            "Select at least one answer",
                            "Wähle mindestens eine Antwort aus"
                        ),
                    );
                }
                if !self
                    .picked
                    .iter()
                    .all(|k| options.iter().any(|o| o.key == k))
                {
                    return err(0, t!("Select an answer", "Wähle eine Antwort aus"));
                }
                let alone =
                    |k: &String| options.iter().any(|o| o.key == k && o.role != Role::Plain);
                if self.picked.len() > 1 && self.picked.iter().any(alone) {
                    return err(
                        0,
                        t!(
                            "Select \u{201c}None of these\u{201d} or \u{201c}I don't know\u{201d} on its own, or only the other answers",
                            "Wähle „Nichts davon“ oder „Weiß ich nicht“ allein aus oder nur die anderen Antworten"
                        ),
                    );
                }
                Ok(Answer::Choices(self.picked.clone()))
            }
            Kind::Scale { extra: Some(o), .. }
                if self.picked.first().is_some_and(|k| k == o.key) =>
            {
                Ok(Answer::Choice(o.key.to_owned()))
            }
            Kind::Scale { max, .. } => match self.picked.first().and_then(|k| k.parse::<u8>().ok())
            {
                Some(n) if n <= max => Ok(Answer::Scale(n)),
                _ => err(
                    0,
                    t!(
                        "Select a number from 0 to 10",
                        "Wähle eine Zahl von 0 bis 10"
                    ),
                ),
            },
            Kind::Date => self.parse_date(today),
            Kind::Hold => match parse_whole(&self.text) {
                Some(n) if n <= HOLD_MAX => Ok(Answer::Hold(Some(n))),
                _ => err(0, SECONDS_ERROR),
            },
            Kind::HoldPair => {
                let left = parse_whole(&self.text).filter(|n| *n <= HOLD_MAX);
                let right = parse_whole(&self.text2).filter(|n| *n <= HOLD_MAX);
                match (left, right) {
                    (Some(l), Some(r)) => Ok(Answer::HoldPair(Some((l, r)))),
                    (None, _) => err(0, SECONDS_ERROR),
                    (Some(_), None) => err(1, SECONDS_ERROR),
                }
            }
        }
    }

    fn parse_date(&self, today: Date) -> Result<Answer, FormError> {
        let date = self.text.trim();
        let days = self.text2.trim();
        if !days.is_empty() {
            return match parse_whole(days) {
                Some(n) if n <= 3650 => Ok(Answer::Date(today.add_days(-i32::from(n)))),
                _ => err(
                    1,
                    t!(
                        "Enter the number of days, like 5",
                        "Gib die Anzahl der Tage ein, zum Beispiel 5"
                    ),
                ),
            };
        }
        if date.is_empty() {
            return err(
                0,
                t!(
                    "Enter the date the pain started, or how many days ago",
                    "Gib ein, an welchem Tag die Schmerzen begannen oder vor wie vielen Tagen das war"
                ),
            );
        }
        match Date::parse_iso(date) {
            Some(d) if d > today => err(
                0,
                t!(
                    "The date must be today or in the past",
                    "Das Datum muss heute oder in der Vergangenheit liegen"
                ),
            ),
            Some(d) if today.days_since(d) > 3650 => err(
                0,
                t!(
                    "Enter a date within the last 10 years",
                    "Gib ein Datum aus den letzten 10 Jahren ein"
                ),
            ),
            Some(d) => Ok(Answer::Date(d)),
            None => err(0, t!("Enter a real date", "Gib ein gültiges Datum ein")),
        }
    }
}

const SECONDS_ERROR: Text = t!(
    "Enter the seconds you held, like 35, or use the timer",
    "Gib die gehaltenen Sekunden ein (zum Beispiel 35) oder nutze die Stoppuhr"
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::questions::QuestionId as Q;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 22).unwrap()
    }

    fn input(picked: &[&str], text: &str, text2: &str) -> FormInput {
        FormInput {
            picked: picked.iter().map(|s| s.to_string()).collect(),
            text: text.into(),
            text2: text2.into(),
        }
    }

    #[test]
    fn single_choice_needs_a_known_option() {
        let kind = Q::Sitting.kind();
        assert_eq!(
            input(&["over_8"], "", "").parse(kind, today()),
            Ok(Answer::Choice("over_8".into()))
        );
        assert_eq!(
            input(&[], "", "").parse(kind, today()).unwrap_err().field,
            0
        );
        assert!(input(&["bogus"], "", "").parse(kind, today()).is_err());
    }

    #[test]
    fn exclusive_options_stand_alone() {
        let Kind::Multi(options) = Q::TechniqueSigns.kind() else {
            panic!()
        };
        let mut d = FormInput::default();
        d.toggle(options, "legs_cross", true);
        d.toggle(options, "arms_cross", true);
        assert_eq!(d.picked, ["legs_cross", "arms_cross"]);
        d.toggle(options, "none", true);
        assert_eq!(d.picked, ["none"]);
        d.toggle(options, "overstride", true);
        assert_eq!(d.picked, ["overstride"]);
        d.toggle(options, "overstride", false);
        assert!(d.picked.is_empty());
        // Picked together anyway (the form was quicker than the toggle): refused.
        let both = input(&["legs_cross", "none"], "", "");
        assert_eq!(
            both.parse(Q::TechniqueSigns.kind(), today())
                .unwrap_err()
                .field,
            0
        );
        assert!(d.parse(Q::TechniqueSigns.kind(), today()).is_err());
    }

    #[test]
    fn onset_by_date_or_days_ago() {
        let kind = Q::Onset.kind();
        let d = |s: &str| Answer::Date(Date::parse_iso(s).unwrap());
        assert_eq!(
            input(&[], "2026-11-20", "").parse(kind, today()),
            Ok(d("2026-11-20"))
        );
        assert_eq!(
            input(&[], "", "5").parse(kind, today()),
            Ok(d("2026-11-17"))
        );
        assert_eq!(
            input(&[], "2026-11-01", "0").parse(kind, today()),
            Ok(d("2026-11-22")),
            "days ago wins"
        );
        assert_eq!(
            input(&[], "2026-11-23", "")
                .parse(kind, today())
                .unwrap_err()
                .field,
            0,
            "future"
        );
        assert_eq!(
            input(&[], "2026-02-30", "")
                .parse(kind, today())
                .unwrap_err()
                .field,
            0
        );
        assert_eq!(
            input(&[], "", "abc")
                .parse(kind, today())
                .unwrap_err()
                .field,
            1
        );
        assert!(input(&[], "", "").parse(kind, today()).is_err());
    }

    #[test]
    fn holds_take_seconds_per_side() {
        assert_eq!(
            input(&[], "45", "").parse(Q::TestPlank.kind(), today()),
            Ok(Answer::Hold(Some(45)))
        );
        let pair = Q::TestBridge.kind();
        assert_eq!(
            input(&[], "30", "41").parse(pair, today()),
            Ok(Answer::HoldPair(Some((30, 41))))
        );
        assert_eq!(
            input(&[], "30", "").parse(pair, today()).unwrap_err().field,
            1
        );
        assert_eq!(
            input(&[], "", "30").parse(pair, today()).unwrap_err().field,
            0
        );
        assert!(input(&[], "9999", "1").parse(pair, today()).is_err());
    }

    #[test]
    fn a_saved_answer_prefills_the_same_answer() {
        for value in [
            Answer::Choice("yes".into()),
            Answer::Scale(7),
            Answer::Hold(Some(12)),
            Answer::HoldPair(Some((20, 25))),
        ] {
            let kind = match &value {
                Answer::Choice(_) => Q::DoSelfTests.kind(),
                Answer::Scale(_) => Q::PainNow.kind(),
                Answer::Hold(_) => Q::TestPlank.kind(),
                _ => Q::TestBridge.kind(),
            };
            assert_eq!(
                FormInput::from_value(Some(&value)).parse(kind, today()),
                Ok(value)
            );
        }
    }
}
