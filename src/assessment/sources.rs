//! Where every rule and piece of advice comes from.
//!
//! Seeds are the five German articles in `shared/seeds/`, cited by file name;
//! the rest are the references of CONTENT.md §4. `BackCheck` marks a cut-off
//! the app itself set where no source gives a number, so a reviewer sees it.
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
    /// Back pain after running: Gallucci (physiotherapist).
    Seed003Gallucci,
    /// Back pain after running: McDowell (physiotherapist).
    Seed003McDowell,
    /// Back pain after running: Hinson (orthopaedic surgeon).
    Seed003Hinson,
    /// Back pain despite muscle training: hip flexors, one-sided training, fascia.
    Seed004,
    /// Nationale VersorgungsLeitlinie Nicht-spezifischer Kreuzschmerz.
    Nvl,
    /// NHS: back pain, when to get help.
    Nhs,
    /// NICE NG59, low back pain and sciatica in over 16s.
    Nice,
    /// Cai, Yang, Kong 2017, lower limb vs back exercises for runners.
    Cai2017,
    /// A working cut-off set by Back Check where no source gives a number.
    BackCheck,
}

impl Source {
    pub const ALL: [Source; 12] = [
        Source::Seed000,
        Source::Seed001,
        Source::Seed002,
        Source::Seed003Gallucci,
        Source::Seed003McDowell,
        Source::Seed003Hinson,
        Source::Seed004,
        Source::Nvl,
        Source::Nhs,
        Source::Nice,
        Source::Cai2017,
        Source::BackCheck,
    ];

    /// Short citation: the seed's file name, or the reference.
    pub fn cite(self) -> &'static str {
        match self {
            Source::Seed000 => "seed 000_208f0a4bfc2b8f9b.txt",
            Source::Seed001 => "seed 001_879a31ad056e6691.txt",
            Source::Seed002 => "seed 002_eb5e0de0880d03ae.txt",
            Source::Seed003Gallucci => "seed 003_88a0b1659edef443.txt (Gallucci)",
            Source::Seed003McDowell => "seed 003_88a0b1659edef443.txt (McDowell)",
            Source::Seed003Hinson => "seed 003_88a0b1659edef443.txt (Hinson)",
            Source::Seed004 => "seed 004_6fb58765a3cda0c3.txt",
            Source::Nvl => "NVL Kreuzschmerz (recs 3-1 to 3-5, warning signs)",
            Source::Nhs => "NHS back pain page",
            Source::Nice => "NICE NG59 (2016, updated 2020)",
            Source::Cai2017 => "Cai, Yang, Kong. Med Sci Sports Exerc 2017;49(12):2374-2384",
            Source::BackCheck => "Back Check working cut-off",
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
                "Article on running anatomy and muscle imbalances",
                "Artikel über Laufanatomie und muskuläre Dysbalancen"
            ),
            Source::Seed002 => t!(
                "Article on leg strength against back pain in runners",
                "Artikel über Beinkraft gegen Rückenschmerzen bei Läufern"
            ),
            Source::Seed003Gallucci | Source::Seed003McDowell | Source::Seed003Hinson => t!(
                "Article on low back pain after running, with a physiotherapist's and a surgeon's advice",
                "Artikel über Rückenschmerzen nach dem Laufen, mit Rat von Physiotherapie und Orthopädie"
            ),
            Source::Seed004 => t!(
                "Article on back pain despite muscle training (hip flexors, one-sided training)",
                "Artikel über Rückenschmerzen trotz Muskeltraining (Hüftbeuger, einseitiges Training)"
            ),
            Source::Nvl => t!(
                "German national care guideline for non-specific low back pain",
                "Nationale VersorgungsLeitlinie Nicht-spezifischer Kreuzschmerz"
            ),
            Source::Nhs => t!(
                "UK National Health Service advice on back pain",
                "Hinweise des britischen Gesundheitsdienstes NHS zu Rückenschmerzen"
            ),
            Source::Nice => t!(
                "UK guideline on low back pain and sciatica",
                "Britische Leitlinie zu Kreuzschmerz und Ischias"
            ),
            Source::Cai2017 => t!(
                "Trial with 84 runners: leg versus back exercises over 8 weeks",
                "Studie mit 84 Läufern: Bein- gegen Rückenübungen über 8 Wochen"
            ),
            Source::BackCheck => t!(
                "A threshold Back Check set because no source gives a number",
                "Ein Schwellenwert von Back Check, weil keine Quelle eine Zahl nennt"
            ),
        }
    }
}
