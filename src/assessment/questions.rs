//! The question catalogue: every question, in asking order, with its answer
//! type, wording in both languages, section and the condition that asks it.
//!
//! `catalogue!` turns one table into the [`QuestionId`] enum and the typed
//! [`Answers`] record, so a question cannot exist without its answer field.
use super::answer::{AnswerType, Hold, HoldPair, Kind, Km, Multi, Pain, Value, YesNo, YesNoUnsure};
use super::date::Date;
use super::rules::Cond;
use super::selftest::SelfTest;
use super::text::{Lang, Text};
use crate::json::Json;
use crate::{choice, t};

choice! {
    LegSymptoms {
        NoLegs = "none" => ("No", "Nein"),
        OneLeg = "one_leg" => ("Yes, in one leg", "Ja, in einem Bein"),
        BothLegs = "both_legs" => ("Yes, in both legs", "Ja, in beiden Beinen"),
    }
}

choice! {
    PainSite {
        Central = "central" => ("In the middle of the lower back", "Mittig im unteren Rücken"),
        OneSidePelvis = "one_side_pelvis" => (
            "On one side, near the pelvis (around the dimples above the buttocks)",
            "Auf einer Seite, nahe am Becken (um die Grübchen über dem Gesäß)"
        ),
        IntoLeg = "into_leg" => ("Spreading into a leg", "Ausstrahlend in ein Bein"),
        Unsure = "unsure" [unknown] => ("I can't say", "Kann ich nicht sagen"),
    }
}

