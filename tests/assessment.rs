//! Native tests of the assessment core: every rule, the catalogue's
//! consistency, translations, and properties over random answer sets.
#![cfg(not(target_arch = "wasm32"))]

use backcheck::assessment::advice::Phase;
use backcheck::assessment::answer::{Answer, Kind, Role};
use backcheck::assessment::answers::Answers;
use backcheck::assessment::cond::Cond;
use backcheck::assessment::contributors::Contributor;
use backcheck::assessment::date::Date;
use backcheck::assessment::flow::{Ask, FOLLOW_UPS, SELF_TEST_MAX_PAIN};
use backcheck::assessment::plan::{Group, Item};
use backcheck::assessment::questions::{QuestionId, Section};
use backcheck::assessment::rules::{CareLevel, Evidence, CARE_RULES, SIGNALS};
use backcheck::assessment::running::{WayBack, WAY_BACK, WAY_BACK_NOTE};
use backcheck::assessment::selftest::{SelfTest, PAIN_LOWERS_HOLDS, STOP_IF_PAIN};
use backcheck::assessment::sources::Source;
use backcheck::assessment::text::{Lang, Text};
use backcheck::assessment::{
    assess, care_level, findings, next_step, verdict, PlanStart, RunAdvice, Step, Strength, Today,
    MAX_FINDINGS,
};
use proptest::prelude::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 22).unwrap()
}

fn yes(a: &mut Answers, q: QuestionId) {
    assert!(a.set(q, &Answer::Choice("yes".into())), "{q:?} takes yes");
}

fn no(a: &mut Answers, q: QuestionId) {
    assert!(a.set(q, &Answer::Choice("no".into())), "{q:?} takes no");
}

fn choose(a: &mut Answers, q: QuestionId, key: &str) {
    assert!(a.set(q, &Answer::Choice(key.into())), "{q:?} = {key}");
}

/// Ticks `key` in a checkbox question, keeping what else is ticked (an
/// exclusive "None of these" or "I don't know" goes).
fn tick(a: &mut Answers, q: QuestionId, key: &str) {
    let Kind::Multi(options) = q.kind() else {
        panic!("{q:?} is not a checkbox question")
    };
    let plain = |k: &str| options.iter().any(|o| o.key == k && o.role == Role::Plain);
    let mut keys: Vec<String> = match a.get(q) {
        Some(Answer::Choices(ks)) if plain(key) => {
            ks.iter().filter(|k| plain(k)).cloned().collect()
        }
        _ => Vec::new(),
    };
    keys.push(key.into());
    assert!(a.set(q, &Answer::Choices(keys)), "{q:?} ticks {key}");
}

/// The warning-sign checkbox pages, in asking order.
const SIGN_PAGES: [QuestionId; 5] = [
    QuestionId::EmergencySigns,
    QuestionId::UrgentSigns,
    QuestionId::PainSigns,
    QuestionId::DoctorSigns,
    QuestionId::Limits,
];

/// "None of these" for every warning-sign checkbox page, and no limits.
fn no_warning_signs(a: &mut Answers) {
    for q in SIGN_PAGES {
        tick(a, q, "none");
    }
}

/// Answers that make `cond` hold (for the conditions the rules use).
fn satisfy(cond: &Cond, a: &mut Answers) {
    match *cond {
        Cond::Is(q, key) => choose(a, q, key),
        Cond::Has(q, key) => tick(a, q, key),
        Cond::Any(cs) => satisfy(&cs[0], a),
        Cond::All(cs) => cs.iter().for_each(|c| satisfy(c, a)),
        Cond::PainAtLeast(q, n) => assert!(a.set(q, &Answer::Scale(n))),
        Cond::HoldUnder(q, secs) => assert!(a.set(q, &hold(q, secs - 1, secs - 1))),
        Cond::HoldAtLeast(q, secs) => assert!(a.set(q, &hold(q, secs, secs))),
        Cond::SideShareUnder(q, pct) => {
            assert!(a.set(q, &Answer::HoldPair(Some((100, pct - 1)))))
        }
        Cond::PainDaysAtLeast(days) => set_onset(a, today().add_days(-days)),
    }
}

fn hold(q: QuestionId, left: u16, right: u16) -> Answer {
    match q.kind() {
        Kind::Hold => Answer::Hold(Some(left.min(right))),
        _ => Answer::HoldPair(Some((left, right))),
    }
}

/// Answers that make `cond` hold, with every question it reads actually asked.
fn answers_for(cond: &Cond) -> Answers {
    let mut a = Answers::default();
    for q in cond.questions() {
        open_path_to(q, &mut a);
    }
    satisfy(cond, &mut a);
    a
}

/// Makes every question on the way to `q` asked, so that a follow-up counts.
/// (The self-test gate needs little pain now; no warning sign is the default.)
fn open_path_to(q: QuestionId, a: &mut Answers) {
    match q.asked_if() {
        Some(Ask::If(cond)) => {
            for dep in cond.questions() {
                open_path_to(dep, a);
            }
            satisfy(&cond, a);
        }
        Some(Ask::SelfTestsSafe) if a.pain_now().is_none_or(|p| p > SELF_TEST_MAX_PAIN) => {
            assert!(a.set(QuestionId::PainNow, &Answer::Scale(0)));
        }
        _ => {}
    }
}

fn set_onset(a: &mut Answers, day: Date) {
    assert!(a.set(QuestionId::Onset, &Answer::Date(day)));
}

fn with_onset(day: Date) -> Answers {
    let mut a = Answers::default();
    set_onset(&mut a, day);
    a
}

/// Self-tests offered (little pain now) and accepted.
fn self_tests_on(a: &mut Answers) {
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(2)));
    yes(a, QuestionId::DoSelfTests);
}

fn has_item(r: &backcheck::assessment::Assessment, item: Item) -> bool {
    r.plan
        .iter()
        .any(|g| g.entries.iter().any(|e| e.item == item))
}

// ---------------------------------------------------------------- care rules

#[test]
fn every_care_rule_fires_alone_and_sets_its_level() {
    for rule in CARE_RULES {
        let result = assess(&answers_for(&rule.when), today());
        assert!(
            result.reasons.contains(rule),
            "rule {} does not fire",
            rule.id
        );
        assert!(
            result.level >= rule.level,
            "rule {} gives {:?}",
            rule.id,
            result.level
        );
    }
}

/// CONTENT §1, trigger by trigger: each answer alone gives exactly this level.
#[test]
fn every_trigger_in_the_content_brief_reaches_its_level_alone() {
    use CareLevel::*;
    use QuestionId as Q;
    let ticked: &[(QuestionId, &str, CareLevel)] = &[
        (Q::EmergencySigns, "saddle", Emergency),
        (Q::EmergencySigns, "bladder_bowel", Emergency),
        (Q::EmergencySigns, "sexual", Emergency),
        (Q::EmergencySigns, "both_legs", Emergency),
        (Q::EmergencySigns, "weakness_fast", Emergency),
        (Q::EmergencySigns, "accident", Emergency),
        (Q::EmergencySigns, "chest_pain", Emergency),
        (Q::UrgentSigns, "unwell", Urgent),
        (Q::UrgentSigns, "weight_loss", Urgent),
        (Q::UrgentSigns, "cancer", Urgent),
        (Q::UrgentSigns, "immune", Urgent),
        (Q::UrgentSigns, "injected_drugs", Urgent),
        (Q::UrgentSigns, "infection", Urgent),
        (Q::UrgentSigns, "spine_procedure", Urgent),
        // Each alone is no warning sign; together they are (below).
        (Q::UrgentSigns, "minor_fall", SelfCare),
        (Q::UrgentSigns, "osteoporosis", SelfCare),
        (Q::PainSigns, "lump", Urgent),
        // Worse at night, wakes you, or not eased by rest (NHS wording).
        (Q::PainSigns, "night_pain", Urgent),
        // NHS Back pain, urgent list: worse when sneezing, coughing or pooing.
        (Q::PainSigns, "sneeze_cough", Urgent),
        // NHS Back pain, urgent list: pain from the top of the back.
        (Q::PainSigns, "upper_back", Urgent),
        (Q::PainSigns, "leg_weakness", Urgent),
        (Q::PainSigns, "weakness_pain_less", Urgent),
        (Q::DoctorSigns, "one_leg_numb", SeeDoctor),
        // NHS Back pain: pain that gets worse over time.
        (Q::DoctorSigns, "worse_daily", SeeDoctor),
        (Q::DoctorSigns, "morning_stiffness", SeeDoctor),
        // Hop pain alone: running is repeated hopping, so no running.
        (Q::DoctorSigns, "hop_pain", RestFirst),
        (Q::Limits, "cannot_manage", SeeDoctor),
        (Q::Limits, "limping", RestFirst),
        (Q::Limits, "positions", RestFirst),
    ];
    for &(q, key, level) in ticked {
        let mut a = Answers::default();
        tick(&mut a, q, key);
        assert_eq!(care_level(&a, today()), level, "{q:?} {key}");
    }
    let chosen: &[(QuestionId, &str, CareLevel)] = &[
        (Q::Age, "under_18", SeeDoctor),
        (Q::Age, "18_to_29", SelfCare),
        // Age alone is a weak flag (Verhagen 2016).
        (Q::Age, "50_to_64", SelfCare),
        (Q::Age, "65_plus", SelfCare),
    ];
    for &(q, key, level) in chosen {
        let mut a = Answers::default();
        choose(&mut a, q, key);
        assert_eq!(care_level(&a, today()), level, "{q:?} {key}");
    }
    for (score, level) in [
        (5, SelfCare),
        (6, RestFirst),
        (7, RestFirst),
        (8, SeeDoctor),
        (10, SeeDoctor),
    ] {
        let mut a = Answers::default();
        a.set(Q::PainNow, &Answer::Scale(score));
        assert_eq!(care_level(&a, today()), level, "pain {score}");
    }
    // A minor fall or lift at 65 or older, or with osteoporosis or steroids.
    for other in [None, Some("osteoporosis"), Some("immune")] {
        let mut a = Answers::default();
        tick(&mut a, Q::UrgentSigns, "minor_fall");
        match other {
            Some(key) => tick(&mut a, Q::UrgentSigns, key),
            None => choose(&mut a, Q::Age, "65_plus"),
        }
        let r = assess(&a, today());
        assert_eq!(r.level, Urgent, "minor fall with {other:?}");
        assert!(r.reasons.iter().any(|x| x.id == "minor_fall_bones"));
    }
    // A sacral stress fracture: hop pain with a load, energy, past fracture or
    // "not sure" answer; hop pain without any of them: rest first, no running.
    for (bone, level) in [
        ("load_up", SeeDoctor),
        ("periods", SeeDoctor),
        ("eat_little", SeeDoctor),
        ("past_fracture", SeeDoctor),
        ("unsure", SeeDoctor),
        ("none", RestFirst),
    ] {
        let mut a = Answers::default();
        tick(&mut a, Q::DoctorSigns, "hop_pain");
        tick(&mut a, Q::BoneLoad, bone);
        let r = assess(&a, today());
        assert_eq!(r.level, level, "hop pain with {bone}");
        assert!(r.rest_first, "hop pain with {bone}: no running");
        assert_ne!(r.can_run, RunAdvice::EasyOnly);
    }
    // Thin bones (osteoporosis, ticked on the health page, not urgent alone)
    // count as a risk factor: hop pain with them books a doctor.
    let mut a = Answers::default();
    tick(&mut a, Q::UrgentSigns, "osteoporosis");
    tick(&mut a, Q::DoctorSigns, "hop_pain");
    tick(&mut a, Q::BoneLoad, "none");
    let r = assess(&a, today());
    assert_eq!(r.level, SeeDoctor, "hop pain with osteoporosis");
    assert!(r.reasons.iter().any(|x| x.id == "bone_stress"));
}

