//! Where every rule and piece of advice comes from, named as a reader can
//! find it (CONTENT §4): publisher or author, title, year. Never a file name.
//! `BackCheck` marks a cut-off the app itself set where no source gives a
//! number, so a reviewer sees it.
use super::text::Text;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// Strength training for endurance athletes (age, muscle loss, 2-3 sessions).
    Seed000,
    /// Running anatomy, muscle imbalances, fatigue, strength training for runners.
    Seed001,
    /// Leg strength against back pain (report of Cai et al. 2017).
    Seed002,
    /// Nike, back pain after running: physiotherapist John Gallucci Jr.
    Seed003Gallucci,
    /// Nike, back pain after running: physiotherapist Milica McDowell.
    Seed003McDowell,
    /// Nike, back pain after running: orthopaedic surgeon John Hinson.
    Seed003Hinson,
    /// Back pain despite muscle training: hip flexors, one-sided training, fascia.
    Seed004,
    NhsBackPain,
    NhsCaudaEquina,
    NhsIbuprofen,
    /// NICE Clinical Knowledge Summary: red flags.
    NiceCks,
    /// NICE NG59: management (stay active, exercise); no red-flag list.
    NiceNg59,
    /// Nationale VersorgungsLeitlinie Nicht-spezifischer Kreuzschmerz.
    Nvl,
    Verhagen2016,
    Ioc2023,
    Cai2017,
    Silbernagel2007,
    /// Single-run spikes against the longest run of the 30 days before (the
    /// runner's own log).
    Frandsen2025,
    /// A working cut-off set by Back Check where no source gives a number.
    BackCheck,
}

impl Source {
    pub const ALL: [Source; 19] = [
        Source::Seed000,
        Source::Seed001,
        Source::Seed002,
        Source::Seed003Gallucci,
        Source::Seed003McDowell,
        Source::Seed003Hinson,
        Source::Seed004,
        Source::NhsBackPain,
        Source::NhsCaudaEquina,
        Source::NhsIbuprofen,
        Source::NiceCks,
        Source::NiceNg59,
        Source::Nvl,
        Source::Verhagen2016,
        Source::Ioc2023,
        Source::Cai2017,
        Source::Silbernagel2007,
        Source::Frandsen2025,
        Source::BackCheck,
    ];

    /// `sources` in the order of [`Source::ALL`], each once.
    pub fn in_order(sources: impl IntoIterator<Item = Source>) -> Vec<Source> {
        let given: Vec<Source> = sources.into_iter().collect();
        Source::ALL
            .into_iter()
            .filter(|s| given.contains(s))
            .collect()
    }

