//! What the result page tells a runner to do: today (at most three things)
//! and the plan in phases. Plain data and functions of the assessment.
use super::contributors::{Contributor, Finding};
use super::plan::{Group, Item};
use super::rules::CareLevel;
use super::sources::Source;
use super::text::Text;
use crate::t;

/// At most this many things to do today.
pub const MAX_TODAY: usize = 3;

/// From this pain score (now or when running) on, no loaded strength work
/// (Back Check's working cut-off; it is not shown as a number).
pub const NO_LOAD_FROM_PAIN: u8 = 5;

/// When to get help at once: on every result that lets the runner go
/// home, the emergency and urgent signs that may still come (CONTENT §1),
/// each group with whom to call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyNet {
    /// Whom to call, as the lead of the line.
    pub call: Text,
    /// The signs, in the runner's words.
    pub signs: Text,
}

pub const SAFETY_NET_TITLE: Text = t!("Get help at once", "Sofort Hilfe holen");

pub const SAFETY_NET: [SafetyNet; 2] = [
    SafetyNet {
        call: t!("Call 112 (UK: 999)", "Ruf die 112 an"),
        signs: t!(
            "if you notice numbness around the genitals, anus or buttocks, new trouble passing urine, loss of bladder or bowel control, pain or weakness in both legs, or chest pain.",
            "bei Taubheit an Genitalien, After oder Gesäß, neuen Problemen beim Wasserlassen, Verlust der Kontrolle über Blase oder Darm, Schmerzen oder Schwäche in beiden Beinen oder Brustschmerzen."
        ),
    },
    SafetyNet {
        call: t!(
            "See a doctor today (Germany: 116 117; UK: 111)",
            "Noch heute zur Ärztin oder zum Arzt (116 117)"
        ),
        signs: t!(
            "if you get a fever or feel unwell, the pain wakes you at night, or a leg or foot becomes weak.",
            "bei Fieber oder Krankheitsgefühl, wenn dich die Schmerzen nachts wecken oder ein Bein oder Fuß schwach wird."
        ),
    },
];

/// Where the safety net's signs and numbers come from.
pub const SAFETY_NET_SOURCES: &[Source] = &[Source::NhsBackPain, Source::NhsCaudaEquina];

/// One thing to do today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Today {
    BookDoctor,
    /// Booking when the pain stops walking or everyday life, or is very
    /// severe: an appointment today or tomorrow.
    BookDoctorSoon,
    NoRunningUntilSeen,
    NoRunning,
    Walk,
    Relief,
    StartThisWeek,
    MovementBreaks,
    NotePain,
}

impl Today {
    pub const ALL: [Today; 9] = [
        Today::BookDoctor,
        Today::BookDoctorSoon,
        Today::NoRunningUntilSeen,
        Today::NoRunning,
        Today::Walk,
        Today::Relief,
        Today::StartThisWeek,
        Today::MovementBreaks,
        Today::NotePain,
    ];

    pub fn text(self) -> Text {
        match self {
            Today::BookDoctor => t!(
                "Call your GP practice or a sports medicine doctor today for an appointment in the next few days.",
                "Ruf heute in deiner Hausarztpraxis oder einer orthopädischen oder sportmedizinischen Praxis an und vereinbare einen Termin für die nächsten Tage."
            ),
            Today::BookDoctorSoon => t!(
                "Call your GP practice today for an appointment today or tomorrow; if you cannot get there, ask for a home visit.",
                "Ruf heute in deiner Hausarztpraxis an und bitte um einen Termin heute oder morgen; kommst du nicht hin, frag nach einem Hausbesuch."
            ),
            Today::NoRunningUntilSeen => t!(
                "Do not run until a doctor has seen you.",
                "Verzichte aufs Laufen, bis dich eine Ärztin oder ein Arzt untersucht hat."
            ),
            Today::NoRunning => t!(
                "Do not run until you can walk and change position without pain.",
                "Verzichte aufs Laufen, bis du ohne Schmerzen gehen und die Position wechseln kannst."
            ),
            Today::Walk => t!(
                "Keep moving: walk at an easy pace, as long as it does not make the pain worse. Bed rest slows recovery.",
                "Bleib in Bewegung: Geh ruhig spazieren, solange es die Schmerzen nicht verstärkt. Bettruhe verzögert die Heilung."
            ),
            Today::Relief => t!(
                "Ease the pain with warmth, such as a heat pack or a warm shower.",
                "Lindere die Schmerzen mit Wärme, etwa einem Wärmekissen oder einer warmen Dusche."
            ),
            Today::StartThisWeek => t!(
                "Do the exercises under \u{201c}This week\u{201d} once, about 10 minutes.",
                "Mach die Übungen unter \u{201e}Diese Woche\u{201c} einmal durch, etwa 10 Minuten."
            ),
            Today::MovementBreaks => t!(
                "Stand up and move for a minute or two every 30 to 45 minutes of sitting (Back Check's working cut-off).",
                "Steh nach 30 bis 45 Minuten Sitzen auf und beweg dich ein, zwei Minuten (ein Richtwert von Back Check)."
            ),
            Today::NotePain => t!(
                "Note your pain (0 to 10) tonight and tomorrow morning: if it is worse in the morning, you did too much.",
                "Notier deinen Schmerz (0 bis 10) heute Abend und morgen früh: Ist er am Morgen stärker, war es zu viel."
            ),
        }
    }