#[test]
fn weakness_is_asked_apart_from_tingling() {
    // New weakness in one leg: a doctor today. Tingling in one leg for over a
    // week: an appointment. Both legs: an emergency.
    let mut a = Answers::default();
    tick(&mut a, QuestionId::PainSigns, "leg_weakness");
    assert_eq!(care_level(&a, today()), CareLevel::Urgent);
    let mut a = Answers::default();
    tick(&mut a, QuestionId::DoctorSigns, "one_leg_numb");
    assert_eq!(care_level(&a, today()), CareLevel::SeeDoctor);
}

#[test]
fn no_answers_means_self_care() {
    let r = assess(&Answers::default(), today());
    assert_eq!(r.level, CareLevel::SelfCare);
    assert!(r.reasons.is_empty());
    assert_eq!(r.plan_start, PlanStart::Now);
    assert_eq!(r.can_run, RunAdvice::EasyOnly);
}

#[test]
fn pain_from_day_ten_on_needs_a_doctor() {
    // Onset day = day 0; on onset + 10 the pain is in its eleventh day.
    let mut a = with_onset(today().add_days(-9));
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::SelfCare);
    assert_eq!(r.recheck, Some(today().add_days(1)));
    assert_eq!(r.pain_days, Some(9));

    set_onset(&mut a, today().add_days(-10));
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::SeeDoctor, "day 10 counts");
    assert_eq!(r.reasons[0].id, "day_10");
    assert_eq!(r.recheck, None, "the re-check day has come");
}

#[test]
fn the_recheck_date_given_a_week_ago_gives_book_a_doctor_on_that_day() {
    // The finding: a check 7 days earlier said "come back on day 10", and on
    // that very day the same answers still said self-care.
    let onset = today().add_days(-3);
    let a = with_onset(onset);
    let first = assess(&a, today());
    assert_eq!(first.recheck, Some(today().add_days(7)));
    let back = assess(&a, first.recheck.unwrap());
    assert_eq!(back.level, CareLevel::SeeDoctor);
}

#[test]
fn long_pain_adds_guideline_reasons_in_order() {
    let a = with_onset(today().add_days(-100));
    let ids: Vec<&str> = assess(&a, today()).reasons.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["day_10", "over_4_weeks", "over_12_weeks"]);
}

#[test]
fn the_highest_level_wins_and_all_reasons_are_kept() {
    let mut a = Answers::default();
    tick(&mut a, QuestionId::Limits, "limping");
    tick(&mut a, QuestionId::UrgentSigns, "unwell");
    tick(&mut a, QuestionId::EmergencySigns, "saddle");
    set_onset(&mut a, today().add_days(-20));
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::Emergency);
    let levels: Vec<CareLevel> = r.reasons.iter().map(|r| r.level).collect();
    assert_eq!(
        levels,
        [
            CareLevel::Emergency,
            CareLevel::Urgent,
            CareLevel::SeeDoctor,
            CareLevel::RestFirst
        ]
    );
    assert_eq!(r.plan_start, PlanStart::AfterDoctor);
}

#[test]
fn urgent_and_emergency_carry_no_contributors_and_no_plan() {
    for sign in [
        (QuestionId::EmergencySigns, "chest_pain"),
        (QuestionId::UrgentSigns, "cancer"),
    ] {
        let mut a = Answers::default();
        tick(&mut a, sign.0, sign.1);
        a.set(QuestionId::Sitting, &Answer::Choice("over_8".into()));
        a.set(
            QuestionId::PainTriggers,
            &Answer::Choices(vec!["sitting".into()]),
        );
        let r = assess(&a, today());
        assert!(r.level >= CareLevel::Urgent);
        assert!(r.findings.is_empty(), "{sign:?}");
        assert!(r.plan.is_empty(), "{sign:?}");
        assert_eq!(r.recheck, None);
        assert_eq!(r.can_run, RunAdvice::NotUntilSeen);
        assert!(!a.asked().contains(&QuestionId::DoSelfTests));
    }
}

#[test]
fn the_questionnaire_stops_at_urgent_and_emergency() {
    let mut a = Answers::default();
    tick(&mut a, QuestionId::EmergencySigns, "none");
    assert_eq!(
        next_step(&a, QuestionId::EmergencySigns, false, today()),
        Step::Question {
            q: QuestionId::Onset,
            change: false
        }
    );
    tick(&mut a, QuestionId::EmergencySigns, "saddle");
    assert_eq!(
        next_step(&a, QuestionId::EmergencySigns, false, today()),
        Step::Stop
    );

    let mut a = Answers::default();
    tick(&mut a, QuestionId::EmergencySigns, "none");
    tick(&mut a, QuestionId::UrgentSigns, "unwell");
    assert_eq!(
        next_step(&a, QuestionId::UrgentSigns, false, today()),
        Step::Stop
    );
    // From "check your answers" too.
    assert_eq!(
        next_step(&a, QuestionId::UrgentSigns, true, today()),
        Step::Stop
    );

    // Book a doctor and rest first go on: the runner gets the full result.
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    tick(&mut a, QuestionId::Limits, "cannot_manage");
    assert_eq!(
        next_step(&a, QuestionId::Limits, false, today()),
        Step::Question {
            q: QuestionId::PainNow,
            change: false
        }
    );
}

#[test]
fn the_next_step_follows_the_asked_questions() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    // Hop pain opens its follow-up.
    tick(&mut a, QuestionId::DoctorSigns, "hop_pain");
    assert_eq!(
        next_step(&a, QuestionId::DoctorSigns, false, today()),
        Step::Question {
            q: QuestionId::BoneLoad,
            change: false
        }
    );
    // From "check your answers", the next unanswered question, else the check.
    assert_eq!(
        next_step(&a, QuestionId::DoctorSigns, true, today()),
        Step::Question {
            q: QuestionId::Onset,
            change: true
        }
    );
    // Every question answered, page by page as a runner would: the last
    // page and any change from "check your answers" lead to the check.
    let done = complete(Answers::default());
    assert_eq!(done.first_unanswered(), None);
    assert!(
        done.asked().contains(&QuestionId::TestSidePlank),
        "the whole way"
    );
    let last = *done.asked().last().unwrap();
    assert_eq!(next_step(&done, last, false, today()), Step::Check);
    assert_eq!(
        next_step(&done, QuestionId::Onset, true, today()),
        Step::Check
    );
}

/// `a` with every asked question answered, in asking order, as a runner
/// without warning signs would: "None of these" on the sign pages, a pain of
/// 2, yes to the self-tests, "I don't know" or a skip where there is one.
fn complete(mut a: Answers) -> Answers {
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    while let Some(page) = a.first_unanswered() {
        for q in a.path().on_page(page) {
            if !a.is_answered(q) {
                let v = q
                    .kind()
                    .unknowns()
                    .first()
                    .cloned()
                    .unwrap_or_else(|| value_for(q, 3));
                assert!(a.set(q, &v), "{q:?}");
            }
        }
    }
    a
}

#[test]
fn limping_and_cannot_walk_keep_rest_days_first() {
    // The finding: "see a doctor" won, and the plan lost its rest days.
    let mut a = Answers::default();
    tick(&mut a, QuestionId::Limits, "limping");
    tick(&mut a, QuestionId::Limits, "cannot_manage");
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::SeeDoctor);
    assert!(r.rest_first);
    assert_eq!(r.plan_start, PlanStart::UntilSeen);
    assert_eq!(r.can_run, RunAdvice::NotUntilSeen);
    assert_eq!(r.plan[0].phase, Phase::UntilSeen);
    assert_eq!(r.plan[0].entries[0].item, Item::RestFromRunning);
    assert_eq!(
        r.today[..2],
        [Today::BookDoctorSoon, Today::NoRunningUntilSeen]
    );
}

#[test]
fn limping_alone_means_rest_first() {
    let mut a = Answers::default();
    tick(&mut a, QuestionId::Limits, "limping");
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::RestFirst);
    assert_eq!(r.plan_start, PlanStart::AfterRest);
    assert!(has_item(&r, Item::RestFromRunning));
}

#[test]
fn no_loaded_strength_work_before_a_doctor_or_during_rest() {
    // Everything that calls for loaded work: no strength training, age 50+.
    let mut base = Answers::default();
    no_warning_signs(&mut base);
    choose(&mut base, QuestionId::StrengthSessions, "0");
    choose(&mut base, QuestionId::Age, "50_to_64");
    let r = assess(&base, today());
    assert!(
        has_item(&r, Item::StrengthRoutine),
        "self-care gets the full plan"
    );
    for case in ["day_10", "pain_6"] {
        let mut a = base.clone();
        match case {
            "day_10" => set_onset(&mut a, today().add_days(-12)),
            _ => assert!(a.set(QuestionId::PainNow, &Answer::Scale(6))),
        }
        let r = assess(&a, today());
        for item in Item::ALL.iter().filter(|i| i.is_loaded()) {
            assert!(!has_item(&r, *item), "{case}: {item:?}");
        }
    }
}

#[test]
fn a_hidden_follow_up_does_not_count() {
    // "Not sure" about bone load counts only with hop pain.
    let mut a = Answers::default();
    tick(&mut a, QuestionId::DoctorSigns, "one_leg_numb");
    tick(&mut a, QuestionId::BoneLoad, "unsure");
    assert!(!a.visible().is_answered(QuestionId::BoneLoad));

    // Self-test results do not count when the runner declined the tests.
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    no(&mut a, QuestionId::DoSelfTests);
    a.set(QuestionId::TestPlank, &Answer::Hold(Some(5)));
    assert!(findings(&a, today()).is_empty());
    // Nor when they were not offered: the pain now is above 3 of 10.
    yes(&mut a, QuestionId::DoSelfTests);
    assert!(!findings(&a, today()).is_empty(), "offered, they count");
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(4)));
    assert!(findings(&a, today()).is_empty());
}

#[test]
fn self_tests_are_offered_only_without_warning_signs() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(3)));
    assert!(a.asked().contains(&QuestionId::DoSelfTests));
    // Pain for 10 days or more alone does not block them.
    set_onset(&mut a, today().add_days(-30));
    assert!(a.asked().contains(&QuestionId::DoSelfTests));
    for (q, key) in [
        (QuestionId::Limits, "limping"),
        (QuestionId::Limits, "cannot_manage"),
        (QuestionId::PainSigns, "upper_back"),
        (QuestionId::DoctorSigns, "one_leg_numb"),
        // A rest-first trigger blocks them too.
        (QuestionId::DoctorSigns, "hop_pain"),
    ] {
        let mut b = a.clone();
        tick(&mut b, q, key);
        assert!(!b.asked().contains(&QuestionId::DoSelfTests), "{key}");
    }
    let mut b = a;
    choose(&mut b, QuestionId::Age, "under_18");
    assert!(!b.asked().contains(&QuestionId::DoSelfTests), "under 18");
}

/// CONTENT §1: self-tests only while the pain now is 3 of 10 or less: pain
/// lowers holding times, so a test in pain reads as weakness (the finding:
/// they were offered up to 5 of 10).
#[test]
fn self_tests_are_offered_only_with_pain_of_3_or_less() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    for (pain, offered) in [(0, true), (3, true), (4, false), (5, false)] {
        assert!(a.set(QuestionId::PainNow, &Answer::Scale(pain)));
        assert_eq!(
            a.asked().contains(&QuestionId::DoSelfTests),
            offered,
            "pain {pain}"
        );
    }
    // Not before the pain is known.
    a.clear(QuestionId::PainNow);
    assert!(!a.asked().contains(&QuestionId::DoSelfTests));
}

// -------------------------------------------------------------- contributors

