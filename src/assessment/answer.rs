//! What a question can be answered with ([`Kind`], [`OptionSpec`]) and the
//! one form an answer takes ([`Answer`]).
use super::date::Date;
use super::text::{Lang, Text};
use crate::t;

/// What an option means beyond its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// An ordinary answer.
    Plain,
    /// "None of these": stands alone in a multiple choice.
    None,
    /// "I don't know" / "not sure": no information; stands alone too.
    Unknown,
}

/// One option of a choice question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// Stable key, stored in saved answers.
    pub key: &'static str,
    pub label: Text,
    pub role: Role,
}

impl OptionSpec {
    /// An ordinary option.
    pub const fn plain(key: &'static str, label: Text) -> OptionSpec {
        OptionSpec {
            key,
            label,
            role: Role::Plain,
        }
    }
    /// "None of these": stands alone among checkboxes.
    pub const fn none(label: Text) -> OptionSpec {
        OptionSpec {
            key: "none",
            label,
            role: Role::None,
        }
    }
    /// "I don't know", "skipped": no information.
    pub const fn unknown(key: &'static str, label: Text) -> OptionSpec {
        OptionSpec {
            key,
            label,
            role: Role::Unknown,
        }
    }
}

/// Pain scores run from 0 to this.
pub const PAIN_MAX: u8 = 10;
/// The longest hold the app records, in seconds.
pub const HOLD_MAX: u16 = 600;

/// How a question is asked: what the UI renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Radio buttons, one answer.
    Single(&'static [OptionSpec]),
    /// Checkboxes; options whose role is not `Plain` stand alone.
    Multi(&'static [OptionSpec]),
    /// A 0..=max scale, and optionally one choice beside it ("I have not
    /// run since"), answered as [`Answer::Choice`].
    Scale {
        max: u8,
        low: Text,
        high: Text,
        extra: Option<OptionSpec>,
    },
    /// A calendar date, not in the future.
    Date,
    /// A timed hold in seconds, or skipped.
    Hold,
    /// A timed hold on each side, or skipped.
    HoldPair,
}

/// A runner's answer to one question: the one form an answer has. Option
/// keys are the stable keys of [`OptionSpec`]; "I don't know" and "skipped"
/// are `None` where the kind has no option for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Choice(String),
    /// Sorted in option order, without repeats.
    Choices(Vec<String>),
    Scale(u8),
    Date(Date),
    /// `None`: skipped.
    Hold(Option<u16>),
    /// `None`: skipped.
    HoldPair(Option<(u16, u16)>),
}

impl Kind {
    /// `answer` in the form this kind takes, if it fits: a known option (or
    /// options, with "None of these" / "I don't know" alone, put in option
    /// order), a score or number in range. Anything else is `None`.
    pub fn accept(self, answer: &Answer) -> Option<Answer> {
        let known = |options: &[OptionSpec], k: &str| options.iter().position(|o| o.key == k);
        match (self, answer) {
            (Kind::Single(o), Answer::Choice(k)) => known(o, k).map(|_| answer.clone()),
            (Kind::Multi(o), Answer::Choices(keys)) => {
                let given: Vec<usize> = keys.iter().map(|k| known(o, k)).collect::<Option<_>>()?;
                // In option order, each once.
                let at: Vec<usize> = (0..o.len()).filter(|i| given.contains(i)).collect();
                let alone = at.iter().any(|&i| o[i].role != Role::Plain);
                if at.is_empty() || (alone && at.len() > 1) {
                    return None;
                }
                Some(Answer::Choices(
                    at.iter().map(|&i| o[i].key.to_owned()).collect(),
                ))
            }
            (Kind::Scale { max, .. }, Answer::Scale(n)) => (*n <= max).then(|| answer.clone()),
            (Kind::Scale { extra: Some(o), .. }, Answer::Choice(k)) => {
                (o.key == k).then(|| answer.clone())
            }
            (Kind::Date, Answer::Date(_)) => Some(answer.clone()),
            (Kind::Hold, Answer::Hold(s)) => {
                s.is_none_or(|s| s <= HOLD_MAX).then(|| answer.clone())
            }
            (Kind::HoldPair, Answer::HoldPair(p)) => p
                .is_none_or(|(l, r)| l <= HOLD_MAX && r <= HOLD_MAX)
                .then(|| answer.clone()),
            _ => None,
        }
    }