    pub fn sources(self) -> &'static [Source] {
        match self {
            Today::BookDoctor | Today::NoRunning => &[Source::Seed003McDowell],
            Today::BookDoctorSoon => &[Source::Seed003Hinson, Source::NhsBackPain],
            Today::NoRunningUntilSeen => &[Source::Seed003McDowell, Source::BackCheck],
            Today::Walk => &[Source::Nvl, Source::NiceNg59],
            Today::Relief => &[Source::NhsBackPain],
            Today::StartThisWeek => &[Source::BackCheck],
            Today::MovementBreaks => &[Source::Seed003Hinson, Source::Seed004, Source::BackCheck],
            Today::NotePain => &[Source::Silbernagel2007, Source::BackCheck],
        }
    }

    /// At most three things, the most pressing first; nothing run-based at
    /// "see a doctor" and above, nothing at all at urgent and above. `soon`:
    /// the pain stops walking or everyday life, or is very severe.
    pub fn for_result(
        level: CareLevel,
        rest_first: bool,
        soon: bool,
        findings: &[Finding],
    ) -> Vec<Today> {
        let sitting = findings
            .iter()
            .any(|f| f.contributor == Contributor::LongSitting);
        let mut out = if level >= CareLevel::Urgent {
            Vec::new()
        } else if level == CareLevel::SeeDoctor && soon {
            vec![
                Today::BookDoctorSoon,
                Today::NoRunningUntilSeen,
                Today::Walk,
            ]
        } else if level == CareLevel::SeeDoctor {
            vec![Today::BookDoctor, Today::NoRunningUntilSeen, Today::Walk]
        } else if level == CareLevel::RestFirst || rest_first {
            vec![Today::NoRunning, Today::Walk, Today::Relief]
        } else if sitting {
            vec![Today::StartThisWeek, Today::MovementBreaks, Today::NotePain]
        } else {
            vec![Today::StartThisWeek, Today::Walk, Today::NotePain]
        };
        out.truncate(MAX_TODAY);
        out
    }
}

/// The plan's phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// At "see a doctor": gentle activity only, until a doctor has seen it.
    UntilSeen,
    /// Relief and gentle mobility.
    ThisWeek,
    /// Strength, technique, load and shoes.
    FromNextWeek,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::UntilSeen, Phase::ThisWeek, Phase::FromNextWeek];

    /// Stable key, for ids and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Phase::UntilSeen => "until-seen",
            Phase::ThisWeek => "this-week",
            Phase::FromNextWeek => "next-week",
        }
    }

    pub fn title(self) -> Text {
        match self {
            Phase::UntilSeen => t!("Until you are seen", "Bis zur Untersuchung"),
            Phase::ThisWeek => t!("This week", "Diese Woche"),
            Phase::FromNextWeek => t!("From next week", "Ab nächster Woche"),
        }
    }

    /// At most this many items.
    pub fn max(self) -> usize {
        match self {
            Phase::UntilSeen => 5,
            Phase::ThisWeek => 4,
            Phase::FromNextWeek => 5,
        }
    }
}