fn finding_for(a: &Answers, c: Contributor) -> Option<backcheck::assessment::Finding> {
    findings(a, today())
        .into_iter()
        .find(|f| f.contributor == c)
}

#[test]
fn every_signal_alone_points_to_its_contributor() {
    for s in SIGNALS.iter().filter(|s| s.evidence != Evidence::Support) {
        let a = answers_for(&s.when);
        let found = finding_for(&a, s.contributor).unwrap_or_else(|| {
            panic!(
                "{} does not point to {:?}",
                s.when.describe(),
                s.contributor
            )
        });
        let expected = match s.evidence {
            Evidence::SelfTest if !s.contributor.is_pattern() => Strength::Likely,
            _ => Strength::Possible,
        };
        assert_eq!(found.strength, expected, "{}", s.when.describe());
        for q in s.when.questions() {
            assert!(
                found.evidence.contains(&q),
                "{q:?} missing from the evidence of {:?}",
                s.contributor
            );
        }
        for src in s.sources {
            assert!(found.sources.contains(src));
        }
    }
}

#[test]
fn one_answer_is_possible_two_are_likely() {
    let mut a = Answers::default();
    choose(&mut a, QuestionId::Sitting, "over_8");
    let sitting = finding_for(&a, Contributor::LongSitting).unwrap();
    assert_eq!(
        sitting.strength,
        Strength::Possible,
        "one answer, counted once"
    );
    assert_eq!(sitting.evidence, [QuestionId::Sitting]);
    a.set(
        QuestionId::PainTriggers,
        &Answer::Choices(vec!["sitting".into()]),
    );
    let sitting = finding_for(&a, Contributor::LongSitting).unwrap();
    assert_eq!(sitting.strength, Strength::Likely);
    // One answer never makes any contributor likely.
    for s in SIGNALS.iter().filter(|s| s.evidence == Evidence::Answer) {
        let a = answers_for(&s.when);
        for f in findings(&a, today()) {
            assert_eq!(f.strength, Strength::Possible, "{}", s.when.describe());
        }
    }
}

#[test]
fn pain_patterns_stay_possible() {
    let mut a = Answers::default();
    a.set(
        QuestionId::PainTriggers,
        &Answer::Choices(vec!["bend_twist".into(), "hard_effort".into()]),
    );
    a.set(
        QuestionId::PainSite,
        &Answer::Choices(vec!["one_side_pelvis".into()]),
    );
    for c in [
        Contributor::FacetJoints,
        Contributor::SacroiliacJoint,
        Contributor::MuscleStrain,
    ] {
        let f = finding_for(&a, c).unwrap();
        assert_eq!(f.strength, Strength::Possible, "{c:?}");
        assert!(c.explain().en().contains("pattern, not a finding"));
        assert!(c.explain().de().contains("Muster, kein Befund"));
    }
}

#[test]
fn a_failed_self_test_is_likely_on_its_own() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((20, 22))));
    a.set(QuestionId::Sitting, &Answer::Choice("6_to_8".into()));
    let f = findings(&a, today());
    let glutes = f
        .iter()
        .find(|f| f.contributor == Contributor::WeakGlutes)
        .unwrap();
    assert_eq!(glutes.strength, Strength::Likely);
    let sitting = f
        .iter()
        .find(|f| f.contributor == Contributor::LongSitting)
        .unwrap();
    assert_eq!(sitting.strength, Strength::Possible);
    assert_eq!(
        f[0].contributor,
        Contributor::WeakGlutes,
        "likely ranks first"
    );
}

#[test]
fn a_normal_self_test_outweighs_a_proxy_answer() {
    // Long sitting and a hip drop say "weak glutes" (proxies: possible at
    // most); a strong bridge hold says no.
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    choose(&mut a, QuestionId::Sitting, "over_8");
    a.set(
        QuestionId::TechniqueSigns,
        &Answer::Choices(vec!["hip_drop".into()]),
    );
    assert_eq!(
        finding_for(&a, Contributor::WeakGlutes).unwrap().strength,
        Strength::Possible
    );
    self_tests_on(&mut a);
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((45, 42))));
    assert_eq!(finding_for(&a, Contributor::WeakGlutes), None);
    // A failed test of the same muscles still counts.
    a.set(QuestionId::TestStance, &Answer::Choice("drops_both".into()));
    assert_eq!(
        finding_for(&a, Contributor::WeakGlutes).unwrap().strength,
        Strength::Likely
    );
    // Long sitting itself is still a habit worth changing.
    assert!(finding_for(&a, Contributor::LongSitting).is_some());
}

#[test]
fn long_lasting_pain_alone_is_no_sign_of_weak_legs() {
    let mut a = with_onset(today().add_days(-120));
    assert_eq!(finding_for(&a, Contributor::WeakLegs), None);
    // The finding: no strength training and months of pain gave "likely".
    // Both are proxies: possible at most.
    choose(&mut a, QuestionId::StrengthSessions, "0");
    assert_eq!(
        finding_for(&a, Contributor::WeakLegs).unwrap().strength,
        Strength::Possible
    );
    // Only the thigh test makes it likely, and a good one rules it out.
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    a.set(QuestionId::TestWallSit, &Answer::Hold(Some(30)));
    assert_eq!(
        finding_for(&a, Contributor::WeakLegs).unwrap().strength,
        Strength::Likely
    );
    a.set(QuestionId::TestWallSit, &Answer::Hold(Some(80)));
    assert_eq!(finding_for(&a, Contributor::WeakLegs), None);
}

/// CONTENT §2: answers that do not measure a strength or length contributor
/// make it "possible", never "likely", however many agree (the findings:
/// short hip flexors from sitting and crunches, weak glutes from sitting and
/// a hip drop, low trunk endurance from no core work and a late lean).
#[test]
fn proxies_never_make_a_strength_or_length_contributor_likely() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    choose(&mut a, QuestionId::Sitting, "over_8");
    choose(&mut a, QuestionId::CoreRoutine, "crunches");
    choose(&mut a, QuestionId::StrengthSessions, "0");
    tick(&mut a, QuestionId::TechniqueSigns, "hip_drop");
    tick(&mut a, QuestionId::TechniqueSigns, "lean_late");
    set_onset(&mut a, today().add_days(-100));
    for c in Contributor::ALL.into_iter().filter(|c| c.needs_test()) {
        let f = finding_for(&a, c).unwrap_or_else(|| panic!("{c:?} is possible"));
        assert_eq!(
            f.strength,
            Strength::Possible,
            "{c:?} from {:?}",
            f.evidence
        );
    }
    let mut b = a.clone();
    choose(&mut b, QuestionId::CoreRoutine, "none");
    assert_eq!(
        finding_for(&b, Contributor::WeakCore).unwrap().strength,
        Strength::Possible
    );
    // Each one's own self-test makes it likely.
    self_tests_on(&mut a);
    for (q, answer, c) in [
        (
            QuestionId::TestBridge,
            Answer::HoldPair(Some((20, 22))),
            Contributor::WeakGlutes,
        ),
        (
            QuestionId::TestHipFlexor,
            Answer::Choice("rises_both".into()),
            Contributor::ShortHipFlexors,
        ),
        (
            QuestionId::TestPlank,
            Answer::Hold(Some(20)),
            Contributor::WeakCore,
        ),
        (
            QuestionId::TestWallSit,
            Answer::Hold(Some(20)),
            Contributor::WeakLegs,
        ),
    ] {
        let mut t = a.clone();
        assert!(t.set(q, &answer));
        assert_eq!(
            finding_for(&t, c).unwrap().strength,
            Strength::Likely,
            "{c:?}"
        );
    }
}

/// CONTENT §2: stress counts only when frequent, asked apart from tension;
/// heel striking is no fault by itself (the finding: "sometimes" tense gave
/// a contributor, heel strike counted as a technique fault).
#[test]
fn stress_counts_only_when_frequent_and_heel_striking_is_no_fault() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    choose(&mut a, QuestionId::Stress, "sometimes");
    assert_eq!(finding_for(&a, Contributor::OneSidedTension), None);
    choose(&mut a, QuestionId::Stress, "often");
    assert!(finding_for(&a, Contributor::OneSidedTension).is_some());
    let title = QuestionId::Stress.spec().title;
    assert!(!title.en().contains("tense") && !title.de().contains("verspannt"));
    // Heel striking alone points to nothing; next to a hollow back it supports it.
    let mut b = Answers::default();
    choose(&mut b, QuestionId::FootStrike, "heel");
    assert_eq!(findings(&b, today()), vec![]);
    tick(&mut b, QuestionId::TechniqueSigns, "arms_cross");
    assert_eq!(
        finding_for(&b, Contributor::Technique).unwrap().evidence,
        [QuestionId::TechniqueSigns]
    );
    tick(&mut b, QuestionId::TechniqueSigns, "hollow_back");
    assert!(finding_for(&b, Contributor::HollowBack)
        .unwrap()
        .evidence
        .contains(&QuestionId::FootStrike));
    for c in [Contributor::Technique, Contributor::HollowBack] {
        assert!(!c.explain().en().contains("heel"), "{c:?}");
    }
}

#[test]
fn the_bridge_gap_is_a_share_of_the_hold() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    // 80 s against 100 s: 80 %, no imbalance (an absolute 10 s rule said yes).
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((100, 80))));
    assert_eq!(finding_for(&a, Contributor::Asymmetry), None);
    // 29 s against 40 s: 72.5 %, an imbalance (10 s rule said no... 11 s said yes).
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((40, 29))));
    assert_eq!(
        finding_for(&a, Contributor::Asymmetry).unwrap().strength,
        Strength::Likely
    );
    // 9 s against 15 s: 60 %, an imbalance an absolute 10 s gap missed.
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((15, 9))));
    assert!(finding_for(&a, Contributor::Asymmetry).is_some());
}

#[test]
fn good_self_test_results_point_to_nothing() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((60, 58))));
    a.set(QuestionId::TestStance, &Answer::Choice("level".into()));
    a.set(QuestionId::TestHipFlexor, &Answer::Choice("stays".into()));
    a.set(QuestionId::TestPlank, &Answer::Hold(Some(90)));
    a.set(QuestionId::TestSidePlank, &Answer::HoldPair(Some((45, 40))));
    assert_eq!(findings(&a, today()), vec![]);
}

#[test]
fn the_plan_is_deduplicated_phased_and_capped() {
    // Everything at once: every contributor fires.
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    self_tests_on(&mut a);
    for s in SIGNALS {
        if !matches!(s.when, Cond::PainDaysAtLeast(_)) {
            satisfy(&s.when, &mut a);
        }
    }
    let r = assess(&a, today());
    assert!(r.level < CareLevel::Urgent);
    let mut seen = std::collections::HashSet::new();
    let mut last = None;
    for p in &r.plan {
        assert!(last < Some(p.phase), "phases in order");
        last = Some(p.phase);
        assert!(
            p.entries.len() <= p.phase.max(),
            "{:?}: {}",
            p.phase,
            p.entries.len()
        );
        for e in &p.entries {
            assert!(seen.insert(e.item), "{:?} twice", e.item);
            assert_eq!(e.item.phase(), p.phase);
        }
    }
    assert_eq!(r.plan.len(), 2);
    // Every contributor fires; the page lists the strongest few.
    assert_eq!(r.findings.len(), MAX_FINDINGS);
    assert!(
        r.findings
            .iter()
            .take_while(|f| f.strength == Strength::Likely)
            .count()
            >= 3
    );
    // Round by round: the top contributors each have an item.
    let next_week = &r.plan[1].entries;
    let first_in_next_week = |f: &&backcheck::assessment::Finding| {
        f.contributor
            .items()
            .first()
            .is_some_and(|i| i.phase() == Phase::FromNextWeek && !i.is_loaded())
    };
    for f in r.findings.iter().filter(first_in_next_week).take(3) {
        assert!(
            next_week.iter().any(|e| e.because.contains(&f.contributor)),
            "{:?} has nothing in the plan",
            f.contributor
        );
    }
}