    /// Every "I don't know" or "skipped" answer this kind has.
    pub fn unknowns(self) -> Vec<Answer> {
        match self {
            Kind::Single(o) => o
                .iter()
                .filter(|o| o.role == Role::Unknown)
                .map(|o| Answer::Choice(o.key.to_owned()))
                .collect(),
            Kind::Multi(o) => o
                .iter()
                .filter(|o| o.role == Role::Unknown)
                .map(|o| Answer::Choices(vec![o.key.to_owned()]))
                .collect(),
            Kind::Scale { .. } | Kind::Date => Vec::new(),
            Kind::Hold => vec![Answer::Hold(None)],
            Kind::HoldPair => vec![Answer::HoldPair(None)],
        }
    }
}

impl Answer {
    /// "I don't know" or "skipped": the answer gives no information.
    pub fn is_unknown(&self, kind: Kind) -> bool {
        kind.unknowns().contains(self)
    }

    /// The answer in words, for "check your answers" and "why".
    pub fn describe(&self, kind: Kind, lang: Lang) -> String {
        self.describe_sides(kind, SIDES, lang)
    }

    /// The answer in words, a timed pair with its sides named as given.
    pub fn describe_sides(&self, kind: Kind, sides: [Text; 2], lang: Lang) -> String {
        let label = |k: &str| -> String {
            match kind {
                Kind::Single(o) | Kind::Multi(o) => o
                    .iter()
                    .find(|o| o.key == k)
                    .map_or(k, |o| o.label.get(lang))
                    .to_owned(),
                Kind::Scale { extra: Some(o), .. } if o.key == k => o.label.get(lang).to_owned(),
                _ => k.to_owned(),
            }
        };
        match self {
            Answer::Choice(k) => label(k),
            Answer::Choices(ks) => ks.iter().map(|k| label(k)).collect::<Vec<_>>().join(", "),
            Answer::Scale(n) => match lang {
                Lang::En => format!("{n} out of 10"),
                Lang::De => format!("{n} von 10"),
            },
            Answer::Date(d) => format_date(*d, lang),
            Answer::Hold(Some(n)) => seconds(*n, lang),
            Answer::HoldPair(Some((first, second))) => {
                let [a, b] = sides;
                format!(
                    "{}: {} · {}: {}",
                    a.get(lang),
                    seconds(*first, lang),
                    b.get(lang),
                    seconds(*second, lang)
                )
            }
            Answer::Hold(None) | Answer::HoldPair(None) => SKIPPED.get(lang).to_owned(),
        }
    }
}

/// "I don't know", as a label.
pub const DONT_KNOW: Text = t!("I don't know", "Weiß ich nicht");
/// "Skipped", as a label.
pub const SKIPPED: Text = t!("Skipped or not possible", "Übersprungen oder nicht möglich");
/// The two sides of a timed pair when its question names none of its own.
pub const SIDES: [Text; 2] = [
    t!("first side", "erste Seite"),
    t!("second side", "zweite Seite"),
];

fn seconds(n: u16, _lang: Lang) -> String {
    format!("{n} s")
}

/// A date as people write it: 3 March 2026 / 3. März 2026.
pub fn format_date(d: Date, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let (y, m, day) = d.ymd();
    let i = (m - 1) as usize;
    match lang {
        Lang::En => format!("{day} {} {y}", EN[i]),
        Lang::De => format!("{day}. {} {y}", DE[i]),
    }
}