impl Item {
    /// The phase the item belongs to outside the "until you are seen"
    /// plan: relief, mobility and breaks from sitting start now; strength,
    /// technique, load and shoes next week.
    pub fn phase(self) -> Phase {
        match self.group() {
            Group::ReliefNow | Group::Mobilise => Phase::ThisWeek,
            _ if self == Item::MovementBreaks => Phase::ThisWeek,
            _ => Phase::FromNextWeek,
        }
    }

    /// Gentle activity, nothing run-based and no strength work: what the
    /// "until you are seen" plan may hold (CONTENT §1, "see a doctor").
    pub fn is_gentle(self) -> bool {
        matches!(
            self,
            Item::RestFromRunning
                | Item::Massage
                | Item::PainRelief
                | Item::HipFlexorStretch
                | Item::QuadStretch
                | Item::ChildsPose
                | Item::CatCow
                | Item::MovementBreaks
                | Item::Sleep
        )
    }

    /// How to make it harder (or longer) as it gets easy; `None` for a
    /// habit with nothing to build up. `until_seen`: before a doctor has
    /// seen the pain, running comes back only once a doctor has cleared it.
    pub fn progression(self, until_seen: bool) -> Option<Text> {
        let text = match self {
            Item::RestFromRunning if until_seen => t!(
                "Run again only after a doctor has cleared running.",
                "Lauf erst wieder, wenn eine Ärztin oder ein Arzt es freigegeben hat."
            ),
            Item::RestFromRunning => t!(
                "Back to running step by step, as under \u{201c}The way back to running\u{201d}.",
                "Schritt für Schritt zurück zum Laufen, wie unter \u{201e}Der Weg zurück zum Laufen\u{201c}."
            ),
            Item::PainRelief => t!(
                "Only for a few days, and less as the pain eases; never before a run.",
                "Nur ein paar Tage und immer weniger, sobald der Schmerz nachlässt; nie vor einem Lauf."
            ),
            Item::Massage => t!(
                "Only as long as it eases the pain; less often as you improve.",
                "Nur so lange, wie es den Schmerz lindert; seltener, wenn es besser wird."
            ),
            Item::GaitAnalysis => t!(
                "Afterwards, try the changes one at a time on easy runs.",
                "Probier die Änderungen danach einzeln bei lockeren Läufen aus."
            ),
            Item::GradualIncrease => t!(
                "Take one small step at a time and stay on it until it feels easy.",
                "Mach immer nur einen kleinen Schritt und bleib dabei, bis er sich leicht anfühlt."
            ),
            Item::StrengthRoutine => t!(
                "Raise the load a little whenever the exercises feel easy.",
                "Steigere die Last ein wenig, sobald sich die Übungen leicht anfühlen."
            ),
            Item::RestDays | Item::Sleep | Item::SofterSurfaces | Item::MovementBreaks => t!(
                "Keep it up after the pain has gone.",
                "Behalte es bei, auch wenn die Schmerzen weg sind."
            ),
            Item::ReplaceShoes | Item::ShoeFit => return None,
            _ => match self.group() {
                Group::Strengthen if self.is_loaded() => t!(
                    "Start light. When the last set feels easy in two sessions in a row, add a little weight; go back a step if the next morning is worse.",
                    "Fang leicht an. Fällt der letzte Satz in zwei Einheiten hintereinander leicht, nimm etwas mehr Gewicht; geh einen Schritt zurück, wenn es am nächsten Morgen schlimmer ist."
                ),
                Group::Strengthen => t!(
                    "When the last set feels easy in two sessions in a row, add 2 repetitions or 10 seconds, then a harder variant; go back a step if the next morning is worse.",
                    "Fällt der letzte Satz in zwei Einheiten hintereinander leicht, nimm 2 Wiederholungen oder 10 Sekunden dazu, danach eine schwerere Variante; geh einen Schritt zurück, wenn es am nächsten Morgen schlimmer ist."
                ),
                Group::Mobilise => t!(
                    "Move only as far as it stays comfortable; as it eases, hold or move a little further.",
                    "Beweg dich nur so weit, wie es angenehm bleibt; wird es leichter, halte etwas länger oder geh etwas weiter."
                ),
                Group::Technique => t!(
                    "One cue at a time, for a few minutes of an easy run; add the next after a week.",
                    "Immer nur ein Hinweis, für ein paar Minuten eines lockeren Laufs; nach einer Woche kommt der nächste dazu."
                ),
                Group::ReliefNow | Group::LoadAndGear => return None,
            },
        };
        Some(text)
    }
}