#[test]
fn only_items_the_answers_call_for() {
    // No finding at all: gentle mobility this week, one strength exercise
    // next week; no technique drills, shoes, painkillers or rest.
    let r = assess(&Answers::default(), today());
    let items: Vec<Item> = r
        .plan
        .iter()
        .flat_map(|p| p.entries.iter().map(|e| e.item))
        .collect();
    assert_eq!(items, [Item::CatCow, Item::ChildsPose, Item::GluteBridge]);
    // "None of these" for technique: no technique item.
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    tick(&mut a, QuestionId::TechniqueSigns, "none");
    let r = assess(&a, today());
    assert!(r
        .plan
        .iter()
        .flat_map(|p| &p.entries)
        .all(|e| e.item.group() != Group::Technique));
    assert!(!has_item(&r, Item::PainRelief));
    // Pain of 5: painkiller advice.
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(5)));
    assert!(has_item(&assess(&a, today()), Item::PainRelief));
}

#[test]
fn no_loaded_strength_work_while_pain_is_5_or_more() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    choose(&mut a, QuestionId::StrengthSessions, "0");
    choose(&mut a, QuestionId::Age, "50_to_64");
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(4)));
    assert!(has_item(&assess(&a, today()), Item::StrengthRoutine));
    for q in [QuestionId::PainNow, QuestionId::PainRunning] {
        let mut b = a.clone();
        assert!(b.set(q, &Answer::Scale(5)));
        let r = assess(&b, today());
        assert_eq!(r.level, CareLevel::SelfCare);
        assert!(
            r.plan
                .iter()
                .flat_map(|p| &p.entries)
                .all(|e| !e.item.is_loaded()),
            "{q:?}"
        );
    }
}

#[test]
fn today_is_at_most_three_things_the_most_pressing_first() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    set_onset(&mut a, today().add_days(-2));
    let r = assess(&a, today());
    assert_eq!(
        r.today,
        [Today::StartThisWeek, Today::Walk, Today::NotePain]
    );
    choose(&mut a, QuestionId::Sitting, "over_8");
    tick(&mut a, QuestionId::PainTriggers, "sitting");
    assert_eq!(
        assess(&a, today()).today,
        [Today::StartThisWeek, Today::MovementBreaks, Today::NotePain]
    );
    set_onset(&mut a, today().add_days(-12));
    assert_eq!(assess(&a, today()).today[0], Today::BookDoctor);
    tick(&mut a, QuestionId::Limits, "limping");
    assert_eq!(
        assess(&a, today()).today[..2],
        [Today::BookDoctor, Today::NoRunningUntilSeen]
    );
    // Pain that stops walking or everyday life, or very severe pain: an
    // appointment today or tomorrow, not in the next few days.
    for (q, answer) in [
        (QuestionId::Limits, "cannot_manage"),
        (QuestionId::PainNow, "8"),
    ] {
        let mut b = Answers::default();
        if q == QuestionId::PainNow {
            assert!(b.set(q, &Answer::Scale(8)));
        } else {
            tick(&mut b, q, answer);
        }
        let r = assess(&b, today());
        assert_eq!(r.level, CareLevel::SeeDoctor, "{answer}");
        assert_eq!(r.today[0], Today::BookDoctorSoon, "{answer}");
        assert!(Today::BookDoctorSoon
            .text()
            .en()
            .contains("today or tomorrow"));
    }
}

#[test]
fn can_i_run_is_no_easy_or_yes() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    set_onset(&mut a, today().add_days(-2));
    for (now, running, expected) in [
        (0, 0, RunAdvice::Yes),
        (0, 1, RunAdvice::EasyOnly),
        (3, 0, RunAdvice::EasyOnly),
        (5, 5, RunAdvice::EasyOnly),
        (6, 0, RunAdvice::No),
    ] {
        assert!(a.set(QuestionId::PainNow, &Answer::Scale(now)));
        assert!(a.set(QuestionId::PainRunning, &Answer::Scale(running)));
        assert_eq!(assess(&a, today()).can_run, expected, "{now}/{running}");
    }
    // Without the scores, never "yes".
    let mut b = Answers::default();
    no_warning_signs(&mut b);
    assert_eq!(assess(&b, today()).can_run, RunAdvice::EasyOnly);
}

#[test]
fn painkiller_advice_is_complete() {
    // Its progression is to stop, never to make a habit of it.
    let next = Item::PainRelief.progression(false).unwrap();
    assert!(next.en().contains("Only for a few days"), "{}", next.en());
    assert!(next.de().contains("Nur ein paar Tage"), "{}", next.de());
    assert!(!next.en().contains("habit"));
    let how = Item::PainRelief.how();
    for word in [
        "never so that you can run",
        "stomach ulcer",
        "kidney",
        "blood thinners",
        "asthma",
        "pregnant",
    ] {
        assert!(how.en().contains(word), "{word}");
    }
    for word in [
        "nie, um laufen zu können",
        "Magengeschwür",
        "Nieren",
        "Blutverdünner",
        "Asthma",
        "schwanger",
    ] {
        assert!(how.de().contains(word), "{word}");
    }
    assert!(Item::PainRelief.sources().contains(&Source::NhsIbuprofen));
}

// ----------------------------------------------------- catalogue consistency

#[test]
fn question_keys_are_unique_and_round_trip() {
    for q in QuestionId::ALL {
        assert_eq!(QuestionId::from_key(q.key()), Some(q));
    }
}

#[test]
fn every_option_key_a_rule_names_exists() {
    let conds = CARE_RULES
        .iter()
        .map(|r| r.when)
        .chain(SIGNALS.iter().map(|s| s.when))
        .chain(FOLLOW_UPS.iter().filter_map(|(_, ask)| match ask {
            Ask::If(cond) => Some(*cond),
            Ask::SelfTestsSafe => None,
        }));
    for cond in conds {
        for (q, key) in cond.option_keys() {
            let options = match q.kind() {
                Kind::Single(o) | Kind::Multi(o) => o,
                other => panic!("{q:?} is {other:?}, not a choice"),
            };
            assert!(
                options.iter().any(|o| o.key == key),
                "{q:?} has no option {key}"
            );
            if matches!(cond, Cond::Has(..)) {
                assert!(
                    matches!(q.kind(), Kind::Multi(_)),
                    "Has on single choice {q:?}"
                );
            }
        }
    }
}

#[test]
fn conditions_only_look_back() {
    for (i, &q) in QuestionId::ALL.iter().enumerate() {
        if let Some(ask) = q.asked_if() {
            for dep in ask.questions() {
                let j = QuestionId::ALL.iter().position(|&x| x == dep).unwrap();
                assert!(j < i, "{q:?} depends on later {dep:?}");
            }
        }
    }
}

#[test]
fn warning_signs_come_first() {
    // Only the onset comes between them: the 10-day rule and "what to tell
    // the doctor" need it.
    let last_sign = QuestionId::ALL
        .iter()
        .rposition(|q| q.is_warning_sign())
        .unwrap();
    assert!(QuestionId::ALL[..last_sign]
        .iter()
        .all(|&q| q.is_warning_sign() || q == QuestionId::Onset));
    // Every sign of the emergency and urgent levels is asked among them.
    for rule in CARE_RULES.iter().filter(|r| r.level >= CareLevel::Urgent) {
        assert!(
            rule.when.questions().iter().all(|q| q.is_warning_sign()),
            "{}",
            rule.id
        );
    }
    // The emergency signs come first of all, so an emergency stops at once.
    assert_eq!(QuestionId::ALL[0], QuestionId::EmergencySigns);
}

#[test]
fn option_keys_are_unique_per_question_and_unknowns_are_marked() {
    for q in QuestionId::ALL {
        if let Kind::Single(o) | Kind::Multi(o) = q.kind() {
            let mut keys: Vec<&str> = o.iter().map(|o| o.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), o.len(), "{q:?}");
            for opt in o {
                let said_unknown = opt.label.en().contains("don't know")
                    || opt.label.en().contains("can't say")
                    || opt.label.en().contains("couldn't tell")
                    || opt.label.en().contains("not sure");
                assert_eq!(said_unknown, opt.role == Role::Unknown, "{q:?}/{}", opt.key);
            }
        }
    }
}

#[test]
fn self_test_questions_match_their_tests() {
    let mut seen = Vec::new();
    for q in QuestionId::ALL {
        if let Some(test) = q.spec().self_test {
            seen.push(test);
            assert_eq!(q.section(), Section::SelfTests);
            assert!(!test.steps().is_empty());
        }
    }
    assert_eq!(seen, SelfTest::ALL);
}

#[test]
fn every_contributor_has_signals_items_and_sources() {
    for c in Contributor::ALL {
        assert!(
            SIGNALS.iter().any(|s| s.contributor == c),
            "{c:?} has no signal"
        );
        assert!(!c.items().is_empty(), "{c:?} has no plan item");
        assert!(!c.sources().is_empty(), "{c:?} has no source");
    }
}

#[test]
fn every_rule_item_and_signal_names_a_source() {
    assert!(CARE_RULES.iter().all(|r| !r.sources.is_empty()));
    assert!(SIGNALS.iter().all(|s| !s.sources.is_empty()));
    assert!(Item::ALL.iter().all(|i| !i.sources().is_empty()));
    assert!(SelfTest::ALL.iter().all(|t| !t.sources().is_empty()));
}

#[test]
fn every_item_is_reachable() {
    let general = [
        Item::RestFromRunning,
        Item::ChildsPose,
        Item::CatCow,
        Item::Massage,
        Item::PainRelief,
    ];
    for item in Item::ALL {
        let used =
            general.contains(&item) || Contributor::ALL.iter().any(|c| c.items().contains(&item));
        assert!(used, "{item:?} is never recommended");
    }
}

#[test]
fn every_source_is_cited_somewhere() {
    let mut cited: Vec<Source> = CARE_RULES
        .iter()
        .flat_map(|r| r.sources.iter())
        .chain(SIGNALS.iter().flat_map(|s| s.sources.iter()))
        .chain(Item::ALL.iter().flat_map(|i| i.sources().iter()))
        .chain(RunAdvice::ALL.iter().flat_map(|r| r.sources().iter()))
        .chain(backcheck::assessment::log::SOURCES)
        .chain(Today::ALL.iter().flat_map(|t| t.sources().iter()))
        .chain(backcheck::assessment::advice::SAFETY_NET_SOURCES)
        .copied()
        .collect();
    cited.sort();
    cited.dedup();
    assert_eq!(cited, Source::ALL);
}

// -------------------------------------------------------------- translations

