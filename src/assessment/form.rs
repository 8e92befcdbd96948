//! What the runner typed or picked on a question page, before it is an answer:
//! parsing and validation with messages in both languages, so the UI only
//! shows them and the rules are tested natively.
use super::answer::{Answer, Kind, Role, HOLD_MAX};
use super::date::Date;
use super::questions::QuestionId;
use super::text::Text;
use crate::t;

/// The state of a question page's inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormInput {
    /// Selected option keys (one for a single choice or a score).
    pub picked: Vec<String>,
    /// The onset as a date, `YYYY-MM-DD` (a date input's value).
    pub date: String,
    /// The onset as a number of days before today.
    pub days_ago: String,
    /// Seconds held: the side timed first (or the only one), then the second.
    pub seconds: [String; 2],
}

/// Which of two timed sides: the one timed first, or second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    First,
    Second,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::First, Side::Second];

    pub fn index(self) -> usize {
        match self {
            Side::First => 0,
            Side::Second => 1,
        }
    }
}

/// One input of a question page: its options, or one of its text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The radio buttons or checkboxes.
    Options,
    Date,
    DaysAgo,
    Seconds(Side),
}

/// A validation error: which input, and the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormError {
    pub field: Field,
    pub message: Text,
}

const fn err(field: Field, message: Text) -> Result<Answer, FormError> {
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
            Some(Answer::Date(date)) => d.date = date.to_string(),
            Some(Answer::Hold(Some(s))) => d.seconds[0] = s.to_string(),
            Some(Answer::HoldPair(Some((first, second)))) => {
                d.seconds = [first.to_string(), second.to_string()];
            }
            Some(Answer::Hold(None) | Answer::HoldPair(None)) => {}
        }
        d
    }

    /// The text in a field (empty for the options).
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Options => "",
            Field::Date => &self.date,
            Field::DaysAgo => &self.days_ago,
            Field::Seconds(side) => &self.seconds[side.index()],
        }
    }

    /// Sets a text field (the options are picked, not typed).
    pub fn set_text(&mut self, field: Field, value: String) {
        match field {
            Field::Options => {}
            Field::Date => self.date = value,
            Field::DaysAgo => self.days_ago = value,
            Field::Seconds(side) => self.seconds[side.index()] = value,
        }
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
                _ => err(
                    Field::Options,
                    t!("Select an answer", "Wähle eine Antwort aus"),
                ),
            },
            Kind::Multi(options) => {
                if self.picked.is_empty() {
                    return err(
                        Field::Options,
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
                    return err(
                        Field::Options,
                        t!("Select an answer", "Wähle eine Antwort aus"),
                    );
                }
                let alone =
                    |k: &String| options.iter().any(|o| o.key == k && o.role != Role::Plain);
                if self.picked.len() > 1 && self.picked.iter().any(alone) {
                    return err(
                        Field::Options,
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
                    Field::Options,
                    t!(
                        "Select a number from 0 to 10",
                        "Wähle eine Zahl von 0 bis 10"
                    ),
                ),
            },
            Kind::Date => self.parse_date(today),
            Kind::Hold => self.held(Side::First).map(|n| Answer::Hold(Some(n))),
            Kind::HoldPair => {
                let first = self.held(Side::First)?;
                let second = self.held(Side::Second)?;
                Ok(Answer::HoldPair(Some((first, second))))
            }
        }
    }

    /// The seconds held on `side`, or what is wrong with them.
    fn held(&self, side: Side) -> Result<u16, FormError> {
        parse_whole(&self.seconds[side.index()])
            .filter(|n| *n <= HOLD_MAX)
            .ok_or(FormError {
                field: Field::Seconds(side),
                message: SECONDS_ERROR,
            })
    }

    fn parse_date(&self, today: Date) -> Result<Answer, FormError> {
        let date = self.date.trim();
        let days = self.days_ago.trim();
        if !days.is_empty() {
            return match parse_whole(days) {
                Some(n) if n <= 3650 => Ok(Answer::Date(today.add_days(-i32::from(n)))),
                _ => err(
                    Field::DaysAgo,
                    t!(
                        "Enter the number of days, like 5",
                        "Gib die Anzahl der Tage ein, zum Beispiel 5"
                    ),
                ),
            };
        }
        if date.is_empty() {
            return err(
                Field::Date,
                t!(
                    "Enter the date the pain started, or how many days ago",
                    "Gib ein, an welchem Tag die Schmerzen begannen oder vor wie vielen Tagen das war"
                ),
            );
        }
        match Date::parse_iso(date) {
            Some(d) if d > today => err(
                Field::Date,
                t!(
                    "The date must be today or in the past",
                    "Das Datum muss heute oder in der Vergangenheit liegen"
                ),
            ),
            Some(d) if today.days_since(d) > 3650 => err(
                Field::Date,
                t!(
                    "Enter a date within the last 10 years",
                    "Gib ein Datum aus den letzten 10 Jahren ein"
                ),
            ),
            Some(d) => Ok(Answer::Date(d)),
            None => err(
                Field::Date,
                t!("Enter a real date", "Gib ein gültiges Datum ein"),
            ),
        }
    }
}

/// A page's answers, or its errors, each with its question.
pub type PageResult = Result<Vec<(QuestionId, Answer)>, Vec<(QuestionId, FormError)>>;