choice! {
    PainTrigger {
        BendTwist = "bend_twist" => ("Bending backwards or twisting", "Nach hinten beugen oder drehen"),
        Sitting = "sitting" => ("Sitting for a long time", "Langes Sitzen"),
        HardEffort = "hard_effort" => (
            "Hard efforts: fast runs, races, heavy lifting",
            "Harte Belastungen: schnelle Läufe, Wettkämpfe, schweres Heben"
        ),
        NoTrigger = "none" [none] => ("None of these", "Nichts davon"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    SittingHours {
        Under4 = "under_4" => ("Less than 4 hours", "Weniger als 4 Stunden"),
        H4To6 = "4_to_6" => ("4 to 6 hours", "4 bis 6 Stunden"),
        H6To8 = "6_to_8" => ("6 to 8 hours", "6 bis 8 Stunden"),
        Over8 = "over_8" => ("More than 8 hours", "Mehr als 8 Stunden"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    Often {
        Rarely = "rarely" => ("Rarely", "Selten"),
        Sometimes = "sometimes" => ("Sometimes", "Manchmal"),
        Often = "often" => ("Often", "Oft"),
    }
}

choice! {
    Sleep {
        Over7 = "7_plus" => ("7 hours or more", "7 Stunden oder mehr"),
        H6To7 = "6_to_7" => ("6 to 7 hours", "6 bis 7 Stunden"),
        Under6 = "under_6" => ("Less than 6 hours", "Weniger als 6 Stunden"),
    }
}

choice! {
    AgeBand {
        Under30 = "under_30" => ("Under 30", "Unter 30"),
        A30To49 = "30_to_49" => ("30 to 49", "30 bis 49"),
        A50To64 = "50_to_64" => ("50 to 64", "50 bis 64"),
        Over65 = "65_plus" => ("65 or older", "65 oder älter"),
        NoSay = "no_say" [unknown] => ("I'd rather not say", "Möchte ich nicht sagen"),
    }
}

choice! {
    LoadChange {
        Less = "less" => ("I ran less", "Ich bin weniger gelaufen"),
        Same = "same" => ("About the same", "Etwa gleich"),
        Bit = "up_to_10" => ("A little more (up to 10 % more)", "Etwas mehr (bis 10 % mehr)"),
        Much = "more" => (
            "Clearly more (over 10 % more distance), or harder sessions",
            "Deutlich mehr (über 10 % mehr Strecke) oder härtere Einheiten"
        ),
        Started = "started" => (
            "I have just started, or restarted after a break",
            "Ich habe gerade angefangen oder nach einer Pause wieder begonnen"
        ),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    PerWeek {
        Zero = "0" => ("None", "Keinen"),
        One = "1" => ("1", "1"),
        TwoPlus = "2_plus" => ("2 or more", "2 oder mehr"),
    }
}

choice! {
    CoreRoutine {
        Crunches = "crunches" => ("Mostly crunches or sit-ups", "Vor allem Crunches oder Sit-ups"),
        Varied = "varied" => (
            "Varied: planks, side planks, dead bugs and the like",
            "Abwechslungsreich: Planks, Seitstütz, Käfer und Ähnliches"
        ),
        NoCore = "none" => ("I don't train my core", "Ich trainiere die Körpermitte nicht"),
    }
}

choice! {
    WarmUp {
        Dynamic = "usually" => (
            "Usually, with dynamic moves for hips, legs and back",
            "Meistens, mit dynamischen Übungen für Hüfte, Beine und Rücken"
        ),
        Sometimes = "sometimes" => ("Sometimes", "Manchmal"),
        Never = "never" => ("Never, I just start running", "Nie, ich laufe einfach los"),
    }
}

choice! {
    Surface {
        Hard = "hard" => ("Asphalt or concrete", "Asphalt oder Beton"),
        Mixed = "mixed" => ("A mix", "Gemischt"),
        Soft = "soft" => (
            "Soft ground: forest paths, grass, a track",
            "Weicher Boden: Waldwege, Gras, Tartanbahn"
        ),
        Uneven = "uneven" => ("Uneven or technical trails", "Unebene oder technische Trails"),
        Treadmill = "treadmill" => ("A treadmill", "Laufband"),
    }
}

choice! {
    ShoeKm {
        Under500 = "under_500" => ("Less than 500 km", "Weniger als 500 km"),
        K500To800 = "500_to_800" => ("500 to 800 km", "500 bis 800 km"),
        Over800 = "over_800" => ("More than 800 km", "Mehr als 800 km"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    ShoeType {
        Cushioned = "cushioned" => ("Cushioned (neutral)", "Gedämpft (Neutralschuh)"),
        Stability = "stability" => ("Stability shoes", "Stabilschuhe"),
        Minimal = "minimal" => ("Minimal or barefoot shoes", "Minimal- oder Barfußschuhe"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    FootStrike {
        Heel = "heel" => ("Heel first", "Zuerst die Ferse"),
        Midfoot = "midfoot" => ("Midfoot", "Mittelfuß"),
        Forefoot = "forefoot" => ("Forefoot", "Vorfuß"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    TechniqueSign {
        LegsCross = "legs_cross" => (
            "My feet cross the midline, as if running on a rope",
            "Meine Füße kreuzen die Mittellinie, wie auf einem Seil"
        ),
        HipDrop = "hip_drop" => (
            "One hip drops or hikes up with each step",
            "Eine Hüfte sackt bei jedem Schritt ab oder wird hochgezogen"
        ),
        ArmsCross = "arms_cross" => (
            "My arms swing across my body",
            "Meine Arme schwingen vor dem Körper über Kreuz"
        ),
        Overstride = "overstride" => (
            "My foot lands far in front of my body (long strides)",
            "Mein Fuß landet weit vor dem Körper (lange Schritte)"
        ),
        LeanLate = "lean_late" => (
            "I lean forward more and more late in long runs",
            "Ich neige mich gegen Ende langer Läufe immer mehr nach vorn"
        ),
        HollowBack = "hollow_back" => (
            "My lower back arches strongly (hollow back) when I run",
            "Mein unterer Rücken ist beim Laufen stark durchgebogen (Hohlkreuz)"
        ),
        NoSign = "none" [none] => ("None of these", "Nichts davon"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    Asymmetry {
        LegLength = "leg_length" => ("One leg is longer", "Ein Bein ist länger"),
        OneSideStronger = "one_side_stronger" => (
            "One side is clearly stronger",
            "Eine Seite ist deutlich kräftiger"
        ),
        NoDifference = "none" [none] => ("No difference", "Kein Unterschied"),
        Unsure = "unsure" [unknown] => ("I don't know", "Weiß ich nicht"),
    }
}

choice! {
    PelvisDrop {
        Level = "level" => ("My pelvis stayed level on both sides", "Mein Becken blieb auf beiden Seiten gerade"),
        DropsOne = "drops_one" => ("It dropped on one side", "Es sackte auf einer Seite ab"),
        DropsBoth = "drops_both" => ("It dropped on both sides", "Es sackte auf beiden Seiten ab"),
        Unsure = "unsure" [unknown] => (
            "I couldn't tell, or skipped the test",
            "Konnte ich nicht erkennen, oder Test übersprungen"
        ),
    }
}

choice! {
    ThighRise {
        Stays = "stays" => ("The thigh stayed on the table on both sides", "Der Oberschenkel blieb auf beiden Seiten auf dem Tisch"),
        RisesOne = "rises_one" => ("It lifted off on one side", "Er hob sich auf einer Seite ab"),
        RisesBoth = "rises_both" => ("It lifted off on both sides", "Er hob sich auf beiden Seiten ab"),
        Unsure = "unsure" [unknown] => (
            "I couldn't tell, or skipped the test",
            "Konnte ich nicht erkennen, oder Test übersprungen"
        ),
    }
}

/// Parts of the questionnaire, for headings and "check your answers".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Safety,
    Pain,
    Everyday,
    Training,
    Shoes,
    Technique,
    SelfTests,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Safety,
        Section::Pain,
        Section::Everyday,
        Section::Training,
        Section::Shoes,
        Section::Technique,
        Section::SelfTests,
    ];

    pub fn title(self) -> Text {
        match self {
            Section::Safety => t!("Warning signs", "Warnzeichen"),
            Section::Pain => t!("Your pain", "Deine Schmerzen"),
            Section::Everyday => t!("Everyday life", "Alltag"),
            Section::Training => t!("Training", "Training"),
            Section::Shoes => t!("Shoes", "Schuhe"),
            Section::Technique => t!("Running technique", "Lauftechnik"),
            Section::SelfTests => t!("Self-tests", "Selbsttests"),
        }
    }
}

macro_rules! catalogue {
    ($($id:ident $field:ident: $ty:ty,)+) => {
        /// Every question, in asking order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum QuestionId { $($id),+ }

        impl QuestionId {
            pub const ALL: &'static [QuestionId] = &[$(QuestionId::$id),+];

            /// Stable key: the field name in saved answers and the URL slug.
            pub fn key(self) -> &'static str {
                match self { $(QuestionId::$id => stringify!($field)),+ }
            }

            pub fn from_key(key: &str) -> Option<QuestionId> {
                QuestionId::ALL.iter().copied().find(|q| q.key() == key)
            }

            /// How the question is answered.
            pub fn kind(self) -> Kind {
                match self { $(QuestionId::$id => <$ty as AnswerType>::kind()),+ }
            }

            /// Every "don't know / skipped" answer the question accepts.
            pub fn unknown_values(self) -> Vec<Value> {
                match self {
                    $(QuestionId::$id => <$ty as AnswerType>::unknowns().iter().map(AnswerType::to_value).collect()),+
                }
            }
        }

        /// A runner's answers; `None` is unanswered. Saved as a JSON object
        /// keyed by question (see [`Value::to_json`]).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Answers {
            $(pub $field: Option<$ty>,)+
        }

        impl Answers {
            pub fn get(&self, q: QuestionId) -> Option<Value> {
                match q { $(QuestionId::$id => self.$field.as_ref().map(AnswerType::to_value)),+ }
            }

            /// Stores `value` if it fits the question; `false` (and no change) if not.
            pub fn set(&mut self, q: QuestionId, value: &Value) -> bool {
                match q {
                    $(QuestionId::$id => match <$ty as AnswerType>::from_value(value) {
                        Some(v) => { self.$field = Some(v); true }
                        None => false,
                    }),+
                }
            }

            pub fn clear(&mut self, q: QuestionId) {
                match q { $(QuestionId::$id => self.$field = None),+ }
            }

            pub fn is_answered(&self, q: QuestionId) -> bool {
                match q { $(QuestionId::$id => self.$field.is_some()),+ }
            }

            /// Answered with "I don't know" or skipped.
            pub fn is_unknown(&self, q: QuestionId) -> bool {
                match q { $(QuestionId::$id => self.$field.as_ref().is_some_and(AnswerType::is_unknown)),+ }
            }

            /// The answer in words.
            pub fn describe(&self, q: QuestionId, lang: Lang) -> Option<String> {
                match q { $(QuestionId::$id => self.$field.as_ref().map(|v| v.describe(lang))),+ }
            }
        }
    };
}

catalogue! {
    SaddleNumbness saddle_numbness: YesNo,
    BladderBowel bladder_bowel: YesNo,
    SexualFunction sexual_function: YesNo,
    LegSymptoms leg_symptoms: LegSymptoms,
    LegWorsening leg_worsening: YesNo,
    LegNumbWeek leg_numb_week: YesNo,
    WeaknessPainLess weakness_pain_less: YesNo,
    MajorTrauma major_trauma: YesNo,
    ChestPain chest_pain: YesNo,
    Fever fever: YesNo,
    WeightLoss weight_loss: YesNo,
    CancerHistory cancer_history: YesNo,
    NightPain night_pain: YesNo,
    MinorTrauma minor_trauma: YesNo,
    BoneRisk bone_risk: YesNo,
    CannotManage cannot_manage: YesNo,
    Limping limping: YesNo,
    Onset onset: Date,
    PainNow pain_now: Pain,
    PainRunning pain_running: Pain,
    PainSite pain_site: Multi<PainSite>,
    PainTriggers pain_triggers: Multi<PainTrigger>,
    Sitting sitting: SittingHours,
    Stress stress: Often,
    Sleep sleep: Sleep,
    Age age: AgeBand,
    WeeklyKm weekly_km: Km,
    LoadChange load_change: LoadChange,
    RestDays rest_days: PerWeek,
    StrengthSessions strength_sessions: PerWeek,
    CoreRoutine core_routine: CoreRoutine,
    WarmUp warm_up: WarmUp,
    Surface surface: Surface,
    ShoeKm shoe_km: ShoeKm,
    ShoeChange shoe_change: YesNoUnsure,
    ShoeType shoe_type: ShoeType,
    FootStrike foot_strike: FootStrike,
    TechniqueSigns technique_signs: Multi<TechniqueSign>,
    Asymmetry asymmetry: Multi<Asymmetry>,
    DoSelfTests do_self_tests: YesNo,
    TestBridge test_bridge: HoldPair,
    TestStance test_stance: PelvisDrop,
    TestHipFlexor test_hip_flexor: ThighRise,
    TestPlank test_plank: Hold,
    TestSidePlank test_side_plank: HoldPair,
}

impl Answers {
    /// The answers as saved: an object keyed by question (see [`Value::to_json`]).
    pub fn to_json(&self) -> Json {
        Json::Obj(
            QuestionId::ALL
                .iter()
                .filter_map(|&q| self.get(q).map(|v| (q.key().to_owned(), v.to_json())))
                .collect(),
        )
    }

    /// Reads saved answers one by one: an unknown question, or a value of the
    /// wrong type or shape, becomes "unanswered" instead of failing the record.
    /// `None` only when `json` is not an object.
    pub fn from_json(json: &Json) -> Option<Answers> {
        let Json::Obj(fields) = json else { return None };
        let mut answers = Answers::default();
        for (key, value) in fields {
            if let Some(q) = QuestionId::from_key(key) {
                if let Some(v) = Value::from_json(q.kind(), value) {
                    answers.set(q, &v);
                }
            }
        }
        Some(answers)
    }
}

/// How a question is put to the runner.
#[derive(Clone, Copy, Debug)]
pub struct QuestionSpec {
    pub section: Section,
    /// The question itself: the page heading or fieldset legend.
    pub title: Text,
    /// A short explanation under the question, if it needs one.
    pub hint: Option<Text>,
    /// A short label for "check your answers" and "why".
    pub short: Text,
    /// Asked only when this holds for the answers so far.
    pub asked_if: Option<Cond>,
    /// The self-test this question records, if any.
    pub self_test: Option<SelfTest>,
}

const fn q(section: Section, title: Text, short: Text) -> QuestionSpec {
    QuestionSpec {
        section,
        title,
        hint: None,
        short,
        asked_if: None,
        self_test: None,
    }
}

impl QuestionSpec {
    const fn hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }
    const fn asked_if(mut self, cond: Cond) -> Self {
        self.asked_if = Some(cond);
        self
    }
    const fn self_test(mut self, test: SelfTest) -> Self {
        self.self_test = Some(test);
        self
    }
}

const YES: &str = "yes";
const NO: &str = "no";
const LEG_EITHER: Cond = Cond::Any(&[
    Cond::Is(QuestionId::LegSymptoms, "one_leg"),
    Cond::Is(QuestionId::LegSymptoms, "both_legs"),
]);
const SELF_TESTS: Cond = Cond::Is(QuestionId::DoSelfTests, YES);

/// Every question's spec, in `QuestionId` order, built at compile time: the
/// app reads a table instead of running a 45-arm constructor.
static SPECS: [QuestionSpec; QuestionId::ALL.len()] = {
    let mut specs = [QuestionId::ALL[0].build_spec(); QuestionId::ALL.len()];
    let mut i = 0;
    while i < specs.len() {
        specs[i] = QuestionId::ALL[i].build_spec();
        i += 1;
    }
    specs
};

impl QuestionId {
    /// How the question is put to the runner.
    pub fn spec(self) -> &'static QuestionSpec {
        &SPECS[self as usize]
    }

    const fn build_spec(self) -> QuestionSpec {
        use QuestionId as Q;
        use Section as S;
        match self {
            Q::SaddleNumbness => q(
                S::Safety,
                t!(
                    "Do you have numbness or tingling around your genitals, buttocks or inner thighs?",
                    "Hast du ein Taubheitsgefühl oder Kribbeln an Genitalien, Gesäß oder den Innenseiten der Oberschenkel?"
                ),
                t!("Numbness in the saddle area", "Taubheit im Sattelbereich"),
            )
            .hint(t!(
                "Doctors call this the saddle area: the skin that would touch a bicycle saddle.",
                "Ärzte nennen das den Sattelbereich: die Haut, die einen Fahrradsattel berühren würde."
            )),
            Q::BladderBowel => q(
                S::Safety,
                t!(
                    "Since the back pain began, have you had new trouble passing urine, or lost control of your bladder or bowel?",
                    "Hast du seit Beginn der Rückenschmerzen neue Probleme beim Wasserlassen, oder kannst du Blase oder Darm nicht mehr kontrollieren?"
                ),
                t!("New bladder or bowel problems", "Neue Probleme mit Blase oder Darm"),
            ),
            Q::SexualFunction => q(
                S::Safety,
                t!(
                    "Since the back pain began, have you noticed new problems with sexual function, such as less feeling or erection problems?",
                    "Hast du seit Beginn der Rückenschmerzen neue sexuelle Funktionsstörungen bemerkt, etwa weniger Gefühl oder Erektionsprobleme?"
                ),
                t!("New sexual problems", "Neue sexuelle Funktionsstörungen"),
            ),
            Q::LegSymptoms => q(
                S::Safety,
                t!(
                    "Do you have weakness, numbness or tingling in your legs?",
                    "Hast du Schwäche, Taubheit oder Kribbeln in den Beinen?"
                ),
                t!("Leg weakness or numbness", "Schwäche oder Taubheit in den Beinen"),
            ),
            Q::LegWorsening => q(
                S::Safety,
                t!(
                    "Is the weakness or numbness in your legs getting worse?",
                    "Wird die Schwäche oder Taubheit in den Beinen schlimmer?"
                ),
                t!("Leg symptoms getting worse", "Beinbeschwerden nehmen zu"),
            )
            .asked_if(LEG_EITHER),
            Q::LegNumbWeek => q(
                S::Safety,
                t!(
                    "Has the numbness or tingling in that leg lasted more than a week?",
                    "Hält die Taubheit oder das Kribbeln in diesem Bein schon länger als eine Woche an?"
                ),
                t!("One leg numb for over a week", "Ein Bein länger als eine Woche taub"),
            )
            .asked_if(Cond::Is(QuestionId::LegSymptoms, "one_leg")),
            Q::WeaknessPainLess => q(
                S::Safety,
                t!(
                    "Is your back pain easing while the weakness in your leg gets worse?",
                    "Lassen die Rückenschmerzen nach, während die Schwäche im Bein zunimmt?"
                ),
                t!("Pain easing, weakness growing", "Schmerz lässt nach, Schwäche nimmt zu"),
            )
            .asked_if(LEG_EITHER),
            Q::MajorTrauma => q(
                S::Safety,
                t!(
                    "Did the pain start with a serious accident, such as a fall from a height, a car crash or a hard sports collision?",
                    "Begannen die Schmerzen mit einem schweren Unfall, etwa einem Sturz aus der Höhe, einem Autounfall oder einem harten Zusammenprall beim Sport?"
                ),
                t!("Serious accident", "Schwerer Unfall"),
            ),
            Q::ChestPain => q(
                S::Safety,
                t!("Do you have chest pain as well?", "Hast du zusätzlich Schmerzen in der Brust?"),
                t!("Chest pain", "Brustschmerzen"),
            ),
            Q::Fever => q(
                S::Safety,
                t!("Do you have a fever or chills?", "Hast du Fieber oder Schüttelfrost?"),
                t!("Fever or chills", "Fieber oder Schüttelfrost"),
            ),
            Q::WeightLoss => q(
                S::Safety,
                t!(
                    "Have you lost weight recently without trying?",
                    "Hast du in letzter Zeit ungewollt abgenommen?"
                ),
                t!("Unexplained weight loss", "Ungewollter Gewichtsverlust"),
            ),
            Q::CancerHistory => q(
                S::Safety,
                t!("Have you ever had cancer?", "Hattest du jemals Krebs?"),
                t!("Cancer in the past", "Frühere Krebserkrankung"),
            ),
            Q::NightPain => q(
                S::Safety,
                t!(
                    "Is the pain severe at night or when you lie down, and does rest not ease it?",
                    "Sind die Schmerzen nachts oder im Liegen stark, und bringt Ruhe keine Linderung?"
                ),
                t!("Severe pain at night or lying down", "Starke Schmerzen nachts oder im Liegen"),
            ),
            Q::MinorTrauma => q(
                S::Safety,
                t!(
                    "Did the pain start after a small strain, such as a cough, a sneeze or lifting something?",
                    "Begannen die Schmerzen nach einer kleinen Belastung, etwa Husten, Niesen oder Heben?"
                ),
                t!("Started after a small strain", "Beginn nach kleiner Belastung"),
            ),
            Q::BoneRisk => q(
                S::Safety,
                t!(
                    "Do you have osteoporosis (thin bones), or have you taken steroid tablets for a long time?",
                    "Hast du Osteoporose (Knochenschwund), oder nimmst du seit Langem Kortison-Tabletten?"
                ),
                t!("Osteoporosis or long-term steroids", "Osteoporose oder Kortison über lange Zeit"),
            )
            .asked_if(Cond::Is(QuestionId::MinorTrauma, YES)),
            Q::CannotManage => q(
                S::Safety,
                t!(
                    "Is the pain so strong that you cannot walk or manage everyday tasks?",
                    "Sind die Schmerzen so stark, dass du nicht gehen oder deinen Alltag nicht bewältigen kannst?"
                ),
                t!("Cannot walk or manage daily tasks", "Gehen oder Alltag nicht möglich"),
            ),
            Q::Limping => q(
                S::Safety,
                t!(
                    "Are you limping, or does it hurt to change between sitting, standing and lying down?",
                    "Humpelst du, oder tut der Wechsel zwischen Sitzen, Stehen und Liegen weh?"
                ),
                t!("Limping or painful position changes", "Humpeln oder schmerzhafter Positionswechsel"),
            ),
            Q::Onset => q(
                S::Pain,
                t!("When did this back pain start?", "Wann haben diese Rückenschmerzen angefangen?"),
                t!("Pain started", "Schmerzbeginn"),
            )
            .hint(t!(
                "Your best guess is fine. If it comes and goes, give the day this episode began.",
                "Eine Schätzung genügt. Wenn er kommt und geht: der Tag, an dem diese Phase begann."
            )),
            Q::PainNow => q(
                S::Pain,
                t!("How strong is the pain right now?", "Wie stark sind die Schmerzen gerade?"),
                t!("Pain now", "Schmerz jetzt"),
            ),
            Q::PainRunning => q(
                S::Pain,
                t!(
                    "How strong is the pain during or after running?",
                    "Wie stark sind die Schmerzen beim oder nach dem Laufen?"
                ),
                t!("Pain with running", "Schmerz beim Laufen"),
            ),
            Q::PainSite => q(
                S::Pain,
                t!("Where do you feel the pain?", "Wo spürst du die Schmerzen?"),
                t!("Where it hurts", "Wo es wehtut"),
            )
            .hint(t!("Select all that apply.", "Wähle alles Zutreffende aus.")),
            Q::PainTriggers => q(
                S::Pain,
                t!("What makes the pain worse?", "Was verschlimmert die Schmerzen?"),
                t!("What makes it worse", "Was es verschlimmert"),
            )
            .hint(t!("Select all that apply.", "Wähle alles Zutreffende aus.")),
            Q::Sitting => q(
                S::Everyday,
                t!(
                    "On a normal day, how many hours do you spend sitting?",
                    "Wie viele Stunden sitzt du an einem normalen Tag?"
                ),
                t!("Hours sitting a day", "Stunden Sitzen pro Tag"),
            )
            .hint(t!(
                "Work, travel, meals and the sofa all count.",
                "Arbeit, Fahrten, Mahlzeiten und Sofa zählen alle mit."
            )),
            Q::Stress => q(
                S::Everyday,
                t!(
                    "How often do you feel stressed, or notice tense muscles in your neck, shoulders or back?",
                    "Wie oft fühlst du dich gestresst oder bemerkst verspannte Muskeln in Nacken, Schultern oder Rücken?"
                ),
                t!("Stress and tension", "Stress und Verspannung"),
            ),
            Q::Sleep => q(
                S::Everyday,
                t!("How long do you usually sleep a night?", "Wie lange schläfst du meistens pro Nacht?"),
                t!("Sleep", "Schlaf"),
            ),
            Q::Age => q(S::Everyday, t!("How old are you?", "Wie alt bist du?"), t!("Age", "Alter")),
            Q::WeeklyKm => q(
                S::Training,
                t!(
                    "About how many kilometres do you run in a normal week?",
                    "Wie viele Kilometer läufst du ungefähr in einer normalen Woche?"
                ),
                t!("Distance a week", "Wochenkilometer"),
            ),
            Q::LoadChange => q(
                S::Training,
                t!(
                    "How has your running changed over the last 4 weeks?",
                    "Wie hat sich dein Lauftraining in den letzten 4 Wochen verändert?"
                ),
                t!("Change in the last 4 weeks", "Veränderung in den letzten 4 Wochen"),
            )
            .hint(t!(
                "Think of distance and of how hard the sessions were.",
                "Denk an die Strecke und daran, wie hart die Einheiten waren."
            )),
            Q::RestDays => q(
                S::Training,
                t!(
                    "On how many days a week do you neither run nor train hard?",
                    "An wie vielen Tagen pro Woche läufst du nicht und trainierst auch nicht hart?"
                ),
                t!("Rest days a week", "Ruhetage pro Woche"),
            ),
            Q::StrengthSessions => q(
                S::Training,
                t!(
                    "How many strength training sessions do you do in a normal week?",
                    "Wie viele Krafttrainingseinheiten machst du in einer normalen Woche?"
                ),
                t!("Strength sessions a week", "Krafteinheiten pro Woche"),
            ),
            Q::CoreRoutine => q(
                S::Training,
                t!(
                    "What does your core (trunk) training mostly consist of?",
                    "Woraus besteht dein Rumpftraining hauptsächlich?"
                ),
                t!("Core training", "Rumpftraining"),
            ),
            Q::WarmUp => q(
                S::Training,
                t!("Do you warm up before you run?", "Wärmst du dich vor dem Laufen auf?"),
                t!("Warm-up", "Aufwärmen"),
            ),
            Q::Surface => q(
                S::Training,
                t!("What do you mostly run on?", "Worauf läufst du meistens?"),
                t!("Running surface", "Untergrund"),
            ),
            Q::ShoeKm => q(
                S::Shoes,
                t!(
                    "How far have you run in your current running shoes?",
                    "Wie viele Kilometer bist du mit deinen aktuellen Laufschuhen schon gelaufen?"
                ),
                t!("Distance on current shoes", "Kilometer auf den aktuellen Schuhen"),
            ),
            Q::ShoeChange => q(
                S::Shoes,
                t!(
                    "Have you switched to a different shoe model or type in the last 4 weeks?",
                    "Hast du in den letzten 4 Wochen auf ein anderes Schuhmodell oder einen anderen Schuhtyp gewechselt?"
                ),
                t!("Recent change of shoes", "Kürzlich Schuhe gewechselt"),
            ),
            Q::ShoeType => q(
                S::Shoes,
                t!("What kind of running shoes are they?", "Was für Laufschuhe sind es?"),
                t!("Type of shoe", "Schuhtyp"),
            ),
            Q::FootStrike => q(
                S::Technique,
                t!(
                    "Which part of your foot touches the ground first when you run?",
                    "Welcher Teil deines Fußes berührt beim Laufen zuerst den Boden?"
                ),
                t!("Foot strike", "Fußaufsatz"),
            )
            .hint(t!(
                "A slow-motion phone video from the side shows it well.",
                "Ein Zeitlupenvideo mit dem Handy von der Seite zeigt es gut."
            )),
            Q::TechniqueSigns => q(
                S::Technique,
                t!(
                    "Have you noticed any of these when you run?",
                    "Ist dir beim Laufen etwas davon aufgefallen?"
                ),
                t!("Technique signs", "Auffälligkeiten der Technik"),
            )
            .hint(t!(
                "Select all that apply. A video from behind, or a running partner, helps.",
                "Wähle alles Zutreffende aus. Ein Video von hinten oder ein Laufpartner hilft."
            )),
            Q::Asymmetry => q(
                S::Technique,
                t!(
                    "Do you know of a difference between your left and right side?",
                    "Weißt du von einem Unterschied zwischen deiner linken und rechten Seite?"
                ),
                t!("Left-right difference", "Links-rechts-Unterschied"),
            )
            .hint(t!("Select all that apply.", "Wähle alles Zutreffende aus.")),
            Q::DoSelfTests => q(
                S::SelfTests,
                t!(
                    "Would you like to do five short self-tests now?",
                    "Möchtest du jetzt fünf kurze Selbsttests machen?"
                ),
                t!("Self-tests", "Selbsttests"),
            )
            .hint(t!(
                "They show what a feeling cannot: glute strength, hip stability, hip flexor length and core endurance. About 8 minutes, on the floor and at a table. Stop any test that hurts.",
                "Sie zeigen, was man nicht spüren kann: Gesäßkraft, Hüftstabilität, Länge der Hüftbeuger und Rumpfausdauer. Etwa 8 Minuten, auf dem Boden und an einem Tisch. Brich jeden Test ab, der wehtut."
            ))
            .asked_if(Cond::All(&[
                Cond::Is(QuestionId::Limping, NO),
                Cond::Is(QuestionId::CannotManage, NO),
            ])),
            Q::TestBridge => q(
                S::SelfTests,
                SelfTest::Bridge.title(),
                t!("Single-leg bridge hold", "Einbeinige Brücke"),
            )
            .asked_if(SELF_TESTS)
            .self_test(SelfTest::Bridge),
            Q::TestStance => q(
                S::SelfTests,
                SelfTest::Stance.title(),
                t!("Single-leg stance: pelvis", "Einbeinstand: Becken"),
            )
            .asked_if(SELF_TESTS)
            .self_test(SelfTest::Stance),
            Q::TestHipFlexor => q(
                S::SelfTests,
                SelfTest::HipFlexor.title(),
                t!("Hip flexor length", "Länge der Hüftbeuger"),
            )
            .asked_if(SELF_TESTS)
            .self_test(SelfTest::HipFlexor),
            Q::TestPlank => q(S::SelfTests, SelfTest::Plank.title(), t!("Plank hold", "Unterarmstütz"))
                .asked_if(SELF_TESTS)
                .self_test(SelfTest::Plank),
            Q::TestSidePlank => q(
                S::SelfTests,
                SelfTest::SidePlank.title(),
                t!("Side plank hold", "Seitstütz"),
            )
            .asked_if(SELF_TESTS)
            .self_test(SelfTest::SidePlank),
        }
    }

    /// Asked for these answers (its condition holds, or it has none).
    pub fn is_asked(self, answers: &Answers) -> bool {
        self.spec().asked_if.is_none_or(|c| c.holds(answers, None))
    }

    pub fn section(self) -> Section {
        self.spec().section
    }

    /// Warning-sign questions come first and may end the questionnaire early.
    pub fn is_warning_sign(self) -> bool {
        self.section() == Section::Safety
    }
}

impl Answers {
    /// The answers that count: those to questions that are asked, given the
    /// answers before them. A hidden follow-up never influences a result.
    pub fn visible(&self) -> Answers {
        let mut out = Answers::default();
        for &q in QuestionId::ALL {
            if q.is_asked(&out) {
                if let Some(v) = self.get(q) {
                    out.set(q, &v);
                }
            }
        }
        out
    }

    /// The questions asked for these answers, in order.
    pub fn asked(&self) -> Vec<QuestionId> {
        let visible = self.visible();
        QuestionId::ALL
            .iter()
            .copied()
            .filter(|q| q.is_asked(&visible))
            .collect()
    }

    /// The first asked question without an answer, if any.
    pub fn first_unanswered(&self) -> Option<QuestionId> {
        let visible = self.visible();
        self.asked().into_iter().find(|&q| !visible.is_answered(q))
    }
}

impl Answers {
    /// The question after `q` for these answers, if any.
    pub fn next_after(&self, q: QuestionId) -> Option<QuestionId> {
        self.asked().into_iter().find(|&x| x > q)
    }

    /// The question before `q` for these answers, if any.
    pub fn previous_before(&self, q: QuestionId) -> Option<QuestionId> {
        self.asked().into_iter().rev().find(|&x| x < q)
    }

    /// "Question n of m": `q`'s place among the questions asked.
    pub fn progress(&self, q: QuestionId) -> (usize, usize) {
        let asked = self.asked();
        let n = asked.iter().position(|&x| x == q).map_or(0, |i| i + 1);
        (n, asked.len())
    }
}

#[cfg(test)]
mod flow_tests {
    use super::*;

    #[test]
    fn the_spec_table_is_indexed_by_question() {
        for (i, &q) in QuestionId::ALL.iter().enumerate() {
            assert_eq!(q as usize, i);
            assert_eq!(q.spec().title, q.build_spec().title);
        }
    }

    #[test]
    fn follow_ups_join_the_flow_only_when_asked() {
        let mut a = Answers::default();
        assert_eq!(
            a.next_after(QuestionId::MinorTrauma),
            Some(QuestionId::CannotManage)
        );
        a.set(QuestionId::MinorTrauma, &Value::Choice("yes".into()));
        assert_eq!(
            a.next_after(QuestionId::MinorTrauma),
            Some(QuestionId::BoneRisk)
        );
        assert_eq!(
            a.previous_before(QuestionId::CannotManage),
            Some(QuestionId::BoneRisk)
        );
        assert_eq!(a.previous_before(QuestionId::ALL[0]), None);
    }

    #[test]
    fn progress_counts_only_asked_questions() {
        let mut a = Answers::default();
        let (_, before) = a.progress(QuestionId::Onset);
        a.set(QuestionId::LegSymptoms, &Value::Choice("one_leg".into()));
        let (n, after) = a.progress(QuestionId::Onset);
        assert_eq!(after, before + 3, "three leg follow-ups");
        assert_eq!(n, 17, "13 warning signs and 3 follow-ups come first");
        assert_eq!(a.progress(QuestionId::ALL[0]), (1, after));
    }

    #[test]
    fn a_typical_run_asks_36_questions_or_41_with_self_tests() {
        let mut a = Answers::default();
        a.set(QuestionId::Limping, &Value::Choice("no".into()));
        a.set(QuestionId::CannotManage, &Value::Choice("no".into()));
        let without_tests = a.asked().len();
        a.set(QuestionId::DoSelfTests, &Value::Choice("yes".into()));
        assert_eq!(a.asked().len(), without_tests + 5);
        assert_eq!(without_tests, 36);
    }
}
