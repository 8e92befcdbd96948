//! The rules, as data: care rules that set the level and signals that point
//! to contributors, each a [`Cond`] on the answers. Each names its sources. Because
//! rules are data, `examples/rules_table.rs` prints exactly what runs.
use super::cond::Cond;
use super::contributors::Contributor;
use super::questions::QuestionId;
use super::sources::Source;
use super::text::Text;
use crate::t;
use serde::{Deserialize, Serialize};
use strum::IntoStaticStr;

/// What the runner should do about care. Ordered: the highest level wins.
/// Stored by its [`key`](CareLevel::key).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, IntoStaticStr,
)]
#[serde(into = "&'static str", try_from = "String")]
#[strum(serialize_all = "snake_case")]
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

    /// Stable key (the variant's name in snake case): stored, and used in
    /// CSS classes.
    pub fn key(self) -> &'static str {
        self.into()
    }

    pub fn from_key(key: &str) -> Option<CareLevel> {
        CareLevel::ALL.into_iter().find(|x| x.key() == key)
    }

    /// The verdict, as the result page's first words.
    pub fn headline(self) -> Text {
        match self {
            CareLevel::Emergency => t!("Call emergency services now", "Wähl jetzt den Notruf"),
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
                "Call an ambulance now: 112 in Germany and the EU, 999 in the UK, otherwise your local emergency number. Or have someone take you straight to an emergency department.",
                "Ruf jetzt den Rettungsdienst: 112 in Deutschland und der EU, 999 in Großbritannien, sonst die örtliche Notrufnummer. Oder lass dich sofort in eine Notaufnahme bringen."
            ),
            CareLevel::Urgent => t!(
                "See a doctor today. In Germany: your own practice, or the out-of-hours service on 116\u{a0}117 when it is closed. In the UK: a same-day GP appointment, or NHS 111. Elsewhere: your doctor or the local out-of-hours service.",
                "Lass dich noch heute ärztlich untersuchen. In Deutschland: in deiner Hausarztpraxis oder, wenn sie geschlossen ist, beim ärztlichen Bereitschaftsdienst unter 116\u{a0}117. In Großbritannien: noch am selben Tag in der Hausarztpraxis (GP) oder über NHS 111. Anderswo: in deiner Arztpraxis oder beim örtlichen Bereitschaftsdienst."
            ),
            CareLevel::SeeDoctor => t!(
                "Make an appointment with your doctor in the next few days to find the cause. Until you are seen: gentle activity only, such as walking and easy mobility; no running and no strength work with weights.",
                "Vereinbare in den nächsten Tagen einen Termin in deiner Hausarztpraxis, um die Ursache zu klären. Bis dahin: nur sanfte Bewegung wie Gehen und leichte Mobilisation, kein Laufen und kein Krafttraining mit Gewichten."
            ),
            CareLevel::RestFirst => t!(
                "Take rest days from running until the symptoms have settled. Gentle movement such as walking still helps your back.",
                "Leg Ruhetage ohne Laufen ein, bis die Beschwerden abgeklungen sind. Sanfte Bewegung wie Gehen tut deinem Rücken trotzdem gut."
            ),
            CareLevel::SelfCare => t!(
                "Stay active and avoid bed rest. Follow the plan below and check again on the date shown.",
                "Bleib aktiv und vermeide Bettruhe. Folge dem Plan unten und mach am angegebenen Tag einen neuen Check."
            ),
        }
    }
}

/// Read back from its [`key`](CareLevel::key) (serde's `try_from`).
impl TryFrom<String> for CareLevel {
    type Error = &'static str;
    fn try_from(key: String) -> Result<Self, Self::Error> {
        CareLevel::from_key(&key).ok_or("unknown key")
    }
}

/// A rule that raises the care level when its condition holds.
#[derive(Clone, Copy, Debug)]
pub struct CareRule {
    /// Stable identifier.
    pub id: &'static str,
    pub level: CareLevel,
    pub when: Cond,
    /// The sign in a few words: "what to tell the doctor", the rules table.
    pub sign: Text,
    /// Why it matters, in the runner's words.
    pub reason: Text,
    /// The trigger means rest days from running first, whatever the level.
    pub rest: bool,
    /// Where the rule comes from: this trigger's own sources.
    pub sources: &'static [Source],
}

impl CareRule {
    /// The rule holds because of how long the pain has lasted, not because of
    /// a sign: it reads nothing but the onset.
    pub fn is_duration(&self) -> bool {
        self.when.questions() == [QuestionId::Onset]
    }
}

/// Rules are identified by their id.
impl PartialEq for CareRule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for CareRule {}

use CareLevel as L;
use QuestionId as Q;
use Source as S;

