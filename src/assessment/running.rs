//! Running: "can I run today?" and the way back to running (CONTENT §3).
//! At "see a doctor" and above nothing is run-based: no running until a
//! doctor has seen it, and the way back only after a doctor has cleared it.
use super::rules::CareLevel;
use super::sources::Source;
use super::text::Text;
use crate::t;

/// "Can I run today?" (CONTENT §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunAdvice {
    /// At "see a doctor" and above: no running until a doctor has seen it.
    NotUntilSeen,
    /// Not today: walk, cycle easily or swim if it does not hurt.
    No,
    /// Short, flat, soft, conversational; pain stays at 3 of 10 or less.
    EasyOnly,
    /// No pain now and none when running: the usual runs, same limits.
    Yes,
}

impl RunAdvice {
    pub const ALL: [RunAdvice; 4] = [
        RunAdvice::NotUntilSeen,
        RunAdvice::No,
        RunAdvice::EasyOnly,
        RunAdvice::Yes,
    ];

    /// Stable key, for CSS classes and reports.
    pub fn key(self) -> &'static str {
        match self {
            RunAdvice::NotUntilSeen => "not_until_seen",
            RunAdvice::No => "no",
            RunAdvice::EasyOnly => "easy_only",
            RunAdvice::Yes => "yes",
        }
    }

    /// The answer in a word.
    pub fn word(self) -> Text {
        match self {
            RunAdvice::NotUntilSeen | RunAdvice::No => t!("No", "Nein"),
            RunAdvice::EasyOnly => t!("Easy only", "Nur locker"),
            RunAdvice::Yes => t!("Yes", "Ja"),
        }
    }

    /// The rule in one line; every number no source gives is named as Back
    /// Check's own.
    pub fn text(self) -> Text {
        match self {
            RunAdvice::NotUntilSeen => t!(
                "No running until you have been seen. Walking and easy mobility are fine if they do not make the pain worse.",
                "Kein Laufen, bis du ärztlich untersucht worden bist. Gehen und leichte Mobilisation sind in Ordnung, wenn sie die Schmerzen nicht verstärken."
            ),
            RunAdvice::No => t!(
                "Walk, cycle easily or swim if it does not hurt. Run again once the symptoms have settled (see below).",
                "Geh spazieren, fahr locker Rad oder schwimm, wenn es nicht wehtut. Lauf erst wieder, wenn die Beschwerden abgeklungen sind (siehe unten)."
            ),
            RunAdvice::EasyOnly => t!(
                "Short (at most half your usual distance), flat, soft ground, at talking pace. The pain while running stays at 3 of 10 or less and is no worse the next morning; stop if it climbs or changes how you run, or if pain, tingling or numbness spreads into a leg. Half the distance and 3 of 10 are Back Check's working cut-offs, stricter than the tendon study the method comes from.",
                "Kurz (höchstens die Hälfte deiner üblichen Strecke), flach, auf weichem Boden, im Plaudertempo. Der Schmerz bleibt beim Laufen bei höchstens 3 von 10 und ist am nächsten Morgen nicht stärker; hör auf, wenn er steigt oder deinen Laufstil verändert oder wenn Schmerzen, Kribbeln oder Taubheit ins Bein ziehen. Die halbe Strecke und 3 von 10 sind Richtwerte von Back Check, strenger als die Sehnenstudie, aus der das Verfahren stammt."
            ),
            RunAdvice::Yes => t!(
                "Your usual runs, with the same limit: if the pain comes back above 3 of 10 or is worse the next morning, go back to easy runs; stop if pain, tingling or numbness spreads into a leg. The 3 of 10 is Back Check's working cut-off.",
                "Deine gewohnten Läufe, mit derselben Grenze: Kommt der Schmerz über 3 von 10 zurück oder ist er am nächsten Morgen stärker, lauf wieder nur locker; hör auf, wenn Schmerzen, Kribbeln oder Taubheit ins Bein ziehen. Die 3 von 10 sind ein Richtwert von Back Check."
            ),
        }
    }

    pub fn sources(self) -> &'static [Source] {
        match self {
            RunAdvice::NotUntilSeen | RunAdvice::No => &[Source::Seed003McDowell],
            RunAdvice::EasyOnly | RunAdvice::Yes => &[Source::Silbernagel2007, Source::BackCheck],
        }
    }

    /// The rule: nothing run-based at "see a doctor" and above; no at rest
    /// first (or with a rest trigger); yes only without pain now and when
    /// running ("I have not run since" is no answer about running pain);
    /// easy only otherwise.
    pub fn for_result(
        level: CareLevel,
        rest_first: bool,
        pain: Option<u8>,
        pain_running: Option<u8>,
    ) -> RunAdvice {
        if level >= CareLevel::SeeDoctor {
            RunAdvice::NotUntilSeen
        } else if level >= CareLevel::RestFirst || rest_first {
            RunAdvice::No
        } else if pain == Some(0) && pain_running == Some(0) {
            RunAdvice::Yes
        } else {
            RunAdvice::EasyOnly
        }
    }
}

