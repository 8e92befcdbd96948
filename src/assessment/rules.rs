//! The rules, as data: conditions on answers, care rules that set the level,
//! and signals that point to contributors. Each names its sources. Because
//! rules are data, `examples/rules_table.rs` prints exactly what runs.
use super::answer::Value;
use super::contributors::Contributor;
use super::date::Date;
use super::questions::{Answers, QuestionId};
use super::sources::Source;
use super::text::Text;
use crate::t;

/// A condition on the answers.
#[derive(Clone, Copy, Debug)]
pub enum Cond {
    /// A single-choice (or yes/no) answer has this option key.
    Is(QuestionId, &'static str),
    /// A multiple-choice answer includes this option key.
    Has(QuestionId, &'static str),
    Any(&'static [Cond]),
    All(&'static [Cond]),
    /// A timed hold (the weaker side, for a pair) lasted fewer seconds than this.
    HoldUnder(QuestionId, u16),
    /// The two sides of a timed hold differ by at least this many seconds.
    SideGapAtLeast(QuestionId, u16),
    /// The pain began more than this many days before the check.
    PainDaysOver(i32),
}

impl Cond {
    /// Whether the condition holds. `today` is needed only for `PainDaysOver`;
    /// without it, that condition does not hold. Unanswered never holds.
    pub fn holds(&self, a: &Answers, today: Option<Date>) -> bool {
        match *self {
            Cond::Is(q, key) => matches!(a.get(q), Some(Value::Choice(k)) if k == key),
            Cond::Has(q, key) => {
                matches!(a.get(q), Some(Value::Choices(ks)) if ks.iter().any(|k| k == key))
            }
            Cond::Any(cs) => cs.iter().any(|c| c.holds(a, today)),
            Cond::All(cs) => cs.iter().all(|c| c.holds(a, today)),
            Cond::HoldUnder(q, secs) => match a.get(q) {
                Some(Value::Hold(Some(s))) => s < secs,
                Some(Value::HoldPair(Some((l, r)))) => l.min(r) < secs,
                _ => false,
            },
            Cond::SideGapAtLeast(q, secs) => {
                matches!(a.get(q), Some(Value::HoldPair(Some((l, r)))) if l.abs_diff(r) >= secs)
            }
            Cond::PainDaysOver(days) => match (a.onset, today) {
                (Some(onset), Some(today)) => today.days_since(onset) > days,
                _ => false,
            },
        }
    }

    /// The questions the condition reads.
    pub fn questions(&self) -> Vec<QuestionId> {
        match *self {
            Cond::Is(q, _)
            | Cond::Has(q, _)
            | Cond::HoldUnder(q, _)
            | Cond::SideGapAtLeast(q, _) => vec![q],
            Cond::Any(cs) | Cond::All(cs) => {
                let mut qs: Vec<QuestionId> = cs.iter().flat_map(Cond::questions).collect();
                super::sort::sort_dedup(&mut qs);
                qs
            }
            Cond::PainDaysOver(_) => vec![QuestionId::Onset],
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
                super::answer::Kind::Single(o) | super::answer::Kind::Multi(o) => o,
                _ => &[],
            };
            options
                .iter()
                .find(|o| o.key == key)
                .map_or(key.to_owned(), |o| o.label.en.to_owned())
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
            Cond::HoldUnder(q, s) => format!("{} under {s} s (weaker side)", q.key()),
            Cond::SideGapAtLeast(q, s) => format!("{} sides differ by {s} s or more", q.key()),
            Cond::PainDaysOver(d) => format!("pain began more than {d} days ago"),
        }
    }
}

/// What the runner should do about care. Ordered: the highest level wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CareLevel {
    SelfCare,
    RestFirst,
    SeeDoctor,
    Urgent,
    Emergency,
}

impl CareLevel {
    pub const ALL: [CareLevel; 5] = [
        CareLevel::SelfCare,
        CareLevel::RestFirst,
        CareLevel::SeeDoctor,
        CareLevel::Urgent,
        CareLevel::Emergency,
    ];

    /// Stable key, for storage and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            CareLevel::SelfCare => "self_care",
            CareLevel::RestFirst => "rest_first",
            CareLevel::SeeDoctor => "see_doctor",
            CareLevel::Urgent => "urgent",
            CareLevel::Emergency => "emergency",
        }
    }

