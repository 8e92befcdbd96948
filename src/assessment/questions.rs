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
    /// Emergency signs (CONTENT §1): any of them stops the questionnaire.
    EmergencySign {
        Saddle = "saddle" => (
            "Numbness or tingling around the genitals, the buttocks or the inner thighs",
            "Taubheit oder Kribbeln an den Genitalien, am Gesäß oder an den Innenseiten der Oberschenkel"
        ),
        BladderBowel = "bladder_bowel" => (
            "New trouble passing urine, or you cannot control your bladder or bowel",
            "Neue Probleme beim Wasserlassen, oder du kannst Blase oder Darm nicht mehr kontrollieren"
        ),
        Sexual = "sexual" => (
            "New problems with sexual function, such as less feeling or erection problems",
            "Neue Probleme mit der Sexualfunktion, etwa weniger Gefühl oder Erektionsstörungen"
        ),
        BothLegs = "both_legs" => (
            "Pain, tingling, numbness or weakness in both legs",
            "Schmerzen, Kribbeln, Taubheit oder Schwäche in beiden Beinen"
        ),
        WeaknessFast = "weakness_fast" => (
            "Weakness in a leg that is quickly getting worse",
            "Schwäche in einem Bein, die rasch zunimmt"
        ),
        Accident = "accident" => (
            "The pain began with a serious accident: a car crash, a fall from a height or a hard blow",
            "Die Schmerzen begannen mit einem schweren Unfall: Autounfall, Sturz aus der Höhe oder heftiger Schlag"
        ),
        ChestPain = "chest_pain" => ("Chest pain", "Schmerzen in der Brust"),
        NoSign = "none" [none] => ("None of these", "Nichts davon"),
    }
}

choice! {
    /// Signs that need a doctor today (CONTENT §1); the fall and bone items
    /// count only together (see the `minor_fall` rule).
    UrgentSign {
        Unwell = "unwell" => (
            "Fever or chills, or you feel generally unwell",
            "Fieber oder Schüttelfrost, oder du fühlst dich allgemein krank"
        ),
        WeightLoss = "weight_loss" => (
            "You have lost weight without trying",
            "Du hast ungewollt abgenommen"
        ),
        Cancer = "cancer" => (
            "You have or have had cancer",
            "Du hast oder hattest Krebs"
        ),
        Lump = "lump" => (
            "A lump or swelling on your back, or its shape has changed",
            "Eine Beule oder Schwellung am Rücken, oder seine Form hat sich verändert"
        ),
        NightPain = "night_pain" => (
            "Severe pain at night or when lying down that rest does not ease",
            "Starke Schmerzen nachts oder im Liegen, die in Ruhe nicht nachlassen"
        ),
        Immune = "immune" => (
            "A weakened immune system: steroid tablets for months, biologics, chemotherapy, HIV or an organ transplant",
            "Ein geschwächtes Immunsystem: Kortison-Tabletten über Monate, Biologika, Chemotherapie, HIV oder eine Organtransplantation"
        ),
        Drugs = "injected_drugs" => (
            "You inject drugs, or did so recently",
            "Du spritzt Drogen oder hast es vor Kurzem getan"
        ),
        Infection = "infection" => (
            "A bacterial infection in the last few weeks, for example of the bladder, skin or lungs",
            "Eine bakterielle Infektion in den letzten Wochen, etwa der Blase, der Haut oder der Lunge"
        ),
        SpineProcedure = "spine_procedure" => (
            "An injection into the spine or a back operation in the last few weeks",
            "Eine Spritze an die Wirbelsäule oder eine Rückenoperation in den letzten Wochen"
        ),
        LegWeakness = "leg_weakness" => (
            "New weakness in one leg: the foot slaps or drags, or you cannot walk on your heels or toes",
            "Neue Schwäche in einem Bein: Der Fuß klatscht auf oder schleift, oder du kannst nicht auf den Fersen oder Zehenspitzen gehen"
        ),
        WeaknessPainLess = "weakness_pain_less" => (
            "Weakness in a leg that grows while the back pain eases",
            "Schwäche in einem Bein, die zunimmt, während die Rückenschmerzen nachlassen"
        ),
        MinorFall = "minor_fall" => (
            "The pain began after a minor fall or after lifting something",
            "Die Schmerzen begannen nach einem leichten Sturz oder nach dem Heben von etwas"
        ),
        Osteoporosis = "osteoporosis" => (
            "You have osteoporosis (thin, fragile bones)",
            "Du hast Osteoporose (Knochenschwund)"
        ),
        NoSign = "none" [none] => ("None of these", "Nichts davon"),
    }
}

