//! Native tests of the assessment core: every rule, the catalogue's
//! consistency, translations, and properties over random answer sets.
#![cfg(not(target_arch = "wasm32"))]

use backcheck::assessment::answer::{Kind, Role, Value};
use backcheck::assessment::contributors::Contributor;
use backcheck::assessment::date::Date;
use backcheck::assessment::plan::{Group, Item};
use backcheck::assessment::questions::{Answers, QuestionId, Section};
use backcheck::assessment::rules::{CareLevel, Cond, CARE_RULES, SIGNALS};
use backcheck::assessment::selftest::SelfTest;
use backcheck::assessment::sources::Source;
use backcheck::assessment::text::{Lang, Text};
use backcheck::assessment::{assess, care_level, findings, PlanStart, Strength};
use backcheck::json::Json;
use proptest::prelude::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 22).unwrap()
}

fn yes(a: &mut Answers, q: QuestionId) {
    assert!(a.set(q, &Value::Choice("yes".into())), "{q:?} takes yes");
}

fn no(a: &mut Answers, q: QuestionId) {
    assert!(a.set(q, &Value::Choice("no".into())), "{q:?} takes no");
}

/// Answers that make `cond` hold (for the conditions the rules use).
fn satisfy(cond: &Cond, a: &mut Answers) {
    match *cond {
        Cond::Is(q, key) => assert!(a.set(q, &Value::Choice(key.into())), "{q:?} = {key}"),
        Cond::Has(q, key) => assert!(
            a.set(q, &Value::Choices(vec![key.into()])),
            "{q:?} has {key}"
        ),
        Cond::Any(cs) => satisfy(&cs[0], a),
        Cond::All(cs) => cs.iter().for_each(|c| satisfy(c, a)),
        Cond::HoldUnder(q, secs) => {
            let v = match q.kind() {
                Kind::Hold => Value::Hold(Some(secs - 1)),
                _ => Value::HoldPair(Some((secs - 1, secs - 1))),
            };
            assert!(a.set(q, &v));
        }
        Cond::SideGapAtLeast(q, secs) => {
            assert!(a.set(q, &Value::HoldPair(Some((100, 100 - secs)))))
        }
        Cond::PainDaysOver(days) => a.onset = Some(today().add_days(-(days + 1))),
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
fn open_path_to(q: QuestionId, a: &mut Answers) {
    if let Some(cond) = q.spec().asked_if {
        for dep in cond.questions() {
            open_path_to(dep, a);
        }
        satisfy(&cond, a);
    }
}

// ---------------------------------------------------------------- care rules

#[test]
fn every_care_rule_fires_alone_and_sets_its_level() {
    for rule in CARE_RULES {
        let result = assess(&answers_for(&rule.when), today());
        assert!(
            result.reasons.contains(&rule),
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

#[test]
fn no_answers_means_self_care() {
    let r = assess(&Answers::default(), today());
    assert_eq!(r.level, CareLevel::SelfCare);
    assert!(r.reasons.is_empty());
    assert_eq!(r.plan_start, PlanStart::Now);
}

#[test]
fn ten_days_is_the_boundary_for_seeing_a_doctor() {
    let mut a = Answers {
        onset: Some(today().add_days(-10)),
        ..Answers::default()
    };
    let r = assess(&a, today());
    assert_eq!(
        r.level,
        CareLevel::SelfCare,
        "exactly 10 days is not more than 10"
    );
    assert_eq!(r.recheck, Some(today()));
    assert_eq!(r.pain_days, Some(10));

    a.onset = Some(today().add_days(-11));
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::SeeDoctor);
    assert_eq!(r.reasons[0].id, "over_10_days");
    assert_eq!(r.recheck, None, "the re-check date has passed");
}

#[test]
fn recheck_date_is_onset_plus_ten_days() {
    let a = Answers {
        onset: Some(today().add_days(-3)),
        ..Answers::default()
    };
    assert_eq!(assess(&a, today()).recheck, Some(today().add_days(7)));
}

#[test]
fn long_pain_adds_guideline_reasons_in_order() {
    let a = Answers {
        onset: Some(today().add_days(-100)),
        ..Answers::default()
    };
    let ids: Vec<&str> = assess(&a, today()).reasons.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["over_10_days", "over_4_weeks", "over_12_weeks"]);
}

#[test]
fn the_highest_level_wins_and_all_reasons_are_kept() {
    let mut a = Answers::default();
    yes(&mut a, QuestionId::Limping);
    yes(&mut a, QuestionId::Fever);
    yes(&mut a, QuestionId::SaddleNumbness);
    a.onset = Some(today().add_days(-20));
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
fn a_warning_sign_still_gets_the_full_assessment() {
    let mut a = Answers::default();
    yes(&mut a, QuestionId::ChestPain);
    a.set(QuestionId::Sitting, &Value::Choice("over_8".into()));
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::Emergency);
    assert!(r
        .findings
        .iter()
        .any(|f| f.contributor == Contributor::LongSitting));
    assert!(!r.plan.is_empty());
}

#[test]
fn limping_means_rest_first_with_rest_in_the_plan() {
    let mut a = Answers::default();
    yes(&mut a, QuestionId::Limping);
    let r = assess(&a, today());
    assert_eq!(r.level, CareLevel::RestFirst);
    assert_eq!(r.plan_start, PlanStart::AfterRest);
    let relief = &r.plan[0];
    assert_eq!(relief.group, Group::ReliefNow);
    assert!(relief
        .entries
        .iter()
        .any(|e| e.item == Item::RestFromRunning));
}

#[test]
fn a_hidden_follow_up_does_not_count() {
    // Osteoporosis answered "yes", but the minor-trauma question it follows is "no".
    let mut a = Answers::default();
    no(&mut a, QuestionId::MinorTrauma);
    yes(&mut a, QuestionId::BoneRisk);
    assert_eq!(care_level(&a, today()), CareLevel::SelfCare);
    yes(&mut a, QuestionId::MinorTrauma);
    assert_eq!(care_level(&a, today()), CareLevel::Urgent);

    // Leg follow-ups do not count once the runner says no leg symptoms.
    let mut a = Answers::default();
    a.set(QuestionId::LegSymptoms, &Value::Choice("one_leg".into()));
    yes(&mut a, QuestionId::LegWorsening);
    assert_eq!(care_level(&a, today()), CareLevel::Emergency);
    a.set(QuestionId::LegSymptoms, &Value::Choice("none".into()));
    assert_eq!(care_level(&a, today()), CareLevel::SelfCare);

    // Self-test results do not count when the runner declined the tests.
    let mut a = Answers::default();
    no(&mut a, QuestionId::Limping);
    no(&mut a, QuestionId::CannotManage);
    no(&mut a, QuestionId::DoSelfTests);
    a.set(QuestionId::TestPlank, &Value::Hold(Some(5)));
    assert!(findings(&a, today()).is_empty());
}

// -------------------------------------------------------------- contributors

#[test]
fn every_signal_alone_points_to_its_contributor() {
    for s in SIGNALS {
        let f = findings(&answers_for(&s.when), today());
        let found = f.iter().find(|f| f.contributor == s.contributor);
        let found = found.unwrap_or_else(|| {
            panic!(
                "{} does not point to {:?}",
                s.when.describe(),
                s.contributor
            )
        });
        assert!(found.score >= s.weight);
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
fn a_failed_self_test_is_likely_a_hint_is_possible() {
    let mut a = Answers::default();
    open_path_to(QuestionId::TestBridge, &mut a);
    a.set(QuestionId::TestBridge, &Value::HoldPair(Some((20, 22))));
    a.set(QuestionId::Sitting, &Value::Choice("6_to_8".into()));
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
        "likely ranks before possible"
    );
}

#[test]
fn good_self_test_results_point_to_nothing() {
    let mut a = Answers::default();
    open_path_to(QuestionId::TestBridge, &mut a);
    a.set(QuestionId::TestBridge, &Value::HoldPair(Some((60, 58))));
    a.set(QuestionId::TestStance, &Value::Choice("level".into()));
    a.set(QuestionId::TestHipFlexor, &Value::Choice("stays".into()));
    a.set(QuestionId::TestPlank, &Value::Hold(Some(90)));
    a.set(QuestionId::TestSidePlank, &Value::HoldPair(Some((45, 40))));
    assert_eq!(findings(&a, today()), vec![]);
}

#[test]
fn the_plan_is_deduplicated_grouped_and_capped() {
    // Everything at once: every contributor fires.
    let mut a = Answers::default();
    for s in SIGNALS {
        for q in s.when.questions() {
            open_path_to(q, &mut a);
        }
    }
    for s in SIGNALS {
        if !matches!(
            s.when,
            Cond::Is(QuestionId::Sitting, "6_to_8") | Cond::Is(QuestionId::WarmUp, "sometimes")
        ) {
            satisfy(&s.when, &mut a);
        }
    }
    let r = assess(&a, today());
    let mut seen = std::collections::HashSet::new();
    let mut last_group = None;
    for g in &r.plan {
        assert!(last_group < Some(g.group), "groups in order");
        last_group = Some(g.group);
        if matches!(g.group, Group::Mobilise | Group::Strengthen) {
            assert!(g.entries.len() <= backcheck::assessment::MAX_EXERCISES_PER_GROUP);
        }
        for e in &g.entries {
            assert!(seen.insert(e.item), "{:?} twice", e.item);
            assert_eq!(e.item.group(), g.group);
        }
    }
    assert!(
        r.findings.len() >= 15,
        "most contributors fire: {}",
        r.findings.len()
    );
}

#[test]
fn general_advice_is_always_in_the_plan() {
    let r = assess(&Answers::default(), today());
    let items: Vec<Item> = r
        .plan
        .iter()
        .flat_map(|g| g.entries.iter().map(|e| e.item))
        .collect();
    for item in [
        Item::StayActive,
        Item::ChildsPose,
        Item::CatCow,
        Item::Massage,
        Item::PainRelief,
    ] {
        assert!(items.contains(&item), "{item:?}");
    }
    assert!(!items.contains(&Item::RestFromRunning));
}

// ----------------------------------------------------- catalogue consistency

#[test]
fn question_keys_are_unique_and_round_trip() {
    for &q in QuestionId::ALL {
        assert_eq!(QuestionId::from_key(q.key()), Some(q));
    }
}

#[test]
fn every_option_key_a_rule_names_exists() {
    let conds = CARE_RULES
        .iter()
        .map(|r| r.when)
        .chain(SIGNALS.iter().map(|s| s.when))
        .chain(QuestionId::ALL.iter().filter_map(|q| q.spec().asked_if));
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
        if let Some(cond) = q.spec().asked_if {
            for dep in cond.questions() {
                let j = QuestionId::ALL.iter().position(|&x| x == dep).unwrap();
                assert!(j < i, "{q:?} depends on later {dep:?}");
            }
        }
    }
}

#[test]
fn warning_signs_come_first() {
    let first_other = QuestionId::ALL
        .iter()
        .position(|q| !q.is_warning_sign())
        .unwrap();
    assert!(QuestionId::ALL[first_other..]
        .iter()
        .all(|q| !q.is_warning_sign()));
    // Each sign of the emergency and urgent levels has its own question.
    for rule in CARE_RULES.iter().filter(|r| r.level >= CareLevel::Urgent) {
        assert!(
            rule.when.questions().iter().all(|q| q.is_warning_sign()),
            "{}",
            rule.id
        );
    }
}

#[test]
fn option_keys_are_unique_per_question_and_unknowns_are_marked() {
    for &q in QuestionId::ALL {
        if let Kind::Single(o) | Kind::Multi(o) = q.kind() {
            let mut keys: Vec<&str> = o.iter().map(|o| o.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), o.len(), "{q:?}");
            for opt in o {
                let said_unknown = opt.label.en.contains("don't know")
                    || opt.label.en.contains("can't say")
                    || opt.label.en.contains("couldn't tell")
                    || opt.label.en.contains("rather not say");
                assert_eq!(said_unknown, opt.role == Role::Unknown, "{q:?}/{}", opt.key);
            }
        }
    }
}

#[test]
fn self_test_questions_match_their_tests() {
    let mut seen = Vec::new();
    for &q in QuestionId::ALL {
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
    assert!(SIGNALS
        .iter()
        .all(|s| !s.sources.is_empty() && s.weight > 0));
    assert!(Item::ALL.iter().all(|i| !i.sources().is_empty()));
    assert!(SelfTest::ALL.iter().all(|t| !t.sources().is_empty()));
}

#[test]
fn every_item_is_reachable() {
    let general = [
        Item::StayActive,
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
    for &q in QuestionId::ALL {
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
            Kind::Scale { low, high, .. } => {
                push(format!("{q:?}.low"), low);
                push(format!("{q:?}.high"), high);
            }
            Kind::Number { unit, .. } => push(format!("{q:?}.unit"), unit),
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
    }
    for r in CARE_RULES {
        push(format!("rule {}", r.id), r.reason);
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
    const SAME: &[&str] = &["1", "Training", "Plank"];
    let texts = all_texts();
    assert!(texts.len() > 400, "only {} texts found", texts.len());
    for (name, t) in texts {
        assert!(
            !t.en.trim().is_empty() && !t.de.trim().is_empty(),
            "{name} is empty"
        );
        assert!(
            t.en != t.de || SAME.contains(&t.en),
            "{name} is not translated: {:?}",
            t.en
        );
        assert!(!t.de.contains("TODO") && !t.en.contains("TODO"), "{name}");
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

// ------------------------------------------------------------- random tests

/// Turns a seed into a valid answer for `q`.
fn value_for(q: QuestionId, seed: u32) -> Value {
    let pick = |n: usize| (seed as usize) % n;
    match q.kind() {
        Kind::Single(o) => Value::Choice(o[pick(o.len())].key.into()),
        Kind::Multi(o) => {
            let exclusive: Vec<_> = o.iter().filter(|o| o.role != Role::Plain).collect();
            if seed.is_multiple_of(4) && !exclusive.is_empty() {
                Value::Choices(vec![exclusive[pick(exclusive.len())].key.into()])
            } else {
                let plain: Vec<_> = o.iter().filter(|o| o.role == Role::Plain).collect();
                let mut keys: Vec<String> = plain
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| seed >> (i + 2) & 1 == 1)
                    .map(|(_, o)| o.key.into())
                    .collect();
                if keys.is_empty() {
                    keys.push(plain[0].key.into());
                }
                Value::Choices(keys)
            }
        }
        Kind::Scale { max, .. } => Value::Scale((seed % (u32::from(max) + 1)) as u8),
        Kind::Number { max, .. } => {
            Value::Number((!seed.is_multiple_of(5)).then(|| (seed % (u32::from(max) + 1)) as u16))
        }
        Kind::Date => Value::Date(today().add_days(-((seed % 400) as i32))),
        Kind::Hold => Value::Hold((!seed.is_multiple_of(5)).then_some((seed % 200) as u16)),
        Kind::HoldPair => Value::HoldPair(
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

/// Warning-sign rules whose condition is a single yes/no question.
fn yes_no_warning_rules() -> Vec<(QuestionId, CareLevel)> {
    CARE_RULES
        .iter()
        .filter_map(|r| match r.when {
            Cond::Is(q, "yes") if q.is_warning_sign() => Some((q, r.level)),
            _ => None,
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
        // Saved answers round-trip through JSON.
        let json = a.to_json().to_string();
        let back = Answers::from_json(&Json::parse(&json).unwrap()).unwrap();
        prop_assert_eq!(back, a);
    }

    #[test]
    fn a_warning_sign_yields_at_least_its_level(a in answers_strategy(), pick in any::<prop::sample::Index>()) {
        let rules = yes_no_warning_rules();
        let (q, level) = rules[pick.index(rules.len())];
        let mut a = a;
        open_path_to(q, &mut a);
        yes(&mut a, q);
        prop_assert!(care_level(&a, today()) >= level, "{:?} yes gave {:?}", q, care_level(&a, today()));
    }

    #[test]
    fn adding_a_warning_sign_never_lowers_the_level(a in answers_strategy(), pick in any::<prop::sample::Index>()) {
        let before = care_level(&a, today());
        let rules = yes_no_warning_rules();
        let (q, _) = rules[pick.index(rules.len())];
        let mut after = a.clone();
        yes(&mut after, q);
        prop_assert!(care_level(&after, today()) >= before);
    }

    #[test]
    fn pain_over_ten_days_means_at_least_a_doctor(a in answers_strategy(), days in 11i32..60) {
        let mut a = a;
        a.onset = Some(today().add_days(-days));
        prop_assert!(care_level(&a, today()) >= CareLevel::SeeDoctor);
    }

    #[test]
    fn unknown_answers_never_create_a_contributor(seeds in prop::collection::vec(any::<u32>(), QuestionId::ALL.len())) {
        // Every question that has an "I don't know" or "skip" answer gets one;
        // the questions that gate follow-ups are opened so those count too.
        let mut a = Answers::default();
        no(&mut a, QuestionId::Limping);
        no(&mut a, QuestionId::CannotManage);
        yes(&mut a, QuestionId::DoSelfTests);
        for (&q, seed) in QuestionId::ALL.iter().zip(seeds) {
            let unknowns = q.unknown_values();
            if !unknowns.is_empty() {
                prop_assert!(a.set(q, &unknowns[seed as usize % unknowns.len()]));
            }
        }
        prop_assert_eq!(findings(&a, today()), vec![]);
    }

    #[test]
    fn the_small_sort_matches_the_standard_stable_sort(v in prop::collection::vec((0u8..8, any::<u16>()), 0..80)) {
        let mut ours = v.clone();
        backcheck::assessment::sort::sort_by(&mut ours, |a, b| a.0 < b.0);
        let mut std = v;
        std.sort_by_key(|x| x.0);
        prop_assert_eq!(ours, std);
    }
}

#[test]
fn the_stored_answer_format_is_stable() {
    // Saved drafts and exports depend on this exact shape.
    let mut a = Answers::default();
    a.set(QuestionId::Fever, &Value::Choice("no".into()));
    a.set(QuestionId::PainNow, &Value::Scale(4));
    a.set(
        QuestionId::PainSite,
        &Value::Choices(vec!["central".into(), "into_leg".into()]),
    );
    a.set(QuestionId::Onset, &Value::Date(today().add_days(-5)));
    a.set(QuestionId::WeeklyKm, &Value::Number(Some(35)));
    a.set(QuestionId::ShoeChange, &Value::Choice("unsure".into()));
    a.set(QuestionId::TestPlank, &Value::Hold(None));
    a.set(QuestionId::TestBridge, &Value::HoldPair(Some((20, 31))));
    a.set(QuestionId::TestSidePlank, &Value::HoldPair(None));
    let json = a.to_json().to_string();
    let golden = r#"{"fever":"no","onset":"2026-11-17","pain_now":4,"pain_site":["central","into_leg"],"weekly_km":{"km":35},"shoe_change":"unsure","test_bridge":{"seconds":{"left":20,"right":31}},"test_plank":"skipped","test_side_plank":"skipped"}"#;
    assert_eq!(json, golden);
    let read = |s: &str| Answers::from_json(&Json::parse(s).unwrap()).unwrap();
    assert_eq!(read(golden), a);
    let unknown_km = read(r#"{"weekly_km":"unsure","test_plank":{"seconds":40}}"#);
    assert_eq!(
        unknown_km.get(QuestionId::WeeklyKm),
        Some(Value::Number(None))
    );
    assert_eq!(
        unknown_km.get(QuestionId::TestPlank),
        Some(Value::Hold(Some(40)))
    );
}