/// Every static text the core holds.
fn all_texts() -> Vec<(String, Text)> {
    let mut out: Vec<(String, Text)> = Vec::new();
    let mut push = |name: String, t: Text| out.push((name, t));
    for q in QuestionId::ALL {
        let s = q.spec();
        push(format!("{q:?}.title"), s.title);
        push(format!("{q:?}.short"), s.short);
        if let Some(h) = s.hint {
            push(format!("{q:?}.hint"), h);
        }
        match q.kind() {
            Kind::Single(o) | Kind::Multi(o) => o
                .iter()
                .for_each(|o| push(format!("{q:?}.{}", o.key), o.label)),
            Kind::Scale {
                low, high, extra, ..
            } => {
                push(format!("{q:?}.low"), low);
                push(format!("{q:?}.high"), high);
                if let Some(o) = extra {
                    push(format!("{q:?}.{}", o.key), o.label);
                }
            }
            Kind::Date | Kind::Hold | Kind::HoldPair => {}
        }
    }
    for s in Section::ALL {
        push(format!("{s:?}"), s.title());
    }
    for t in SelfTest::ALL {
        push(format!("{t:?}.title"), t.title());
        push(format!("{t:?}.purpose"), t.purpose());
        push(format!("{t:?}.reading"), t.reading());
        t.steps()
            .iter()
            .enumerate()
            .for_each(|(i, s)| push(format!("{t:?}.step{i}"), *s));
        for (i, side) in t.sides().into_iter().flatten().enumerate() {
            push(format!("{t:?}.side{i}"), side);
        }
    }
    push("STOP_IF_PAIN".into(), STOP_IF_PAIN);
    push("PAIN_LOWERS_HOLDS".into(), PAIN_LOWERS_HOLDS);
    for a in RunAdvice::ALL {
        push(format!("{a:?}.word"), a.word());
        push(format!("{a:?}.text"), a.text());
    }
    for t in Today::ALL {
        push(format!("{t:?}"), t.text());
    }
    for (i, step) in WAY_BACK.iter().enumerate() {
        push(format!("WAY_BACK.{i}"), *step);
    }
    push("WAY_BACK_NOTE".into(), WAY_BACK_NOTE);
    for w in [WayBack::AfterDoctor, WayBack::AfterDoctorAndHopping] {
        push(format!("{w:?}"), w.after_doctor().unwrap());
    }
    for p in Phase::ALL {
        push(format!("{p:?}"), p.title());
    }
    for r in CARE_RULES {
        push(format!("rule {}", r.id), r.reason);
        push(format!("rule {}.sign", r.id), r.sign);
    }
    for l in CareLevel::ALL {
        push(format!("{l:?}.headline"), l.headline());
        push(format!("{l:?}.action"), l.action());
    }
    for c in Contributor::ALL {
        push(format!("{c:?}.title"), c.title());
        push(format!("{c:?}.explain"), c.explain());
    }
    for i in Item::ALL {
        push(format!("{i:?}.title"), i.title());
        push(format!("{i:?}.how"), i.how());
        for until_seen in [false, true] {
            if let Some(p) = i.progression(until_seen) {
                push(format!("{i:?}.progression"), p);
            }
        }
    }
    for g in Group::ALL {
        push(format!("{g:?}"), g.title());
    }
    for s in Source::ALL {
        push(format!("{s:?}"), s.describe());
    }
    for s in [Strength::Likely, Strength::Possible] {
        push(format!("{s:?}"), s.label());
    }
    out
}

#[test]
fn every_text_is_translated() {
    // Short words that are the same in both languages.
    const SAME: &[&str] = &["0", "1", "Training", "Plank"];
    let texts = all_texts();
    assert!(texts.len() > 400, "only {} texts found", texts.len());
    for (name, t) in texts {
        assert!(
            !t.en().trim().is_empty() && !t.de().trim().is_empty(),
            "{name} is empty"
        );
        assert!(
            t.en() != t.de() || SAME.contains(&t.en()),
            "{name} is not translated: {:?}",
            t.en()
        );
        assert!(
            !t.de().contains("TODO") && !t.en().contains("TODO"),
            "{name}"
        );
        // Exactly one NUL joins the two languages.
        assert!(!t.en().contains('\0') && !t.de().contains('\0'), "{name}");
    }
}

#[test]
fn runtime_texts_exist_in_every_language() {
    for lang in Lang::ALL {
        for i in Item::ALL {
            assert!(!i.dose().text(lang).is_empty());
        }
    }
    assert_eq!(
        Item::GluteBridge.dose().text(Lang::De),
        "3 × 12 Wiederholungen, 3-mal pro Woche"
    );
    assert_eq!(
        Item::SidePlank.dose().text(Lang::En),
        "3 × 20 s hold per side, 3 times a week"
    );
}

#[test]
fn sources_read_as_titles_never_as_file_names() {
    let file_name =
        |s: &str| s.contains(".txt") || s.to_lowercase().contains("seed") || s.contains("_88a0");
    for s in Source::ALL {
        for lang in Lang::ALL {
            let c = s.cite().get(lang);
            assert!(!file_name(c), "{s:?}: {c}");
            assert!(c.len() > 10, "{s:?}: {c}");
        }
    }
    for (name, t) in all_texts() {
        assert!(!file_name(t.en()) && !file_name(t.de()), "{name}");
    }
    // The seed 003 article names its expert; NG59 is never cited for red flags.
    assert!(Source::Seed003McDowell.cite().en().contains("McDowell"));
    assert!(Source::Seed003McDowell
        .cite()
        .de()
        .contains("Physiotherapeutin"));
    for rule in CARE_RULES
        .iter()
        .filter(|r| r.level >= CareLevel::SeeDoctor)
    {
        assert!(!rule.sources.contains(&Source::NiceNg59), "{}", rule.id);
    }
}

#[test]
fn rules_cite_their_own_sources_not_one_block() {
    // The finding: the same three references on every red flag.
    let mut lists: Vec<&[Source]> = CARE_RULES
        .iter()
        .filter(|r| r.level >= CareLevel::Urgent)
        .map(|r| r.sources)
        .collect();
    let all = lists.len();
    lists.sort();
    lists.dedup();
    assert!(
        lists.len() * 2 >= all,
        "{} distinct source lists for {all} rules",
        lists.len()
    );
}

// ------------------------------------------------------------- random tests

/// Turns a seed into a valid answer for `q`.
fn value_for(q: QuestionId, seed: u32) -> Answer {
    let pick = |n: usize| (seed as usize) % n;
    match q.kind() {
        Kind::Single(o) => Answer::Choice(o[pick(o.len())].key.into()),
        Kind::Multi(o) => {
            let exclusive: Vec<_> = o.iter().filter(|o| o.role != Role::Plain).collect();
            // Warning pages are mostly "None of these", as in real life.
            if seed % 4 != 1 && !exclusive.is_empty() {
                Answer::Choices(vec![exclusive[pick(exclusive.len())].key.into()])
            } else {
                let plain: Vec<_> = o.iter().filter(|o| o.role == Role::Plain).collect();
                let mut keys: Vec<String> = plain
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| seed >> (i + 2) & 1 == 1)
                    .map(|(_, o)| o.key.into())
                    .collect();
                if keys.is_empty() {
                    keys.push(plain[pick(plain.len())].key.into());
                }
                Answer::Choices(keys)
            }
        }
        Kind::Scale { extra: Some(o), .. } if seed.is_multiple_of(7) => {
            Answer::Choice(o.key.into())
        }
        Kind::Scale { max, .. } => Answer::Scale((seed % (u32::from(max) + 1)) as u8),
        Kind::Date => Answer::Date(today().add_days(-((seed % 400) as i32))),
        Kind::Hold => Answer::Hold((!seed.is_multiple_of(5)).then_some((seed % 200) as u16)),
        Kind::HoldPair => Answer::HoldPair(
            (!seed.is_multiple_of(5)).then_some(((seed % 120) as u16, (seed / 7 % 120) as u16)),
        ),
    }
}

fn answers_strategy() -> impl Strategy<Value = Answers> {
    prop::collection::vec(prop::option::of(any::<u32>()), QuestionId::ALL.len()).prop_map(|seeds| {
        let mut a = Answers::default();
        for (&q, seed) in QuestionId::ALL.iter().zip(seeds) {
            if let Some(seed) = seed {
                assert!(a.set(q, &value_for(q, seed)), "{q:?} rejects a valid value");
            }
        }
        a
    })
}