/// A question page's answers: every question's input parsed, or every
/// error found (a page is submitted whole or not at all).
pub fn parse_page(questions: &[QuestionId], inputs: &[FormInput], today: Date) -> PageResult {
    let mut answers = Vec::with_capacity(questions.len());
    let mut errors = Vec::new();
    for (&q, input) in questions.iter().zip(inputs) {
        match input.parse(q.kind(), today) {
            Ok(a) => answers.push((q, a)),
            Err(e) => errors.push((q, e)),
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

const SECONDS_ERROR: Text = t!(
    "Enter the seconds you held, like 35, or use the timer",
    "Gib die gehaltenen Sekunden ein (zum Beispiel 35) oder nutze die Stoppuhr"
);

#[cfg(test)]
mod tests {
    use super::*;
    use QuestionId as Q;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 22).unwrap()
    }

    fn picked(keys: &[&str]) -> FormInput {
        FormInput {
            picked: keys.iter().map(|s| s.to_string()).collect(),
            ..FormInput::default()
        }
    }

    fn onset(date: &str, days_ago: &str) -> FormInput {
        FormInput {
            date: date.into(),
            days_ago: days_ago.into(),
            ..FormInput::default()
        }
    }

    fn held(first: &str, second: &str) -> FormInput {
        FormInput {
            seconds: [first.into(), second.into()],
            ..FormInput::default()
        }
    }

    fn field_of(input: FormInput, q: Q) -> Field {
        input.parse(q.kind(), today()).unwrap_err().field
    }

    #[test]
    fn single_choice_needs_a_known_option() {
        let kind = Q::Sitting.kind();
        assert_eq!(
            picked(&["over_8"]).parse(kind, today()),
            Ok(Answer::Choice("over_8".into()))
        );
        assert_eq!(field_of(picked(&[]), Q::Sitting), Field::Options);
        assert!(picked(&["bogus"]).parse(kind, today()).is_err());
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
        let both = picked(&["legs_cross", "none"]);
        assert_eq!(field_of(both, Q::TechniqueSigns), Field::Options);
        assert!(d.parse(Q::TechniqueSigns.kind(), today()).is_err());
    }

    #[test]
    fn onset_by_date_or_days_ago() {
        let kind = Q::Onset.kind();
        let d = |s: &str| Answer::Date(Date::parse_iso(s).unwrap());
        assert_eq!(
            onset("2026-11-20", "").parse(kind, today()),
            Ok(d("2026-11-20"))
        );
        assert_eq!(onset("", "5").parse(kind, today()), Ok(d("2026-11-17")));
        assert_eq!(
            onset("2026-11-01", "0").parse(kind, today()),
            Ok(d("2026-11-22")),
            "days ago wins"
        );
        assert_eq!(
            field_of(onset("2026-11-23", ""), Q::Onset),
            Field::Date,
            "future"
        );
        assert_eq!(field_of(onset("2026-02-30", ""), Q::Onset), Field::Date);
        assert_eq!(field_of(onset("", "abc"), Q::Onset), Field::DaysAgo);
        assert_eq!(field_of(onset("", ""), Q::Onset), Field::Date);
    }

    #[test]
    fn holds_take_seconds_per_side() {
        assert_eq!(
            held("45", "").parse(Q::TestPlank.kind(), today()),
            Ok(Answer::Hold(Some(45)))
        );
        let pair = Q::TestBridge.kind();
        assert_eq!(
            held("30", "41").parse(pair, today()),
            Ok(Answer::HoldPair(Some((30, 41))))
        );
        assert_eq!(
            field_of(held("30", ""), Q::TestBridge),
            Field::Seconds(Side::Second)
        );
        assert_eq!(
            field_of(held("", "30"), Q::TestBridge),
            Field::Seconds(Side::First)
        );
        assert_eq!(
            field_of(held("9999", "1"), Q::TestBridge),
            Field::Seconds(Side::First)
        );
    }

    #[test]
    fn a_field_is_read_and_set_by_its_name() {
        let mut d = FormInput::default();
        for (n, field) in [
            Field::Date,
            Field::DaysAgo,
            Field::Seconds(Side::First),
            Field::Seconds(Side::Second),
        ]
        .into_iter()
        .enumerate()
        {
            d.set_text(field, n.to_string());
            assert_eq!(d.text(field), n.to_string());
        }
        assert_eq!((d.date.as_str(), d.days_ago.as_str()), ("0", "1"));
        assert_eq!(d.seconds, ["2".to_owned(), "3".to_owned()]);
        d.set_text(Field::Options, "x".into());
        assert_eq!(d.text(Field::Options), "");
        assert!(d.picked.is_empty());
    }

    #[test]
    fn a_page_is_answered_whole_or_gives_every_error() {
        let page = [Q::PainNow, Q::PainRunning];
        assert_eq!(
            parse_page(&page, &[picked(&["2"]), picked(&["4"])], today()),
            Ok(vec![
                (Q::PainNow, Answer::Scale(2)),
                (Q::PainRunning, Answer::Scale(4))
            ])
        );
        let errors = parse_page(&page, &[picked(&[]), picked(&["11"])], today()).unwrap_err();
        assert_eq!(
            errors
                .iter()
                .map(|(q, e)| (*q, e.field))
                .collect::<Vec<_>>(),
            [
                (Q::PainNow, Field::Options),
                (Q::PainRunning, Field::Options)
            ]
        );
    }

    #[test]
    fn a_saved_answer_prefills_the_same_answer() {
        for (q, value) in [
            (Q::DoSelfTests, Answer::Choice("yes".into())),
            (
                Q::PainTriggers,
                Answer::Choices(vec!["sitting".into(), "hard_effort".into()]),
            ),
            (Q::PainNow, Answer::Scale(7)),
            (Q::Onset, Answer::Date(Date::from_ymd(2026, 11, 2).unwrap())),
            (Q::TestPlank, Answer::Hold(Some(12))),
            (Q::TestBridge, Answer::HoldPair(Some((20, 25)))),
        ] {
            assert_eq!(
                FormInput::from_value(Some(&value)).parse(q.kind(), today()),
                Ok(value)
            );
        }
    }
}