/// The way back to running, as the result page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WayBack {
    /// Running is allowed: no way back to show.
    None,
    /// After rest days: Back Check's walk-run steps ([`WAY_BACK`]).
    Steps,
    /// At "see a doctor": only after a doctor has cleared running; no schedule.
    AfterDoctor,
    /// As `AfterDoctor`, with a possible bone stress injury: walking and
    /// hopping must be pain-free as well.
    AfterDoctorAndHopping,
}

impl WayBack {
    /// The way back for this result.
    pub fn for_result(level: CareLevel, can_run: RunAdvice, bone_stress: bool) -> WayBack {
        match (level, can_run) {
            (l, _) if l >= CareLevel::Urgent => WayBack::None,
            (CareLevel::SeeDoctor, _) if bone_stress => WayBack::AfterDoctorAndHopping,
            (CareLevel::SeeDoctor, _) => WayBack::AfterDoctor,
            (_, RunAdvice::No) => WayBack::Steps,
            _ => WayBack::None,
        }
    }

    /// The text in place of steps, at "see a doctor".
    pub fn after_doctor(self) -> Option<Text> {
        match self {
            WayBack::AfterDoctor => Some(t!(
                "Run again only after a doctor has cleared running. Ask at the appointment how to build up again.",
                "Lauf erst wieder, wenn eine Ärztin oder ein Arzt das Laufen freigegeben hat. Frag beim Termin, wie du dich wieder steigern kannst."
            )),
            WayBack::AfterDoctorAndHopping => Some(t!(
                "Run again only after a doctor has cleared running, and only once walking and gentle hopping are pain-free as well. Ask at the appointment how to build up again.",
                "Lauf erst wieder, wenn eine Ärztin oder ein Arzt das Laufen freigegeben hat und auch Gehen und sanftes Hüpfen schmerzfrei sind. Frag beim Termin, wie du dich wieder steigern kannst."
            )),
            WayBack::None | WayBack::Steps => None,
        }
    }

    pub fn sources(self) -> &'static [Source] {
        match self {
            WayBack::None => &[],
            WayBack::Steps => WAY_BACK_SOURCES,
            WayBack::AfterDoctor | WayBack::AfterDoctorAndHopping => &[Source::Seed003McDowell],
        }
    }
}

/// The way back to running after rest days (CONTENT §3), step by step.
pub const WAY_BACK: [Text; 3] = [
    t!(
        "Once walking and gentle hopping no longer hurt: 1 minute running, 1 minute walking, 10 to 15 minutes in all, every other day. The pain stays at 3 of 10 or less while you run and walk.",
        "Sobald Gehen und sanftes Hüpfen nicht mehr wehtun: 1 Minute laufen, 1 Minute gehen, insgesamt 10 bis 15 Minuten, jeden zweiten Tag. Der Schmerz bleibt dabei bei höchstens 3 von 10."
    ),
    t!(
        "Over two to three weeks, run longer and walk less, until you run 20 to 30 minutes without a break.",
        "Lauf über zwei bis drei Wochen länger und geh kürzer, bis du 20 bis 30 Minuten am Stück läufst."
    ),
    t!(
        "Then add distance gradually and give your body 4 to 6 weeks to adapt. If the next morning is worse, go one step back.",
        "Steigere dann den Umfang allmählich und gib deinem Körper 4 bis 6 Wochen, sich anzupassen. Ist es am nächsten Morgen schlimmer, geh einen Schritt zurück."
    ),
];

/// Under the steps: whose numbers they are.
pub const WAY_BACK_NOTE: Text = t!(
    "These steps and the 3 of 10 are Back Check's working schedule: the sources give no steps.",
    "Diese Schritte und die 3 von 10 sind ein Richtwert von Back Check: Die Quellen nennen keine Schritte."
);

pub const WAY_BACK_SOURCES: &[Source] = &[Source::Seed003McDowell, Source::BackCheck];
