//! Answer types: what a question can be answered with, and the uniform
//! [`Value`] through which the UI reads and writes any answer.
use super::date::Date;
use super::text::{Lang, Text};
use crate::json::Json;
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

/// A closed set of options, declared with [`choice!`](crate::choice).
pub trait Choice: Copy + Ord + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    const OPTIONS: &'static [OptionSpec];

    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|c| *c == self)
            .expect("option is listed in ALL")
    }
    fn spec(self) -> &'static OptionSpec {
        &Self::OPTIONS[self.index()]
    }
    fn key(self) -> &'static str {
        self.spec().key
    }
    fn label(self) -> Text {
        self.spec().label
    }
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
    fn is_unknown(self) -> bool {
        self.spec().role == Role::Unknown
    }
    /// Must stand alone in a multiple choice.
    fn is_exclusive(self) -> bool {
        self.spec().role != Role::Plain
    }
}

/// Declares an enum of answer options with stable keys and labels in every
/// language (saved answers store the key). Mark "I don't know" options
/// `[unknown]` and "none of these" options `[none]`.
#[macro_export]
macro_rules! choice {
    (
        $(#[$meta:meta])*
        $name:ident {
            $($variant:ident = $key:literal $([$role:ident])? => ($en:expr, $de:expr)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $crate::assessment::answer::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            const OPTIONS: &'static [$crate::assessment::answer::OptionSpec] = &[
                $($crate::assessment::answer::OptionSpec {
                    key: $key,
                    label: $crate::t!($en, $de),
                    role: $crate::choice!(@role $($role)?),
                }),+
            ];
        }
    };
    (@role unknown) => { $crate::assessment::answer::Role::Unknown };
    (@role none) => { $crate::assessment::answer::Role::None };
    (@role) => { $crate::assessment::answer::Role::Plain };
}

choice! {
    /// Plain yes or no: warning signs are facts a person can tell.
    YesNo {
        Yes = "yes" => ("Yes", "Ja"),
        No = "no" => ("No", "Nein"),
    }
}

choice! {
    /// Yes or no where a runner may honestly not know.
    YesNoUnsure {
        Yes = "yes" => ("Yes", "Ja"),
        No = "no" => ("No", "Nein"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

/// Several options of one set, sorted and without repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Multi<T: Choice>(Vec<T>);

impl<T: Choice> Multi<T> {
    /// Sorts, removes repeats; `None` when empty or when an exclusive option
    /// ("none of these", "I don't know") comes with another.
    pub fn new(mut items: Vec<T>) -> Option<Self> {
        super::sort::sort_dedup(&mut items);
        let has_exclusive = items.iter().any(|i| i.is_exclusive());
        if items.is_empty() || (has_exclusive && items.len() > 1) {
            return None;
        }
        Some(Multi(items))
    }
    pub fn items(&self) -> &[T] {
        &self.0
    }
    pub fn contains(&self, item: T) -> bool {
        self.0.contains(&item)
    }
}

/// Pain on a 0-10 scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pain(u8);

impl Pain {
    pub const MAX: u8 = 10;
    pub fn new(v: u8) -> Option<Pain> {
        (v <= Pain::MAX).then_some(Pain(v))
    }
    pub fn get(self) -> u8 {
        self.0
    }
}

/// Kilometres a week, or "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Km {
    Km(u16),
    Unsure,
}

impl Km {
    pub const MAX: u16 = 400;
}

/// A timed hold in a self-test, or "skip / I can't do this".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    Seconds(u16),
    Skipped,
}

/// A timed hold on each side in a self-test, or skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoldPair {
    Seconds { left: u16, right: u16 },
    Skipped,
}

/// The longest hold the app records, in seconds.
pub const HOLD_MAX: u16 = 600;

/// How a question is asked: what the UI renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Radio buttons, one answer.
    Single(&'static [OptionSpec]),
    /// Checkboxes; options whose role is not `Plain` stand alone.
    Multi(&'static [OptionSpec]),
    /// A 0..=max scale.
    Scale { max: u8, low: Text, high: Text },
    /// A whole number with a unit, or "I don't know".
    Number { max: u16, unit: Text },
    /// A calendar date, not in the future.
    Date,
    /// A timed hold in seconds, or skipped.
    Hold,
    /// A timed hold on each side, or skipped.
    HoldPair,
}

/// Any answer in a uniform shape, as the UI reads and writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Choice(String),
    Choices(Vec<String>),
    Scale(u8),
    /// `None`: "I don't know".
    Number(Option<u16>),
    Date(Date),
    /// `None`: skipped.
    Hold(Option<u16>),
    /// `None`: skipped.
    HoldPair(Option<(u16, u16)>),
}

impl Value {
    /// The answer as saved: option keys as strings, a list for several,
    /// numbers as numbers, `{"km": n}` / `{"seconds": n}` / `{"seconds":
    /// {"left": l, "right": r}}`, and "unsure" / "skipped" for no answer.
    pub fn to_json(&self) -> Json {
        match self {
            Value::Choice(k) => Json::from(k.as_str()),
            Value::Choices(ks) => Json::Arr(ks.iter().map(|k| Json::from(k.as_str())).collect()),
            Value::Scale(n) => Json::from(u64::from(*n)),
            Value::Number(Some(n)) => Json::obj([("km", Json::from(u64::from(*n)))]),
            Value::Number(None) => Json::from("unsure"),
            Value::Date(d) => Json::Str(d.to_string()),
            Value::Hold(Some(s)) => Json::obj([("seconds", Json::from(u64::from(*s)))]),
            Value::HoldPair(Some((l, r))) => Json::obj([(
                "seconds",
                Json::obj([
                    ("left", Json::from(u64::from(*l))),
                    ("right", Json::from(u64::from(*r))),
                ]),
            )]),
            Value::Hold(None) | Value::HoldPair(None) => Json::from("skipped"),
        }
    }

    /// Reads a saved answer of `kind`; `None` if it has another shape.
    pub fn from_json(kind: Kind, j: &Json) -> Option<Value> {
        let small = |j: &Json| j.as_u64().and_then(|n| u16::try_from(n).ok());
        match kind {
            Kind::Single(_) => j.as_str().map(|k| Value::Choice(k.to_owned())),
            Kind::Multi(_) => {
                let keys: Option<Vec<String>> = j
                    .as_array()?
                    .iter()
                    .map(|k| k.as_str().map(str::to_owned))
                    .collect();
                keys.map(Value::Choices)
            }
            Kind::Scale { .. } => j
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .map(Value::Scale),
            Kind::Number { .. } if j.as_str() == Some("unsure") => Some(Value::Number(None)),
            Kind::Number { .. } => small(j.get("km")?).map(|n| Value::Number(Some(n))),
            Kind::Date => Date::parse_iso(j.as_str()?).map(Value::Date),
            Kind::Hold if j.as_str() == Some("skipped") => Some(Value::Hold(None)),
            Kind::Hold => small(j.get("seconds")?).map(|n| Value::Hold(Some(n))),
            Kind::HoldPair if j.as_str() == Some("skipped") => Some(Value::HoldPair(None)),
            Kind::HoldPair => {
                let s = j.get("seconds")?;
                Some(Value::HoldPair(Some((
                    small(s.get("left")?)?,
                    small(s.get("right")?)?,
                ))))
            }
        }
    }
}

/// A type that answers a question.
pub trait AnswerType: Sized + Clone + PartialEq {
    fn kind() -> Kind;
    fn to_value(&self) -> Value;
    fn from_value(v: &Value) -> Option<Self>;
    /// An answer that says "I don't know" or "skipped".
    fn is_unknown(&self) -> bool;
    /// The answer in words, for "check your answers" and "why".
    fn describe(&self, lang: Lang) -> String;
    /// Every "don't know / skipped" answer this type has (for tests).
    fn unknowns() -> Vec<Self>;
}

impl<T: Choice> AnswerType for T {
    fn kind() -> Kind {
        Kind::Single(T::OPTIONS)
    }
    fn to_value(&self) -> Value {
        Value::Choice(self.key().to_owned())
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Choice(k) => T::from_key(k),
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        Choice::is_unknown(*self)
    }
    fn describe(&self, lang: Lang) -> String {
        self.label().get(lang).to_owned()
    }
    fn unknowns() -> Vec<Self> {
        T::ALL.iter().copied().filter(|c| c.is_unknown()).collect()
    }
}

impl<T: Choice> AnswerType for Multi<T> {
    fn kind() -> Kind {
        Kind::Multi(T::OPTIONS)
    }
    fn to_value(&self) -> Value {
        Value::Choices(self.0.iter().map(|c| c.key().to_owned()).collect())
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Choices(keys) => {
                let items: Option<Vec<T>> = keys.iter().map(|k| T::from_key(k)).collect();
                Multi::new(items?)
            }
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        self.0.iter().all(|c| c.is_unknown())
    }
    fn describe(&self, lang: Lang) -> String {
        let labels: Vec<&str> = self.0.iter().map(|c| c.label().get(lang)).collect();
        labels.join(", ")
    }
    fn unknowns() -> Vec<Self> {
        T::ALL
            .iter()
            .copied()
            .filter(|c| c.is_unknown())
            .map(|u| Multi(vec![u]))
            .collect()
    }
}

impl AnswerType for Pain {
    fn kind() -> Kind {
        Kind::Scale {
            max: Pain::MAX,
            low: t!("no pain", "keine Schmerzen"),
            high: t!(
                "worst pain you can imagine",
                "stärkste vorstellbare Schmerzen"
            ),
        }
    }
    fn to_value(&self) -> Value {
        Value::Scale(self.0)
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Scale(n) => Pain::new(*n),
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        false
    }
    fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{} out of 10", self.0),
            Lang::De => format!("{} von 10", self.0),
        }
    }
    fn unknowns() -> Vec<Self> {
        Vec::new()
    }
}

