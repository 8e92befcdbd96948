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

    /// A strength or length contributor: an answer only stands in for it
    /// (a proxy), so only its self-test can make it "likely" (CONTENT §2).
    pub fn needs_test(self) -> bool {
        matches!(
            self,
            Contributor::WeakGlutes
                | Contributor::ShortHipFlexors
                | Contributor::WeakCore
                | Contributor::WeakLegs
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
            Contributor::WeakCore => t!("Low trunk endurance", "Geringe Rumpfausdauer"),
            Contributor::WeakLegs => t!("Weak thigh muscles", "Schwache Oberschenkelmuskeln"),
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
                "Stress and one-sided training",
                "Stress und einseitiges Training"
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
                "Many hours in a chair can stiffen the hips and lower back, tighten the hamstrings and weaken the trunk and glutes. Whether it has weakened yours, only a test can show.",
                "Viele Stunden im Sitzen können Hüfte und unteren Rücken steif machen, die hinteren Oberschenkel verkürzen und Rumpf und Gesäß schwächen. Ob das bei dir so ist, zeigt nur ein Test."
            ),
            Contributor::WeakGlutes => t!(
                "The glutes drive you forward and keep the pelvis level. When they are weak, the lower back can take over work it is not built for.",
                "Die Gesäßmuskeln treiben dich an und halten das Becken gerade. Sind sie schwach, kann der untere Rücken Arbeit übernehmen, für die er nicht gemacht ist."
            ),
            Contributor::ShortHipFlexors => t!(
                "The deep hip flexor runs from the thigh to the lumbar spine. When sitting or many crunches have shortened it, it can pull the lower back forward.",
                "Der tiefe Hüftbeuger zieht vom Oberschenkel zur Lendenwirbelsäule. Haben ihn Sitzen oder viele Crunches verkürzt, kann er den unteren Rücken nach vorn ziehen."
            ),
            Contributor::HollowBack => t!(
                "A strongly arched lower back while running can load the lumbar muscles; on long runs they can tire and start to hurt.",
                "Ein stark durchgebogener unterer Rücken beim Laufen kann die Lendenmuskeln belasten; auf langen Läufen können sie ermüden und schmerzen."
            ),
            Contributor::WeakCore => t!(
                "When the trunk muscles tire early, the pelvis can tip and the trunk sway late in a run, and the lower back can take more load. A plank hold measures how long the trunk holds (its endurance), not particular deep muscles.",
                "Ermüden die Rumpfmuskeln früh, kann gegen Ende eines Laufs das Becken kippen und der Oberkörper schwanken, und der untere Rücken kann mehr Last tragen. Ein Unterarmstütz misst, wie lange der Rumpf hält (seine Ausdauer), nicht bestimmte tiefe Muskeln."
            ),
            Contributor::WeakLegs => t!(
                "In a study, runners with long-lasting back pain had weaker thigh muscles as a group, and leg training improved how well they could run more than back exercises did. Only a test tells whether your own thighs are weak.",
                "In einer Studie hatten Läuferinnen und Läufer mit lang anhaltenden Rückenschmerzen als Gruppe schwächere Oberschenkelmuskeln, und Beintraining verbesserte ihre Lauffähigkeit stärker als Rückenübungen. Ob deine eigenen Oberschenkel schwach sind, zeigt nur ein Test."
            ),
            Contributor::Shoes => t!(
                "Cushioning wears out after 500 to 800 km, and a shoe that does not suit your foot and gait can pass more load to the spine.",
                "Die Dämpfung lässt nach 500 bis 800 km nach, und ein Schuh, der nicht zu Fuß und Laufstil passt, kann mehr Last an die Wirbelsäule weitergeben."
            ),
            Contributor::TooMuchTooSoon => t!(
                "A quick rise in distance or intensity can outpace the body: most adaptations take 4 to 6 weeks.",
                "Ein schneller Anstieg von Umfang oder Intensität kann den Körper überfordern: Die meisten Anpassungen brauchen 4 bis 6 Wochen."
            ),
            Contributor::Fatigue => t!(
                "With little sleep and no rest days, coordination can drop and the lower back can take over from the glutes.",
                "Mit wenig Schlaf und ohne Ruhetage kann die Koordination nachlassen und der untere Rücken die Arbeit des Gesäßes übernehmen."
            ),
            Contributor::HardSurfaces => t!(
                "Hard and uneven ground can strain the back more; ground with some give, such as dirt paths and grass, can spare it.",
                "Harter und unebener Untergrund kann den Rücken stärker belasten; nachgiebiger Boden wie Erdwege und Gras kann ihn schonen."
            ),
            Contributor::Technique => t!(
                "Feet crossing the midline, arms swinging across the body and long strides can add twisting and braking forces, mostly at the knee and hip; the lower back can end up compensating.",
                "Über die Mittellinie kreuzende Füße, quer schwingende Arme und lange Schritte können Dreh- und Bremskräfte erzeugen, vor allem an Knie und Hüfte; der untere Rücken kann am Ende ausgleichen."
            ),
            Contributor::Asymmetry => t!(
                "No body is symmetrical, but a longer leg or a clearly stronger side can lead to compensation that the lower back pays for.",
                "Kein Körper ist symmetrisch, aber ein längeres Bein oder eine deutlich stärkere Seite kann zu Ausgleichsbewegungen führen, die der untere Rücken bezahlt."
            ),
            Contributor::NoWarmUp => t!(
                "Starting cold can leave hip flexors, hamstrings and lower back stiff; a short dynamic warm-up loosens them and gets blood flowing.",
                "Kalt loszulaufen kann Hüftbeuger, hintere Oberschenkel und unteren Rücken steif lassen; ein kurzes dynamisches Aufwärmen lockert sie und fördert die Durchblutung."
            ),
            Contributor::NoStrength => t!(
                "Running alone does not keep the supporting muscles strong; 2 to 4 strength sessions a week are advised for runners.",
                "Laufen allein hält die stützenden Muskeln nicht stark; Läuferinnen und Läufern werden 2 bis 4 Krafteinheiten pro Woche empfohlen."
            ),
            Contributor::OneSidedTension => t!(
                "Frequent stress and one-sided training, such as only crunches for the trunk, can keep muscles tense and fascia stiff, which can pull on the back. This is one author's experience, not a study.",
                "Häufiger Stress und einseitiges Training, etwa nur Crunches für den Rumpf, können Muskeln angespannt und Faszien steif halten, was am Rücken ziehen kann. Das ist die Erfahrung eines Autors, keine Studie."
            ),
            Contributor::FacetJoints => t!(
                "Pain that is worse bending backwards or twisting can come from the small joints between the vertebrae. This is a pattern, not a finding: only an examination by a physiotherapist or doctor can tell.",
                "Schmerzen, die beim Zurückbeugen oder Drehen stärker werden, können von den kleinen Gelenken zwischen den Wirbeln kommen. Das ist ein Muster, kein Befund: Klären kann das nur eine Untersuchung in der Physiotherapie oder Arztpraxis."
            ),
            Contributor::SacroiliacJoint => t!(
                "Pain on one side near the dimples above the buttocks can come from the joint between the sacrum and the pelvis. This is a pattern, not a finding: only an examination by a physiotherapist or doctor can tell.",
                "Schmerzen auf einer Seite nahe den Grübchen über dem Gesäß können vom Gelenk zwischen Kreuzbein und Becken kommen. Das ist ein Muster, kein Befund: Klären kann das nur eine Untersuchung in der Physiotherapie oder Arztpraxis."
            ),
            Contributor::MuscleStrain => t!(
                "Pain after hard efforts can come from an overloaded muscle beside the spine. This is a pattern, not a finding: only an examination by a physiotherapist or doctor can tell.",
                "Schmerzen nach harten Belastungen können von einem überlasteten Muskel neben der Wirbelsäule kommen. Das ist ein Muster, kein Befund: Klären kann das nur eine Untersuchung in der Physiotherapie oder Arztpraxis."
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
                Item::DeadBug,
                Item::MidfootLanding,
                Item::Plank,
            ],
            Contributor::WeakCore => &[Item::Plank, Item::SidePlank, Item::DeadBug],
            Contributor::WeakLegs => &[Item::WallSit, Item::SingleLegSquat, Item::LegPress],
            Contributor::Shoes => &[Item::ReplaceShoes, Item::ShoeFit],
            Contributor::TooMuchTooSoon => &[Item::GradualIncrease, Item::RestDays],
            Contributor::Fatigue => &[Item::RestDays, Item::Sleep],
            Contributor::HardSurfaces => &[Item::SofterSurfaces],
            Contributor::Technique => &[
                Item::Cadence,
                Item::ArmSwing,
                Item::UprightPosture,
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

impl Finding {
    /// Some of its answers are self-test results: pain lowers holding
    /// times, and the page says so next to them.
    pub fn has_self_test(&self) -> bool {
        self.evidence.iter().any(|q| q.spec().self_test.is_some())
    }
}