/// One line of the plan, with the contributors it answers (empty: for
/// anyone with back pain) and how to build it up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub item: Item,
    pub because: Vec<Contributor>,
    pub progression: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanPhase {
    pub phase: Phase,
    pub entries: Vec<PlanEntry>,
}

/// What bounds the plan.
#[derive(Clone, Copy, Debug)]
pub struct PlanLimits {
    pub level: CareLevel,
    pub rest_first: bool,
    /// The higher of the pain scores now and when running.
    pub pain: Option<u8>,
}

impl PlanLimits {
    /// No loaded strength work: before a doctor has seen it, with rest
    /// days, or while the pain is 5 of 10 or more.
    pub fn no_load(self) -> bool {
        self.rest_first
            || self.level >= CareLevel::SeeDoctor
            || self.pain.is_some_and(|p| p >= NO_LOAD_FROM_PAIN)
    }

    /// At "see a doctor": gentle activity only, in one phase.
    pub fn until_seen(self) -> bool {
        self.level == CareLevel::SeeDoctor
    }

    /// Whether `item` may be in the plan at all.
    fn allows(self, item: Item) -> bool {
        !(self.no_load() && item.is_loaded()) && (!self.until_seen() || item.is_gentle())
    }

    /// The phase `item` goes into.
    fn phase_of(self, item: Item) -> Phase {
        if self.until_seen() {
            Phase::UntilSeen
        } else {
            item.phase()
        }
    }
}

/// The plan: only what the answers call for, most likely contributor first,
/// within each phase's cap. "Until you are seen" at "see a doctor"; nothing
/// at urgent and above.
pub fn build_plan(limits: PlanLimits, findings: &[Finding]) -> Vec<PlanPhase> {
    if limits.level >= CareLevel::Urgent {
        return Vec::new();
    }
    let mut phases: Vec<PlanPhase> = Phase::ALL
        .iter()
        .map(|&phase| PlanPhase {
            phase,
            entries: Vec::new(),
        })
        .collect();
    let mut add = |item: Item, because: Option<Contributor>| {
        if !limits.allows(item) {
            return;
        }
        let phase = limits.phase_of(item);
        let Some(p) = phases.iter_mut().find(|p| p.phase == phase) else {
            return;
        };
        if let Some(e) = p.entries.iter_mut().find(|e| e.item == item) {
            if let Some(c) = because.filter(|c| !e.because.contains(c)) {
                e.because.push(c);
            }
        } else if p.entries.len() < phase.max() {
            p.entries.push(PlanEntry {
                item,
                because: because.into_iter().collect(),
                progression: item.progression(limits.until_seen()),
            });
        }
    };

    // Rest and relief first when the pain calls for them.
    let strong = limits.pain.is_some_and(|p| p >= NO_LOAD_FROM_PAIN);
    if limits.rest_first {
        add(Item::RestFromRunning, None);
    }
    if limits.rest_first || strong {
        add(Item::PainRelief, None);
    }
    // Until seen, gentle mobility comes before anything a contributor asks.
    if limits.until_seen() {
        add(Item::CatCow, None);
    }
    // Then, round by round, each contributor's next item: the most likely
    // contributor first, and every one gets its first item before any gets
    // a second.
    let longest = findings
        .iter()
        .map(|f| f.contributor.items().len())
        .max()
        .unwrap_or(0);
    for round in 0..longest {
        for f in findings {
            if let Some(&item) = f.contributor.items().get(round) {
                add(item, Some(f.contributor));
            }
        }
    }
    // Gentle mobility for anyone with back pain, and a first strength
    // exercise if nothing else called for one.
    add(Item::CatCow, None);
    add(Item::ChildsPose, None);
    if !findings.iter().any(|f| {
        f.contributor
            .items()
            .iter()
            .any(|i| i.phase() == Phase::FromNextWeek)
    }) {
        add(Item::GluteBridge, None);
    }
    phases.retain(|p| !p.entries.is_empty());
    phases
}