choice! {
    /// Signs that call for a doctor's appointment (CONTENT §1).
    DoctorSign {
        OneLegNumb = "one_leg_numb" => (
            "Numbness or tingling in one leg for more than a week",
            "Taubheit oder Kribbeln in einem Bein seit mehr als einer Woche"
        ),
        UpperBack = "upper_back" => (
            "Pain high up in the back, between the shoulder blades",
            "Schmerzen weit oben im Rücken, zwischen den Schulterblättern"
        ),
        MorningStiffness = "morning_stiffness" => (
            "Back pain for 3 months or more, with morning stiffness over 30 minutes that eases when you move, not when you rest",
            "Rückenschmerzen seit 3 Monaten oder länger, mit Morgensteifigkeit über 30 Minuten, die bei Bewegung besser wird, nicht in Ruhe"
        ),
        HopPain = "hop_pain" => (
            "Deep pain low at the base of the spine or in the buttock that gets worse when you hop",
            "Tiefer Schmerz ganz unten an der Wirbelsäule oder im Gesäß, der beim Hüpfen stärker wird"
        ),
        NoSign = "none" [none] => ("None of these", "Nichts davon"),
    }
}

choice! {
    /// What can overload a runner's bones (IOC REDs consensus 2023).
    BoneLoad {
        LoadUp = "load_up" => (
            "I have recently run more or harder, or just started",
            "Ich laufe seit Kurzem mehr oder härter, oder habe gerade angefangen"
        ),
        Periods = "periods" => (
            "My periods have become irregular or stopped",
            "Meine Periode ist unregelmäßig geworden oder ausgeblieben"
        ),
        EatLittle = "eat_little" => (
            "I often eat less than my training needs",
            "Ich esse oft weniger, als mein Training braucht"
        ),
        NoSign = "none" [none] => ("None of these", "Nichts davon"),
        Unsure = "unsure" [unknown] => ("I'm not sure", "Weiß ich nicht genau"),
    }
}

