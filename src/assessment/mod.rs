//! The assessment core: questions, answers, rules, care level and plan.
//!
//! Plain Rust with no web dependency, so it is tested natively. The UI renders
//! what [`assess`] returns and nothing else decides anything.
pub mod answer;
pub mod contributors;
pub mod date;
pub mod form;
pub mod plan;
pub mod questions;
pub mod rules;
pub mod selftest;
pub mod sort;
pub mod sources;
pub mod text;

use contributors::Contributor;
use date::Date;
use plan::{Group, Item};
use questions::{Answers, QuestionId};
use rules::{CareLevel, CareRule, CARE_RULES, SIGNALS};
use sources::Source;

/// Days of pain after which a doctor should look at it (seed 003, McDowell).
pub const DOCTOR_AFTER_DAYS: i32 = 10;
/// At most this many exercises in each of "mobilise" and "strengthen".
pub const MAX_EXERCISES_PER_GROUP: usize = 5;

/// How strongly the answers point to a contributor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Possible,
    Likely,
}

impl Strength {
    /// A score of 2 or more (one clear sign, or two hints) is "likely".
    pub fn from_score(score: u8) -> Option<Strength> {
        match score {
            0 => None,
            1 => Some(Strength::Possible),
            _ => Some(Strength::Likely),
        }
    }

    /// Stable key, as saved.
    pub fn key(self) -> &'static str {
        match self {
            Strength::Likely => "likely",
            Strength::Possible => "possible",
        }
    }

    pub fn from_key(key: &str) -> Option<Strength> {
        [Strength::Likely, Strength::Possible]
            .into_iter()
            .find(|s| s.key() == key)
    }

    pub fn label(self) -> text::Text {
        match self {
            Strength::Likely => crate::t!("Likely", "Wahrscheinlich"),
            Strength::Possible => crate::t!("Possible", "Möglich"),
        }
    }
}

/// A likely or possible contributor, with the answers behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub contributor: Contributor,
    pub strength: Strength,
    pub score: u8,
    /// The questions whose answers point to it, in questionnaire order.
    pub evidence: Vec<QuestionId>,
    /// Sources of the signals that fired and of the explanation.
    pub sources: Vec<Source>,
}

/// One line of the plan, with the contributors it answers (empty: general advice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub item: Item,
    pub because: Vec<Contributor>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanGroup {
    pub group: Group,
    pub entries: Vec<PlanEntry>,
}

/// When to start the plan, given the care level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanStart {
    /// Start now.
    Now,
    /// Relief now; the rest once the symptoms have settled.
    AfterRest,
    /// Only after a doctor has seen you.
    AfterDoctor,
}

/// Everything the result page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub level: CareLevel,
    /// Every care rule that holds, highest level first.
    pub reasons: Vec<&'static CareRule>,
    /// Whole days since the pain began, if the onset is known.
    pub pain_days: Option<i32>,
    /// The day the pain reaches 10 days, while that is still ahead or today.
    pub recheck: Option<Date>,
    /// Ranked: likely before possible, then by score.
    pub findings: Vec<Finding>,
    pub plan: Vec<PlanGroup>,
    pub plan_start: PlanStart,
    /// Every source behind this result, sorted.
    pub sources: Vec<Source>,
}

/// The care rules that hold for these answers, highest level first.
pub fn care_reasons(answers: &Answers, today: Date) -> Vec<&'static CareRule> {
    reasons_for(&answers.visible(), today)
}

/// `care_reasons` for answers already reduced to the visible ones.
fn reasons_for(visible: &Answers, today: Date) -> Vec<&'static CareRule> {
    let mut reasons: Vec<&'static CareRule> = CARE_RULES
        .iter()
        .filter(|r| r.when.holds(visible, Some(today)))
        .collect();
    sort::sort_by(&mut reasons, |a, b| a.level > b.level);
    reasons
}

/// The care level alone: what the questionnaire checks after each warning sign.
pub fn care_level(answers: &Answers, today: Date) -> CareLevel {
    care_reasons(answers, today)
        .first()
        .map_or(CareLevel::SelfCare, |r| r.level)
}

/// Ranks the contributors the answers point to.
pub fn findings(answers: &Answers, today: Date) -> Vec<Finding> {
    findings_for(&answers.visible(), today)
}

