//! Conditions on the answers: what the rules and the follow-up questions test.
use super::answer::{Answer, Kind};
use super::answers::Answers;
use super::date::Date;
use super::questions::QuestionId;

/// A condition on the answers.
#[derive(Clone, Copy, Debug)]
pub enum Cond {
    /// A single-choice (or yes/no) answer has this option key.
    Is(QuestionId, &'static str),
    /// A multiple-choice answer includes this option key.
    Has(QuestionId, &'static str),
    Any(&'static [Cond]),
    All(&'static [Cond]),
    /// A 0-10 pain score is at least this.
    PainAtLeast(QuestionId, u8),
    /// A timed hold (the weaker side, for a pair) lasted fewer seconds than this.
    HoldUnder(QuestionId, u16),
    /// A timed hold (the weaker side, for a pair) lasted at least this long.
    HoldAtLeast(QuestionId, u16),
    /// The weaker side of a timed pair held less than this share (in %) of
    /// the stronger side.
    SideShareUnder(QuestionId, u16),
    /// At least this many days have passed since the pain began (the onset
    /// day is day 0).
    PainDaysAtLeast(i32),
}

impl Cond {
    /// Whether the condition holds. `today` is needed only for `PainDaysAtLeast`;
    /// without it, that condition does not hold. Unanswered never holds.
    pub fn holds(&self, a: &Answers, today: Option<Date>) -> bool {
        match *self {
            Cond::Is(q, key) => matches!(a.get(q), Some(Answer::Choice(k)) if k == key),
            Cond::Has(q, key) => {
                matches!(a.get(q), Some(Answer::Choices(ks)) if ks.iter().any(|k| k == key))
            }
            Cond::Any(cs) => cs.iter().any(|c| c.holds(a, today)),
            Cond::All(cs) => cs.iter().all(|c| c.holds(a, today)),
            Cond::PainAtLeast(q, n) => matches!(a.get(q), Some(Answer::Scale(p)) if *p >= n),
            Cond::HoldUnder(q, secs) => weaker_hold(a, q).is_some_and(|s| s < secs),
            Cond::HoldAtLeast(q, secs) => weaker_hold(a, q).is_some_and(|s| s >= secs),
            Cond::SideShareUnder(q, pct) => matches!(
                a.get(q),
                Some(Answer::HoldPair(Some((l, r)))) if u32::from(*l.min(r)) * 100 < u32::from(pct) * u32::from(*l.max(r))
            ),
            Cond::PainDaysAtLeast(days) => match (a.onset(), today) {
                (Some(onset), Some(today)) => today.days_since(onset) >= days,
                _ => false,
            },
        }
    }

    /// The questions the condition reads.
    pub fn questions(&self) -> Vec<QuestionId> {
        match *self {
            Cond::Is(q, _)
            | Cond::Has(q, _)
            | Cond::PainAtLeast(q, _)
            | Cond::HoldUnder(q, _)
            | Cond::HoldAtLeast(q, _)
            | Cond::SideShareUnder(q, _) => vec![q],
            Cond::Any(cs) | Cond::All(cs) => {
                QuestionId::in_order(cs.iter().flat_map(Cond::questions))
            }
            Cond::PainDaysAtLeast(_) => vec![QuestionId::Onset],
        }
    }

    /// The option keys the condition names, with their question (for checks).
    pub fn option_keys(&self) -> Vec<(QuestionId, &'static str)> {
        match *self {
            Cond::Is(q, k) | Cond::Has(q, k) => vec![(q, k)],
            Cond::Any(cs) | Cond::All(cs) => cs.iter().flat_map(Cond::option_keys).collect(),
            _ => Vec::new(),
        }
    }

    /// The condition in words (English), for the physio's rules table.
    pub fn describe(&self) -> String {
        let label = |q: QuestionId, key: &str| {
            let options = match q.kind() {
                Kind::Single(o) | Kind::Multi(o) => o,
                _ => &[],
            };
            options
                .iter()
                .find(|o| o.key == key)
                .map_or(key.to_owned(), |o| o.label.en().to_owned())
        };
        match *self {
            Cond::Is(q, k) => format!("{} = {}", q.key(), label(q, k)),
            Cond::Has(q, k) => format!("{} includes {}", q.key(), label(q, k)),
            Cond::Any(cs) => cs
                .iter()
                .map(Cond::describe)
                .collect::<Vec<_>>()
                .join(" OR "),
            Cond::All(cs) => cs
                .iter()
                .map(Cond::describe)
                .collect::<Vec<_>>()
                .join(" AND "),
            Cond::PainAtLeast(q, n) => format!("{} {n}/10 or more", q.key()),
            Cond::HoldUnder(q, s) => format!("{} under {s} s{}", q.key(), weaker(q)),
            Cond::HoldAtLeast(q, s) => format!("{} {s} s or more{}", q.key(), weaker(q)),
            Cond::SideShareUnder(q, p) => {
                format!("{}: weaker side under {p} % of the stronger", q.key())
            }
            Cond::PainDaysAtLeast(d) => format!("pain began {d} or more days ago (onset = day 0)"),
        }
    }
}

/// " (weaker side)" for a timed pair, in the rules table.
fn weaker(q: QuestionId) -> &'static str {
    match q.kind() {
        Kind::HoldPair => " (weaker side)",
        _ => "",
    }
}

/// The weaker side of a timed hold, or the hold itself; `None` if skipped.
fn weaker_hold(a: &Answers, q: QuestionId) -> Option<u16> {
    match a.get(q) {
        Some(Answer::Hold(s)) => *s,
        Some(Answer::HoldPair(p)) => p.map(|(l, r)| l.min(r)),
        _ => None,
    }
}
