//! What may be behind the pain: each contributor explains itself, names its
//! sources and the plan items that address it.
use super::plan::Item;
use super::questions::QuestionId;
use super::sources::Source;
use super::text::Text;
use crate::t;
use serde::{Deserialize, Serialize};
use strum::IntoStaticStr;

/// Stored by its [`key`](Contributor::key).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, IntoStaticStr,
)]
#[serde(into = "&'static str", try_from = "String")]
#[strum(serialize_all = "snake_case")]
pub enum Contributor {
    LongSitting,
    WeakGlutes,
    ShortHipFlexors,
    HollowBack,
    WeakCore,
    WeakLegs,
    Shoes,
    TooMuchTooSoon,
    Fatigue,
    HardSurfaces,
    Technique,
    Asymmetry,
    NoWarmUp,
    NoStrength,
    OneSidedTension,
    FacetJoints,
    SacroiliacJoint,
    MuscleStrain,
    Age,
}

impl Contributor {
    pub const ALL: [Contributor; 19] = [
        Contributor::LongSitting,
        Contributor::WeakGlutes,
        Contributor::ShortHipFlexors,
        Contributor::HollowBack,
        Contributor::WeakCore,
        Contributor::WeakLegs,
        Contributor::Shoes,
        Contributor::TooMuchTooSoon,
        Contributor::Fatigue,
        Contributor::HardSurfaces,
        Contributor::Technique,
        Contributor::Asymmetry,
        Contributor::NoWarmUp,
        Contributor::NoStrength,
        Contributor::OneSidedTension,
        Contributor::FacetJoints,
        Contributor::SacroiliacJoint,
        Contributor::MuscleStrain,
        Contributor::Age,
    ];