/// Every warning sign a runner can tick: (question, option key).
fn warning_signs() -> Vec<(QuestionId, &'static str)> {
    QuestionId::ALL
        .iter()
        .filter(|q| q.is_warning_sign())
        .flat_map(|&q| match q.kind() {
            Kind::Multi(o) => o
                .iter()
                .filter(|o| o.role == Role::Plain)
                .map(|o| (q, o.key))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn assessing_never_panics_and_is_consistent(a in answers_strategy()) {
        let r = assess(&a, today());
        let top = r.reasons.first().map_or(CareLevel::SelfCare, |r| r.level);
        prop_assert_eq!(r.level, top);
        prop_assert!(r.reasons.windows(2).all(|w| w[0].level >= w[1].level));
        prop_assert!(r.findings.windows(2).all(|w| (w[0].strength, w[0].score) >= (w[1].strength, w[1].score)));
    }

    #[test]
    fn adding_any_warning_sign_never_lowers_the_level(a in answers_strategy(), pick in any::<prop::sample::Index>()) {
        let before = care_level(&a, today());
        let signs = warning_signs();
        let (q, key) = signs[pick.index(signs.len())];
        let mut after = a.clone();
        open_path_to(q, &mut after);
        tick(&mut after, q, key);
        prop_assert!(care_level(&after, today()) >= before, "{:?} {} lowered the level", q, key);
    }

    #[test]
    fn a_care_rule_yields_at_least_its_level(a in answers_strategy(), pick in any::<prop::sample::Index>()) {
        let rule = &CARE_RULES[pick.index(CARE_RULES.len())];
        let mut a = a;
        for q in rule.when.questions() {
            open_path_to(q, &mut a);
        }
        satisfy(&rule.when, &mut a);
        prop_assert!(care_level(&a, today()) >= rule.level, "{} gave {:?}", rule.id, care_level(&a, today()));
    }

    #[test]
    fn nothing_but_the_verdict_at_urgent_and_above(a in answers_strategy()) {
        let r = assess(&a, today());
        if r.level >= CareLevel::Urgent {
            prop_assert!(r.findings.is_empty());
            prop_assert!(r.plan.is_empty());
            prop_assert_eq!(r.recheck, None);
            prop_assert!(!a.asked().contains(&QuestionId::DoSelfTests));
            prop_assert!(a.asked().iter().all(|q| q.spec().self_test.is_none()));
        }
    }

    #[test]
    fn self_tests_are_never_offered_with_a_warning_sign(a in answers_strategy()) {
        let visible = a.visible();
        if visible.asked().contains(&QuestionId::DoSelfTests) {
            // The answers before the self-tests: only duration rules may hold.
            for rule in CARE_RULES.iter().filter(|r| r.when.holds(&visible, Some(today()))) {
                prop_assert!(rule.when.questions() == [QuestionId::Onset], "{} holds", rule.id);
            }
        }
    }

    #[test]
    fn the_recheck_date_and_the_ten_day_rule_agree(a in answers_strategy(), days in 0i32..40) {
        let mut a = a;
        set_onset(&mut a, today().add_days(-days));
        let r = assess(&a, today());
        let day_10 = |r: &backcheck::assessment::Assessment| r.reasons.iter().any(|x| x.id == "day_10");
        if days >= 10 {
            prop_assert!(r.level >= CareLevel::SeeDoctor);
            prop_assert!(day_10(&r));
            prop_assert_eq!(r.recheck, None);
        } else {
            prop_assert!(!day_10(&r));
        }
        if let Some(d) = r.recheck {
            // The date shown is the first day the same answers say "book a doctor".
            prop_assert!(d > today());
            let then = assess(&a, d);
            prop_assert!(then.level >= CareLevel::SeeDoctor && day_10(&then));
            prop_assert!(!day_10(&assess(&a, d.add_days(-1))));
        } else if r.level < CareLevel::SeeDoctor {
            prop_assert!(false, "self-care or rest first without a re-check date");
        }
    }

    #[test]
    fn the_plan_keeps_its_limits(a in answers_strategy()) {
        let r = assess(&a, today());
        let visible = a.visible();
        let pain = visible.pain_now().unwrap_or(0).max(visible.pain_running().unwrap_or(0));
        let no_load = r.rest_first || r.level >= CareLevel::SeeDoctor || pain >= 5;
        prop_assert!(r.today.len() <= 3);
        for p in &r.plan {
            prop_assert!(p.entries.len() <= p.phase.max());
            prop_assert_eq!(p.phase == Phase::UntilSeen, r.level == CareLevel::SeeDoctor);
            for e in &p.entries {
                if p.phase == Phase::UntilSeen {
                    prop_assert!(e.item.is_gentle(), "{:?} before a doctor has seen it", e.item);
                } else {
                    prop_assert_eq!(e.item.phase(), p.phase);
                }
                prop_assert!(!(no_load && e.item.is_loaded()), "{:?} with pain {}", e.item, pain);
                // Every item answers a contributor found, or is general advice.
                prop_assert!(e.because.iter().all(|c| r.findings.iter().any(|f| f.contributor == *c)));
            }
        }
        if r.level < CareLevel::Urgent {
            prop_assert!(!r.today.is_empty());
        }
    }

    #[test]
    fn rest_first_advice_is_never_lost(a in answers_strategy()) {
        let r = assess(&a, today());
        let visible = a.visible();
        let rest_trigger = CARE_RULES.iter().any(|x| x.rest && x.when.holds(&visible, Some(today())));
        prop_assert_eq!(r.rest_first, rest_trigger);
        if rest_trigger {
            prop_assert!(matches!(r.can_run, RunAdvice::No | RunAdvice::NotUntilSeen));
            if r.level < CareLevel::Urgent {
                let start = if r.level == CareLevel::SeeDoctor { PlanStart::UntilSeen } else { PlanStart::AfterRest };
                prop_assert_eq!(r.plan_start, start);
                prop_assert!(has_item(&r, Item::RestFromRunning));
            }
        }
    }

    #[test]
    fn contributors_are_never_surer_than_the_evidence(a in answers_strategy()) {
        for f in findings(&a, today()) {
            if f.strength == Strength::Likely {
                prop_assert!(!f.contributor.is_pattern());
                let tested = f.evidence.iter().any(|q| q.spec().self_test.is_some());
                prop_assert!(tested || f.evidence.len() >= 2, "{:?} likely from {:?}", f.contributor, f.evidence);
                prop_assert!(tested || !f.contributor.needs_test(), "{:?} likely from proxies {:?}", f.contributor, f.evidence);
            }
        }
    }

    #[test]
    fn unknown_answers_never_create_a_contributor(seeds in prop::collection::vec(any::<u32>(), QuestionId::ALL.len())) {
        // Every question that has an "I don't know" or "skip" answer gets one;
        // the questions that gate follow-ups are opened so those count too.
        let mut a = Answers::default();
        no_warning_signs(&mut a);
        yes(&mut a, QuestionId::DoSelfTests);
        for (&q, seed) in QuestionId::ALL.iter().zip(seeds) {
            let unknowns = q.kind().unknowns();
            if !unknowns.is_empty() && !q.is_warning_sign() {
                prop_assert!(a.set(q, &unknowns[seed as usize % unknowns.len()]));
            }
        }
        prop_assert_eq!(findings(&a, today()), vec![]);
    }
}

#[test]
fn the_german_a_reader_stopped_at_is_gone() {
    // Found in review: wrong case ("Keinen" sessions), "Gegen:" for what an
    // exercise helps with, curt "Lauf nicht", "Fragen beenden" for finishing
    // the questions, "Sattelbereich" (German says Reithosenbereich).
    const STOPPED_AT: &[&str] = &[
        "Keinen",
        "Gegen:",
        "Lauf nicht",
        "Fragen beenden",
        "Sattelbereich",
    ];
    let ui = include_str!("../src/ui/texts.rs");
    assert!(!ui.contains("\"Gegen\""), "ui texts: Gegen");
    for word in STOPPED_AT {
        assert!(!ui.contains(word), "ui texts: {word}");
        for (name, t) in all_texts() {
            assert!(!t.de().contains(word), "{name}: {word}");
        }
    }
    assert!(CARE_RULES
        .iter()
        .any(|r| r.sign.de().contains("Reithosenbereich")));
    // The urgent advice names the German out-of-hours number in both languages.
    assert!(CareLevel::Urgent.action().de().contains("116\u{a0}117"));
    assert!(CareLevel::Urgent.action().en().contains("116\u{a0}117"));
    assert!(CareLevel::Urgent.action().en().contains("111"));
    // The dead bug lowers one arm and the opposite leg.
    assert!(
        Item::DeadBug.how().de().contains("einen Arm")
            && Item::DeadBug.how().de().contains("Bein der Gegenseite")
    );
}

#[test]
fn a_recheck_asks_every_warning_sign_and_what_can_change_in_at_most_eight_pages() {
    use backcheck::assessment::flow::{Mode, RECHECK};
    use backcheck::assessment::next_step_in;
    // A whole check a week ago: no warning signs, pain for 3 days.
    let week_ago = today().add_days(-7);
    let last = complete(with_onset(week_ago.add_days(-3)));
    assert_eq!(last.first_unanswered(), None);
    assert_eq!(assess(&last, week_ago).level, CareLevel::SelfCare);

    let mut again = Answers::for_recheck(&last);
    let path = again.path_in(Mode::Recheck);
    assert_eq!(path.first_unanswered(), Some(QuestionId::EmergencySigns));
    // Every warning page, always; the onset to confirm; the pain scores.
    for q in SIGN_PAGES {
        assert!(path.asked.contains(&q), "{q:?}");
        assert!(!again.is_answered(q), "{q:?} is asked again");
    }
    assert_eq!(again.onset(), last.onset(), "the onset is kept");
    assert!(path.pages().len() <= 7, "{:?}", path.pages());
    assert!(path.asked.iter().all(|q| RECHECK.contains(q)));
    // Hop pain opens its follow-up, still within eight pages.
    tick(&mut again, QuestionId::DoctorSigns, "hop_pain");
    assert!(again.path_in(Mode::Recheck).pages().len() <= 8);

    // Answered as before, ten days on from the pain's start: book a doctor.
    let mut again = Answers::for_recheck(&last);
    let mut q = QuestionId::EmergencySigns;
    no_warning_signs(&mut again);
    again.set(QuestionId::PainNow, &Answer::Scale(3));
    again.set(QuestionId::PainRunning, &Answer::Scale(4));
    for step in 0..10 {
        match next_step_in(&again, q, false, today(), Mode::Recheck) {
            Step::Question { q: next, .. } => q = next,
            Step::Check => break,
            Step::Stop => panic!("no warning sign was ticked"),
        }
        assert!(step < 8);
    }
    let r = assess(&again, today());
    assert_eq!(r.level, CareLevel::SeeDoctor);
    assert!(r.reasons.iter().any(|x| x.id == "day_10"));
}

/// Every answer a question can take, sampled: each option (alone, for
/// checkboxes), a spread of scores, dates and hold times.
fn sample_answers(q: QuestionId) -> Vec<Answer> {
    match q.kind() {
        Kind::Single(options) => options
            .iter()
            .map(|o| Answer::Choice(o.key.into()))
            .collect(),
        Kind::Multi(options) => options
            .iter()
            .map(|o| Answer::Choices(vec![o.key.into()]))
            .collect(),
        Kind::Scale { max, extra, .. } => (0..=max)
            .map(Answer::Scale)
            .chain(extra.map(|o| Answer::Choice(o.key.into())))
            .collect(),
        Kind::Date => [0, 3, 9, 10, 30, 60, 120]
            .into_iter()
            .map(|d| Answer::Date(today().add_days(-d)))
            .collect(),
        Kind::Hold => [None, Some(5), Some(20), Some(45), Some(120)]
            .into_iter()
            .map(Answer::Hold)
            .collect(),
        Kind::HoldPair => [
            None,
            Some((10, 10)),
            Some((20, 40)),
            Some((60, 60)),
            Some((90, 90)),
        ]
        .into_iter()
        .map(Answer::HoldPair)
        .collect(),
    }
}

/// Issue 13: a question whose answer never changes the result costs the
/// runner time for nothing. For every question, some two of its answers
/// give different results, starting from a runner without warning signs who
/// does the self-tests (and, for the bone follow-up, has pain on hopping).
#[test]
fn every_question_can_change_the_result() {
    let mut base = Answers::default();
    no_warning_signs(&mut base);
    set_onset(&mut base, today().add_days(-5));
    self_tests_on(&mut base);
    let mut dead = Vec::new();
    for q in QuestionId::ALL {
        let mut start = base.clone();
        if q == QuestionId::BoneLoad {
            tick(&mut start, QuestionId::DoctorSigns, "hop_pain");
        }
        // Heel striking counts only next to a hollow back (CONTENT §2).
        if q == QuestionId::FootStrike {
            tick(&mut start, QuestionId::TechniqueSigns, "hollow_back");
        }
        let results: Vec<_> = sample_answers(q)
            .iter()
            .map(|answer| {
                let mut a = start.clone();
                assert!(a.set(q, answer), "{q:?} takes {answer:?}");
                assert!(q.is_asked(&a.visible()), "{q:?} is asked");
                // A gate counts by the questions it opens.
                (assess(&a, today()), a.asked())
            })
            .collect();
        if results.windows(2).all(|w| w[0] == w[1]) {
            dead.push(q);
        }
    }
    assert!(dead.is_empty(), "answers that change nothing: {dead:?}");
}

/// CONTENT §1 names pain levels, not when they are felt: pain with running
/// counts like pain now (6 → rest first, 8 → see a doctor).
#[test]
fn pain_with_running_counts_like_pain_now() {
    for (score, level) in [
        (5, CareLevel::SelfCare),
        (6, CareLevel::RestFirst),
        (8, CareLevel::SeeDoctor),
    ] {
        let mut a = Answers::default();
        no_warning_signs(&mut a);
        set_onset(&mut a, today().add_days(-2));
        assert!(a.set(QuestionId::PainNow, &Answer::Scale(2)));
        assert!(a.set(QuestionId::PainRunning, &Answer::Scale(score)));
        let r = assess(&a, today());
        assert_eq!(r.level, level, "pain with running {score}");
        let expected = match score {
            8.. => RunAdvice::NotUntilSeen,
            6.. => RunAdvice::No,
            _ => RunAdvice::EasyOnly,
        };
        assert_eq!(r.can_run, expected, "pain with running {score}");
    }
}

// ------------------------------------------- a physio's review (issue 20)

/// Answers that reach "see a doctor" in the ways CONTENT §1 names, each
/// with a rest trigger or without.
fn book_a_doctor_cases() -> Vec<(&'static str, Answers)> {
    let base = || {
        let mut a = Answers::default();
        no_warning_signs(&mut a);
        a
    };
    let mut day_10 = base();
    set_onset(&mut day_10, today().add_days(-12));
    let mut under_18 = base();
    choose(&mut under_18, QuestionId::Age, "under_18");
    let mut bone = base();
    tick(&mut bone, QuestionId::DoctorSigns, "hop_pain");
    tick(&mut bone, QuestionId::BoneLoad, "load_up");
    let mut cannot = base();
    tick(&mut cannot, QuestionId::Limits, "cannot_manage");
    let mut worse = base();
    tick(&mut worse, QuestionId::DoctorSigns, "worse_daily");
    vec![
        ("day 10", day_10),
        ("under 18", under_18),
        ("bone stress", bone),
        ("cannot manage", cannot),
        ("worse day by day", worse),
    ]
}

/// The findings: at "book a doctor" the way back (walk-run steps) was shown,
/// "Can I run today? No" sat next to "from next week" strength work, a
/// dynamic warm-up "before every run" and "run tall".
#[test]
fn at_book_a_doctor_nothing_is_run_based_until_seen() {
    for (case, mut a) in book_a_doctor_cases() {
        // Everything that would call for run-based advice.
        choose(&mut a, QuestionId::WarmUp, "never");
        tick(&mut a, QuestionId::TechniqueSigns, "arms_cross");
        choose(&mut a, QuestionId::StrengthSessions, "0");
        choose(&mut a, QuestionId::Surface, "hard");
        let r = assess(&a, today());
        assert_eq!(r.level, CareLevel::SeeDoctor, "{case}");
        assert_eq!(r.can_run, RunAdvice::NotUntilSeen, "{case}");
        assert!(r
            .can_run
            .text()
            .en()
            .starts_with("No running until you have been seen"));
        assert!(r
            .can_run
            .text()
            .de()
            .starts_with("Kein Laufen, bis du ärztlich untersucht"));
        assert_eq!(r.plan_start, PlanStart::UntilSeen, "{case}");
        assert!(
            !r.findings.is_empty(),
            "{case}: contributors are still named"
        );
        // One phase, gentle items only: nothing run-based, no strength work.
        assert_eq!(r.plan.len(), 1, "{case}");
        assert_eq!(r.plan[0].phase, Phase::UntilSeen);
        for e in &r.plan[0].entries {
            assert!(e.item.is_gentle(), "{case}: {:?}", e.item);
            let dose = e.item.dose().text(Lang::En);
            assert!(
                !dose.contains("every run") && !dose.contains("runs"),
                "{case}: {dose}"
            );
        }
        assert!(
            !r.today.contains(&Today::NoRunning) && r.today.contains(&Today::NoRunningUntilSeen)
        );
        // The way back is text for after a doctor's clearance, with no steps.
        let after = r
            .way_back
            .after_doctor()
            .unwrap_or_else(|| panic!("{case}"));
        assert!(after.en().contains("after a doctor has cleared running"));
        assert!(!after.en().contains("minute"), "no schedule");
        // The verdict itself says what "until you are seen" means.
        assert!(CareLevel::SeeDoctor
            .action()
            .en()
            .contains("Until you are seen: gentle activity only"));
        assert!(!CareLevel::SeeDoctor
            .action()
            .en()
            .contains("running through pain"));
    }
    // A suspected bone stress injury waits for pain-free walking and hopping too.
    let (_, bone) = &book_a_doctor_cases()[2];
    assert_eq!(
        assess(bone, today()).way_back,
        WayBack::AfterDoctorAndHopping
    );
}

/// The walk-run steps appear only below "book a doctor", with the pain limit
/// during run-walk and labelled as Back Check's own schedule.
#[test]
fn the_way_back_steps_come_only_after_rest_days_below_book_a_doctor() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    tick(&mut a, QuestionId::Limits, "limping");
    let r = assess(&a, today());
    assert_eq!(
        (r.level, r.way_back),
        (CareLevel::RestFirst, WayBack::Steps)
    );
    assert!(WAY_BACK[0].en().contains("3 of 10 or less"));
    assert!(WAY_BACK[0].de().contains("höchstens 3 von 10"));
    assert!(WAY_BACK_NOTE.en().contains("Back Check's working schedule"));
    assert!(r.sources.contains(&Source::BackCheck));
    let mut b = Answers::default();
    no_warning_signs(&mut b);
    assert_eq!(assess(&b, today()).way_back, WayBack::None);
}

#[test]
fn no_weighted_bridge_while_load_is_barred_and_the_machine_work_is_safe() {
    // "Add a weight on the hips" sat in the bridge's own instructions.
    assert!(!Item::GluteBridge
        .how()
        .en()
        .to_lowercase()
        .contains("weight"));
    assert!(!Item::GluteBridge.how().de().contains("Gewicht"));
    // The hamstring curl on a ball or towel loads the back and hamstrings.
    assert!(Item::HamstringCurl.is_loaded());
    let press = Item::LegPress.how();
    assert!(press.en().contains("pelvis and lower back on the seat"));
    assert!(press
        .en()
        .contains("only as deep as your pelvis stays down"));
    assert!(Item::SingleLegSquat.how().en().contains("chair"));
    assert!(Item::SingleLegSquat
        .how()
        .en()
        .contains("only as deep as you stay in control"));
    assert!(Item::QuadStretch.how().en().contains("tuck your pelvis"));
    assert!(Item::QuadStretch.how().de().contains("Hohlkreuz"));
}

#[test]
fn self_test_instructions_count_a_lean_use_a_firm_table_and_stop_on_a_cramp() {
    let steps = |t: SelfTest| -> String {
        t.steps()
            .iter()
            .map(|s| s.en())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(steps(SelfTest::Stance).contains("lean over the standing leg"));
    assert!(steps(SelfTest::Stance).contains("Either counts as a drop"));
    let hip = steps(SelfTest::HipFlexor);
    for words in [
        "firm table or bench",
        "a bed is too soft",
        "Hold both knees",
        "mind the edge",
    ] {
        assert!(hip.contains(words), "{words}");
    }
    assert!(steps(SelfTest::Bridge).contains("the back of your thigh cramps"));
    // Next to every result: pain lowers holding times.
    assert!(STOP_IF_PAIN.en().contains("Pain also lowers holding times"));
    assert!(PAIN_LOWERS_HOLDS.de().contains("verkürzen die Haltezeiten"));
}

/// CONTENT §1: a side is named by the leg that works. The finding: the
/// bridge's "Left" was the right glute's time, and the print read "left 22 s,
/// right 38 s".
#[test]
fn self_test_sides_are_named_by_the_working_leg() {
    let mut a = Answers::default();
    self_tests_on(&mut a);
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((22, 38))));
    assert_eq!(
        a.describe(QuestionId::TestBridge, Lang::En).unwrap(),
        "Right leg on the floor: 22 s · Left leg on the floor: 38 s"
    );
    assert_eq!(
        a.describe(QuestionId::TestBridge, Lang::De).unwrap(),
        "Rechtes Bein am Boden: 22 s · Linkes Bein am Boden: 38 s"
    );
    // The steps time the right leg on the floor first, as the sides say.
    assert!(SelfTest::Bridge.steps()[2]
        .en()
        .contains("your right leg on the floor holds you up"));
    for t in SelfTest::ALL {
        for side in t.sides().into_iter().flatten() {
            let en = side.en().to_lowercase();
            assert!(
                !en.contains("lift") && en != "left" && en != "right",
                "{t:?}: {en}"
            );
        }
    }
}

