//! What the result page tells a runner to do: today (at most three
//! things), whether they may run, the way back after rest days, and the
//! plan in two phases. Plain data and functions of the assessment.
use super::contributors::{Contributor, Finding};
use super::plan::{Group, Item};
use super::rules::CareLevel;
use super::sources::Source;
use super::text::Text;
use crate::t;

/// At most this many things to do today.
pub const MAX_TODAY: usize = 3;

/// From this pain score (now or when running) on, no loaded strength work.
pub const NO_LOAD_FROM_PAIN: u8 = 5;

/// "Can I run today?" (CONTENT §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunAdvice {
    /// Not today: walk, cycle easily or swim if it does not hurt.
    No,
    /// Short, flat, soft, conversational; pain stays at 3 of 10 or less.
    EasyOnly,
    /// No pain now and none when running: the usual runs, same limits.
    Yes,
}

impl RunAdvice {
    pub const ALL: [RunAdvice; 3] = [RunAdvice::No, RunAdvice::EasyOnly, RunAdvice::Yes];

    /// The answer in a word.
    pub fn word(self) -> Text {
        match self {
            RunAdvice::No => t!("No", "Nein"),
            RunAdvice::EasyOnly => t!("Easy only", "Nur locker"),
            RunAdvice::Yes => t!("Yes", "Ja"),
        }
    }

    /// The rule in one line.
    pub fn text(self) -> Text {
        match self {
            RunAdvice::No => t!(
                "Walk, cycle easily or swim if it does not hurt. Run again once the symptoms have settled (see below).",
                "Geh spazieren, fahr locker Rad oder schwimm, wenn es nicht wehtut. Lauf erst wieder, wenn die Beschwerden abgeklungen sind (siehe unten)."
            ),
            RunAdvice::EasyOnly => t!(
                "Short, flat, soft ground, at talking pace. Pain while running stays at 3 of 10 or less and is no worse the next morning; stop if it climbs or changes your stride. (The limit of 3 is Back Check's own, stricter than the tendon studies it comes from.)",
                "Kurz, flach, weicher Boden, im Plaudertempo. Der Schmerz bleibt beim Laufen bei höchstens 3 von 10 und ist am nächsten Morgen nicht stärker; hör auf, wenn er steigt oder deinen Laufstil verändert. (Die Grenze von 3 setzt Back Check selbst, strenger als die Sehnenstudien, aus denen sie stammt.)"
            ),
            RunAdvice::Yes => t!(
                "Your usual runs, with the same limit: if pain comes back above 3 of 10 or is worse the next morning, go back to easy runs.",
                "Deine gewohnten Läufe, mit derselben Grenze: Kommt der Schmerz über 3 von 10 zurück oder ist er am nächsten Morgen stärker, lauf wieder nur locker."
            ),
        }
    }

    pub fn sources(self) -> &'static [Source] {
        match self {
            RunAdvice::No => &[Source::Seed003McDowell],
            RunAdvice::EasyOnly | RunAdvice::Yes => &[Source::Silbernagel2007, Source::BackCheck],
        }
    }

    /// The rule: no at rest first or above (or with a rest trigger); yes
    /// only without pain now or when running; easy only otherwise.
    pub fn for_result(
        level: CareLevel,
        rest_first: bool,
        pain: Option<u8>,
        pain_running: Option<u8>,
    ) -> RunAdvice {
        if level >= CareLevel::RestFirst || rest_first {
            RunAdvice::No
        } else if pain == Some(0) && pain_running == Some(0) {
            RunAdvice::Yes
        } else {
            RunAdvice::EasyOnly
        }
    }
}

/// One thing to do today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Today {
    BookDoctor,
    NoRunning,
    Walk,
    Relief,
    StartThisWeek,
    MovementBreaks,
    NotePain,
}