/// `findings` for answers already reduced to the visible ones.
fn findings_for(visible: &Answers, today: Date) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for c in Contributor::ALL {
        let fired: Vec<_> = SIGNALS
            .iter()
            .filter(|s| s.contributor == c && s.when.holds(visible, Some(today)))
            .collect();
        let score = fired.iter().map(|s| s.weight).sum::<u8>();
        let Some(strength) = Strength::from_score(score) else {
            continue;
        };
        let mut evidence: Vec<QuestionId> = fired.iter().flat_map(|s| s.when.questions()).collect();
        sort::sort_dedup(&mut evidence);
        let mut sources: Vec<Source> = fired
            .iter()
            .flat_map(|s| s.sources.iter().copied())
            .chain(c.sources().iter().copied())
            .collect();
        sort::sort_dedup(&mut sources);
        out.push(Finding {
            contributor: c,
            strength,
            score,
            evidence,
            sources,
        });
    }
    // Stronger first, then higher score; ties keep `Contributor::ALL` order.
    sort::sort_by(&mut out, |a, b| {
        (a.strength, a.score) > (b.strength, b.score)
    });
    out
}

fn build_plan(reasons: &[&'static CareRule], findings: &[Finding]) -> Vec<PlanGroup> {
    let mut entries: Vec<PlanEntry> = Vec::new();
    let mut add = |item: Item, because: Option<Contributor>| {
        if let Some(e) = entries.iter_mut().find(|e| e.item == item) {
            if let Some(c) = because {
                if !e.because.contains(&c) {
                    e.because.push(c);
                }
            }
            return;
        }
        let in_group = entries
            .iter()
            .filter(|e| e.item.group() == item.group())
            .count();
        if item.is_exercise() && in_group >= MAX_EXERCISES_PER_GROUP {
            return;
        }
        entries.push(PlanEntry {
            item,
            because: because.into_iter().collect(),
        });
    };

    // General advice for anyone with back pain.
    add(Item::StayActive, None);
    if reasons
        .iter()
        .any(|r| matches!(r.id, "limping" | "cannot_manage"))
    {
        add(Item::RestFromRunning, None);
    }
    add(Item::ChildsPose, None);
    add(Item::CatCow, None);
    add(Item::Massage, None);
    add(Item::PainRelief, None);
    // Then what the findings call for, most likely first.
    for f in findings {
        for &item in f.contributor.items() {
            add(item, Some(f.contributor));
        }
    }

    Group::ALL
        .iter()
        .map(|&group| PlanGroup {
            group,
            entries: entries
                .iter()
                .filter(|e| e.item.group() == group)
                .cloned()
                .collect(),
        })
        .filter(|g| !g.entries.is_empty())
        .collect()
}

/// The whole assessment for `answers` on the day `today`.
pub fn assess(answers: &Answers, today: Date) -> Assessment {
    let visible = answers.visible();
    let reasons = reasons_for(&visible, today);
    let level = reasons.first().map_or(CareLevel::SelfCare, |r| r.level);
    let findings = findings_for(&visible, today);
    let plan = build_plan(&reasons, &findings);

    let pain_days = visible.onset.map(|onset| today.days_since(onset));
    let recheck = visible
        .onset
        .map(|onset| onset.add_days(DOCTOR_AFTER_DAYS))
        .filter(|&d| d >= today);
    let plan_start = match level {
        CareLevel::Emergency | CareLevel::Urgent => PlanStart::AfterDoctor,
        CareLevel::RestFirst => PlanStart::AfterRest,
        CareLevel::SeeDoctor | CareLevel::SelfCare => PlanStart::Now,
    };

    let mut sources: Vec<Source> = reasons
        .iter()
        .flat_map(|r| r.sources.iter().copied())
        .chain(findings.iter().flat_map(|f| f.sources.iter().copied()))
        .chain(
            plan.iter()
                .flat_map(|g| g.entries.iter())
                .flat_map(|e| e.item.sources().iter().copied()),
        )
        .collect();
    sort::sort_dedup(&mut sources);

    Assessment {
        level,
        reasons,
        pain_days,
        recheck,
        findings,
        plan,
        plan_start,
        sources,
    }
}