#[test]
fn painkiller_cautions_name_every_group_content_lists() {
    let how = Item::PainRelief.how();
    for words in [
        "liver",
        "high blood pressure that is not under control",
        "reacted to ibuprofen, aspirin or a similar painkiller",
        "Under 16s need a children's dose",
    ] {
        assert!(how.en().contains(words), "{words}");
    }
    for words in [
        "Leber",
        "Bluthochdruck",
        "Aspirin",
        "Unter 16 Jahren gilt eine Kinderdosis",
    ] {
        assert!(how.de().contains(words), "{words}");
    }
}

/// CONTENT §3: every number no source gives is shown as Back Check's
/// working cut-off and cites no source for the number.
#[test]
fn numbers_no_source_gives_are_named_as_back_check_s_own() {
    for r in CARE_RULES
        .iter()
        .filter(|r| r.sources.contains(&Source::BackCheck))
    {
        assert!(
            r.reason.en().contains("Back Check's") && r.reason.de().contains("von Back Check"),
            "{}",
            r.id
        );
    }
    // 6/10 and 8/10.
    let rule = |id: &str| CARE_RULES.iter().find(|r| r.id == id).unwrap();
    assert_eq!(rule("strong_pain").sources, [Source::BackCheck]);
    assert!(rule("severe_pain").sources.contains(&Source::BackCheck));
    // Sitting breaks every 30-45 minutes, the self-test cut-offs, 3/10.
    assert!(Item::MovementBreaks.how().en().contains("working cut-off"));
    assert!(Item::MovementBreaks.sources().contains(&Source::BackCheck));
    assert!(Today::MovementBreaks
        .text()
        .en()
        .contains("working cut-off"));
    for t in [
        SelfTest::Bridge,
        SelfTest::WallSit,
        SelfTest::Plank,
        SelfTest::SidePlank,
    ] {
        assert!(t.reading().en().contains("working cut-off"), "{t:?}");
        assert!(t.reading().de().contains("von Back Check"), "{t:?}");
        assert!(t.sources().contains(&Source::BackCheck), "{t:?}");
    }
    for a in [RunAdvice::EasyOnly, RunAdvice::Yes] {
        assert!(a.text().en().contains("working cut-off"), "{a:?}");
    }
    assert!(Source::BackCheck
        .cite()
        .en()
        .starts_with("Back Check's working cut-off"));
}

/// Citations that did not support their line (the findings).
#[test]
fn each_line_cites_a_source_that_says_it() {
    let rule = |id: &str| CARE_RULES.iter().find(|r| r.id == id).unwrap();
    // Verhagen 2016 names four signs most guidelines share; no ranking.
    assert!(!rule("cancer")
        .reason
        .en()
        .contains("more than on any other"));
    // Warmth is from NHS Back pain, not from the seed's physiotherapist.
    assert_eq!(Today::Relief.sources(), [Source::NhsBackPain]);
    // The hop sign is Back Check's own step; the REDs consensus supports the
    // risk factors only.
    assert_eq!(rule("hop_pain").sources, [Source::BackCheck]);
    assert!(rule("bone_stress").sources.contains(&Source::Ioc2023));
    assert!(rule("bone_stress").sources.contains(&Source::BackCheck));
    // NHS Back pain does not give one leg's numbness for a week.
    assert!(!rule("one_leg_numb").sources.contains(&Source::NhsBackPain));
    // The urgent signs NHS lists cite NHS Back pain.
    for id in ["sneeze_cough", "upper_back", "night_pain"] {
        assert!(rule(id).sources.contains(&Source::NhsBackPain), "{id}");
    }
}

#[test]
fn mechanisms_are_said_with_can_and_trunk_holds_are_endurance() {
    for c in [
        Contributor::LongSitting,
        Contributor::HardSurfaces,
        Contributor::Technique,
        Contributor::WeakGlutes,
        Contributor::ShortHipFlexors,
        Contributor::WeakCore,
    ] {
        assert!(c.explain().en().contains(" can "), "{c:?}");
        assert!(
            c.explain().de().contains("kann") || c.explain().de().contains("können"),
            "{c:?}"
        );
    }
    assert!(!Contributor::LongSitting
        .explain()
        .en()
        .contains("chair weaken"));
    assert!(!Contributor::HardSurfaces
        .explain()
        .en()
        .contains("Asphalt passes"));
    assert_eq!(Contributor::WeakCore.title().en(), "Low trunk endurance");
    assert!(!Contributor::WeakCore.title().de().contains("tiefe"));
    assert!(Contributor::WeakCore.explain().en().contains("endurance"));
}