const fn rule(
    id: &'static str,
    level: CareLevel,
    when: Cond,
    sign: Text,
    reason: Text,
    sources: &'static [Source],
) -> CareRule {
    CareRule {
        id,
        level,
        when,
        sign,
        reason,
        rest: matches!(level, CareLevel::RestFirst),
        sources,
    }
}

impl CareRule {
    const fn rests(mut self) -> Self {
        self.rest = true;
        self
    }
}

/// The id of the rule for a possible bone stress injury: its way back needs
/// pain-free walking and hopping as well as a doctor's clearance.
pub const BONE_STRESS: &str = "bone_stress";
/// Pain that stops walking or everyday life.
pub const CANNOT_MANAGE: &str = "cannot_manage";
/// Very severe pain (Back Check's working cut-off).
pub const SEVERE_PAIN: &str = "severe_pain";

/// Pain from this day after onset on (onset = day 0) needs a doctor: the
/// headline rule (seed 003, McDowell: "more than 10 days").
pub const DOCTOR_FROM_DAY: i32 = 10;

const fn emergency(key: &'static str) -> Cond {
    Cond::Has(Q::EmergencySigns, key)
}
const fn urgent(key: &'static str) -> Cond {
    Cond::Has(Q::UrgentSigns, key)
}
const fn pain_sign(key: &'static str) -> Cond {
    Cond::Has(Q::PainSigns, key)
}
const fn doctor(key: &'static str) -> Cond {
    Cond::Has(Q::DoctorSigns, key)
}
const fn limit(key: &'static str) -> Cond {
    Cond::Has(Q::Limits, key)
}