impl AnswerType for Km {
    fn kind() -> Kind {
        Kind::Number {
            max: Km::MAX,
            unit: t!("km a week", "km pro Woche"),
        }
    }
    fn to_value(&self) -> Value {
        match self {
            Km::Km(n) => Value::Number(Some(*n)),
            Km::Unsure => Value::Number(None),
        }
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Number(Some(n)) if *n <= Km::MAX => Some(Km::Km(*n)),
            Value::Number(None) => Some(Km::Unsure),
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        *self == Km::Unsure
    }
    fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Km::Km(n), Lang::En) => format!("{n} km a week"),
            (Km::Km(n), Lang::De) => format!("{n} km pro Woche"),
            (Km::Unsure, _) => YesNoUnsure::Unsure.label().get(lang).to_owned(),
        }
    }
    fn unknowns() -> Vec<Self> {
        vec![Km::Unsure]
    }
}

impl AnswerType for Date {
    fn kind() -> Kind {
        Kind::Date
    }
    fn to_value(&self) -> Value {
        Value::Date(*self)
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        false
    }
    fn describe(&self, lang: Lang) -> String {
        format_date(*self, lang)
    }
    fn unknowns() -> Vec<Self> {
        Vec::new()
    }
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

fn skipped(lang: Lang) -> &'static str {
    t!("Skipped / I can't do this", "Übersprungen / kann ich nicht").get(lang)
}