    /// Stable key (the variant's name in snake case): stored, and used in
    /// CSS classes.
    pub fn key(self) -> &'static str {
        self.into()
    }

    pub fn from_key(key: &str) -> Option<Contributor> {
        Contributor::ALL.into_iter().find(|x| x.key() == key)
    }

    /// A pain pattern a physio examines (seed 003, Hinson): never more than
    /// "possible", whatever the answers.
    pub fn is_pattern(self) -> bool {
        matches!(
            self,
            Contributor::FacetJoints | Contributor::SacroiliacJoint | Contributor::MuscleStrain
        )
    }

    pub fn title(self) -> Text {
        match self {
            Contributor::LongSitting => t!("Long hours of sitting", "Langes Sitzen"),
            Contributor::WeakGlutes => t!(
                "Weak glutes and hip muscles",
                "Schwache Gesäß- und Hüftmuskeln"
            ),
            Contributor::ShortHipFlexors => t!("Short, tight hip flexors", "Verkürzte Hüftbeuger"),
            Contributor::HollowBack => t!("Hollow back when running", "Hohlkreuz beim Laufen"),
            Contributor::WeakCore => t!("Tiring deep core muscles", "Ermüdende tiefe Rumpfmuskeln"),
            Contributor::WeakLegs => t!(
                "Leg strength (thigh muscles)",
                "Beinkraft (Oberschenkelmuskeln)"
            ),
            Contributor::Shoes => t!(
                "Worn or unsuitable shoes",
                "Abgenutzte oder unpassende Schuhe"
            ),
            Contributor::TooMuchTooSoon => t!("Too much, too soon", "Zu viel, zu schnell"),
            Contributor::Fatigue => t!(
                "Fatigue and too little recovery",
                "Ermüdung und zu wenig Erholung"
            ),
            Contributor::HardSurfaces => {
                t!("Hard or uneven ground", "Harter oder unebener Untergrund")
            }
            Contributor::Technique => t!("Running technique", "Lauftechnik"),
            Contributor::Asymmetry => t!("Left-right imbalance", "Ungleichgewicht links-rechts"),
            Contributor::NoWarmUp => t!("No warm-up", "Kein Aufwärmen"),
            Contributor::NoStrength => t!(
                "Little or no strength training",
                "Wenig oder kein Krafttraining"
            ),
            Contributor::OneSidedTension => t!(
                "One-sided training, stress and tension",
                "Einseitiges Training, Stress und Verspannung"
            ),
            Contributor::FacetJoints => t!(
                "Irritated small spinal joints",
                "Gereizte kleine Wirbelgelenke"
            ),
            Contributor::SacroiliacJoint => t!(
                "Irritated joint between spine and pelvis",
                "Gereiztes Gelenk zwischen Wirbelsäule und Becken"
            ),
            Contributor::MuscleStrain => t!("Strained back muscles", "Überlastete Rückenmuskeln"),
            Contributor::Age => t!("Muscle loss with age", "Muskelabbau mit dem Alter"),
        }
    }

    /// Why it can hurt the lower back, in two sentences at most.
    pub fn explain(self) -> Text {
        match self {
            Contributor::LongSitting => t!(
                "Many hours in a chair weaken the core and glutes, stiffen the hips and lower back, and tighten the hamstrings. Running then asks for what sitting took away.",
                "Viele Stunden im Sitzen schwächen Rumpf und Gesäß, machen Hüfte und unteren Rücken steif und verkürzen die hinteren Oberschenkel. Beim Laufen fehlt dann genau das."
            ),
            Contributor::WeakGlutes => t!(
                "The glutes drive you forward and keep the pelvis level. When they are weak, the lower back takes over work it is not built for.",
                "Die Gesäßmuskeln treiben dich an und halten das Becken gerade. Sind sie schwach, übernimmt der untere Rücken Arbeit, für die er nicht gemacht ist."
            ),
            Contributor::ShortHipFlexors => t!(
                "The deep hip flexor runs from the thigh to the lumbar spine. Shortened by sitting or by many crunches, it pulls the lower back forward.",
                "Der tiefe Hüftbeuger zieht vom Oberschenkel zur Lendenwirbelsäule. Durch Sitzen oder viele Crunches verkürzt, zieht er den unteren Rücken nach vorn."
            ),
            Contributor::HollowBack => t!(
                "A strongly arched lower back while running, more common with heel striking, loads the lumbar muscles; on long runs they tire and start to hurt.",
                "Ein stark durchgebogener unterer Rücken beim Laufen, häufiger bei Fersenaufsatz, belastet die Lendenmuskeln; auf langen Läufen ermüden sie und schmerzen."
            ),
            Contributor::WeakCore => t!(
                "A tired deep core lets the pelvis tip and the trunk sway, and the lumbar spine hangs in its connective tissue instead of being held.",
                "Ein ermüdeter tiefer Rumpf lässt das Becken kippen und den Oberkörper schwanken; die Lendenwirbelsäule hängt im Bindegewebe, statt gehalten zu werden."
            ),
            Contributor::WeakLegs => t!(
                "Runners with long-lasting back pain had weaker thigh muscles, which absorb less shock. In a trial, leg training improved running ability more than back exercises.",
                "Läufer mit lang anhaltenden Rückenschmerzen hatten schwächere Oberschenkelmuskeln, die weniger Stöße abfangen. In einer Studie verbesserte Beintraining die Lauffähigkeit stärker als Rückenübungen."
            ),
            Contributor::Shoes => t!(
                "Cushioning wears out after 500 to 800 km, and a shoe that does not suit your foot and gait passes more load to the spine.",
                "Die Dämpfung lässt nach 500 bis 800 km nach, und ein Schuh, der nicht zu Fuß und Laufstil passt, gibt mehr Last an die Wirbelsäule weiter."
            ),
            Contributor::TooMuchTooSoon => t!(
                "A quick rise in distance or intensity outpaces the body: most adaptations take 4 to 6 weeks.",
                "Ein schneller Anstieg von Umfang oder Intensität überfordert den Körper: Die meisten Anpassungen brauchen 4 bis 6 Wochen."
            ),
            Contributor::Fatigue => t!(
                "With little sleep and no rest days, coordination drops and the lower back takes over from the glutes.",
                "Mit wenig Schlaf und ohne Ruhetage lässt die Koordination nach, und der untere Rücken übernimmt die Arbeit des Gesäßes."
            ),
            Contributor::HardSurfaces => t!(
                "Asphalt passes on more impact, and uneven ground adds strain; dirt paths and grass are kinder to the back.",
                "Asphalt gibt mehr Stöße weiter, unebenes Gelände belastet zusätzlich; Erdwege und Gras schonen den Rücken."
            ),
            Contributor::Technique => t!(
                "Feet crossing the midline, arms swinging across the body, long strides and heel striking add twisting and braking forces the back must absorb.",
                "Über die Mittellinie kreuzende Füße, quer schwingende Arme, lange Schritte und Fersenaufsatz erzeugen Dreh- und Bremskräfte, die der Rücken abfangen muss."
            ),
            Contributor::Asymmetry => t!(
                "No body is symmetrical, but a longer leg or a clearly stronger side can lead to compensation that the lower back pays for.",
                "Kein Körper ist symmetrisch, aber ein längeres Bein oder eine deutlich stärkere Seite kann zu Ausgleichsbewegungen führen, die der untere Rücken bezahlt."
            ),
            Contributor::NoWarmUp => t!(
                "Starting cold leaves hip flexors, hamstrings and lower back stiff; a short dynamic warm-up loosens them and gets blood flowing.",
                "Kalt loszulaufen lässt Hüftbeuger, hintere Oberschenkel und unteren Rücken steif; ein kurzes dynamisches Aufwärmen lockert sie und fördert die Durchblutung."
            ),
            Contributor::NoStrength => t!(
                "Running alone does not keep the supporting muscles strong; 2 to 4 strength sessions a week are advised for runners.",
                "Laufen allein hält die stützenden Muskeln nicht stark; für Läufer werden 2 bis 4 Krafteinheiten pro Woche empfohlen."
            ),
            Contributor::OneSidedTension => t!(
                "One-sided training, stress and muscles that never relax keep tension high and fascia stiff, which can pull on the back.",
                "Einseitiges Training, Stress und Muskeln, die nie entspannen, halten die Spannung hoch und die Faszien steif, was am Rücken ziehen kann."
            ),
            Contributor::FacetJoints => t!(
                "Pain that is worse bending backwards or twisting can come from the small joints between the vertebrae. This is a pattern, not a finding: only an examination by a physiotherapist or doctor can tell.",
                "Schmerzen, die beim Zurückbeugen oder Drehen stärker werden, können von den kleinen Gelenken zwischen den Wirbeln kommen. Das ist ein Muster, kein Befund: Klären kann das nur eine Untersuchung in der Physiotherapie oder beim Arzt."
            ),
            Contributor::SacroiliacJoint => t!(
                "Pain on one side near the dimples above the buttocks can come from the joint between the sacrum and the pelvis. This is a pattern, not a finding: only an examination by a physiotherapist or doctor can tell.",
                "Schmerzen auf einer Seite nahe den Grübchen über dem Gesäß können vom Gelenk zwischen Kreuzbein und Becken kommen. Das ist ein Muster, kein Befund: Klären kann das nur eine Untersuchung in der Physiotherapie oder beim Arzt."
            ),
            Contributor::MuscleStrain => t!(
                "Pain after hard efforts can come from an overloaded muscle beside the spine. This is a pattern, not a finding: only an examination by a physiotherapist or doctor can tell.",
                "Schmerzen nach harten Belastungen können von einem überlasteten Muskel neben der Wirbelsäule kommen. Das ist ein Muster, kein Befund: Klären kann das nur eine Untersuchung in der Physiotherapie oder beim Arzt."
            ),
            Contributor::Age => t!(
                "From about 50, people lose 1 to 2 % of muscle mass a year unless they train against it.",
                "Ab etwa 50 verliert man jährlich 1 bis 2 % Muskelmasse, wenn man nicht gezielt dagegen trainiert."
            ),
        }
    }

    /// Where the explanation comes from.
    pub fn sources(self) -> &'static [Source] {
        match self {
            Contributor::LongSitting => &[
                Source::Seed003Hinson,
                Source::Seed003McDowell,
                Source::Seed004,
            ],
            Contributor::WeakGlutes => &[Source::Seed001, Source::Seed003McDowell],
            Contributor::ShortHipFlexors => &[Source::Seed004, Source::Seed001],
            Contributor::HollowBack => &[Source::Seed003McDowell],
            Contributor::WeakCore => &[Source::Seed001, Source::Seed003McDowell],
            Contributor::WeakLegs => &[Source::Seed002, Source::Cai2017],
            Contributor::Shoes => &[Source::Seed003Gallucci, Source::Seed001],
            Contributor::TooMuchTooSoon => &[Source::Seed003McDowell, Source::Seed002],
            Contributor::Fatigue => &[Source::Seed001],
            Contributor::HardSurfaces => &[Source::Seed003Hinson, Source::Seed001],
            Contributor::Technique => &[Source::Seed003McDowell, Source::Seed001],
            Contributor::Asymmetry => &[Source::Seed003McDowell, Source::Seed001],
            Contributor::NoWarmUp => &[Source::Seed003Gallucci, Source::Seed003Hinson],
            Contributor::NoStrength => &[Source::Seed001, Source::Seed000],
            Contributor::OneSidedTension => &[Source::Seed004],
            Contributor::FacetJoints | Contributor::SacroiliacJoint | Contributor::MuscleStrain => {
                &[Source::Seed003Hinson]
            }
            Contributor::Age => &[Source::Seed000],
        }
    }

    /// The plan items that address this contributor, most useful first.
    pub fn items(self) -> &'static [Item] {
        match self {
            Contributor::LongSitting => &[
                Item::MovementBreaks,
                Item::HipFlexorStretch,
                Item::GluteBridge,
                Item::CatCow,
            ],
            Contributor::WeakGlutes => &[
                Item::GluteBridge,
                Item::HipAbduction,
                Item::SingleLegSquat,
                Item::HamstringCurl,
            ],
            Contributor::ShortHipFlexors => {
                &[Item::HipFlexorStretch, Item::QuadStretch, Item::DeadBug]
            }
            Contributor::HollowBack => &[
                Item::NeutralPelvis,
                Item::MidfootLanding,
                Item::DeadBug,
                Item::Plank,
            ],
            Contributor::WeakCore => &[Item::Plank, Item::SidePlank, Item::DeadBug],
            Contributor::WeakLegs => &[Item::WallSit, Item::SingleLegSquat, Item::LegPress],
            Contributor::Shoes => &[Item::ReplaceShoes, Item::ShoeFit],
            Contributor::TooMuchTooSoon => &[Item::GradualIncrease, Item::RestDays],
            Contributor::Fatigue => &[Item::RestDays, Item::Sleep],
            Contributor::HardSurfaces => &[Item::SofterSurfaces],
            Contributor::Technique => &[
                Item::UprightPosture,
                Item::ArmSwing,
                Item::Cadence,
                Item::GaitAnalysis,
            ],
            Contributor::Asymmetry => &[Item::SingleLegSquat, Item::SidePlank, Item::GaitAnalysis],
            Contributor::NoWarmUp => &[Item::DynamicWarmUp],
            Contributor::NoStrength => &[Item::StrengthRoutine, Item::GluteBridge, Item::Deadlift],
            Contributor::OneSidedTension => &[Item::ActiveStretching, Item::FoamRoller],
            Contributor::FacetJoints => &[Item::ChildsPose, Item::SidePlank],
            Contributor::SacroiliacJoint => {
                &[Item::HipAbduction, Item::GluteBridge, Item::GaitAnalysis]
            }
            Contributor::MuscleStrain => &[Item::Massage, Item::GradualIncrease],
            Contributor::Age => &[Item::StrengthRoutine, Item::Deadlift],
        }
    }
}