/// Every care rule (CONTENT §1), each with its own sources. Highest level
/// wins; all that hold are shown as reasons.
pub const CARE_RULES: &[CareRule] = &[
    // ---- emergency: call 112 / 999
    rule(
        "saddle_numbness",
        L::Emergency,
        emergency("saddle"),
        t!(
            "Numbness or tingling in the saddle area (genitals, anus, buttocks, inner thighs)",
            "Taubheit oder Kribbeln im Reithosenbereich (Genitalien, After, Gesäß, Innenseiten der Oberschenkel)"
        ),
        t!(
            "Numbness in this area can mean that the nerves at the lower end of the spine are being pressed (cauda equina syndrome). It needs treatment within hours.",
            "Taubheit in diesem Bereich kann bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt werden (Cauda-equina-Syndrom). Das muss innerhalb von Stunden behandelt werden."
        ),
        &[S::NhsCaudaEquina, S::NhsBackPain, S::Nvl],
    ),
    rule(
        "bladder_bowel",
        L::Emergency,
        emergency("bladder_bowel"),
        t!("New bladder or bowel problems", "Neue Probleme mit Blase oder Darm"),
        t!(
            "New trouble passing urine, not feeling a full bladder, leaking, or losing control of bladder or bowel can come from pressure on the nerves at the lower end of the spine.",
            "Neue Probleme beim Wasserlassen, eine volle Blase nicht zu spüren, Urin- oder Stuhlverlust oder der Verlust der Kontrolle über Blase oder Darm können von Druck auf die Nerven am unteren Ende der Wirbelsäule kommen."
        ),
        &[S::NhsCaudaEquina, S::NhsBackPain, S::Nvl],
    ),
    rule(
        "sexual_function",
        L::Emergency,
        emergency("sexual"),
        t!("New problems with sexual function", "Neue Probleme mit der Sexualfunktion"),
        t!(
            "New sexual problems together with back pain can also come from pressure on these nerves.",
            "Neue sexuelle Probleme zusammen mit Rückenschmerzen können ebenfalls von Druck auf diese Nerven kommen."
        ),
        &[S::NhsCaudaEquina],
    ),
    rule(
        "both_legs",
        L::Emergency,
        emergency("both_legs"),
        t!("Symptoms spreading into both legs", "Beschwerden, die in beide Beine ausstrahlen"),
        t!(
            "Pain, tingling, numbness or weakness in both legs can mean that nerves are pressed in the middle of the spinal canal.",
            "Schmerzen, Kribbeln, Taubheit oder Schwäche in beiden Beinen können bedeuten, dass Nerven mitten im Wirbelkanal eingeengt werden."
        ),
        &[S::NhsCaudaEquina, S::Nvl],
    ),
    rule(
        "weakness_fast",
        L::Emergency,
        emergency("weakness_fast"),
        t!("Leg weakness getting worse quickly", "Rasch zunehmende Schwäche im Bein"),
        t!(
            "A leg that gives way or a foot that will not lift, getting worse over hours or days, means that a nerve is losing function; it may need treatment the same day.",
            "Knickt ein Bein weg oder lässt sich ein Fuß nicht anheben, und wird das über Stunden oder Tage schlimmer, verliert ein Nerv an Funktion; das muss womöglich noch am selben Tag behandelt werden."
        ),
        &[S::Nvl, S::Verhagen2016],
    ),
    rule(
        "accident",
        L::Emergency,
        emergency("accident"),
        t!("Serious accident", "Schwerer Unfall"),
        t!(
            "Back pain after a serious accident can mean a broken vertebra.",
            "Rückenschmerzen nach einem schweren Unfall können auf einen Wirbelbruch hinweisen."
        ),
        &[S::NhsBackPain, S::Nvl],
    ),
    rule(
        "chest_pain",
        L::Emergency,
        emergency("chest_pain"),
        t!(
            "Chest pain, or sudden severe pain between the shoulder blades",
            "Brustschmerzen oder plötzliche heftige Schmerzen zwischen den Schulterblättern"
        ),
        t!(
            "Chest pain with back pain, or a sudden severe pain between the shoulder blades, can come from the heart or a large blood vessel.",
            "Brustschmerzen zusammen mit Rückenschmerzen oder ein plötzlicher heftiger Schmerz zwischen den Schulterblättern können vom Herzen oder von einem großen Blutgefäß ausgehen."
        ),
        &[S::NhsBackPain],
    ),
    // ---- urgent: a doctor today (116 117 / NHS 111)
    rule(
        "unwell",
        L::Urgent,
        urgent("unwell"),
        t!("Fever, chills or feeling unwell", "Fieber, Schüttelfrost oder Krankheitsgefühl"),
        t!(
            "Fever or feeling unwell together with back pain can be a sign of an infection in the spine.",
            "Fieber oder Krankheitsgefühl zusammen mit Rückenschmerzen kann auf eine Infektion an der Wirbelsäule hinweisen."
        ),
        &[S::NhsBackPain, S::NiceCks, S::Nvl],
    ),
    rule(
        "weight_loss",
        L::Urgent,
        urgent("weight_loss"),
        t!("Weight loss without trying", "Ungewollter Gewichtsverlust"),
        t!(
            "Losing weight without trying, together with back pain, should be checked by a doctor.",
            "Ungewollter Gewichtsverlust zusammen mit Rückenschmerzen sollte ärztlich abgeklärt werden."
        ),
        &[S::NhsBackPain, S::NiceCks, S::Verhagen2016],
    ),
    rule(
        "cancer",
        L::Urgent,
        urgent("cancer"),
        t!("Cancer now or in the past", "Krebserkrankung, jetzt oder früher"),
        t!(
            "After cancer, new back pain is checked for a spread to the spine.",
            "Nach einer Krebserkrankung werden neue Rückenschmerzen auf Absiedlungen an der Wirbelsäule untersucht."
        ),
        &[S::NiceCks, S::Nvl, S::Verhagen2016],
    ),
    rule(
        "lump",
        L::Urgent,
        pain_sign("lump"),
        t!("Lump, swelling or changed shape of the back", "Beule, Schwellung oder veränderte Form des Rückens"),
        t!(
            "A lump, a swelling or a change in the shape of the back needs a doctor to look at it.",
            "Eine Beule, eine Schwellung oder eine veränderte Form des Rückens muss ärztlich angesehen werden."
        ),
        &[S::NhsBackPain],
    ),
    rule(
        "night_pain",
        L::Urgent,
        pain_sign("night_pain"),
        t!("Pain worse at night or not eased by rest", "Schmerzen nachts stärker oder in Ruhe nicht besser"),
        t!(
            "Pain that is worse at night, wakes you or does not ease with rest is not typical of an overloaded muscle.",
            "Schmerzen, die nachts stärker sind, dich wecken oder in Ruhe nicht nachlassen, sind für einen überlasteten Muskel untypisch."
        ),
        &[S::NhsBackPain, S::NiceCks],
    ),
    rule(
        "sneeze_cough",
        L::Urgent,
        pain_sign("sneeze_cough"),
        t!("Pain worse when sneezing, coughing or on the toilet", "Schmerzen stärker beim Niesen, Husten oder auf der Toilette"),
        t!(
            "Back pain made worse by sneezing, coughing or straining on the toilet should be seen by a doctor today.",
            "Rückenschmerzen, die beim Niesen, Husten oder Pressen auf der Toilette stärker werden, sollten noch heute ärztlich angesehen werden."
        ),
        &[S::NhsBackPain],
    ),
    rule(
        "upper_back",
        L::Urgent,
        pain_sign("upper_back"),
        t!("Pain between the shoulder blades", "Schmerzen zwischen den Schulterblättern"),
        t!(
            "Pain high up between the shoulder blades can have causes other than those of low back pain, some of them in the chest, and should be seen by a doctor today.",
            "Schmerzen weit oben zwischen den Schulterblättern können andere Ursachen haben als Kreuzschmerzen, auch im Brustkorb, und sollten noch heute ärztlich untersucht werden."
        ),
        &[S::NhsBackPain, S::NiceCks],
    ),
    rule(
        "immune",
        L::Urgent,
        urgent("immune"),
        t!("Weakened immune system", "Geschwächtes Immunsystem"),
        t!(
            "With a weakened immune system, an infection of the spine is more likely and can start with back pain alone.",
            "Bei geschwächtem Immunsystem ist eine Infektion der Wirbelsäule wahrscheinlicher; sie kann allein mit Rückenschmerzen beginnen."
        ),
        &[S::NiceCks, S::Nvl],
    ),
    rule(
        "injected_drugs",
        L::Urgent,
        urgent("injected_drugs"),
        t!("Injecting drugs", "Spritzen von Drogen"),
        t!(
            "Injecting drugs can carry bacteria into the blood and on to the spine.",
            "Beim Spritzen von Drogen können Bakterien ins Blut und bis an die Wirbelsäule gelangen."
        ),
        &[S::NiceCks, S::Nvl],
    ),
    rule(
        "infection",
        L::Urgent,
        urgent("infection"),
        t!("Recent bacterial infection", "Kürzliche bakterielle Infektion"),
        t!(
            "A recent bacterial infection elsewhere can spread to the spine.",
            "Eine kürzliche bakterielle Infektion an anderer Stelle kann sich auf die Wirbelsäule ausbreiten."
        ),
        &[S::NiceCks, S::Nvl],
    ),
    rule(
        "spine_procedure",
        L::Urgent,
        urgent("spine_procedure"),
        t!("Recent spinal injection or operation", "Kürzliche Spritze an die Wirbelsäule oder Rückenoperation"),
        t!(
            "New pain after an injection into the spine or a back operation can be an infection at that spot.",
            "Neue Schmerzen nach einer Spritze an die Wirbelsäule oder einer Rückenoperation können eine Infektion an dieser Stelle sein."
        ),
        &[S::NiceCks, S::Nvl],
    ),
    rule(
        "leg_weakness",
        L::Urgent,
        pain_sign("leg_weakness"),
        t!("New weakness in one leg", "Neue Schwäche in einem Bein"),
        t!(
            "A foot that slaps or drags, or not being able to walk on heels or toes, means that a nerve root is not working properly.",
            "Klatscht der Fuß auf oder schleift er oder gelingt der Fersen- oder Zehenspitzengang nicht, arbeitet eine Nervenwurzel nicht richtig."
        ),
        &[S::NhsBackPain, S::NiceCks, S::Nvl],
    ),
    rule(
        "weakness_pain_less",
        L::Urgent,
        pain_sign("weakness_pain_less"),
        t!("Weakness growing while pain eases", "Schwäche nimmt zu, Schmerz lässt nach"),
        t!(
            "When the pain eases but the weakness grows, the nerve may be getting worse, not better.",
            "Wenn der Schmerz nachlässt, die Schwäche aber zunimmt, wird der Nerv womöglich schlechter, nicht besser."
        ),
        &[S::Nvl],
    ),
    rule(
        "minor_fall_bones",
        L::Urgent,
        Cond::All(&[
            urgent("minor_fall"),
            Cond::Any(&[urgent("osteoporosis"), urgent("immune"), Cond::Is(Q::Age, "65_plus")]),
        ]),
        t!(
            "Minor fall or lift at 65 or older, or with osteoporosis or long-term steroid tablets",
            "Leichter Sturz oder Heben ab 65 Jahren, bei Osteoporose oder langer Kortison-Einnahme"
        ),
        t!(
            "At 65 or older, with osteoporosis or after months of steroid tablets, even a minor fall or a lift can break a vertebra.",
            "Ab 65, bei Osteoporose oder nach monatelanger Kortison-Einnahme kann schon ein leichter Sturz oder das Heben einer Last einen Wirbel brechen."
        ),
        &[S::NiceCks, S::Nvl, S::Verhagen2016],
    ),
    // ---- see a doctor: book an appointment
    rule(
        "day_10",
        L::SeeDoctor,
        Cond::PainDaysAtLeast(DOCTOR_FROM_DAY),
        t!("Pain that began 10 or more days ago", "Schmerzbeginn vor 10 oder mehr Tagen"),
        t!(
            "Your pain began 10 or more days ago. Back pain that has not settled within 10 days should be examined to find its cause.",
            "Deine Schmerzen begannen vor 10 oder mehr Tagen. Rückenschmerzen, die nach 10 Tagen nicht abgeklungen sind, sollten untersucht werden, um die Ursache zu finden."
        ),
        &[S::Seed003McDowell],
    ),
    rule(
        "over_4_weeks",
        L::SeeDoctor,
        Cond::PainDaysAtLeast(29),
        t!("Pain that began more than 4 weeks ago", "Schmerzbeginn vor mehr als 4 Wochen"),
        t!(
            "After 4 weeks, the German guideline advises that a doctor assesses the risk of the pain lasting, for example with a short screening questionnaire.",
            "Nach 4 Wochen empfiehlt die Nationale VersorgungsLeitlinie, dass eine Ärztin oder ein Arzt das Risiko für anhaltende Schmerzen einschätzt, etwa mit einem kurzen Fragebogen."
        ),
        &[S::Nvl],
    ),
    rule(
        "over_12_weeks",
        L::SeeDoctor,
        Cond::PainDaysAtLeast(85),
        t!("Pain that began more than 12 weeks ago", "Schmerzbeginn vor mehr als 12 Wochen"),
        t!(
            "After 12 weeks, the German guideline advises an assessment by several professions together: medicine, physiotherapy and psychology.",
            "Nach 12 Wochen empfiehlt die Nationale VersorgungsLeitlinie eine gemeinsame Untersuchung durch mehrere Fachrichtungen: Medizin, Physiotherapie und Psychologie."
        ),
        &[S::Nvl],
    ),
    rule(
        CANNOT_MANAGE,
        L::SeeDoctor,
        limit("cannot_manage"),
        t!("Cannot walk or manage daily tasks", "Gehen oder Alltag nicht möglich"),
        t!(
            "Pain that stops you walking or managing everyday life needs a doctor's help.",
            "Schmerzen, die dich am Gehen oder im Alltag hindern, brauchen ärztliche Hilfe."
        ),
        &[S::Seed003Hinson, S::NhsBackPain],
    )
    .rests(),
    rule(
        SEVERE_PAIN,
        L::SeeDoctor,
        Cond::Any(&[Cond::PainAtLeast(Q::PainNow, 8), Cond::PainAtLeast(Q::PainRunning, 8)]),
        t!("Very severe pain (8 to 10 of 10)", "Sehr starke Schmerzen (8 bis 10 von 10)"),
        t!(
            "Very bad back pain (8 of 10 or more: Back Check's working cut-off), now or with running, should be seen by a doctor, even without other signs.",
            "Sehr starke Rückenschmerzen (ab 8 von 10: ein Richtwert von Back Check), jetzt oder beim Laufen, sollten ärztlich angesehen werden, auch ohne weitere Zeichen."
        ),
        &[S::NhsBackPain, S::BackCheck],
    )
    .rests(),
    rule(
        "worse_daily",
        L::SeeDoctor,
        doctor("worse_daily"),
        t!("Pain getting worse day by day", "Schmerzen von Tag zu Tag stärker"),
        t!(
            "Back pain that gets worse day by day instead of better should be examined.",
            "Rückenschmerzen, die von Tag zu Tag stärker statt schwächer werden, sollten untersucht werden."
        ),
        &[S::NhsBackPain],
    ),
    rule(
        "one_leg_numb",
        L::SeeDoctor,
        doctor("one_leg_numb"),
        t!("Numbness in one leg for over a week", "Taubheit in einem Bein seit über einer Woche"),
        t!(
            "Numbness or tingling in one leg that lasts can come from an irritated nerve root, which a doctor should examine. Drawing the line at a week is Back Check's working cut-off.",
            "Anhaltende Taubheit oder anhaltendes Kribbeln in einem Bein kann von einer gereizten Nervenwurzel kommen, die ärztlich untersucht werden sollte. Die Grenze bei einer Woche ist ein Richtwert von Back Check."
        ),
        &[S::Nvl, S::BackCheck],
    ),
    rule(
        "under_18",
        L::SeeDoctor,
        Cond::Is(Q::Age, "under_18"),
        t!("Under 18", "Unter 18 Jahren"),
        t!(
            "In young athletes, back pain is checked for a stress fracture of a vertebra (spondylolysis).",
            "Bei jungen Sportlerinnen und Sportlern werden Rückenschmerzen auf einen Ermüdungsbruch eines Wirbels (Spondylolyse) untersucht."
        ),
        &[S::NiceCks],
    ),
    rule(
        "inflammatory",
        L::SeeDoctor,
        doctor("morning_stiffness"),
        t!("Long morning stiffness that eases with movement", "Lange Morgensteifigkeit, die bei Bewegung nachlässt"),
        t!(
            "Back pain for months with long morning stiffness that eases with movement can be an inflammation of the spine (axial spondyloarthritis), usually starting before 45.",
            "Monatelange Rückenschmerzen mit langer Morgensteifigkeit, die bei Bewegung nachlässt, können auf eine Entzündung der Wirbelsäule hinweisen (axiale Spondyloarthritis), die meist vor dem 45. Lebensjahr beginnt."
        ),
        &[S::Nvl],
    ),
    rule(
        BONE_STRESS,
        L::SeeDoctor,
        Cond::All(&[
            doctor("hop_pain"),
            Cond::Any(&[
                Cond::Has(Q::BoneLoad, "load_up"),
                Cond::Has(Q::BoneLoad, "periods"),
                Cond::Has(Q::BoneLoad, "eat_little"),
                Cond::Has(Q::BoneLoad, "past_fracture"),
                // Thin bones, answered on the health page: low bone density
                // is a risk factor of its own (IOC REDs consensus).
                urgent("osteoporosis"),
                // Unsure: the higher level wins.
                Cond::Has(Q::BoneLoad, "unsure"),
            ]),
        ]),
        t!(
            "Deep pain at the base of the spine, worse when hopping, with a risk factor for an overloaded bone",
            "Tiefer Schmerz am unteren Ende der Wirbelsäule, stärker beim Hüpfen, mit einem Risiko für einen überlasteten Knochen"
        ),
        t!(
            "This can be a stress fracture of the sacrum. Runners who raised their load, whose periods stopped, who eat too little for their training, who had a stress fracture before or whose bones are thin (osteoporosis) are at higher risk. Hopping as a check is Back Check's own screening step.",
            "Das kann ein Ermüdungsbruch des Kreuzbeins sein. Ein höheres Risiko haben Läuferinnen und Läufer, die mehr trainieren, deren Periode ausbleibt, die zu wenig für ihr Training essen, die schon einmal einen Ermüdungsbruch hatten oder deren Knochen dünn sind (Osteoporose). Das Hüpfen als Prüfung ist ein eigener Prüfschritt von Back Check."
        ),
        &[S::Ioc2023, S::BackCheck],
    )
    .rests(),
    // ---- rest first
    rule(
        "limping",
        L::RestFirst,
        limit("limping"),
        t!("Limping", "Humpeln"),
        t!(
            "Limping means your back needs rest days from running first.",
            "Wer humpelt, braucht zuerst Ruhetage ohne Laufen."
        ),
        &[S::Seed003McDowell],
    ),
    rule(
        "positions",
        L::RestFirst,
        limit("positions"),
        t!("Painful change of position", "Schmerzhafter Positionswechsel"),
        t!(
            "When changing between sitting, standing and lying hurts, your back needs rest days from running first.",
            "Wenn der Wechsel zwischen Sitzen, Stehen und Liegen wehtut, braucht dein Rücken zuerst Ruhetage ohne Laufen."
        ),
        &[S::Seed003McDowell],
    ),
    rule(
        "strong_pain",
        L::RestFirst,
        Cond::Any(&[Cond::PainAtLeast(Q::PainNow, 6), Cond::PainAtLeast(Q::PainRunning, 6)]),
        t!("Strong pain (6 of 10 or more)", "Starke Schmerzen (6 von 10 oder mehr)"),
        t!(
            "With pain of 6 out of 10 or more (Back Check's working cut-off), now or with running, rest days from running come first.",
            "Bei Schmerzen ab 6 von 10 (ein Richtwert von Back Check), jetzt oder beim Laufen, kommen zuerst Ruhetage ohne Laufen."
        ),
        &[S::BackCheck],
    ),
    rule(
        "hop_pain",
        L::RestFirst,
        doctor("hop_pain"),
        t!("Deep pain at the base of the spine, worse when hopping", "Tiefer Schmerz am unteren Ende der Wirbelsäule, stärker beim Hüpfen"),
        t!(
            "Pain that grows when you hop can come from an overloaded bone, and running is hopping again and again: no running for now. If hopping still hurts after a week, see a doctor. Hopping as a check is Back Check's own screening step.",
            "Ein Schmerz, der beim Hüpfen zunimmt, kann von einem überlasteten Knochen kommen, und Laufen ist Hüpfen in Serie: vorerst nicht laufen. Tut das Hüpfen nach einer Woche noch weh, geh zu einer Ärztin oder einem Arzt. Das Hüpfen als Prüfung ist ein eigener Prüfschritt von Back Check."
        ),
        &[S::BackCheck],
    ),
];

