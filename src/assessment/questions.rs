//! The question catalogue as plain data: every question in asking order, with
//! its key, how it is answered (options in both languages), section and
//! wording. Which questions are asked for given answers is `flow`'s job.
use super::answer::{self, Kind, OptionSpec};
use super::selftest::SelfTest;
use super::text::Text;
use crate::t;

/// "Select all that apply": the hint of a checkbox question.
const SELECT_ALL: Text = t!(
    "Select all that apply, or \u{201c}None of these\u{201d}.",
    "Wähle alles aus, was zutrifft, oder \u{201e}Nichts davon\u{201c}."
);

/// Emergency signs (CONTENT §1): any of them stops the questionnaire. Each
/// in the words people recognise, with what it is not.
const EMERGENCY_SIGN: &[OptionSpec] = &[
    OptionSpec::plain("saddle", t!(
        "Numbness or tingling around the genitals, the anus or the buttocks or on the inner thighs, or wiping after the toilet feels different",
        "Taubheit oder Kribbeln an den Genitalien, am After, am Gesäß oder an den Innenseiten der Oberschenkel; auch ein verändertes Gefühl beim Abwischen nach der Toilette")),
    OptionSpec::plain("bladder_bowel", t!(
        "New trouble passing urine, not feeling when your bladder is full, leaking urine or stool, or not being able to control your bladder or bowel",
        "Neue Probleme beim Wasserlassen, du spürst nicht, wann die Blase voll ist, du verlierst Urin oder Stuhl oder kannst Blase oder Darm nicht kontrollieren")),
    OptionSpec::plain("sexual", t!(
        "New problems with sexual function, such as less feeling or erection problems",
        "Neue Probleme mit der Sexualfunktion, etwa weniger Gefühl oder Erektionsstörungen")),
    OptionSpec::plain("both_legs", t!(
        "Pain, tingling, numbness or weakness spreading from the back into both legs (not the heavy, sore legs after a long run)",
        "Schmerzen, Kribbeln, Taubheit oder Schwäche, die vom Rücken in beide Beine ausstrahlen (nicht die schweren, müden Beine nach einem langen Lauf)")),
    OptionSpec::plain("weakness_fast", t!(
        "A leg that gives way or a foot that will not lift, getting worse over hours or days (not tired legs after a run)",
        "Ein Bein knickt weg oder ein Fuß lässt sich nicht anheben, und es wird über Stunden oder Tage schlimmer (nicht müde Beine nach einem Lauf)")),
    OptionSpec::plain("accident", t!(
        "The pain began with a serious accident: a car crash, a fall from a height or a hard blow",
        "Die Schmerzen begannen mit einem schweren Unfall: Autounfall, Sturz aus der Höhe oder heftiger Schlag")),
    OptionSpec::plain("chest_pain", t!(
        "Chest pain, or sudden severe pain between the shoulder blades",
        "Schmerzen in der Brust oder plötzliche heftige Schmerzen zwischen den Schulterblättern")),
    OptionSpec::none(t!("None of these", "Nichts davon")),
];

/// Signs in the runner's health and history that need a doctor today
/// (CONTENT §1). The fall and the bone item count only together, or the fall
/// at 65 or older (see the `minor_fall_bones` rule); the hint says so.
const URGENT_SIGN: &[OptionSpec] = &[
    OptionSpec::plain("unwell", t!(
        "Fever or chills, or you feel generally unwell",
        "Fieber oder Schüttelfrost oder du fühlst dich allgemein krank")),
    OptionSpec::plain("weight_loss", t!(
        "You have lost weight without trying",
        "Du hast ungewollt abgenommen")),
    OptionSpec::plain("cancer", t!(
        "You have or have had cancer",
        "Du hast oder hattest Krebs")),
    OptionSpec::plain("immune", t!(
        "A weakened immune system: steroid tablets for months, biologics, chemotherapy, HIV or an organ transplant",
        "Ein geschwächtes Immunsystem: Kortison-Tabletten über Monate, Biologika, Chemotherapie, HIV oder eine Organtransplantation")),
    OptionSpec::plain("injected_drugs", t!(
        "You inject drugs, or did so recently",
        "Du spritzt Drogen oder hast es vor Kurzem getan")),
    OptionSpec::plain("infection", t!(
        "A bacterial infection in the last few weeks, for example of the bladder, skin or lungs",
        "Eine bakterielle Infektion in den letzten Wochen, etwa der Blase, der Haut oder der Lunge")),
    OptionSpec::plain("spine_procedure", t!(
        "An injection into the spine or a back operation in the last few weeks",
        "Eine Spritze an die Wirbelsäule oder eine Rückenoperation in den letzten Wochen")),
    OptionSpec::plain("minor_fall", t!(
        "The pain began after a minor fall or after lifting something",
        "Die Schmerzen begannen nach einem leichten Sturz oder nachdem du etwas gehoben hast")),
    OptionSpec::plain("osteoporosis", t!(
        "You have osteoporosis (thin, fragile bones)",
        "Du hast Osteoporose (dünne, brüchige Knochen)")),
    OptionSpec::none(t!("None of these", "Nichts davon")),
];