impl Today {
    pub fn text(self) -> Text {
        match self {
            Today::BookDoctor => t!(
                "Call your GP or a sports doctor today for an appointment in the next few days.",
                "Mach heute in deiner Hausarzt- oder Sportarztpraxis einen Termin für die nächsten Tage aus."
            ),
            Today::NoRunning => t!(
                "Do not run today. Rest from running until you can walk and change position without pain.",
                "Lauf heute nicht. Mach Laufpause, bis du ohne Schmerzen gehen und die Position wechseln kannst."
            ),
            Today::Walk => t!(
                "Keep moving: walk 10 to 20 minutes at an easy pace. Bed rest slows recovery.",
                "Bleib in Bewegung: 10 bis 20 Minuten ruhig spazieren gehen. Bettruhe verzögert die Heilung."
            ),
            Today::Relief => t!(
                "Ease it gently: a few minutes of child's pose or cat-cow, warmth such as a hot shower.",
                "Lindere die Schmerzen sanft: ein paar Minuten Kindhaltung oder Katze-Kuh, Wärme wie eine heiße Dusche."
            ),
            Today::StartThisWeek => t!(
                "Do the exercises under \u{201c}This week\u{201d} once, about 10 minutes.",
                "Mach die Übungen unter \u{201e}Diese Woche\u{201c} einmal durch, etwa 10 Minuten."
            ),
            Today::MovementBreaks => t!(
                "Stand up and move for a minute or two every 30 to 45 minutes of sitting.",
                "Steh nach 30 bis 45 Minuten Sitzen auf und beweg dich ein bis zwei Minuten."
            ),
            Today::NotePain => t!(
                "Note your pain (0 to 10) tonight and tomorrow morning: worse the next morning means too much.",
                "Notier deinen Schmerz (0 bis 10) heute Abend und morgen früh: Ist er am Morgen stärker, war es zu viel."
            ),
        }
    }

    pub fn sources(self) -> &'static [Source] {
        match self {
            Today::BookDoctor | Today::NoRunning => &[Source::Seed003McDowell],
            Today::Walk => &[Source::Nvl, Source::NiceNg59],
            Today::Relief => &[Source::Seed003Gallucci],
            Today::StartThisWeek => &[Source::BackCheck],
            Today::MovementBreaks => &[Source::Seed003Hinson, Source::Seed004],
            Today::NotePain => &[Source::Silbernagel2007, Source::BackCheck],
        }
    }

    /// At most three things, the most pressing first.
    pub fn for_result(level: CareLevel, rest_first: bool, findings: &[Finding]) -> Vec<Today> {
        let sitting = findings
            .iter()
            .any(|f| f.contributor == Contributor::LongSitting);
        let mut out = match (level >= CareLevel::SeeDoctor, rest_first) {
            (true, true) => vec![Today::BookDoctor, Today::NoRunning, Today::Walk],
            (true, false) => vec![Today::BookDoctor, Today::Walk, Today::Relief],
            (false, true) => vec![Today::NoRunning, Today::Walk, Today::Relief],
            (false, false) if level == CareLevel::RestFirst => {
                vec![Today::NoRunning, Today::Walk, Today::Relief]
            }
            (false, false) if sitting => {
                vec![Today::StartThisWeek, Today::MovementBreaks, Today::NotePain]
            }
            (false, false) => vec![Today::StartThisWeek, Today::Walk, Today::NotePain],
        };
        if level >= CareLevel::Urgent {
            out.clear();
        }
        out.truncate(MAX_TODAY);
        out
    }
}

/// The way back to running after rest days (CONTENT §3), step by step.
pub const WAY_BACK: [Text; 3] = [
    t!(
        "Once walking no longer hurts: 1 minute running, 1 minute walking, 10 to 15 minutes in all, every other day.",
        "Sobald Gehen nicht mehr wehtut: 1 Minute laufen, 1 Minute gehen, insgesamt 10 bis 15 Minuten, jeden zweiten Tag."
    ),
    t!(
        "Over two to three weeks, run longer and walk less, until you run 20 to 30 minutes without a break.",
        "Lauf über zwei bis drei Wochen länger und geh kürzer, bis du 20 bis 30 Minuten am Stück läufst."
    ),
    t!(
        "Then add distance gradually and give your body 4 to 6 weeks to adapt. If a next morning is worse, go one step back.",
        "Steigere dann den Umfang allmählich und gib deinem Körper 4 bis 6 Wochen, sich anzupassen. Ist es am nächsten Morgen schlimmer, geh einen Schritt zurück."
    ),
];

pub const WAY_BACK_SOURCES: &[Source] = &[Source::Seed003McDowell, Source::Seed002];