fn seconds(n: u16, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} s"),
        Lang::De => format!("{n} s"),
    }
}

impl AnswerType for Hold {
    fn kind() -> Kind {
        Kind::Hold
    }
    fn to_value(&self) -> Value {
        match self {
            Hold::Seconds(n) => Value::Hold(Some(*n)),
            Hold::Skipped => Value::Hold(None),
        }
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Hold(Some(n)) if *n <= HOLD_MAX => Some(Hold::Seconds(*n)),
            Value::Hold(None) => Some(Hold::Skipped),
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        *self == Hold::Skipped
    }
    fn describe(&self, lang: Lang) -> String {
        match self {
            Hold::Seconds(n) => seconds(*n, lang),
            Hold::Skipped => skipped(lang).to_owned(),
        }
    }
    fn unknowns() -> Vec<Self> {
        vec![Hold::Skipped]
    }
}

impl AnswerType for HoldPair {
    fn kind() -> Kind {
        Kind::HoldPair
    }
    fn to_value(&self) -> Value {
        match self {
            HoldPair::Seconds { left, right } => Value::HoldPair(Some((*left, *right))),
            HoldPair::Skipped => Value::HoldPair(None),
        }
    }
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::HoldPair(Some((l, r))) if *l <= HOLD_MAX && *r <= HOLD_MAX => {
                Some(HoldPair::Seconds {
                    left: *l,
                    right: *r,
                })
            }
            Value::HoldPair(None) => Some(HoldPair::Skipped),
            _ => None,
        }
    }
    fn is_unknown(&self) -> bool {
        *self == HoldPair::Skipped
    }
    fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (HoldPair::Seconds { left, right }, Lang::En) => {
                format!(
                    "left {}, right {}",
                    seconds(*left, lang),
                    seconds(*right, lang)
                )
            }
            (HoldPair::Seconds { left, right }, Lang::De) => {
                format!(
                    "links {}, rechts {}",
                    seconds(*left, lang),
                    seconds(*right, lang)
                )
            }
            (HoldPair::Skipped, _) => skipped(lang).to_owned(),
        }
    }
    fn unknowns() -> Vec<Self> {
        vec![HoldPair::Skipped]
    }
}