/// How the pain behaves, and nerve signs: each needs a doctor today
/// (CONTENT §1; NHS Back pain, urgent list).
const PAIN_SIGN: &[OptionSpec] = &[
    OptionSpec::plain("night_pain", t!(
        "Pain that is worse at night or wakes you, or that does not ease with rest (lying still or changing position does not help)",
        "Schmerzen, die nachts stärker sind, dich wecken oder in Ruhe nicht nachlassen (Stillliegen und Positionswechsel helfen nicht)")),
    OptionSpec::plain("sneeze_cough", t!(
        "Pain made worse by sneezing, coughing or straining on the toilet",
        "Schmerzen, die beim Niesen, Husten oder Pressen auf der Toilette stärker werden")),
    OptionSpec::plain("upper_back", t!(
        "Pain high up between the shoulder blades rather than in the lower back",
        "Schmerzen weit oben zwischen den Schulterblättern statt im unteren Rücken")),
    OptionSpec::plain("lump", t!(
        "A lump or swelling on your back, or its shape has changed",
        "Eine Beule oder Schwellung am Rücken oder eine veränderte Form des Rückens")),
    OptionSpec::plain("leg_weakness", t!(
        "New weakness in one leg: the foot slaps or drags, or you cannot walk on your heels or toes",
        "Neue Schwäche in einem Bein: Der Fuß klatscht auf oder schleift, der Fersen- oder Zehenspitzengang gelingt nicht")),
    OptionSpec::plain("weakness_pain_less", t!(
        "Weakness in a leg that grows while the back pain eases",
        "Schwäche in einem Bein, die zunimmt, während die Rückenschmerzen nachlassen")),
    OptionSpec::none(t!("None of these", "Nichts davon")),
];

/// Signs that call for a doctor's appointment (CONTENT §1).
const DOCTOR_SIGN: &[OptionSpec] = &[
    OptionSpec::plain("one_leg_numb", t!(
        "Numbness or tingling in one leg for more than a week",
        "Taubheit oder Kribbeln in einem Bein seit mehr als einer Woche")),
    OptionSpec::plain("worse_daily", t!(
        "The pain is getting worse day by day",
        "Die Schmerzen werden von Tag zu Tag stärker")),
    OptionSpec::plain("morning_stiffness", t!(
        "Back pain for 3 months or more, with stiffness in the morning that lasts over 30 minutes and eases when you move, not when you rest (not the stiffness after a run)",
        "Rückenschmerzen seit 3 Monaten oder länger, mit Morgensteifigkeit über 30 Minuten, die bei Bewegung besser wird, nicht in Ruhe (nicht die Steifheit nach einem Lauf)")),
    OptionSpec::plain("hop_pain", t!(
        "Deep pain low at the base of the spine or in the buttock that gets worse when you hop gently on the leg of the painful side, or hurts too much to hop at all",
        "Tiefer Schmerz ganz unten an der Wirbelsäule oder im Gesäß, der beim sanften Hüpfen auf dem Bein der schmerzenden Seite stärker wird oder so stark ist, dass du gar nicht hüpfen kannst")),
    OptionSpec::none(t!("None of these", "Nichts davon")),
];

/// What can overload a runner's bones (IOC REDs consensus 2023).
const BONE_LOAD: &[OptionSpec] = &[
    OptionSpec::plain(
        "load_up",
        t!(
            "I have recently run more or harder, or just started",
            "Ich laufe seit Kurzem mehr oder härter oder habe gerade angefangen"
        ),
    ),
    OptionSpec::plain(
        "periods",
        t!(
            "My periods have become irregular or stopped",
            "Meine Periode ist unregelmäßig geworden oder ausgeblieben"
        ),
    ),
    OptionSpec::plain(
        "eat_little",
        t!(
            "I often eat less than my training needs",
            "Ich esse oft weniger, als mein Training braucht"
        ),
    ),
    OptionSpec::plain(
        "past_fracture",
        t!(
            "I have had a stress fracture before",
            "Ich hatte schon einmal einen Ermüdungsbruch"
        ),
    ),
    OptionSpec::none(t!("None of these", "Nichts davon")),
    OptionSpec::unknown("unsure", t!("I'm not sure", "Weiß ich nicht genau")),
];

/// How much the pain limits everyday movement (CONTENT §1).
const LIMIT: &[OptionSpec] = &[
    OptionSpec::plain("limping", t!("I am limping", "Ich humple")),
    OptionSpec::plain(
        "positions",
        t!(
            "Changing between sitting, standing and lying down hurts",
            "Der Wechsel zwischen Sitzen, Stehen und Liegen tut weh"
        ),
    ),
    OptionSpec::plain(
        "cannot_manage",
        t!(
            "I cannot walk or manage my everyday tasks because of the pain",
            "Ich kann wegen der Schmerzen nicht gehen oder meinen Alltag nicht bewältigen"
        ),
    ),
    OptionSpec::none(t!("None of these", "Nichts davon")),
];