/// Read back from its [`key`](Contributor::key) (serde's `try_from`).
impl TryFrom<String> for Contributor {
    type Error = &'static str;
    fn try_from(key: String) -> Result<Self, Self::Error> {
        Contributor::from_key(&key).ok_or("unknown key")
    }
}

/// How strongly the answers point to a contributor. Stored by its key.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    strum::IntoStaticStr,
)]
#[serde(into = "&'static str", try_from = "String")]
#[strum(serialize_all = "snake_case")]
pub enum Strength {
    Possible,
    Likely,
}

impl Strength {
    pub const ALL: [Strength; 2] = [Strength::Possible, Strength::Likely];

    /// Stable key (the variant's name in snake case): stored, and used in
    /// CSS classes.
    pub fn key(self) -> &'static str {
        self.into()
    }

    pub fn from_key(key: &str) -> Option<Strength> {
        Strength::ALL.into_iter().find(|x| x.key() == key)
    }

    pub fn label(self) -> Text {
        match self {
            Strength::Likely => t!("Likely", "Wahrscheinlich"),
            Strength::Possible => t!("Possible", "Möglich"),
        }
    }
}

/// Read back from its [`key`](Strength::key) (serde's `try_from`).
impl TryFrom<String> for Strength {
    type Error = &'static str;
    fn try_from(key: String) -> Result<Self, Self::Error> {
        Strength::from_key(&key).ok_or("unknown key")
    }
}

/// A likely or possible contributor, with the answers behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub contributor: Contributor,
    pub strength: Strength,
    /// For ranking: each answer counts once, a self-test finding twice.
    pub score: u8,
    /// The questions whose answers point to it, in questionnaire order.
    pub evidence: Vec<QuestionId>,
    /// Sources of the signals that fired and of the explanation.
    pub sources: Vec<Source>,
}