/// What kind of evidence a signal is (CONTENT §2, "how sure the app may sound").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// One answer about habits or symptoms: "possible" alone, "likely" with a
    /// second, independent answer (never for a strength or length
    /// contributor: an answer there is a proxy, see
    /// [`Contributor::needs_test`]).
    Answer,
    /// A self-test finding: "likely" on its own.
    SelfTest,
    /// Counts only next to another signal for the same contributor.
    Support,
}

/// Evidence that an answer points to a contributor.
#[derive(Clone, Copy, Debug)]
pub struct Signal {
    pub contributor: Contributor,
    pub when: Cond,
    pub evidence: Evidence,
    pub sources: &'static [Source],
}

const fn sig(
    contributor: Contributor,
    evidence: Evidence,
    when: Cond,
    sources: &'static [Source],
) -> Signal {
    Signal {
        contributor,
        when,
        evidence,
        sources,
    }
}

use Contributor as C;
use Evidence::{Answer as A, SelfTest as T, Support as P};

/// Every signal. A contributor is "likely" with one self-test finding, or
/// with answers to two different questions unless it is a strength or length
/// contributor; "possible" with one answer.
#[rustfmt::skip]
pub const SIGNALS: &[Signal] = &[
    // Long sitting
    sig(C::LongSitting, A, Cond::Any(&[Cond::Is(Q::Sitting, "over_8"), Cond::Is(Q::Sitting, "6_to_8")]), &[S::Seed003Hinson, S::Seed004]),
    sig(C::LongSitting, A, Cond::Has(Q::PainTriggers, "sitting"), &[S::Seed003Hinson]),
    // Weak glutes and posterior chain: the self-tests measure it; a hip drop
    // seen when running and long sitting are proxies.
    sig(C::WeakGlutes, T, Cond::HoldUnder(Q::TestBridge, 30), &[S::Seed001, S::BackCheck]),
    sig(C::WeakGlutes, T, Cond::Any(&[Cond::Is(Q::TestStance, "drops_one"), Cond::Is(Q::TestStance, "drops_both")]), &[S::Seed001]),
    sig(C::WeakGlutes, A, Cond::Has(Q::TechniqueSigns, "hip_drop"), &[S::Seed001]),
    sig(C::WeakGlutes, A, Cond::Is(Q::Sitting, "over_8"), &[S::Seed003McDowell]),
    // Short hip flexors: the table test measures it; sitting and crunches are proxies.
    sig(C::ShortHipFlexors, T, Cond::Any(&[Cond::Is(Q::TestHipFlexor, "rises_one"), Cond::Is(Q::TestHipFlexor, "rises_both")]), &[S::Seed004, S::Seed001]),
    sig(C::ShortHipFlexors, A, Cond::Is(Q::CoreRoutine, "crunches"), &[S::Seed004]),
    sig(C::ShortHipFlexors, A, Cond::Is(Q::Sitting, "over_8"), &[S::Seed004]),
    // Hollow back / pelvic tilt when running
    sig(C::HollowBack, A, Cond::Has(Q::TechniqueSigns, "hollow_back"), &[S::Seed003McDowell]),
    // Heel striking is common and no fault by itself: it only supports a
    // hollow back seen when running (seed 003: more likely with heel striking).
    sig(C::HollowBack, P, Cond::Is(Q::FootStrike, "heel"), &[S::Seed003McDowell]),
    // Low trunk endurance: the plank holds measure it.
    sig(C::WeakCore, T, Cond::HoldUnder(Q::TestPlank, 60), &[S::Seed001, S::BackCheck]),
    sig(C::WeakCore, T, Cond::HoldUnder(Q::TestSidePlank, 30), &[S::Seed001, S::BackCheck]),
    sig(C::WeakCore, A, Cond::Has(Q::TechniqueSigns, "lean_late"), &[S::Seed001, S::Seed003McDowell]),
    sig(C::WeakCore, A, Cond::Is(Q::CoreRoutine, "none"), &[S::Seed001]),
    // Weak thigh muscles: the wall sit measures it; no strength training is a
    // proxy, and long-lasting pain alone is no sign of weakness.
    sig(C::WeakLegs, T, Cond::HoldUnder(Q::TestWallSit, 45), &[S::Seed002, S::Cai2017, S::BackCheck]),
    sig(C::WeakLegs, A, Cond::Is(Q::StrengthSessions, "0"), &[S::Seed002]),
    sig(C::WeakLegs, P, Cond::PainDaysAtLeast(90), &[S::Seed002, S::Cai2017]),
    // Shoes
    sig(C::Shoes, A, Cond::Any(&[Cond::Is(Q::ShoeKm, "over_800"), Cond::Is(Q::ShoeKm, "500_to_800")]), &[S::Seed003Gallucci]),
    sig(C::Shoes, A, Cond::Is(Q::ShoeChange, "yes"), &[S::Seed003Gallucci, S::Seed001]),
    // Too much too soon
    sig(C::TooMuchTooSoon, A, Cond::Any(&[Cond::Is(Q::LoadChange, "more"), Cond::Is(Q::LoadChange, "started")]), &[S::Seed003McDowell, S::Seed002]),
    // Fatigue and recovery
    sig(C::Fatigue, A, Cond::Is(Q::RestDays, "0"), &[S::Seed001]),
    sig(C::Fatigue, A, Cond::Is(Q::Sleep, "under_6"), &[S::Seed001]),
    // Hard or uneven surfaces
    sig(C::HardSurfaces, A, Cond::Any(&[Cond::Is(Q::Surface, "hard"), Cond::Is(Q::Surface, "uneven")]), &[S::Seed003Hinson, S::Seed001]),
    // Running technique (heel striking is no fault: it is not one of them)
    sig(C::Technique, A, Cond::Any(&[
        Cond::Has(Q::TechniqueSigns, "legs_cross"),
        Cond::Has(Q::TechniqueSigns, "arms_cross"),
        Cond::Has(Q::TechniqueSigns, "overstride"),
    ]), &[S::Seed003McDowell, S::Seed001]),
    // Asymmetry
    sig(C::Asymmetry, A, Cond::Any(&[Cond::Has(Q::Asymmetry, "leg_length"), Cond::Has(Q::Asymmetry, "one_side_stronger")]), &[S::Seed003McDowell, S::Seed001]),
    sig(C::Asymmetry, T, Cond::SideShareUnder(Q::TestBridge, 75), &[S::Seed001, S::BackCheck]),
    sig(C::Asymmetry, T, Cond::SideShareUnder(Q::TestSidePlank, 75), &[S::Seed001, S::BackCheck]),
    sig(C::Asymmetry, T, Cond::Is(Q::TestStance, "drops_one"), &[S::Seed001]),
    sig(C::Asymmetry, T, Cond::Is(Q::TestHipFlexor, "rises_one"), &[S::Seed001]),
    // No warm-up
    sig(C::NoWarmUp, A, Cond::Any(&[Cond::Is(Q::WarmUp, "never"), Cond::Is(Q::WarmUp, "sometimes")]), &[S::Seed003Gallucci]),
    // No strength training
    sig(C::NoStrength, A, Cond::Any(&[Cond::Is(Q::StrengthSessions, "0"), Cond::Is(Q::StrengthSessions, "1")]), &[S::Seed001, S::Seed000]),
    // Stress and one-sided training: stress only when frequent.
    sig(C::OneSidedTension, A, Cond::Is(Q::Stress, "often"), &[S::Seed004]),
    sig(C::OneSidedTension, A, Cond::Is(Q::CoreRoutine, "crunches"), &[S::Seed004]),
    // Pain patterns: a physio examines them; never more than "possible".
    sig(C::FacetJoints, A, Cond::Has(Q::PainTriggers, "bend_twist"), &[S::Seed003Hinson]),
    sig(C::SacroiliacJoint, A, Cond::Has(Q::PainSite, "one_side_pelvis"), &[S::Seed003Hinson]),
    sig(C::MuscleStrain, A, Cond::Has(Q::PainTriggers, "hard_effort"), &[S::Seed003Hinson]),
    // Age
    sig(C::Age, A, Cond::Any(&[Cond::Is(Q::Age, "50_to_64"), Cond::Is(Q::Age, "65_plus")]), &[S::Seed000]),
];