choice! {
    /// How much the pain limits everyday movement (CONTENT §1).
    Limit {
        Limping = "limping" => ("I am limping", "Ich humple"),
        Positions = "positions" => (
            "Changing between sitting, standing and lying down hurts",
            "Der Wechsel zwischen Sitzen, Stehen und Liegen tut weh"
        ),
        CannotManage = "cannot_manage" => (
            "I cannot walk or manage my everyday tasks because of the pain",
            "Ich kann wegen der Schmerzen nicht gehen oder meinen Alltag nicht bewältigen"
        ),
        NoLimit = "none" [none] => ("None of these", "Nichts davon"),
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
        Under18 = "under_18" => ("Under 18", "Unter 18"),
        A18To29 = "18_to_29" => ("18 to 29", "18 bis 29"),
        A30To49 = "30_to_49" => ("30 to 49", "30 bis 49"),
        A50To64 = "50_to_64" => ("50 to 64", "50 bis 64"),
        Over65 = "65_plus" => ("65 or older", "65 oder älter"),
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
        Zero = "0" => ("0", "0"),
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
    EmergencySigns emergency_signs: Multi<EmergencySign>,
    Onset onset: Date,
    Age age: AgeBand,
    UrgentSigns urgent_signs: Multi<UrgentSign>,
    DoctorSigns doctor_signs: Multi<DoctorSign>,
    BoneLoad bone_load: Multi<BoneLoad>,
    Limits limits: Multi<Limit>,
    PainNow pain_now: Pain,
    PainRunning pain_running: Pain,
    PainSite pain_site: Multi<PainSite>,
    PainTriggers pain_triggers: Multi<PainTrigger>,
    Sitting sitting: SittingHours,
    Stress stress: Often,
    Sleep sleep: Sleep,
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
            Q::EmergencySigns => q(
                S::Safety,
                t!("Do you have any of these?", "Trifft etwas davon auf dich zu?"),
                t!("Emergency signs", "Notfallzeichen"),
            )
            .hint(t!(
                "Tick every one that applies, or \u{201c}None of these\u{201d}. These signs need help straight away, so we ask them first.",
                "Kreuz alles an, was zutrifft, oder \u{201e}Nichts davon\u{201c}. Diese Zeichen brauchen sofort Hilfe, deshalb fragen wir sie zuerst."
            )),
            Q::Onset => q(
                S::Pain,
                t!("When did this back pain start?", "Wann haben diese Rückenschmerzen angefangen?"),
                t!("Pain started", "Schmerzbeginn"),
            )
            .hint(t!(
                "Your best guess is fine. If it comes and goes, give the day this episode began.",
                "Eine Schätzung genügt. Wenn die Schmerzen kommen und gehen: der Tag, an dem diese Phase begann."
            )),
            Q::Age => q(S::Safety, t!("How old are you?", "Wie alt bist du?"), t!("Age", "Alter"))
                .hint(t!(
                    "Some warning signs mean more at a younger or an older age.",
                    "Manche Warnzeichen wiegen in jüngerem oder höherem Alter schwerer."
                )),
            Q::UrgentSigns => q(
                S::Safety,
                t!("Do any of these apply to you?", "Trifft etwas davon auf dich zu?"),
                t!("Signs for a doctor today", "Zeichen für einen Arztbesuch heute"),
            )
            .hint(t!(
                "Tick every one that applies, or \u{201c}None of these\u{201d}.",
                "Kreuz alles an, was zutrifft, oder \u{201e}Nichts davon\u{201c}."
            )),
            Q::DoctorSigns => q(
                S::Safety,
                t!("And do any of these apply?", "Und trifft etwas hiervon zu?"),
                t!("Signs for a doctor's appointment", "Zeichen für einen Arzttermin"),
            )
            .hint(t!(
                "Tick every one that applies, or \u{201c}None of these\u{201d}.",
                "Kreuz alles an, was zutrifft, oder \u{201e}Nichts davon\u{201c}."
            )),
            Q::BoneLoad => q(
                S::Safety,
                t!(
                    "Pain that grows when you hop can come from an overloaded bone. Does any of this apply?",
                    "Ein Schmerz, der beim Hüpfen zunimmt, kann von einem überlasteten Knochen kommen. Trifft etwas davon zu?"
                ),
                t!("Bone overload", "Knochenüberlastung"),
            )
            .hint(t!(
                "Tick every one that applies.",
                "Kreuz alles an, was zutrifft."
            ))
            .asked_if(Cond::Has(QuestionId::DoctorSigns, "hop_pain")),
            Q::Limits => q(
                S::Safety,
                t!(
                    "How much does the pain hold you back right now?",
                    "Wie sehr schränken dich die Schmerzen gerade ein?"
                ),
                t!("Everyday limits", "Einschränkungen im Alltag"),
            )
            .hint(t!(
                "Tick every one that applies, or \u{201c}None of these\u{201d}.",
                "Kreuz alles an, was zutrifft, oder \u{201e}Nichts davon\u{201c}."
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
            .asked_if(Cond::NoWarningSign),
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
            a.next_after(QuestionId::DoctorSigns),
            Some(QuestionId::Limits)
        );
        a.set(
            QuestionId::DoctorSigns,
            &Value::Choices(vec!["hop_pain".into()]),
        );
        assert_eq!(
            a.next_after(QuestionId::DoctorSigns),
            Some(QuestionId::BoneLoad)
        );
        assert_eq!(
            a.previous_before(QuestionId::Limits),
            Some(QuestionId::BoneLoad)
        );
        assert_eq!(a.previous_before(QuestionId::ALL[0]), None);
    }

    #[test]
    fn progress_counts_only_asked_questions() {
        let mut a = Answers::default();
        let (_, before) = a.progress(QuestionId::PainNow);
        a.set(
            QuestionId::DoctorSigns,
            &Value::Choices(vec!["hop_pain".into()]),
        );
        let (n, after) = a.progress(QuestionId::PainNow);
        assert_eq!(after, before + 1, "the bone-load follow-up");
        assert_eq!(
            n, 8,
            "6 warning pages, the onset and the follow-up come first"
        );
        assert_eq!(a.progress(QuestionId::ALL[0]), (1, after));
    }

    #[test]
    fn a_typical_run_asks_27_questions_or_32_with_self_tests() {
        let mut a = Answers::default();
        for q in [
            QuestionId::EmergencySigns,
            QuestionId::UrgentSigns,
            QuestionId::DoctorSigns,
            QuestionId::Limits,
        ] {
            a.set(q, &Value::Choices(vec!["none".into()]));
        }
        let without_tests = a.asked().len();
        a.set(QuestionId::DoSelfTests, &Value::Choice("yes".into()));
        assert_eq!(a.asked().len(), without_tests + 5);
        assert_eq!(without_tests, 27);
    }
}