const PAIN_SITE: &[OptionSpec] = &[
    OptionSpec::plain(
        "central",
        t!(
            "In the middle of the lower back",
            "Mittig im unteren Rücken"
        ),
    ),
    OptionSpec::plain(
        "one_side_pelvis",
        t!(
            "On one side, near the pelvis (around the dimples above the buttocks)",
            "Auf einer Seite, nahe am Becken (um die Grübchen über dem Gesäß)"
        ),
    ),
    OptionSpec::plain(
        "into_leg",
        t!("Spreading into a leg", "Ausstrahlend in ein Bein"),
    ),
    OptionSpec::unknown("unsure", t!("I can't say", "Kann ich nicht sagen")),
];

const PAIN_TRIGGER: &[OptionSpec] = &[
    OptionSpec::plain(
        "bend_twist",
        t!(
            "Bending backwards or twisting",
            "Nach hinten beugen oder drehen"
        ),
    ),
    OptionSpec::plain("sitting", t!("Sitting for a long time", "Langes Sitzen")),
    OptionSpec::plain(
        "hard_effort",
        t!(
            "Hard efforts: fast runs, races, heavy lifting",
            "Harte Belastungen: schnelle Läufe, Wettkämpfe, schweres Heben"
        ),
    ),
    OptionSpec::none(t!("None of these", "Nichts davon")),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

const SITTING_HOURS: &[OptionSpec] = &[
    OptionSpec::plain("under_4", t!("Less than 4 hours", "Weniger als 4 Stunden")),
    OptionSpec::plain("4_to_6", t!("4 to 6 hours", "4 bis 6 Stunden")),
    OptionSpec::plain("6_to_8", t!("6 to 8 hours", "6 bis 8 Stunden")),
    OptionSpec::plain("over_8", t!("More than 8 hours", "Mehr als 8 Stunden")),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

const OFTEN: &[OptionSpec] = &[
    OptionSpec::plain("rarely", t!("Rarely", "Selten")),
    OptionSpec::plain("sometimes", t!("Sometimes", "Manchmal")),
    OptionSpec::plain("often", t!("Often", "Oft")),
];

const SLEEP: &[OptionSpec] = &[
    OptionSpec::plain("7_plus", t!("7 hours or more", "7 Stunden oder mehr")),
    OptionSpec::plain("6_to_7", t!("6 to 7 hours", "6 bis 7 Stunden")),
    OptionSpec::plain("under_6", t!("Less than 6 hours", "Weniger als 6 Stunden")),
];

const AGE_BAND: &[OptionSpec] = &[
    OptionSpec::plain("under_18", t!("Under 18", "Unter 18")),
    OptionSpec::plain("18_to_29", t!("18 to 29", "18 bis 29")),
    OptionSpec::plain("30_to_49", t!("30 to 49", "30 bis 49")),
    OptionSpec::plain("50_to_64", t!("50 to 64", "50 bis 64")),
    OptionSpec::plain("65_plus", t!("65 or older", "65 oder älter")),
];

const LOAD_CHANGE: &[OptionSpec] = &[
    OptionSpec::plain("less", t!("I ran less", "Ich bin weniger gelaufen")),
    OptionSpec::plain("same", t!("About the same", "Etwa gleich")),
    OptionSpec::plain(
        "up_to_10",
        t!(
            "A little more (up to 10 % more)",
            "Etwas mehr (bis 10 % mehr)"
        ),
    ),
    OptionSpec::plain(
        "more",
        t!(
            "Clearly more (over 10 % more distance), or harder sessions",
            "Deutlich mehr (über 10 % mehr Strecke) oder härtere Einheiten"
        ),
    ),
    OptionSpec::plain(
        "started",
        t!(
            "I have just started, or restarted after a break",
            "Ich habe gerade angefangen oder nach einer Pause wieder begonnen"
        ),
    ),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

const PER_WEEK: &[OptionSpec] = &[
    OptionSpec::plain("0", t!("0", "0")),
    OptionSpec::plain("1", t!("1", "1")),
    OptionSpec::plain("2_plus", t!("2 or more", "2 oder mehr")),
];

const CORE_ROUTINE: &[OptionSpec] = &[
    OptionSpec::plain(
        "crunches",
        t!(
            "Mostly crunches or sit-ups",
            "Vor allem Crunches oder Sit-ups"
        ),
    ),
    OptionSpec::plain(
        "varied",
        t!(
            "Varied: planks, side planks, dead bugs and the like",
            "Abwechslungsreich: Planks, Seitstütz, Käfer und Ähnliches"
        ),
    ),
    OptionSpec::plain(
        "none",
        t!(
            "I don't train my core",
            "Ich trainiere die Körpermitte nicht"
        ),
    ),
];

const WARM_UP: &[OptionSpec] = &[
    OptionSpec::plain(
        "usually",
        t!(
            "Usually, with dynamic moves for hips, legs and back",
            "Meistens, mit dynamischen Übungen für Hüfte, Beine und Rücken"
        ),
    ),
    OptionSpec::plain("sometimes", t!("Sometimes", "Manchmal")),
    OptionSpec::plain(
        "never",
        t!("Never, I just start running", "Nie, ich laufe einfach los"),
    ),
];

const SURFACE: &[OptionSpec] = &[
    OptionSpec::plain("hard", t!("Asphalt or concrete", "Asphalt oder Beton")),
    OptionSpec::plain("mixed", t!("A mix", "Gemischt")),
    OptionSpec::plain(
        "soft",
        t!(
            "Soft ground: forest paths, grass, a track",
            "Weicher Boden: Waldwege, Gras, Laufbahn"
        ),
    ),
    OptionSpec::plain(
        "uneven",
        t!(
            "Uneven or technical trails",
            "Unebene oder technische Trails"
        ),
    ),
    OptionSpec::plain("treadmill", t!("A treadmill", "Laufband")),
];

const SHOE_KM: &[OptionSpec] = &[
    OptionSpec::plain("under_500", t!("Less than 500 km", "Weniger als 500 km")),
    OptionSpec::plain("500_to_800", t!("500 to 800 km", "500 bis 800 km")),
    OptionSpec::plain("over_800", t!("More than 800 km", "Mehr als 800 km")),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

const FOOT_STRIKE: &[OptionSpec] = &[
    OptionSpec::plain("heel", t!("Heel first", "Zuerst die Ferse")),
    OptionSpec::plain("midfoot", t!("Midfoot", "Mittelfuß")),
    OptionSpec::plain("forefoot", t!("Forefoot", "Vorfuß")),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

const TECHNIQUE_SIGN: &[OptionSpec] = &[
    OptionSpec::plain(
        "legs_cross",
        t!(
            "My feet cross the midline, as if running on a rope",
            "Meine Füße kreuzen die Mittellinie, wie auf einem Seil"
        ),
    ),
    OptionSpec::plain(
        "hip_drop",
        t!(
            "One hip drops or hikes up with each step",
            "Eine Hüfte sackt bei jedem Schritt ab oder wird hochgezogen"
        ),
    ),
    OptionSpec::plain(
        "arms_cross",
        t!(
            "My arms swing across my body",
            "Meine Arme schwingen vor dem Körper über Kreuz"
        ),
    ),
    OptionSpec::plain(
        "overstride",
        t!(
            "My foot lands far in front of my body (long strides)",
            "Mein Fuß landet weit vor dem Körper (lange Schritte)"
        ),
    ),
    OptionSpec::plain(
        "lean_late",
        t!(
            "I lean forward more and more late in long runs",
            "Ich neige mich gegen Ende langer Läufe immer mehr nach vorn"
        ),
    ),
    OptionSpec::plain(
        "hollow_back",
        t!(
            "My lower back arches strongly (hollow back) when I run",
            "Mein unterer Rücken ist beim Laufen stark durchgebogen (Hohlkreuz)"
        ),
    ),
    OptionSpec::none(t!("None of these", "Nichts davon")),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

const ASYMMETRY: &[OptionSpec] = &[
    OptionSpec::plain("leg_length", t!("One leg is longer", "Ein Bein ist länger")),
    OptionSpec::plain(
        "one_side_stronger",
        t!(
            "One side is clearly stronger",
            "Eine Seite ist deutlich kräftiger"
        ),
    ),
    OptionSpec::none(t!("No difference", "Kein Unterschied")),
    OptionSpec::unknown("unsure", t!("I don't know", "Weiß ich nicht")),
];

/// A trunk leaning over the standing leg hides a drop: it counts as one.
const PELVIS_DROP: &[OptionSpec] = &[
    OptionSpec::plain(
        "level",
        t!(
            "The pelvis stayed level and the trunk upright on both sides",
            "Das Becken blieb auf beiden Seiten gerade und der Oberkörper aufrecht"
        ),
    ),
    OptionSpec::plain(
        "drops_one",
        t!(
            "On one side the pelvis dropped or the trunk leaned over",
            "Auf einer Seite sackte das Becken ab oder der Oberkörper neigte sich"
        ),
    ),
    OptionSpec::plain(
        "drops_both",
        t!(
            "On both sides the pelvis dropped or the trunk leaned over",
            "Auf beiden Seiten sackte das Becken ab oder der Oberkörper neigte sich"
        ),
    ),
    OptionSpec::unknown(
        "unsure",
        t!(
            "I couldn't tell, or skipped the test",
            "Konnte ich nicht erkennen oder Test übersprungen"
        ),
    ),
];

const THIGH_RISE: &[OptionSpec] = &[
    OptionSpec::plain(
        "stays",
        t!(
            "The hanging thigh stayed on the table on both sides",
            "Der hängende Oberschenkel blieb auf beiden Seiten auf dem Tisch"
        ),
    ),
    OptionSpec::plain(
        "rises_one",
        t!(
            "The hanging thigh lifted off the table on one side",
            "Der hängende Oberschenkel hob sich auf einer Seite vom Tisch ab"
        ),
    ),
    OptionSpec::plain(
        "rises_both",
        t!(
            "The hanging thigh lifted off the table on both sides",
            "Der hängende Oberschenkel hob sich auf beiden Seiten vom Tisch ab"
        ),
    ),
    OptionSpec::unknown(
        "unsure",
        t!(
            "I couldn't tell, or skipped the test",
            "Konnte ich nicht erkennen oder Test übersprungen"
        ),
    ),
];

/// Parts of the questionnaire, for headings and "check your answers".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Safety,
    Pain,
    Everyday,
    Training,
    SelfTests,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Safety,
        Section::Pain,
        Section::Everyday,
        Section::Training,
        Section::SelfTests,
    ];

    pub fn title(self) -> Text {
        match self {
            Section::Safety => t!("Warning signs", "Warnzeichen"),
            Section::Pain => t!("Your pain", "Deine Schmerzen"),
            Section::Everyday => t!("Everyday life", "Alltag"),
            Section::Training => t!("Training", "Training"),
            Section::SelfTests => t!("Self-tests", "Selbsttests"),
        }
    }
}

/// Every question, in asking order. Its key (in saved answers and URLs),
/// how it is answered and its wording are in [`QuestionId::spec`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    EmergencySigns,
    Onset,
    Age,
    UrgentSigns,
    PainSigns,
    DoctorSigns,
    Limits,
    BoneLoad,
    PainNow,
    PainRunning,
    PainSite,
    PainTriggers,
    Sitting,
    Stress,
    Sleep,
    LoadChange,
    RestDays,
    StrengthSessions,
    CoreRoutine,
    WarmUp,
    Surface,
    ShoeKm,
    ShoeChange,
    FootStrike,
    TechniqueSigns,
    Asymmetry,
    DoSelfTests,
    TestBridge,
    TestStance,
    TestWallSit,
    TestHipFlexor,
    TestPlank,
    TestSidePlank,
}

impl QuestionId {
    pub const ALL: [QuestionId; 33] = [
        QuestionId::EmergencySigns,
        QuestionId::Onset,
        QuestionId::Age,
        QuestionId::UrgentSigns,
        QuestionId::PainSigns,
        QuestionId::DoctorSigns,
        QuestionId::Limits,
        QuestionId::BoneLoad,
        QuestionId::PainNow,
        QuestionId::PainRunning,
        QuestionId::PainSite,
        QuestionId::PainTriggers,
        QuestionId::Sitting,
        QuestionId::Stress,
        QuestionId::Sleep,
        QuestionId::LoadChange,
        QuestionId::RestDays,
        QuestionId::StrengthSessions,
        QuestionId::CoreRoutine,
        QuestionId::WarmUp,
        QuestionId::Surface,
        QuestionId::ShoeKm,
        QuestionId::ShoeChange,
        QuestionId::FootStrike,
        QuestionId::TechniqueSigns,
        QuestionId::Asymmetry,
        QuestionId::DoSelfTests,
        QuestionId::TestBridge,
        QuestionId::TestStance,
        QuestionId::TestWallSit,
        QuestionId::TestHipFlexor,
        QuestionId::TestPlank,
        QuestionId::TestSidePlank,
    ];

    /// `qs` in questionnaire order, each once.
    pub fn in_order(qs: impl IntoIterator<Item = QuestionId>) -> Vec<QuestionId> {
        let qs: Vec<QuestionId> = qs.into_iter().collect();
        QuestionId::ALL
            .into_iter()
            .filter(|q| qs.contains(q))
            .collect()
    }

    /// Stable key: the field name in saved answers and the URL slug.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    pub fn from_key(key: &str) -> Option<QuestionId> {
        QuestionId::ALL.into_iter().find(|q| q.key() == key)
    }

    /// How the question is answered.
    pub fn kind(self) -> Kind {
        self.spec().kind
    }

    pub fn section(self) -> Section {
        self.spec().section
    }

    /// Warning-sign questions come first and may end the questionnaire early.
    pub fn is_warning_sign(self) -> bool {
        self.section() == Section::Safety
    }
}

/// How a question is put to the runner.
#[derive(Clone, Copy, Debug)]
pub struct QuestionSpec {
    /// Stable key: the field name in saved answers and the URL slug.
    pub key: &'static str,
    pub kind: Kind,
    pub section: Section,
    /// The question itself: the page heading or fieldset legend.
    pub title: Text,
    /// A short explanation under the question, if it needs one.
    pub hint: Option<Text>,
    /// A short label for "check your answers" and "why".
    pub short: Text,
    /// The self-test this question records, if any.
    pub self_test: Option<SelfTest>,
}

const fn q(
    key: &'static str,
    kind: Kind,
    section: Section,
    title: Text,
    short: Text,
) -> QuestionSpec {
    QuestionSpec {
        key,
        kind,
        section,
        title,
        hint: None,
        short,
        self_test: None,
    }
}

impl QuestionSpec {
    const fn hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }
    const fn self_test(mut self, test: SelfTest) -> Self {
        self.self_test = Some(test);
        self
    }
}

const YES_NO: &[OptionSpec] = &[
    OptionSpec::plain("yes", t!("Yes", "Ja")),
    OptionSpec::plain("no", t!("No", "Nein")),
];

const YES_NO_UNSURE: &[OptionSpec] = &[
    OptionSpec::plain("yes", t!("Yes", "Ja")),
    OptionSpec::plain("no", t!("No", "Nein")),
    OptionSpec::unknown("unsure", answer::DONT_KNOW),
];

const PAIN_LOW: Text = t!("no pain", "keine Schmerzen");
const PAIN_HIGH: Text = t!(
    "worst pain you can imagine",
    "stärkste vorstellbare Schmerzen"
);

const PAIN: Kind = Kind::Scale {
    max: answer::PAIN_MAX,
    low: PAIN_LOW,
    high: PAIN_HIGH,
    extra: None,
};

/// A runner who stopped running says so: that is not "no pain when running".
pub const NOT_RUN: OptionSpec = OptionSpec::plain(
    "not_run",
    t!(
        "I have not run since the pain began",
        "Ich bin seit Beginn der Schmerzen nicht gelaufen"
    ),
);

const PAIN_RUNNING: Kind = Kind::Scale {
    max: answer::PAIN_MAX,
    low: PAIN_LOW,
    high: PAIN_HIGH,
    extra: Some(NOT_RUN),
};

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
                "emergency_signs",
                Kind::Multi(EMERGENCY_SIGN),
                S::Safety,
                t!("Do you have any of these emergency signs?", "Hast du eines dieser Notfallzeichen?"),
                t!("Emergency signs", "Notfallzeichen"),
            )
            .hint(t!(
                "Select all that apply, or \u{201c}None of these\u{201d}. These signs need help straight away, so they come first.",
                "Wähle alles aus, was zutrifft, oder \u{201e}Nichts davon\u{201c}. Diese Zeichen brauchen sofort Hilfe, deshalb kommen sie zuerst."
            )),
            Q::Onset => q(
                "onset",
                Kind::Date,
                S::Safety,
                t!("When did this back pain start?", "Wann haben diese Rückenschmerzen angefangen?"),
                t!("Pain started", "Schmerzbeginn"),
            )
            .hint(t!(
                "Your best guess is fine. If it comes and goes, give the day this episode began.",
                "Eine Schätzung genügt. Wenn die Schmerzen kommen und gehen, gib den Tag an, an dem diese Phase begann."
            )),
            Q::Age => q(
                "age",
                Kind::Single(AGE_BAND),
                S::Safety, t!("How old are you?", "Wie alt bist du?"), t!("Age", "Alter"))
                .hint(t!(
                    "Some warning signs mean more at a younger or an older age.",
                    "Manche Warnzeichen wiegen in jüngerem oder höherem Alter schwerer."
                )),
            Q::UrgentSigns => q(
                "urgent_signs",
                Kind::Multi(URGENT_SIGN),
                S::Safety,
                t!("Your health: do any of these apply?", "Deine Gesundheit: Trifft etwas davon zu?"),
                t!("Health and history", "Gesundheit und Vorgeschichte"),
            )
            .hint(t!(
                "Select all that apply, or \u{201c}None of these\u{201d}. A minor fall or lift counts as a warning sign at 65 or older, with osteoporosis, or after steroid tablets for months.",
                "Wähle alles aus, was zutrifft, oder \u{201e}Nichts davon\u{201c}. Ein leichter Sturz oder das Heben einer Last zählt als Warnzeichen ab 65 Jahren, bei Osteoporose oder nach monatelanger Einnahme von Kortison-Tabletten."
            )),
            Q::PainSigns => q(
                "pain_signs",
                Kind::Multi(PAIN_SIGN),
                S::Safety,
                t!("With the pain, do you notice any of these?", "Bemerkst du bei den Schmerzen etwas davon?"),
                t!("How the pain behaves", "Wie sich der Schmerz verhält"),
            )
            .hint(SELECT_ALL),
            Q::DoctorSigns => q(
                "doctor_signs",
                Kind::Multi(DOCTOR_SIGN),
                S::Safety,
                t!("Does any of this describe your pain?", "Beschreibt etwas davon deine Schmerzen?"),
                t!("Signs for a doctor's appointment", "Zeichen für einen Arzttermin"),
            )
            .hint(t!(
                "Select all that apply, or \u{201c}None of these\u{201d}. For the last sign, try it now: hold on to a wall, stand on the leg of the painful side (if the pain is in the middle, each leg in turn) and hop gently up to 5 times. Stop at the first hop that hurts.",
                "Wähle alles aus, was zutrifft, oder \u{201e}Nichts davon\u{201c}. Für den letzten Punkt probier es jetzt aus: Halt dich an einer Wand fest, stell dich auf das Bein der schmerzenden Seite (bei Schmerzen in der Mitte nacheinander auf jedes Bein) und hüpf bis zu 5-mal sanft. Hör beim ersten Hüpfer auf, der wehtut."
            )),
            Q::BoneLoad => q(
                "bone_load",
                Kind::Multi(BONE_LOAD),
                S::Safety,
                t!(
                    "Pain that grows when you hop can come from an overloaded bone. Does any of this apply?",
                    "Ein Schmerz, der beim Hüpfen zunimmt, kann von einem überlasteten Knochen kommen. Trifft etwas davon zu?"
                ),
                t!("Bone overload", "Knochenüberlastung"),
            )
            .hint(t!(
                "Select all that apply, or \u{201c}None of these\u{201d}, or \u{201c}I'm not sure\u{201d}.",
                "Wähle alles aus, was zutrifft, oder \u{201e}Nichts davon\u{201c} oder \u{201e}Weiß ich nicht genau\u{201c}."
            )),
            Q::Limits => q(
                "limits",
                Kind::Multi(LIMIT),
                S::Safety,
                t!(
                    "How much does the pain hold you back right now?",
                    "Wie sehr schränken dich die Schmerzen gerade ein?"
                ),
                t!("Everyday limits", "Einschränkungen im Alltag"),
            )
            .hint(SELECT_ALL),
            Q::PainNow => q(
                "pain_now",
                PAIN,
                S::Pain,
                t!("How strong is the pain right now?", "Wie stark sind die Schmerzen gerade?"),
                t!("Pain now", "Schmerz jetzt"),
            ),
            Q::PainRunning => q(
                "pain_running",
                PAIN_RUNNING,
                S::Pain,
                t!(
                    "How strong is the pain during or after running?",
                    "Wie stark sind die Schmerzen beim oder nach dem Laufen?"
                ),
                t!("Pain with running", "Schmerz beim Laufen"),
            ),
            Q::PainSite => q(
                "pain_site",
                Kind::Multi(PAIN_SITE),
                S::Pain,
                t!("Where do you feel the pain?", "Wo spürst du die Schmerzen?"),
                t!("Where it hurts", "Wo es wehtut"),
            )
            .hint(t!("Select all that apply.", "Wähle alles aus, was zutrifft.")),
            Q::PainTriggers => q(
                "pain_triggers",
                Kind::Multi(PAIN_TRIGGER),
                S::Pain,
                t!("What makes the pain worse?", "Was verschlimmert die Schmerzen?"),
                t!("What makes it worse", "Was es verschlimmert"),
            )
            .hint(t!("Select all that apply.", "Wähle alles aus, was zutrifft.")),
            Q::Sitting => q(
                "sitting",
                Kind::Single(SITTING_HOURS),
                S::Everyday,
                t!(
                    "On a normal day, how many hours do you spend sitting?",
                    "Wie viele Stunden sitzt du an einem normalen Tag?"
                ),
                t!("Hours sitting a day", "Stunden im Sitzen pro Tag"),
            )
            .hint(t!(
                "Work, travel, meals and the sofa all count.",
                "Arbeit, Fahrten, Mahlzeiten und Sofa zählen alle mit."
            )),
            Q::Stress => q(
                "stress",
                Kind::Single(OFTEN),
                S::Everyday,
                t!("How often do you feel stressed?", "Wie oft fühlst du dich gestresst?"),
                t!("Feeling stressed", "Gefühlter Stress"),
            ),
            Q::Sleep => q(
                "sleep",
                Kind::Single(SLEEP),
                S::Everyday,
                t!("How long do you usually sleep a night?", "Wie lange schläfst du meistens pro Nacht?"),
                t!("Sleep", "Schlaf"),
            ),
            Q::LoadChange => q(
                "load_change",
                Kind::Single(LOAD_CHANGE),
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
                "rest_days",
                Kind::Single(PER_WEEK),
                S::Training,
                t!(
                    "On how many days a week do you neither run nor train hard?",
                    "An wie vielen Tagen pro Woche läufst du nicht und trainierst auch nicht hart?"
                ),
                t!("Rest days a week", "Ruhetage pro Woche"),
            ),
            Q::StrengthSessions => q(
                "strength_sessions",
                Kind::Single(PER_WEEK),
                S::Training,
                t!(
                    "How many strength training sessions do you do in a normal week?",
                    "Wie viele Krafttrainingseinheiten machst du in einer normalen Woche?"
                ),
                t!("Strength sessions a week", "Krafteinheiten pro Woche"),
            ),
            Q::CoreRoutine => q(
                "core_routine",
                Kind::Single(CORE_ROUTINE),
                S::Training,
                t!(
                    "What does your core (trunk) training mostly consist of?",
                    "Woraus besteht dein Rumpftraining hauptsächlich?"
                ),
                t!("Core training", "Rumpftraining"),
            ),
            Q::WarmUp => q(
                "warm_up",
                Kind::Single(WARM_UP),
                S::Training,
                t!("Do you warm up before you run?", "Wärmst du dich vor dem Laufen auf?"),
                t!("Warm-up", "Aufwärmen"),
            ),
            Q::Surface => q(
                "surface",
                Kind::Single(SURFACE),
                S::Training,
                t!("What do you mostly run on?", "Worauf läufst du meistens?"),
                t!("Running surface", "Untergrund"),
            ),
            Q::ShoeKm => q(
                "shoe_km",
                Kind::Single(SHOE_KM),
                S::Training,
                t!(
                    "How far have you run in your current running shoes?",
                    "Wie viele Kilometer bist du mit deinen aktuellen Laufschuhen schon gelaufen?"
                ),
                t!("Distance on current shoes", "Kilometer auf den aktuellen Schuhen"),
            ),
            Q::ShoeChange => q(
                "shoe_change",
                Kind::Single(YES_NO_UNSURE),
                S::Training,
                t!(
                    "Have you switched to a different shoe model or type in the last 4 weeks?",
                    "Hast du in den letzten 4 Wochen auf ein anderes Schuhmodell oder einen anderen Schuhtyp gewechselt?"
                ),
                t!("Recent change of shoes", "Kürzlich Schuhe gewechselt"),
            ),
            Q::FootStrike => q(
                "foot_strike",
                Kind::Single(FOOT_STRIKE),
                S::Training,
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
                "technique_signs",
                Kind::Multi(TECHNIQUE_SIGN),
                S::Training,
                t!(
                    "Have you noticed any of these when you run?",
                    "Ist dir beim Laufen etwas davon aufgefallen?"
                ),
                t!("Technique signs", "Auffälligkeiten der Technik"),
            )
            .hint(t!(
                "Select all that apply. A video from behind, or someone running with you, helps.",
                "Wähle alles aus, was zutrifft. Ein Video von hinten oder jemand, der mitläuft, hilft."
            )),
            Q::Asymmetry => q(
                "asymmetry",
                Kind::Multi(ASYMMETRY),
                S::Training,
                t!(
                    "Do you know of a difference between your left and right side?",
                    "Weißt du von einem Unterschied zwischen deiner linken und rechten Seite?"
                ),
                t!("Left-right difference", "Links-rechts-Unterschied"),
            )
            .hint(t!("Select all that apply.", "Wähle alles aus, was zutrifft.")),
            Q::DoSelfTests => q(
                "do_self_tests",
                Kind::Single(YES_NO),
                S::SelfTests,
                t!(
                    "Would you like to do six short self-tests now?",
                    "Möchtest du jetzt sechs kurze Selbsttests machen?"
                ),
                t!("Self-tests", "Selbsttests"),
            )
            .hint(SELF_TESTS_HINT),
            Q::TestBridge => q(
                "test_bridge",
                Kind::HoldPair,
                S::SelfTests,
                SelfTest::Bridge.title(),
                t!("Single-leg bridge hold", "Einbeinige Brücke"),
            )
            .self_test(SelfTest::Bridge),
            Q::TestStance => q(
                "test_stance",
                Kind::Single(PELVIS_DROP),
                S::SelfTests,
                SelfTest::Stance.title(),
                t!("Single-leg stance: pelvis", "Einbeinstand: Becken"),
            )
            .self_test(SelfTest::Stance),
            Q::TestWallSit => q(
                "test_wall_sit",
                Kind::Hold,
                S::SelfTests,
                SelfTest::WallSit.title(),
                t!("Wall sit hold", "Wandsitzen"),
            )
            .self_test(SelfTest::WallSit),
            Q::TestHipFlexor => q(
                "test_hip_flexor",
                Kind::Single(THIGH_RISE),
                S::SelfTests,
                SelfTest::HipFlexor.title(),
                t!("Hip flexor length", "Länge der Hüftbeuger"),
            )
            .self_test(SelfTest::HipFlexor),
            Q::TestPlank => q(
                "test_plank",
                Kind::Hold,
                S::SelfTests, SelfTest::Plank.title(), t!("Plank hold", "Unterarmstütz"))
                .self_test(SelfTest::Plank),
            Q::TestSidePlank => q(
                "test_side_plank",
                Kind::HoldPair,
                S::SelfTests,
                SelfTest::SidePlank.title(),
                t!("Side plank hold", "Seitstütz"),
            )
            .self_test(SelfTest::SidePlank),
        }
    }
}

/// The self-tests' offer: what they show, how long at most (the start page
/// works the same figure out, `flow::length`), and to stop if it hurts.
pub const SELF_TESTS_HINT: Text = t!(
    "They show what a feeling cannot: how long your glutes, thighs and trunk can hold (their endurance), how stable your hip is and how long your hip flexors are. Up to 14 minutes, on the floor, at a wall and at a firm table. Stop any test that hurts.",
    "Sie zeigen, was man nicht spüren kann: wie lange Gesäß, Oberschenkel und Rumpf halten (ihre Ausdauer), wie stabil deine Hüfte ist und wie lang deine Hüftbeuger sind. Bis zu 14 Minuten, auf dem Boden, an einer Wand und an einem festen Tisch. Brich jeden Test ab, der wehtut."
);