/// The findings on how the warning signs were asked.
#[test]
fn warning_signs_are_asked_in_the_words_people_recognise() {
    let label = |q: QuestionId, key: &str| -> Text {
        match q.kind() {
            Kind::Multi(o) => o.iter().find(|o| o.key == key).unwrap().label,
            _ => unreachable!(),
        }
    };
    let saddle = label(QuestionId::EmergencySigns, "saddle");
    assert!(saddle.en().contains("anus") && saddle.en().contains("wiping"));
    assert!(saddle.de().contains("After") && saddle.de().contains("Abwischen"));
    let bladder = label(QuestionId::EmergencySigns, "bladder_bowel");
    assert!(
        bladder
            .en()
            .contains("not feeling when your bladder is full")
            && bladder.en().contains("leaking")
    );
    // What the signs are not.
    assert!(label(QuestionId::EmergencySigns, "both_legs")
        .en()
        .contains("(not the heavy, sore legs after a long run)"));
    assert!(label(QuestionId::EmergencySigns, "weakness_fast")
        .en()
        .contains("(not tired legs after a run)"));
    assert!(label(QuestionId::DoctorSigns, "morning_stiffness")
        .en()
        .contains("(not the stiffness after a run)"));
    // Night pain as NHS words it; how to check the hop.
    let night = label(QuestionId::PainSigns, "night_pain");
    assert!(
        night.en().contains("worse at night or wakes you")
            && night.en().contains("does not ease with rest")
    );
    let hop = label(QuestionId::DoctorSigns, "hop_pain");
    assert!(hop
        .en()
        .contains("hop gently on the leg of the painful side"));
    assert!(hop.en().contains("hurts too much to hop at all"));
    let how = QuestionId::DoctorSigns.spec().hint.unwrap();
    assert!(
        how.en().contains("hold on to a wall") && how.en().contains("hop gently up to 5 times")
    );
    assert!(
        how.de().contains("halt dich an einer Wand fest")
            || how.de().contains("Halt dich an einer Wand fest")
    );
    // No wording that suggests an answer.
    let ui = include_str!("../src/ui/texts.rs");
    assert!(!ui.contains("Most people") && !ui.contains("Die meisten"));
    assert!(!backcheck::ui::texts::SAFETY_INTRO
        .en()
        .contains("None of these"));
}

/// Every warning page has its own heading (two German pages looked the
/// same), says when its conditional signs count, and names every choice that
/// stands alone.
#[test]
fn every_warning_page_has_its_own_heading_and_says_what_counts() {
    let path = {
        let mut a = Answers::default();
        tick(&mut a, QuestionId::DoctorSigns, "hop_pain");
        a.path()
    };
    for lang in Lang::ALL {
        let mut titles: Vec<&str> = path
            .pages()
            .iter()
            .filter(|q| q.is_warning_sign())
            .map(|&q| path.page_title(q).get(lang))
            .collect();
        let n = titles.len();
        titles.sort();
        titles.dedup();
        assert_eq!(titles.len(), n, "{lang:?}: {titles:?}");
    }
    let hint = QuestionId::UrgentSigns.spec().hint.unwrap();
    assert!(hint.en().contains("65 or older") && hint.en().contains("osteoporosis"));
    assert!(hint.de().contains("ab 65 Jahren") && hint.de().contains("Osteoporose"));
    let bone = QuestionId::BoneLoad.spec().hint.unwrap();
    assert!(bone.en().contains("None of these") && bone.en().contains("I'm not sure"));
    assert!(bone.de().contains("Nichts davon") && bone.de().contains("Weiß ich nicht genau"));
    // Long pages are split: no warning page holds more than ten boxes.
    for q in SIGN_PAGES {
        let Kind::Multi(o) = q.kind() else {
            unreachable!()
        };
        assert!(o.len() <= 10, "{q:?}: {}", o.len());
    }
}

/// The start page and the self-test page promise the same minutes (the
/// finding: "about 8 minutes" against "up to 12").
#[test]
fn the_self_test_offer_promises_what_the_start_page_works_out() {
    let minutes = backcheck::assessment::flow::length().self_test_minutes;
    let hint = QuestionId::DoSelfTests.spec().hint.unwrap();
    assert!(
        hint.en().contains(&format!("Up to {minutes} minutes")),
        "{}",
        hint.en()
    );
    assert!(
        hint.de().contains(&format!("Bis zu {minutes} Minuten")),
        "{}",
        hint.de()
    );
    assert!(QuestionId::DoSelfTests.spec().title.en().contains("six"));
    assert_eq!(SelfTest::ALL.len(), 6);
}

/// The finding: a runner who stopped running answered 0 and, with no pain
/// now, was told "Yes. Your usual runs."
#[test]
fn not_having_run_since_is_no_pain_free_run() {
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(0)));
    assert!(a.set(QuestionId::PainRunning, &Answer::Scale(0)));
    assert_eq!(assess(&a, today()).can_run, RunAdvice::Yes);
    assert!(a.set(QuestionId::PainRunning, &Answer::Choice("not_run".into())));
    assert_eq!(assess(&a, today()).can_run, RunAdvice::EasyOnly);
    assert_eq!(
        a.describe(QuestionId::PainRunning, Lang::En).unwrap(),
        "I have not run since the pain began"
    );
}

/// The findings on what "Today" and the plan say.
#[test]
fn today_and_the_plan_say_only_what_fits() {
    // Relief names no exercise the plan may have dropped.
    for lang in Lang::ALL {
        let relief = Today::Relief.text().get(lang);
        for gone in ["child", "cat", "Kind", "Katze"] {
            assert!(!relief.contains(gone), "{relief}");
        }
    }
    assert!(Today::Walk
        .text()
        .en()
        .contains("as long as it does not make the pain worse"));
    assert!(RunAdvice::EasyOnly
        .text()
        .en()
        .contains("at most half your usual distance"));
    // Progressions that fit the item.
    assert!(!Item::GaitAnalysis
        .progression(false)
        .unwrap()
        .en()
        .contains("cue"));
    assert_eq!(Item::ReplaceShoes.progression(false), None);
    assert!(!Item::GradualIncrease
        .progression(false)
        .unwrap()
        .en()
        .contains("while the pain lasts"));
    assert!(Item::RestFromRunning
        .progression(true)
        .unwrap()
        .en()
        .contains("after a doctor has cleared running"));
    // A typical case names at most six contributors (it named 15).
    let mut a = Answers::default();
    no_warning_signs(&mut a);
    for (q, key) in [
        (QuestionId::Sitting, "over_8"),
        (QuestionId::Stress, "often"),
        (QuestionId::LoadChange, "more"),
        (QuestionId::StrengthSessions, "0"),
        (QuestionId::CoreRoutine, "crunches"),
        (QuestionId::WarmUp, "never"),
        (QuestionId::Surface, "hard"),
        (QuestionId::ShoeKm, "over_800"),
        (QuestionId::FootStrike, "heel"),
    ] {
        choose(&mut a, q, key);
    }
    tick(&mut a, QuestionId::PainTriggers, "sitting");
    tick(&mut a, QuestionId::PainTriggers, "hard_effort");
    tick(&mut a, QuestionId::TechniqueSigns, "arms_cross");
    assert_eq!(assess(&a, today()).findings.len(), MAX_FINDINGS);
}

// ----------------------------------------- saved checks (issue 22)

/// A whole check with strong pain (6/10: rest first), as saved.
fn strong_pain_check() -> Answers {
    let mut a = complete(Answers::default());
    assert!(a.set(QuestionId::PainNow, &Answer::Scale(6)));
    a
}

/// CONTENT §1 "Saved checks keep their verdict": the check shows what it
/// said on its day; when today's rules give another verdict for the same
/// answers, both are there. The rule set is changed here as a rule change
/// would change the table.
#[test]
fn a_saved_check_keeps_its_verdict_and_shows_today_s_beside_it() {
    use backcheck::assessment::assess_with;
    use backcheck::assessment::outcome::{Outcome, Reread};
    use backcheck::assessment::rules::{Rules, RULES};
    let answers = strong_pain_check();
    let day = today().add_days(-3);
    let saved = Outcome::of(&answers, day);
    assert_eq!(saved.level, CareLevel::RestFirst);
    assert_eq!(Reread::of(&RULES, &saved, &answers, day), Reread::Same);

    // The rules change: strong pain now books a doctor.
    let mut care = CARE_RULES.to_vec();
    let strong = care.iter_mut().find(|r| r.id == "strong_pain").unwrap();
    strong.level = CareLevel::SeeDoctor;
    let changed = Rules {
        care: &care,
        ..RULES
    };
    assert_eq!(
        assess_with(&changed, &answers, day).level,
        CareLevel::SeeDoctor
    );
    assert_eq!(
        Reread::of(&changed, &saved, &answers, day),
        Reread::Changed(CareLevel::SeeDoctor)
    );
    // What was saved is untouched.
    assert_eq!(saved.level, CareLevel::RestFirst);
    assert_eq!(
        Outcome::of_with(&changed, &answers, day).level,
        CareLevel::SeeDoctor
    );

    // A re-check leaves what it does not ask as it was; newly offered
    // self-tests unanswered do not make it another set of answers.
    let mut again = Answers::for_recheck(&answers);
    no_warning_signs(&mut again);
    assert!(again.set(QuestionId::PainNow, &Answer::Scale(3)));
    assert!(again.set(QuestionId::PainRunning, &Answer::Scale(3)));
    again.clear(QuestionId::DoSelfTests);
    let recheck = Outcome::of(&again, today());
    assert_eq!(Reread::of(&RULES, &recheck, &again, today()), Reread::Same);
    // Answers from an earlier set of questions are not "the same answers".
    let mut older = answers.clone();
    older.clear(QuestionId::PainSigns);
    assert_eq!(
        Reread::of(&RULES, &saved, &older, day),
        Reread::Incomparable
    );
    // A check that stopped at urgent is complete up to its stop.
    let mut stopped = Answers::default();
    tick(&mut stopped, QuestionId::EmergencySigns, "none");
    set_onset(&mut stopped, day);
    choose(&mut stopped, QuestionId::Age, "30_to_49");
    tick(&mut stopped, QuestionId::UrgentSigns, "unwell");
    let stop = Outcome::of(&stopped, day);
    assert_eq!(stop.level, CareLevel::Urgent);
    assert_eq!(Reread::of(&RULES, &stop, &stopped, day), Reread::Same);
}

/// "Since your last check" is worked out by the core (the page tested the
/// rule "day_10" by its id and repeated the re-check filter).
#[test]
fn since_the_last_check_and_the_reminder_come_from_the_core() {
    use backcheck::assessment::outcome::{Outcome, SinceLast};
    let onset = today().add_days(-12);
    let last = complete(with_onset(onset));
    let then = today().add_days(-7);
    let base = Outcome::of(&last, then);
    assert_eq!(base.level, CareLevel::SelfCare);
    assert_eq!(base.recheck, Some(onset.add_days(10)));
    // Five days later the reminder date is past: none is offered.
    assert_eq!(base.reminder(then), base.recheck);
    assert_eq!(base.reminder(today()), None);
    let now_answers = complete(with_onset(onset));
    let now = Outcome::of(&now_answers, today());
    let change = SinceLast::between(&base, &now, &assess(&now_answers, today()));
    assert!(change.ten_days_reached);
    assert_eq!(change.level, (CareLevel::SelfCare, CareLevel::SeeDoctor));
    assert_eq!(change.pain, (Some(2), Some(2)));
    // Already at "book a doctor" last time: nothing newly reached.
    let again = SinceLast::between(&now, &now, &assess(&now_answers, today()));
    assert!(!again.ten_days_reached);
}

/// Which page to reopen when a sign was ticked by mistake: the page of the
/// sign that stopped the check.
#[test]
fn a_stopped_check_reopens_at_its_sign_s_page() {
    for (q, key) in [
        (QuestionId::EmergencySigns, "chest_pain"),
        (QuestionId::UrgentSigns, "cancer"),
        (QuestionId::PainSigns, "sneeze_cough"),
    ] {
        let mut a = Answers::default();
        tick(&mut a, q, key);
        assert_eq!(verdict(&a, today()).reopen_at(), Some(q), "{key}");
    }
    // A minor fall at 65 reopens the page with the fall, not the age.
    let mut a = Answers::default();
    choose(&mut a, QuestionId::Age, "65_plus");
    tick(&mut a, QuestionId::UrgentSigns, "minor_fall");
    assert_eq!(
        verdict(&a, today()).reopen_at(),
        Some(QuestionId::UrgentSigns)
    );
}