    /// The citation: who, what, when.
    pub fn cite(self) -> Text {
        match self {
            Source::Seed000 => t!(
                "\u{201c}Muskelaufbau für Ausdauersportler – hybrid gelingt's\u{201d} (running blog)",
                "\u{201e}Muskelaufbau für Ausdauersportler – hybrid gelingt's\u{201c} (Laufblog)"
            ),
            Source::Seed001 => t!(
                "\u{201c}Laufanatomie: Die Hauptmuskeln beim Laufen\u{201d}",
                "\u{201e}Laufanatomie: Die Hauptmuskeln beim Laufen\u{201c}"
            ),
            Source::Seed002 => t!(
                "\u{201c}Mit Beinkraft gegen Rückenschmerzen\u{201d} (6 July 2025)",
                "\u{201e}Mit Beinkraft gegen Rückenschmerzen\u{201c} (6. Juli 2025)"
            ),
            Source::Seed003Gallucci => t!(
                "Nike: \u{201c}Rückenschmerzen nach dem Laufen\u{201d} (C. Buckingham, January 2025), physiotherapist John Gallucci Jr.",
                "Nike: \u{201e}Rückenschmerzen nach dem Laufen\u{201c} (C. Buckingham, Januar 2025), Physiotherapeut John Gallucci Jr."
            ),
            Source::Seed003McDowell => t!(
                "Nike: \u{201c}Rückenschmerzen nach dem Laufen\u{201d} (C. Buckingham, January 2025), physiotherapist Milica McDowell",
                "Nike: \u{201e}Rückenschmerzen nach dem Laufen\u{201c} (C. Buckingham, Januar 2025), Physiotherapeutin Milica McDowell"
            ),
            Source::Seed003Hinson => t!(
                "Nike: \u{201c}Rückenschmerzen nach dem Laufen\u{201d} (C. Buckingham, January 2025), orthopaedic surgeon John Hinson",
                "Nike: \u{201e}Rückenschmerzen nach dem Laufen\u{201c} (C. Buckingham, Januar 2025), Orthopäde John Hinson"
            ),
            Source::Seed004 => t!(
                "M. Heintges: \u{201c}Rückenschmerzen trotz Muskeltraining\u{201d} (January 2018)",
                "M. Heintges: \u{201e}Rückenschmerzen trotz Muskeltraining\u{201c} (Januar 2018)"
            ),
            Source::NhsBackPain => t!("NHS: Back pain", "NHS: Back pain (Rückenschmerzen)"),
            Source::NhsCaudaEquina => t!(
                "NHS: Cauda equina syndrome",
                "NHS: Cauda equina syndrome (Cauda-equina-Syndrom)"
            ),
            Source::NhsIbuprofen => t!(
                "NHS: Ibuprofen for adults",
                "NHS: Ibuprofen for adults (Ibuprofen für Erwachsene)"
            ),
            Source::NiceCks => t!(
                "NICE Clinical Knowledge Summaries: Back pain – low (without radiculopathy)",
                "NICE Clinical Knowledge Summaries: Back pain – low (without radiculopathy)"
            ),
            Source::NiceNg59 => t!(
                "NICE guideline NG59: Low back pain and sciatica in over 16s (2016, updated 2020)",
                "NICE-Leitlinie NG59: Low back pain and sciatica in over 16s (2016, aktualisiert 2020)"
            ),
            Source::Nvl => t!(
                "Nationale VersorgungsLeitlinie Nicht-spezifischer Kreuzschmerz, 2nd edition (2017)",
                "Nationale VersorgungsLeitlinie Nicht-spezifischer Kreuzschmerz, 2. Auflage (2017)"
            ),
            Source::Verhagen2016 => t!(
                "Verhagen AP et al.: Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788-2802",
                "Verhagen AP et al.: Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788-2802"
            ),
            Source::Ioc2023 => t!(
                "Mountjoy M et al.: 2023 IOC consensus statement on Relative Energy Deficiency in Sport (REDs). Br J Sports Med 2023;57:1073-1097",
                "Mountjoy M et al.: 2023 IOC consensus statement on Relative Energy Deficiency in Sport (REDs). Br J Sports Med 2023;57:1073-1097"
            ),
            Source::Cai2017 => t!(
                "Cai C, Yang Y, Kong PW: Comparison of lower limb and back exercises for runners with chronic low back pain. Med Sci Sports Exerc 2017;49(12):2374-2384",
                "Cai C, Yang Y, Kong PW: Comparison of lower limb and back exercises for runners with chronic low back pain. Med Sci Sports Exerc 2017;49(12):2374-2384"
            ),
            Source::Silbernagel2007 => t!(
                "Silbernagel KG et al.: Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy. Am J Sports Med 2007;35(6):897-906",
                "Silbernagel KG et al.: Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy. Am J Sports Med 2007;35(6):897-906"
            ),
            Source::Frandsen2025 => t!(
                "Frandsen JSB et al.: How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study. Br J Sports Med 2025;59(17):1203-1210",
                "Frandsen JSB et al.: How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study. Br J Sports Med 2025;59(17):1203-1210"
            ),
            Source::BackCheck => t!(
                "Back Check's working cut-off",
                "Richtwert von Back Check"
            ),
        }
    }

