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
pub mod running;
pub mod selftest;
pub mod sources;
pub mod text;

pub use advice::{PlanEntry, PlanPhase, Today};
use answers::Answers;
use contributors::Contributor;
pub use contributors::{Finding, Strength};
use date::Date;
use questions::QuestionId;
pub use rules::Rules;
use rules::{CareLevel, CareRule, Evidence, DOCTOR_FROM_DAY, RULES};
pub use running::{RunAdvice, WayBack};
use sources::Source;

/// At most this many contributors: the likely ones first, then the
/// possible ones with the most answers behind them.
pub const MAX_FINDINGS: usize = 6;

/// When to start the plan, given the care level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanStart {
    /// Start now.
    Now,
    /// Relief now; the rest once the symptoms have settled.
    AfterRest,
    /// At "see a doctor": gentle activity only until a doctor has seen it;
    /// the rest of the plan after a doctor has cleared running.
    UntilSeen,
    /// At urgent and emergency: nothing before a doctor has seen it.
    AfterDoctor,
}

/// Everything the result page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub level: CareLevel,
    /// Every care rule that holds, highest level first.
    pub reasons: Vec<CareRule>,
    /// Whole days since the pain began, if the onset is known.
    pub pain_days: Option<i32>,
    /// The first day on which the same answers give "see a doctor" (onset +
    /// 10), while that is still ahead; none at "see a doctor" and above.
    pub recheck: Option<Date>,
    /// A trigger that means rest days from running holds (whatever the level).
    pub rest_first: bool,
    pub can_run: RunAdvice,
    pub way_back: WayBack,
    /// At most three things to do today.
    pub today: Vec<Today>,
    /// Ranked: likely before possible, then by score; at most `MAX_FINDINGS`.
    pub findings: Vec<Finding>,
    /// In phase order (any may be missing).
    pub plan: Vec<PlanPhase>,
    pub plan_start: PlanStart,
    /// Every source behind this result, sorted.
    pub sources: Vec<Source>,
}

impl Assessment {
    /// The pain began 10 or more days ago: the headline rule holds.
    pub fn ten_days_passed(&self) -> bool {
        self.pain_days.is_some_and(|d| d >= DOCTOR_FROM_DAY)
    }
}

/// The care part of an assessment: what a stopped check shows (the verdict,
/// its reasons and how long the pain has lasted), without contributors or a
/// plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub level: CareLevel,
    /// Every care rule that holds, highest level first.
    pub reasons: Vec<CareRule>,
    /// Whole days since the pain began, if the onset is known.
    pub pain_days: Option<i32>,
}

impl Verdict {
    /// The warning-sign page to reopen when a sign was ticked by mistake:
    /// the first checkbox page the top reason reads.
    pub fn reopen_at(&self) -> Option<QuestionId> {
        let top = self.reasons.first()?;
        top.when
            .questions()
            .into_iter()
            .find(|q| matches!(q.kind(), answer::Kind::Multi(_)))
            .or_else(|| top.when.questions().first().copied())
    }
}

/// The verdict for `answers` on `today` by the rule set `rules`.
pub fn verdict_with(rules: &Rules, answers: &Answers, today: Date) -> Verdict {
    let visible = answers.visible();
    let reasons = reasons_for(rules, &visible, today);
    Verdict {
        level: reasons.first().map_or(CareLevel::SelfCare, |r| r.level),
        reasons,
        pain_days: visible.onset().map(|onset| today.days_since(onset)),
    }
}

/// The verdict by the app's own rules.
pub fn verdict(answers: &Answers, today: Date) -> Verdict {
    verdict_with(&RULES, answers, today)
}

/// The care rules that hold for these answers, highest level first.
pub fn care_reasons(answers: &Answers, today: Date) -> Vec<CareRule> {
    reasons_for(&RULES, &answers.visible(), today)
}

/// `care_reasons` for answers already reduced to the visible ones.
fn reasons_for(rules: &Rules, visible: &Answers, today: Date) -> Vec<CareRule> {
    let reasons: Vec<CareRule> = rules
        .care
        .iter()
        .filter(|r| r.when.holds(visible, Some(today)))
        .copied()
        .collect();
    // Highest level first; within a level, in the table's order.
    CareLevel::ALL
        .into_iter()
        .rev()
        .flat_map(|level| reasons.iter().filter(move |r| r.level == level))
        .copied()
        .collect()
}

/// The care level alone: what the questionnaire checks after each warning sign.
pub fn care_level(answers: &Answers, today: Date) -> CareLevel {
    care_reasons(answers, today)
        .first()
        .map_or(CareLevel::SelfCare, |r| r.level)
}