/// The plan's two phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Relief and gentle mobility.
    ThisWeek,
    /// Strength, technique, load and shoes.
    FromNextWeek,
}

impl Phase {
    pub const ALL: [Phase; 2] = [Phase::ThisWeek, Phase::FromNextWeek];

    pub fn title(self) -> Text {
        match self {
            Phase::ThisWeek => t!("This week", "Diese Woche"),
            Phase::FromNextWeek => t!("From next week", "Ab nächster Woche"),
        }
    }

    /// At most this many items.
    pub fn max(self) -> usize {
        match self {
            Phase::ThisWeek => 4,
            Phase::FromNextWeek => 6,
        }
    }
}

impl Item {
    /// The phase the item belongs to: relief, mobility and breaks from
    /// sitting start now; strength, technique, load and shoes next week.
    pub fn phase(self) -> Phase {
        match self.group() {
            Group::ReliefNow | Group::Mobilise => Phase::ThisWeek,
            _ if self == Item::MovementBreaks => Phase::ThisWeek,
            _ => Phase::FromNextWeek,
        }
    }

    /// How to make it harder (or longer) as it gets easy.
    pub fn progression(self) -> Text {
        match self {
            Item::PainRelief => {
                return t!(
                    "Only for a few days, and less as the pain eases; never before a run.",
                    "Nur ein paar Tage, und weniger, sobald der Schmerz nachlässt; nie vor einem Lauf."
                )
            }
            Item::RestFromRunning => {
                return t!(
                    "Back to running step by step, as under \u{201c}The way back to running\u{201d}.",
                    "Schritt für Schritt zurück zum Laufen, wie unter \u{201e}Der Weg zurück zum Laufen\u{201c}."
                )
            }
            Item::Massage => {
                return t!(
                    "Only as long as it eases the pain; less often as you improve.",
                    "Nur so lange, wie es den Schmerz lindert; seltener, wenn es besser wird."
                )
            }
            _ => {}
        }
        match self.group() {
            Group::Strengthen if self.is_loaded() => t!(
                "Start light. When the last set feels easy in two sessions running, add a little weight; go back a step if the next morning is worse.",
                "Fang leicht an. Fällt der letzte Satz zwei Einheiten hintereinander leicht, nimm etwas mehr Gewicht; geh einen Schritt zurück, wenn es am nächsten Morgen schlimmer ist."
            ),
            Group::Strengthen => t!(
                "When the last set feels easy in two sessions running, add 2 reps or 10 seconds, then a harder variant; go back a step if the next morning is worse.",
                "Fällt der letzte Satz zwei Einheiten hintereinander leicht, nimm 2 Wiederholungen oder 10 Sekunden dazu, danach eine schwerere Variante; geh einen Schritt zurück, wenn es am nächsten Morgen schlimmer ist."
            ),
            Group::Mobilise => t!(
                "Move only as far as it stays comfortable; as it eases, hold or move a little further.",
                "Beweg dich nur so weit, wie es angenehm bleibt; wird es leichter, halte etwas länger oder geh etwas weiter."
            ),
            Group::Technique => t!(
                "One cue at a time, for a few minutes of an easy run; add the next after a week.",
                "Immer nur ein Hinweis, für ein paar Minuten eines lockeren Laufs; nach einer Woche kommt der nächste dazu."
            ),
            Group::ReliefNow | Group::LoadAndGear => t!(
                "Keep it up while the pain lasts and make it a habit after.",
                "Behalte es bei, solange der Schmerz anhält, und mach danach eine Gewohnheit daraus."
            ),
        }
    }
}

/// One line of the plan, with the contributors it answers (empty: general advice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub item: Item,
    pub because: Vec<Contributor>,
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
}

/// The plan: only what the answers call for, most likely contributor first,
/// at most four items this week and six from next week. Nothing at urgent
/// and above.
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
        if limits.no_load() && item.is_loaded() {
            return;
        }
        let phase = item.phase();
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
            });
        }
    };

    // This week: rest and relief when the pain calls for them.
    let strong = limits.pain.is_some_and(|p| p >= NO_LOAD_FROM_PAIN);
    if limits.rest_first {
        add(Item::RestFromRunning, None);
    }
    if limits.rest_first || strong {
        add(Item::PainRelief, None);
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