    pub fn from_key(key: &str) -> Option<CareLevel> {
        CareLevel::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The verdict, as the result page's first words.
    pub fn headline(self) -> Text {
        match self {
            CareLevel::Emergency => t!("Call emergency services now", "Ruf jetzt den Notruf"),
            CareLevel::Urgent => t!(
                "See a doctor today",
                "Geh heute zu einer Ärztin oder einem Arzt"
            ),
            CareLevel::SeeDoctor => {
                t!("Book a doctor's appointment", "Vereinbare einen Arzttermin")
            }
            CareLevel::RestFirst => t!("Rest first", "Erst einmal Pause"),
            CareLevel::SelfCare => t!(
                "You can look after this yourself for now",
                "Du kannst dich vorerst selbst darum kümmern"
            ),
        }
    }

    /// What to do, in one or two sentences.
    pub fn action(self) -> Text {
        match self {
            CareLevel::Emergency => t!(
                "Call 112 (Germany and the EU) or 999 (UK) now, or go to an emergency department. Do not run.",
                "Ruf jetzt die 112 an (Deutschland und EU; 999 in Großbritannien) oder geh in eine Notaufnahme. Lauf nicht."
            ),
            CareLevel::Urgent => t!(
                "Get seen by a doctor within 24 hours: your practice, or the out-of-hours service if it is closed (NHS 111 in the UK). Do not run until then.",
                "Lass dich innerhalb von 24 Stunden ärztlich untersuchen: in deiner Praxis oder, wenn sie geschlossen ist, beim Bereitschaftsdienst. Lauf bis dahin nicht."
            ),
            CareLevel::SeeDoctor => t!(
                "Make an appointment with a doctor or physiotherapist to find the cause. The plan below can help until then.",
                "Mach einen Termin bei einer Ärztin, einem Arzt oder in der Physiotherapie, um die Ursache zu klären. Der Plan unten hilft bis dahin."
            ),
            CareLevel::RestFirst => t!(
                "Take one or more rest days from running. Run again only once the symptoms have settled. Gentle movement is still good.",
                "Leg einen oder mehrere Ruhetage ohne Laufen ein. Lauf erst wieder, wenn die Beschwerden abgeklungen sind. Sanfte Bewegung bleibt gut."
            ),
            CareLevel::SelfCare => t!(
                "Stay active and avoid bed rest. Follow the plan below and check again on the re-check date.",
                "Bleib aktiv und vermeide Bettruhe. Folge dem Plan unten und prüfe am Kontrolltermin erneut."
            ),
        }
    }
}

/// A rule that raises the care level when its condition holds.
#[derive(Clone, Copy, Debug)]
pub struct CareRule {
    /// Stable identifier.
    pub id: &'static str,
    pub level: CareLevel,
    pub when: Cond,
    /// Why, in the runner's words.
    pub reason: Text,
    pub sources: &'static [Source],
}

/// Rules are identified by their id.
impl PartialEq for CareRule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for CareRule {}

const YES: &str = "yes";
const RED_FLAGS: &[Source] = &[Source::Nhs, Source::Nvl, Source::Nice];

/// Every care rule. Highest level wins; all that hold are shown as reasons.
pub const CARE_RULES: &[CareRule] = &[
    CareRule {
        id: "saddle_numbness",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::SaddleNumbness, YES),
        reason: t!(
            "Numbness or tingling in the saddle area can mean pressure on the nerves at the bottom of the spine.",
            "Taubheit oder Kribbeln im Sattelbereich kann Druck auf die Nerven am unteren Ende der Wirbelsäule bedeuten."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "bladder_bowel",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::BladderBowel, YES),
        reason: t!(
            "New trouble passing urine or loss of bladder or bowel control needs checking straight away.",
            "Neue Probleme beim Wasserlassen oder Verlust der Kontrolle über Blase oder Darm müssen sofort untersucht werden."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "sexual_function",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::SexualFunction, YES),
        reason: t!(
            "New problems with sexual function together with back pain can come from nerve pressure.",
            "Neue sexuelle Funktionsstörungen zusammen mit Rückenschmerzen können von Nervendruck kommen."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "both_legs",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::LegSymptoms, "both_legs"),
        reason: t!(
            "Weakness or numbness in both legs needs checking straight away.",
            "Schwäche oder Taubheit in beiden Beinen muss sofort untersucht werden."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "legs_worsening",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::LegWorsening, YES),
        reason: t!(
            "Leg weakness or numbness that is getting worse needs checking straight away.",
            "Zunehmende Schwäche oder Taubheit im Bein muss sofort untersucht werden."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "major_trauma",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::MajorTrauma, YES),
        reason: t!(
            "Back pain after a serious accident can mean an injury to the spine.",
            "Rückenschmerzen nach einem schweren Unfall können eine Verletzung der Wirbelsäule bedeuten."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "chest_pain",
        level: CareLevel::Emergency,
        when: Cond::Is(QuestionId::ChestPain, YES),
        reason: t!(
            "Chest pain with back pain can come from the heart or a large blood vessel.",
            "Brustschmerzen zusammen mit Rückenschmerzen können vom Herzen oder einem großen Blutgefäß kommen."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "fever",
        level: CareLevel::Urgent,
        when: Cond::Is(QuestionId::Fever, YES),
        reason: t!(
            "Fever or chills with back pain can be a sign of infection.",
            "Fieber oder Schüttelfrost mit Rückenschmerzen kann auf eine Infektion hinweisen."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "weight_loss",
        level: CareLevel::Urgent,
        when: Cond::Is(QuestionId::WeightLoss, YES),
        reason: t!(
            "Losing weight without trying should be checked by a doctor.",
            "Ungewollter Gewichtsverlust sollte ärztlich abgeklärt werden."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "cancer_history",
        level: CareLevel::Urgent,
        when: Cond::Is(QuestionId::CancerHistory, YES),
        reason: t!(
            "After cancer, new back pain should be checked by a doctor.",
            "Nach einer Krebserkrankung sollten neue Rückenschmerzen ärztlich abgeklärt werden."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "night_pain",
        level: CareLevel::Urgent,
        when: Cond::Is(QuestionId::NightPain, YES),
        reason: t!(
            "Severe pain at night or lying down that rest does not ease is not typical of a strain.",
            "Starke Schmerzen nachts oder im Liegen, die in Ruhe nicht nachlassen, sind für eine Zerrung untypisch."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "bone_risk",
        level: CareLevel::Urgent,
        when: Cond::All(&[Cond::Is(QuestionId::MinorTrauma, YES), Cond::Is(QuestionId::BoneRisk, YES)]),
        reason: t!(
            "With thin bones or long-term steroids, even a small strain can break a vertebra.",
            "Bei Knochenschwund oder langer Kortison-Einnahme kann schon eine kleine Belastung einen Wirbel brechen."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "weakness_pain_less",
        level: CareLevel::Urgent,
        when: Cond::Is(QuestionId::WeaknessPainLess, YES),
        reason: t!(
            "Pain that eases while weakness grows can mean a nerve is getting more squeezed.",
            "Wenn der Schmerz nachlässt, die Schwäche aber zunimmt, kann ein Nerv stärker eingeengt werden."
        ),
        sources: RED_FLAGS,
    },
    CareRule {
        id: "over_10_days",
        level: CareLevel::SeeDoctor,
        when: Cond::PainDaysOver(10),
        reason: t!(
            "Your pain has lasted more than 10 days. Pain that lasts this long should be looked at to find its cause.",
            "Deine Schmerzen halten schon länger als 10 Tage an. So lange Schmerzen sollten untersucht werden, um die Ursache zu finden."
        ),
        sources: &[Source::Seed003McDowell],
    },
    CareRule {
        id: "over_4_weeks",
        level: CareLevel::SeeDoctor,
        when: Cond::PainDaysOver(28),
        reason: t!(
            "Beyond 4 weeks, guidelines advise a clinician to check the risk of the pain lasting (for example with a short screening questionnaire).",
            "Nach mehr als 4 Wochen empfehlen Leitlinien, dass eine Ärztin oder ein Arzt das Risiko für anhaltende Schmerzen einschätzt (zum Beispiel mit einem kurzen Fragebogen)."
        ),
        sources: &[Source::Nvl],
    },
    CareRule {
        id: "over_12_weeks",
        level: CareLevel::SeeDoctor,
        when: Cond::PainDaysOver(84),
        reason: t!(
            "Beyond 12 weeks, guidelines advise an assessment by several disciplines together (medicine, physiotherapy, psychology).",
            "Nach mehr als 12 Wochen empfehlen Leitlinien eine gemeinsame Untersuchung durch mehrere Fachrichtungen (Medizin, Physiotherapie, Psychologie)."
        ),
        sources: &[Source::Nvl],
    },
    CareRule {
        id: "cannot_manage",
        level: CareLevel::SeeDoctor,
        when: Cond::Is(QuestionId::CannotManage, YES),
        reason: t!(
            "Pain that stops you walking or managing daily life needs a doctor's help.",
            "Schmerzen, die dich am Gehen oder im Alltag hindern, brauchen ärztliche Hilfe."
        ),
        sources: &[Source::Seed003Hinson],
    },
    CareRule {
        id: "one_leg_numb_week",
        level: CareLevel::SeeDoctor,
        when: Cond::Is(QuestionId::LegNumbWeek, YES),
        reason: t!(
            "Numbness or tingling in one leg for more than a week should be checked.",
            "Taubheit oder Kribbeln in einem Bein über mehr als eine Woche sollte abgeklärt werden."
        ),
        sources: &[Source::Nhs],
    },
    CareRule {
        id: "limping",
        level: CareLevel::RestFirst,
        when: Cond::Is(QuestionId::Limping, YES),
        reason: t!(
            "Limping, or pain when changing between sitting, standing and lying, means your back needs rest days first.",
            "Humpeln oder Schmerzen beim Wechsel zwischen Sitzen, Stehen und Liegen heißt: Dein Rücken braucht zuerst Ruhetage."
        ),
        sources: &[Source::Seed003McDowell],
    },
];

/// Evidence that an answer points to a contributor.
#[derive(Clone, Copy, Debug)]
pub struct Signal {
    pub contributor: Contributor,
    pub when: Cond,
    /// 2: a clear sign (a failed self-test, a strong habit); 1: a hint.
    pub weight: u8,
    pub sources: &'static [Source],
}

const fn sig(
    contributor: Contributor,
    weight: u8,
    when: Cond,
    sources: &'static [Source],
) -> Signal {
    Signal {
        contributor,
        when,
        weight,
        sources,
    }
}

use Contributor as C;
use QuestionId as Q;

/// Every signal. A contributor's score is the sum of its signals' weights.
#[rustfmt::skip]
pub const SIGNALS: &[Signal] = &[
    // Long sitting
    sig(C::LongSitting, 2, Cond::Is(Q::Sitting, "over_8"), &[Source::Seed003Hinson, Source::Seed004]),
    sig(C::LongSitting, 1, Cond::Is(Q::Sitting, "6_to_8"), &[Source::Seed003Hinson, Source::Seed004]),
    sig(C::LongSitting, 1, Cond::Has(Q::PainTriggers, "sitting"), &[Source::Seed003Hinson]),
    // Weak glutes and posterior chain
    sig(C::WeakGlutes, 2, Cond::HoldUnder(Q::TestBridge, 30), &[Source::Seed001, Source::BackCheck]),
    sig(C::WeakGlutes, 2, Cond::Any(&[Cond::Is(Q::TestStance, "drops_one"), Cond::Is(Q::TestStance, "drops_both")]), &[Source::Seed001]),
    sig(C::WeakGlutes, 1, Cond::Has(Q::TechniqueSigns, "hip_drop"), &[Source::Seed001]),
    sig(C::WeakGlutes, 1, Cond::Is(Q::Sitting, "over_8"), &[Source::Seed003McDowell]),
    // Short hip flexors
    sig(C::ShortHipFlexors, 2, Cond::Any(&[Cond::Is(Q::TestHipFlexor, "rises_one"), Cond::Is(Q::TestHipFlexor, "rises_both")]), &[Source::Seed004, Source::Seed001]),
    sig(C::ShortHipFlexors, 1, Cond::Is(Q::CoreRoutine, "crunches"), &[Source::Seed004]),
    sig(C::ShortHipFlexors, 1, Cond::Is(Q::Sitting, "over_8"), &[Source::Seed004]),
    // Hollow back / pelvic tilt when running
    sig(C::HollowBack, 2, Cond::Has(Q::TechniqueSigns, "hollow_back"), &[Source::Seed003McDowell]),
    sig(C::HollowBack, 1, Cond::Is(Q::FootStrike, "heel"), &[Source::Seed003McDowell]),
    // Weak deep core
    sig(C::WeakCore, 2, Cond::HoldUnder(Q::TestPlank, 60), &[Source::Seed001, Source::BackCheck]),
    sig(C::WeakCore, 2, Cond::HoldUnder(Q::TestSidePlank, 30), &[Source::Seed001, Source::BackCheck]),
    sig(C::WeakCore, 1, Cond::Has(Q::TechniqueSigns, "lean_late"), &[Source::Seed001, Source::Seed003McDowell]),
    sig(C::WeakCore, 1, Cond::Is(Q::CoreRoutine, "none"), &[Source::Seed001]),
    // Weak legs (quadriceps)
    sig(C::WeakLegs, 1, Cond::PainDaysOver(90), &[Source::Seed002, Source::Cai2017]),
    sig(C::WeakLegs, 1, Cond::Is(Q::StrengthSessions, "0"), &[Source::Seed002]),
    // Shoes
    sig(C::Shoes, 2, Cond::Is(Q::ShoeKm, "over_800"), &[Source::Seed003Gallucci]),
    sig(C::Shoes, 1, Cond::Is(Q::ShoeKm, "500_to_800"), &[Source::Seed003Gallucci]),
    sig(C::Shoes, 1, Cond::Is(Q::ShoeChange, "yes"), &[Source::Seed003Gallucci, Source::Seed001]),
    // Too much too soon
    sig(C::TooMuchTooSoon, 2, Cond::Is(Q::LoadChange, "more"), &[Source::Seed003McDowell, Source::Seed002]),
    sig(C::TooMuchTooSoon, 2, Cond::Is(Q::LoadChange, "started"), &[Source::Seed003McDowell]),
    // Fatigue and recovery
    sig(C::Fatigue, 2, Cond::Is(Q::RestDays, "0"), &[Source::Seed001]),
    sig(C::Fatigue, 1, Cond::Is(Q::Sleep, "under_6"), &[Source::Seed001]),
    // Hard or uneven surfaces
    sig(C::HardSurfaces, 1, Cond::Is(Q::Surface, "hard"), &[Source::Seed003Hinson, Source::Seed001]),
    sig(C::HardSurfaces, 1, Cond::Is(Q::Surface, "uneven"), &[Source::Seed003Hinson]),
    // Running technique
    sig(C::Technique, 1, Cond::Has(Q::TechniqueSigns, "legs_cross"), &[Source::Seed003McDowell]),
    sig(C::Technique, 1, Cond::Has(Q::TechniqueSigns, "arms_cross"), &[Source::Seed003McDowell, Source::Seed001]),
    sig(C::Technique, 1, Cond::Has(Q::TechniqueSigns, "overstride"), &[Source::Seed001]),
    sig(C::Technique, 1, Cond::Is(Q::FootStrike, "heel"), &[Source::Seed003McDowell, Source::Seed001]),
    // Asymmetry
    sig(C::Asymmetry, 2, Cond::Has(Q::Asymmetry, "leg_length"), &[Source::Seed003McDowell]),
    sig(C::Asymmetry, 1, Cond::Has(Q::Asymmetry, "one_side_stronger"), &[Source::Seed003McDowell, Source::Seed001]),
    sig(C::Asymmetry, 2, Cond::SideGapAtLeast(Q::TestBridge, 10), &[Source::Seed001, Source::BackCheck]),
    sig(C::Asymmetry, 1, Cond::SideGapAtLeast(Q::TestSidePlank, 15), &[Source::Seed001, Source::BackCheck]),
    sig(C::Asymmetry, 1, Cond::Is(Q::TestStance, "drops_one"), &[Source::Seed001]),
    sig(C::Asymmetry, 1, Cond::Is(Q::TestHipFlexor, "rises_one"), &[Source::Seed001]),
    // No warm-up
    sig(C::NoWarmUp, 2, Cond::Is(Q::WarmUp, "never"), &[Source::Seed003Gallucci]),
    sig(C::NoWarmUp, 1, Cond::Is(Q::WarmUp, "sometimes"), &[Source::Seed003Gallucci]),
    // No strength training
    sig(C::NoStrength, 2, Cond::Is(Q::StrengthSessions, "0"), &[Source::Seed001, Source::Seed000]),
    sig(C::NoStrength, 1, Cond::Is(Q::StrengthSessions, "1"), &[Source::Seed001, Source::Seed000]),
    // One-sided training, stress and tension
    sig(C::OneSidedTension, 2, Cond::Is(Q::Stress, "often"), &[Source::Seed004]),
    sig(C::OneSidedTension, 1, Cond::Is(Q::Stress, "sometimes"), &[Source::Seed004]),
    sig(C::OneSidedTension, 1, Cond::Is(Q::CoreRoutine, "crunches"), &[Source::Seed004]),
    // Pain patterns
    sig(C::FacetJoints, 2, Cond::Has(Q::PainTriggers, "bend_twist"), &[Source::Seed003Hinson]),
    sig(C::SacroiliacJoint, 2, Cond::Has(Q::PainSite, "one_side_pelvis"), &[Source::Seed003Hinson]),
    sig(C::MuscleStrain, 2, Cond::Has(Q::PainTriggers, "hard_effort"), &[Source::Seed003Hinson]),
    // Age
    sig(C::Age, 1, Cond::Any(&[Cond::Is(Q::Age, "50_to_64"), Cond::Is(Q::Age, "65_plus")]), &[Source::Seed000]),
];