    /// What the source is, in plain words.
    pub fn describe(self) -> Text {
        match self {
            Source::Seed000 => t!(
                "Article on strength training for endurance athletes",
                "Artikel über Muskelaufbau für Ausdauersportler"
            ),
            Source::Seed001 => t!(
                "Article on the main running muscles, imbalances and fatigue",
                "Artikel über die Hauptmuskeln beim Laufen, Dysbalancen und Ermüdung"
            ),
            Source::Seed002 => t!(
                "Report of a trial: leg strength against back pain in runners",
                "Bericht über eine Studie: Beinkraft gegen Rückenschmerzen bei Läufern"
            ),
            Source::Seed003Gallucci | Source::Seed003McDowell | Source::Seed003Hinson => t!(
                "Article on low back pain after running, with advice from two physiotherapists and an orthopaedic surgeon",
                "Artikel über Rückenschmerzen nach dem Laufen, mit Rat von zwei Physiotherapeuten und einem Orthopäden"
            ),
            Source::Seed004 => t!(
                "Article on back pain despite strength training: hip flexors, fascia, one-sided training, stress",
                "Artikel über Rückenschmerzen trotz Krafttraining: Hüftbeuger, Faszien, einseitiges Training, Stress"
            ),
            Source::NhsBackPain => t!(
                "UK National Health Service: when back pain needs 999, an urgent GP appointment or 111",
                "Britischer Gesundheitsdienst: wann Rückenschmerzen den Notruf, einen dringenden Arzttermin oder NHS 111 brauchen"
            ),
            Source::NhsCaudaEquina => t!(
                "UK National Health Service: the signs of nerve compression at the base of the spine",
                "Britischer Gesundheitsdienst: die Zeichen einer Nervenkompression am unteren Ende der Wirbelsäule"
            ),
            Source::NhsIbuprofen => t!(
                "UK National Health Service: who must ask before taking ibuprofen",
                "Britischer Gesundheitsdienst: wer vor der Einnahme von Ibuprofen fragen muss"
            ),
            Source::NiceCks => t!(
                "UK summary for doctors: red flags for fracture, cancer, infection and nerve damage",
                "Britische Zusammenfassung für Ärzte: Warnzeichen für Bruch, Krebs, Infektion und Nervenschäden"
            ),
            Source::NiceNg59 => t!(
                "UK guideline on treating low back pain: stay active, exercise, no routine imaging",
                "Britische Leitlinie zur Behandlung von Kreuzschmerzen: aktiv bleiben, Bewegungstherapie, keine Routine-Bildgebung"
            ),
            Source::Nvl => t!(
                "German national care guideline for non-specific low back pain: warning signs, stay active, no bed rest",
                "Deutsche Leitlinie zum nicht-spezifischen Kreuzschmerz: Warnzeichen, aktiv bleiben, keine Bettruhe"
            ),
            Source::Verhagen2016 => t!(
                "Review of the warning signs that back pain guidelines agree on",
                "Übersicht, bei welchen Warnzeichen sich Leitlinien zu Rückenschmerzen einig sind"
            ),
            Source::Ioc2023 => t!(
                "International Olympic Committee consensus: too little energy for the training, and bone stress injuries",
                "Konsens des Internationalen Olympischen Komitees: zu wenig Energie für das Training und Knochenstressverletzungen"
            ),
            Source::Cai2017 => t!(
                "Trial with 84 runners with chronic low back pain: leg versus back exercises over 8 weeks",
                "Studie mit 84 Läufern mit chronischen Kreuzschmerzen: Bein- gegen Rückenübungen über 8 Wochen"
            ),
            Source::Silbernagel2007 => t!(
                "Trial of the pain-monitoring model: training on while pain stays within a set limit",
                "Studie zum Schmerz-Monitoring-Modell: weiter trainieren, solange der Schmerz unter einer festen Grenze bleibt"
            ),
            Source::Frandsen2025 => t!(
                "Cohort of 5,205 runners with 588,071 recorded runs over 18 months: a single run more than 10 % longer than the longest of the 30 days before went with more overuse injuries of all kinds (an association, not proof; back pain was not studied on its own)",
                "Kohortenstudie mit 5.205 Läufern und 588.071 aufgezeichneten Läufen über 18 Monate: Ein einzelner Lauf, der mehr als 10 % länger war als der längste der 30 Tage davor, ging mit mehr Überlastungsverletzungen aller Art einher (ein Zusammenhang, kein Beweis; Rückenschmerzen wurden nicht eigens untersucht)"
            ),
            Source::BackCheck => t!(
                "A number or step Back Check set itself, because no source gives one",
                "Eine Zahl oder ein Schritt, die Back Check selbst festgelegt hat, weil keine Quelle sie nennt"
            ),
        }
    }
}
