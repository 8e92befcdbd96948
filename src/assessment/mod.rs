//! The assessment core: questions, answers, rules, care level and plan.
//!
//! Plain Rust with no web dependency, so it is tested natively. The UI renders
//! what [`assess`] returns and nothing else decides anything.
pub mod advice;
pub mod answer;
pub mod answers;
pub mod cond;
pub mod contributors;
pub mod date;
pub mod flow;
pub mod form;
pub mod log;
pub mod logread;
pub mod logtext;
pub mod outcome;
pub mod pages;
pub mod plan;
pub mod questions;
pub mod rules;
pub mod selftest;
pub mod sources;
pub mod text;

pub use advice::{PlanEntry, PlanPhase, RunAdvice, Today};
use answers::Answers;
use contributors::Contributor;
pub use contributors::{Finding, Strength};
use date::Date;
use questions::QuestionId;
use rules::{CareLevel, CareRule, Evidence, CARE_RULES, DOCTOR_FROM_DAY, NORMAL_TESTS, SIGNALS};
use sources::Source;

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
    /// The first day on which the same answers give "see a doctor" (onset +
    /// 10), while that is still ahead; none at "see a doctor" and above.
    pub recheck: Option<Date>,
    /// A trigger that means rest days from running holds (whatever the level).
    pub rest_first: bool,
    pub can_run: RunAdvice,
    /// At most three things to do today.
    pub today: Vec<Today>,
    /// Ranked: likely before possible, then by score.
    pub findings: Vec<Finding>,
    /// This week, then from next week (either may be missing).
    pub plan: Vec<PlanPhase>,
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
    reasons.sort_by_key(|r| std::cmp::Reverse(r.level));
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
///
/// How sure it may sound (CONTENT §2): "likely" needs one self-test finding
/// or answers to two different questions; one answer gives "possible" and
/// counts once; a normal self-test outweighs the proxy answers for the same
/// contributor; pain patterns stay "possible".
fn findings_for(visible: &Answers, today: Date) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for c in Contributor::ALL {
        let fired: Vec<_> = SIGNALS
            .iter()
            .filter(|s| s.contributor == c && s.when.holds(visible, Some(today)))
            .collect();
        let tested = fired.iter().any(|s| s.evidence == Evidence::SelfTest);
        let normal_test = NORMAL_TESTS
            .iter()
            .any(|(n, cond)| *n == c && cond.holds(visible, Some(today)));
        if !tested && normal_test {
            continue;
        }
        let mut answered: Vec<QuestionId> = fired
            .iter()
            .filter(|s| s.evidence == Evidence::Answer)
            .flat_map(|s| s.when.questions())
            .collect();
        answered.sort();
        answered.dedup();
        if !tested && answered.is_empty() {
            continue; // nothing, or supporting signals alone
        }
        let mut evidence: Vec<QuestionId> = fired.iter().flat_map(|s| s.when.questions()).collect();
        evidence.sort();
        evidence.dedup();
        let strength = if c.is_pattern() || (!tested && evidence.len() < 2) {
            Strength::Possible
        } else {
            Strength::Likely
        };
        let tests = fired
            .iter()
            .filter(|s| s.evidence == Evidence::SelfTest)
            .count();
        let score = u8::try_from(evidence.len() + tests).unwrap_or(u8::MAX);
        let mut sources: Vec<Source> = fired
            .iter()
            .flat_map(|s| s.sources.iter().copied())
            .chain(c.sources().iter().copied())
            .collect();
        sources.sort();
        sources.dedup();
        out.push(Finding {
            contributor: c,
            strength,
            score,
            evidence,
            sources,
        });
    }
    // Stronger first, then higher score; ties keep `Contributor::ALL` order.
    out.sort_by_key(|f| std::cmp::Reverse((f.strength, f.score)));
    out
}

/// The whole assessment for `answers` on the day `today`.
pub fn assess(answers: &Answers, today: Date) -> Assessment {
    let visible = answers.visible();
    let reasons = reasons_for(&visible, today);
    let level = reasons.first().map_or(CareLevel::SelfCare, |r| r.level);
    let rest_first = reasons.iter().any(|r| r.rest);
    // At urgent and above, only the verdict counts: no contributors, no plan.
    let findings = if level >= CareLevel::Urgent {
        Vec::new()
    } else {
        findings_for(&visible, today)
    };
    let (pain_now, pain_running) = (visible.pain_now(), visible.pain_running());
    let limits = advice::PlanLimits {
        level,
        rest_first,
        pain: pain_now.max(pain_running),
    };
    let plan = advice::build_plan(limits, &findings);
    let today_steps = Today::for_result(level, rest_first, &findings);

    let pain_days = visible.onset().map(|onset| today.days_since(onset));
    let recheck = visible
        .onset()
        .map(|onset| onset.add_days(DOCTOR_FROM_DAY))
        .filter(|&d| d > today && level < CareLevel::SeeDoctor);
    let plan_start = if level >= CareLevel::Urgent {
        PlanStart::AfterDoctor
    } else if rest_first {
        PlanStart::AfterRest
    } else {
        PlanStart::Now
    };
    let can_run = RunAdvice::for_result(level, rest_first, pain_now, pain_running);

    let mut sources: Vec<Source> = reasons
        .iter()
        .flat_map(|r| r.sources.iter().copied())
        .chain(findings.iter().flat_map(|f| f.sources.iter().copied()))
        .chain(
            plan.iter()
                .flat_map(|g| g.entries.iter())
                .flat_map(|e| e.item.sources().iter().copied()),
        )
        .chain(can_run.sources().iter().copied())
        .chain(today_steps.iter().flat_map(|t| t.sources().iter().copied()))
        .chain(if can_run == RunAdvice::No {
            advice::WAY_BACK_SOURCES.iter().copied()
        } else {
            [].iter().copied()
        })
        .collect();
    sources.sort();
    sources.dedup();

    Assessment {
        level,
        reasons,
        pain_days,
        recheck,
        rest_first,
        can_run,
        today: today_steps,
        findings,
        plan,
        plan_start,
        sources,
    }
}

/// Where the questionnaire goes after a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next question; `change` keeps the "check your answers" loop.
    Question { q: QuestionId, change: bool },
    /// Every asked question has an answer: "check your answers".
    Check,
    /// The answers reach urgent or emergency: the questionnaire stops and
    /// shows only what to do and whom to call.
    Stop,
}

/// The page after `q` was answered (`answers` already holds the answer).
/// From "check your answers" (`change`), the next unanswered question or
/// back to the check; otherwise the next question asked.
pub fn next_step(answers: &Answers, q: QuestionId, change: bool, today: Date) -> Step {
    next_step_in(answers, q, change, today, flow::Mode::Full)
}

/// `next_step` in a whole check or a re-check.
pub fn next_step_in(
    answers: &Answers,
    q: QuestionId,
    change: bool,
    today: Date,
    mode: flow::Mode,
) -> Step {
    if care_level(answers, today) >= CareLevel::Urgent {
        return Step::Stop;
    }
    let path = answers.path_in(mode);
    let next = if change {
        path.first_unanswered()
    } else {
        path.next_after(q)
    };
    next.map_or(Step::Check, |q| Step::Question { q, change })
}
