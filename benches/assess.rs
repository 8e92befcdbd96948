//! Benchmark of one full assessment (answers -> care level, findings, plan).
//!
//!     cargo bench --bench assess
use backcheck::assessment::answer::Answer;
use backcheck::assessment::answers::Answers;
use backcheck::assessment::assess;
use backcheck::assessment::date::Date;
use backcheck::assessment::questions::QuestionId;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// A typical complete run: no warning signs, self-tests done.
fn typical() -> Answers {
    let mut a = Answers::default();
    let choice = |k: &str| Answer::Choice(k.to_owned());
    for q in [
        QuestionId::EmergencySigns,
        QuestionId::UrgentSigns,
        QuestionId::PainSigns,
        QuestionId::DoctorSigns,
        QuestionId::Limits,
    ] {
        a.set(q, &Answer::Choices(vec!["none".into()]));
    }
    a.set(
        QuestionId::Onset,
        &Answer::Date(Date::from_ymd(2026, 11, 15).unwrap()),
    );
    // Self-tests are offered at 3 of 10 or less.
    a.set(QuestionId::PainNow, &Answer::Scale(2));
    a.set(QuestionId::PainRunning, &Answer::Scale(6));
    a.set(
        QuestionId::PainSite,
        &Answer::Choices(vec!["central".into()]),
    );
    a.set(
        QuestionId::PainTriggers,
        &Answer::Choices(vec!["sitting".into(), "hard_effort".into()]),
    );
    a.set(QuestionId::Sitting, &choice("over_8"));
    a.set(QuestionId::Stress, &choice("sometimes"));
    a.set(QuestionId::Sleep, &choice("6_to_7"));
    a.set(QuestionId::Age, &choice("30_to_49"));
    a.set(QuestionId::LoadChange, &choice("more"));
    a.set(QuestionId::RestDays, &choice("1"));
    a.set(QuestionId::StrengthSessions, &choice("0"));
    a.set(QuestionId::CoreRoutine, &choice("crunches"));
    a.set(QuestionId::WarmUp, &choice("never"));
    a.set(QuestionId::Surface, &choice("hard"));
    a.set(QuestionId::ShoeKm, &choice("over_800"));
    a.set(QuestionId::ShoeChange, &choice("no"));
    a.set(QuestionId::FootStrike, &choice("heel"));
    a.set(
        QuestionId::TechniqueSigns,
        &Answer::Choices(vec!["arms_cross".into()]),
    );
    a.set(
        QuestionId::Asymmetry,
        &Answer::Choices(vec!["unsure".into()]),
    );
    a.set(QuestionId::DoSelfTests, &choice("yes"));
    a.set(QuestionId::TestBridge, &Answer::HoldPair(Some((25, 40))));
    a.set(QuestionId::TestStance, &choice("drops_one"));
    a.set(QuestionId::TestWallSit, &Answer::Hold(Some(70)));
    a.set(QuestionId::TestHipFlexor, &choice("rises_both"));
    a.set(QuestionId::TestPlank, &Answer::Hold(Some(45)));
    a.set(QuestionId::TestSidePlank, &Answer::HoldPair(Some((30, 20))));
    a
}

fn bench(c: &mut Criterion) {
    let answers = typical();
    let today = Date::from_ymd(2026, 11, 22).unwrap();
    assert_eq!(
        answers.first_unanswered(),
        None,
        "the typical run is complete"
    );
    c.bench_function("assess: typical complete run", |b| {
        b.iter(|| assess(black_box(&answers), black_box(today)))
    });
    c.bench_function("visible answers only", |b| {
        b.iter(|| black_box(&answers).visible())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