/// Self-test results that are normal for a contributor: one of them (and no
/// self-test finding) outweighs the guesses from proxy answers.
#[rustfmt::skip]
pub const NORMAL_TESTS: &[(Contributor, Cond)] = &[
    (C::WeakGlutes, Cond::Any(&[Cond::HoldAtLeast(Q::TestBridge, 30), Cond::Is(Q::TestStance, "level")])),
    (C::ShortHipFlexors, Cond::Is(Q::TestHipFlexor, "stays")),
    (C::WeakCore, Cond::Any(&[Cond::HoldAtLeast(Q::TestPlank, 60), Cond::HoldAtLeast(Q::TestSidePlank, 30)])),
    (C::WeakLegs, Cond::HoldAtLeast(Q::TestWallSit, 45)),
];

/// A whole rule set: what [`assess_with`](super::assess_with) applies.
/// The app runs [`RULES`]; a saved check is re-read with it to see whether
/// today's rules give another verdict than the check gave on its day.
#[derive(Clone, Copy, Debug)]
pub struct Rules<'r> {
    pub care: &'r [CareRule],
    pub signals: &'r [Signal],
    pub normal_tests: &'r [(Contributor, Cond)],
}

/// The rules this app applies.
pub const RULES: Rules<'static> = Rules {
    care: CARE_RULES,
    signals: SIGNALS,
    normal_tests: NORMAL_TESTS,
};