/// Ranks the contributors the answers point to.
pub fn findings(answers: &Answers, today: Date) -> Vec<Finding> {
    findings_for(&RULES, &answers.visible(), today)
}

/// `findings` for answers already reduced to the visible ones.
///
/// How sure it may sound (CONTENT §2): "likely" needs one self-test finding
/// or answers to two different questions, and for a strength or length
/// contributor its self-test (answers there are proxies); one answer gives
/// "possible" and counts once; a normal self-test outweighs the proxy
/// answers for the same contributor; pain patterns stay "possible".
fn findings_for(rules: &Rules, visible: &Answers, today: Date) -> Vec<Finding> {
    let mut out: Vec<Finding> = Contributor::ALL
        .into_iter()
        .filter_map(|c| finding(rules, c, visible, today))
        .collect();
    // Stronger first, then higher score; ties in `Contributor::ALL` order.
    out.sort_unstable_by_key(|f| (std::cmp::Reverse((f.strength, f.score)), f.contributor));
    out.truncate(MAX_FINDINGS);
    out
}

/// What the answers say about one contributor, if anything.
fn finding(rules: &Rules, c: Contributor, visible: &Answers, today: Date) -> Option<Finding> {
    let fired: Vec<_> = rules
        .signals
        .iter()
        .filter(|s| s.contributor == c && s.when.holds(visible, Some(today)))
        .collect();
    let tested = fired.iter().any(|s| s.evidence == Evidence::SelfTest);
    let normal_test = rules
        .normal_tests
        .iter()
        .any(|(n, cond)| *n == c && cond.holds(visible, Some(today)));
    let answered = fired.iter().any(|s| s.evidence == Evidence::Answer);
    if !tested && (normal_test || !answered) {
        return None; // outweighed, nothing, or supporting signals alone
    }
    let evidence = QuestionId::in_order(fired.iter().flat_map(|s| s.when.questions()));
    let strength = if c.is_pattern() || (!tested && (c.needs_test() || evidence.len() < 2)) {
        Strength::Possible
    } else {
        Strength::Likely
    };
    let tests = fired
        .iter()
        .filter(|s| s.evidence == Evidence::SelfTest)
        .count();
    let score = u8::try_from(evidence.len() + tests).unwrap_or(u8::MAX);
    let sources = Source::in_order(
        fired
            .iter()
            .flat_map(|s| s.sources.iter().copied())
            .chain(c.sources().iter().copied()),
    );
    Some(Finding {
        contributor: c,
        strength,
        score,
        evidence,
        sources,
    })
}

/// The whole assessment for `answers` on the day `today`, by the app's rules.
pub fn assess(answers: &Answers, today: Date) -> Assessment {
    assess_with(&RULES, answers, today)
}

/// The whole assessment by the rule set `rules` (the app's own is [`RULES`]).
pub fn assess_with(rules: &Rules, answers: &Answers, today: Date) -> Assessment {
    let visible = answers.visible();
    let Verdict {
        level,
        reasons,
        pain_days,
    } = verdict_with(rules, &visible, today);
    let rest_first = reasons.iter().any(|r| r.rest);
    // At urgent and above, only the verdict counts: no contributors, no plan.
    let findings = if level >= CareLevel::Urgent {
        Vec::new()
    } else {
        findings_for(rules, &visible, today)
    };
    let (pain_now, pain_running) = (visible.pain_now(), visible.pain_running());
    let limits = advice::PlanLimits {
        level,
        rest_first,
        pain: pain_now.max(pain_running),
    };
    let plan = advice::build_plan(limits, &findings);
    let soon = reasons
        .iter()
        .any(|r| matches!(r.id, rules::CANNOT_MANAGE | rules::SEVERE_PAIN));
    let today_steps = Today::for_result(level, rest_first, soon, &findings);

    let recheck = visible
        .onset()
        .map(|onset| onset.add_days(DOCTOR_FROM_DAY))
        .filter(|&d| d > today && level < CareLevel::SeeDoctor);
    let plan_start = match level {
        l if l >= CareLevel::Urgent => PlanStart::AfterDoctor,
        CareLevel::SeeDoctor => PlanStart::UntilSeen,
        _ if rest_first => PlanStart::AfterRest,
        _ => PlanStart::Now,
    };
    let can_run = RunAdvice::for_result(level, rest_first, pain_now, pain_running);
    let bone_stress = reasons.iter().any(|r| r.id == rules::BONE_STRESS);
    let way_back = WayBack::for_result(level, can_run, bone_stress);

    let sources = Source::in_order(
        reasons
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
            .chain(way_back.sources().iter().copied()),
    );

    Assessment {
        level,
        reasons,
        pain_days,
        recheck,
        rest_first,
        can_run,
        way_back,
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
