//! The exercise and habit library: what to do, how much, and from where.
use super::sources::Source;
use super::text::{Lang, Text};
use crate::t;

/// Groups of the plan, in the order the plan shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    ReliefNow,
    Mobilise,
    Strengthen,
    Technique,
    LoadAndGear,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::ReliefNow,
        Group::Mobilise,
        Group::Strengthen,
        Group::Technique,
        Group::LoadAndGear,
    ];

    pub fn title(self) -> Text {
        match self {
            Group::ReliefNow => t!("Relief now", "Linderung jetzt"),
            Group::Mobilise => t!("Mobilise and stretch", "Mobilisieren und dehnen"),
            Group::Strengthen => t!("Strengthen", "Kräftigen"),
            Group::Technique => t!("Technique", "Technik"),
            Group::LoadAndGear => t!("Load and gear", "Belastung und Ausrüstung"),
        }
    }
}

/// How much of an item, and how often.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dose {
    Reps {
        sets: u8,
        reps: u8,
        per_side: bool,
        per_week: u8,
    },
    Hold {
        sets: u8,
        secs: u8,
        per_side: bool,
        per_week: u8,
    },
    Minutes {
        minutes: u8,
        when: When,
    },
    /// A habit: when or how often, in words.
    Habit(Text),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    BeforeRuns,
    AfterRuns,
    Daily,
    TwiceAWeek,
}

fn per_week(n: u8, lang: Lang) -> String {
    match (n, lang) {
        (7, Lang::En) => "daily".to_owned(),
        (7, Lang::De) => "täglich".to_owned(),
        (n, Lang::En) => format!("{n} times a week"),
        (n, Lang::De) => format!("{n}-mal pro Woche"),
    }
}

fn side(per_side: bool, lang: Lang) -> &'static str {
    match (per_side, lang) {
        (false, _) => "",
        (true, Lang::En) => " per side",
        (true, Lang::De) => " pro Seite",
    }
}

impl Dose {
    /// The dose in words, e.g. "3 × 12 reps, 3 times a week".
    pub fn text(self, lang: Lang) -> String {
        match self {
            Dose::Reps {
                sets,
                reps,
                per_side,
                per_week: w,
            } => match lang {
                Lang::En => format!(
                    "{sets} × {reps} reps{}, {}",
                    side(per_side, lang),
                    per_week(w, lang)
                ),
                Lang::De => format!(
                    "{sets} × {reps} Wiederholungen{}, {}",
                    side(per_side, lang),
                    per_week(w, lang)
                ),
            },
            Dose::Hold {
                sets,
                secs,
                per_side,
                per_week: w,
            } => match lang {
                Lang::En => format!(
                    "{sets} × {secs} s hold{}, {}",
                    side(per_side, lang),
                    per_week(w, lang)
                ),
                Lang::De => format!(
                    "{sets} × {secs} s{} halten, {}",
                    side(per_side, lang),
                    per_week(w, lang)
                ),
            },
            Dose::Minutes { minutes, when } => {
                let when = match when {
                    When::BeforeRuns => t!("before every run", "vor jedem Lauf"),
                    When::AfterRuns => t!("after runs", "nach dem Laufen"),
                    When::Daily => t!("daily", "täglich"),
                    When::TwiceAWeek => t!("twice a week", "zweimal pro Woche"),
                };
                match lang {
                    Lang::En => format!("{minutes} minutes, {}", when.get(lang)),
                    Lang::De => format!("{minutes} Minuten, {}", when.get(lang)),
                }
            }
            Dose::Habit(text) => text.get(lang).to_owned(),
        }
    }
}

/// One thing to do: an exercise or a habit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Item {
    // Relief now
    RestFromRunning,
    Massage,
    PainRelief,
    // Mobilise and stretch
    DynamicWarmUp,
    HipFlexorStretch,
    QuadStretch,
    ChildsPose,
    CatCow,
    ActiveStretching,
    FoamRoller,
    // Strengthen
    GluteBridge,
    SingleLegSquat,
    WallSit,
    LegPress,
    HamstringCurl,
    Deadlift,
    Plank,
    SidePlank,
    DeadBug,
    HipAbduction,
    // Technique
    MidfootLanding,
    UprightPosture,
    ArmSwing,
    Cadence,
    NeutralPelvis,
    GaitAnalysis,
    // Load and gear
    GradualIncrease,
    RestDays,
    Sleep,
    SofterSurfaces,
    ReplaceShoes,
    ShoeFit,
    StrengthRoutine,
    MovementBreaks,
}

const fn reps(sets: u8, reps: u8, per_side: bool, per_week: u8) -> Dose {
    Dose::Reps {
        sets,
        reps,
        per_side,
        per_week,
    }
}
const fn hold(sets: u8, secs: u8, per_side: bool, per_week: u8) -> Dose {
    Dose::Hold {
        sets,
        secs,
        per_side,
        per_week,
    }
}

impl Item {
    pub const ALL: [Item; 34] = [
        Item::RestFromRunning,
        Item::Massage,
        Item::PainRelief,
        Item::DynamicWarmUp,
        Item::HipFlexorStretch,
        Item::QuadStretch,
        Item::ChildsPose,
        Item::CatCow,
        Item::ActiveStretching,
        Item::FoamRoller,
        Item::GluteBridge,
        Item::SingleLegSquat,
        Item::WallSit,
        Item::LegPress,
        Item::HamstringCurl,
        Item::Deadlift,
        Item::Plank,
        Item::SidePlank,
        Item::DeadBug,
        Item::HipAbduction,
        Item::MidfootLanding,
        Item::UprightPosture,
        Item::ArmSwing,
        Item::Cadence,
        Item::NeutralPelvis,
        Item::GaitAnalysis,
        Item::GradualIncrease,
        Item::RestDays,
        Item::Sleep,
        Item::SofterSurfaces,
        Item::ReplaceShoes,
        Item::ShoeFit,
        Item::StrengthRoutine,
        Item::MovementBreaks,
    ];

    /// Stable key (the variant's name in snake case): stored, and used in
    /// CSS classes.
    pub fn key(self) -> &'static str {
        self.into()
    }

    pub fn group(self) -> Group {
        use Item as I;
        match self {
            I::RestFromRunning | I::Massage | I::PainRelief => Group::ReliefNow,
            I::DynamicWarmUp
            | I::HipFlexorStretch
            | I::QuadStretch
            | I::ChildsPose
            | I::CatCow
            | I::ActiveStretching
            | I::FoamRoller => Group::Mobilise,
            I::GluteBridge
            | I::SingleLegSquat
            | I::WallSit
            | I::LegPress
            | I::HamstringCurl
            | I::Deadlift
            | I::Plank
            | I::SidePlank
            | I::DeadBug
            | I::HipAbduction => Group::Strengthen,
            I::MidfootLanding
            | I::UprightPosture
            | I::ArmSwing
            | I::Cadence
            | I::NeutralPelvis
            | I::GaitAnalysis => Group::Technique,
            I::GradualIncrease
            | I::RestDays
            | I::Sleep
            | I::SofterSurfaces
            | I::ReplaceShoes
            | I::ShoeFit
            | I::StrengthRoutine
            | I::MovementBreaks => Group::LoadAndGear,
        }
    }

    /// An exercise has a figure; a habit does not.
    pub fn is_exercise(self) -> bool {
        matches!(self.group(), Group::Mobilise | Group::Strengthen)
    }

    /// Strength work under load (weights, a machine, full body weight on one
    /// leg, hips held up on a rolling ball or towel, or a routine that raises
    /// the load): not before a doctor has seen the pain, not during rest
    /// days, not in strong pain (CONTENT §1, "see a doctor").
    pub fn is_loaded(self) -> bool {
        matches!(
            self,
            Item::LegPress
                | Item::Deadlift
                | Item::SingleLegSquat
                | Item::HamstringCurl
                | Item::StrengthRoutine
        )
    }

    pub fn title(self) -> Text {
        match self {
            Item::RestFromRunning => t!("Rest days from running", "Ruhetage ohne Laufen"),
            Item::Massage => t!("Gentle massage", "Sanfte Massage"),
            Item::PainRelief => t!(
                "Pain relief only with advice",
                "Schmerzmittel nur nach Rücksprache"
            ),
            Item::DynamicWarmUp => t!("Dynamic warm-up", "Dynamisches Aufwärmen"),
            Item::HipFlexorStretch => t!("Hip flexor stretch", "Hüftbeuger-Dehnung"),
            Item::QuadStretch => t!(
                "Thigh (quadriceps) stretch",
                "Oberschenkel-Dehnung (Quadrizeps)"
            ),
            Item::ChildsPose => t!("Child's pose", "Kindhaltung"),
            Item::CatCow => t!("Cat-cow", "Katze-Kuh"),
            Item::ActiveStretching => t!("Active stretching or yoga", "Aktives Dehnen oder Yoga"),
            Item::FoamRoller => t!("Foam roller", "Faszienrolle"),
            Item::GluteBridge => t!("Glute bridge", "Beckenheben"),
            Item::SingleLegSquat => t!("Single-leg squat", "Einbeinige Kniebeuge"),
            Item::WallSit => t!("Wall sit", "Wandsitzen"),
            Item::LegPress => t!("Leg press", "Beinpresse"),
            Item::HamstringCurl => t!("Hamstring curl", "Beinbeuger-Curl"),
            Item::Deadlift => t!("Romanian deadlift", "Rumänisches Kreuzheben"),
            Item::Plank => t!("Plank", "Unterarmstütz (Plank)"),
            Item::SidePlank => t!("Side plank", "Seitstütz"),
            Item::DeadBug => t!("Dead bug", "Käfer (Dead Bug)"),
            Item::HipAbduction => t!("Side-lying leg raise", "Seitliches Beinheben"),
            Item::MidfootLanding => t!("Land on the midfoot", "Mit dem Mittelfuß aufsetzen"),
            Item::UprightPosture => t!("Run tall", "Aufrecht laufen"),
            Item::ArmSwing => t!(
                "Let the arms swing straight",
                "Arme gerade schwingen lassen"
            ),
            Item::Cadence => t!("Shorter, quicker steps", "Kürzere, schnellere Schritte"),
            Item::NeutralPelvis => t!(
                "Neutral pelvis, light core tension",
                "Neutrales Becken, leichte Rumpfspannung"
            ),
            Item::GaitAnalysis => t!("Have your running analysed", "Laufanalyse machen lassen"),
            Item::GradualIncrease => t!("Build up slowly", "Langsam steigern"),
            Item::RestDays => t!("Plan rest days", "Ruhetage einplanen"),
            Item::Sleep => t!("Sleep and recovery", "Schlaf und Erholung"),
            Item::SofterSurfaces => t!("Choose softer ground", "Weicheren Untergrund wählen"),
            Item::ReplaceShoes => t!("Replace worn shoes", "Abgenutzte Schuhe ersetzen"),
            Item::ShoeFit => t!(
                "Shoes that fit your feet and gait",
                "Schuhe passend zu Fuß und Laufstil"
            ),
            Item::StrengthRoutine => t!("A regular strength routine", "Regelmäßiges Krafttraining"),
            Item::MovementBreaks => t!("Break up long sitting", "Langes Sitzen unterbrechen"),
        }
    }

    /// How to do it, in one to three short sentences.
    pub fn how(self) -> Text {
        match self {
            Item::RestFromRunning => t!(
                "Put your running shoes away for now. Walking is fine if it does not make the pain worse.",
                "Stell die Laufschuhe vorerst weg. Gehen ist in Ordnung, wenn es die Schmerzen nicht verstärkt."
            ),
            Item::Massage => t!(
                "A massage, for example by a physiotherapist, can ease tight muscles. Keep it short and not too hard: too much can make the pain worse.",
                "Eine Massage, etwa in der Physiotherapie, kann verspannte Muskeln lockern. Halte sie kurz und nicht zu fest: Zu viel kann die Schmerzen verstärken."
            ),
            Item::PainRelief => t!(
                "Over-the-counter anti-inflammatories such as ibuprofen can ease the pain for a few days. Ask a pharmacist or doctor first and take them only briefly, never so that you can run: pain tells you to hold back. Always ask before taking them if you have or had a stomach ulcer; have kidney, liver or heart disease, or high blood pressure that is not under control; take blood thinners; have asthma that such tablets make worse; have ever reacted to ibuprofen, aspirin or a similar painkiller; or are pregnant. Under 16s need a children's dose.",
                "Rezeptfreie entzündungshemmende Schmerzmittel wie Ibuprofen können die Schmerzen für ein paar Tage lindern. Lass dich vorher in der Apotheke oder ärztlich beraten und nimm sie nur kurz, nie, um laufen zu können: Der Schmerz sagt dir, dass du kürzertreten sollst. Frag in jedem Fall vorher nach, wenn du ein Magengeschwür hast oder hattest, eine Nieren-, Leber- oder Herzerkrankung oder einen nicht gut eingestellten Bluthochdruck hast, Blutverdünner nimmst, Asthma hast, das durch solche Tabletten schlimmer wird, schon einmal auf Ibuprofen, Aspirin oder ein ähnliches Schmerzmittel reagiert hast oder schwanger bist. Unter 16 Jahren gilt eine Kinderdosis."
            ),
            Item::DynamicWarmUp => t!(
                "Before running: leg swings forward and sideways, walking lunges, hip circles and gentle trunk rotations.",
                "Vor dem Laufen: Beinpendeln nach vorn und zur Seite, Ausfallschritte im Gehen, Hüftkreisen und sanftes Rumpfdrehen."
            ),
            Item::HipFlexorStretch => t!(
                "Kneel on one knee, other foot in front, trunk upright. Squeeze the glute of the kneeling leg, tuck your pelvis under and shift forward until you feel a stretch at the front of the hip of the kneeling leg.",
                "Geh in den Halbkniestand: ein Knie am Boden, der andere Fuß steht vorn, der Oberkörper aufrecht. Spann das Gesäß des knienden Beins an, kipp das Becken nach hinten und schieb es nach vorn, bis du vorn an der Hüfte des knienden Beins eine Dehnung spürst."
            ),
            Item::QuadStretch => t!(
                "Stand tall and hold on to a wall. Pull one heel towards your buttock, keep the knees together, and tuck your pelvis under so that your lower back does not arch.",
                "Steh aufrecht und halt dich an einer Wand fest. Zieh eine Ferse zum Gesäß, halte die Knie zusammen und kipp das Becken nach hinten, damit du nicht ins Hohlkreuz gehst."
            ),
            Item::ChildsPose => t!(
                "Kneel, sit back on your heels and lower your chest towards the floor, arms stretched forward. Breathe calmly.",
                "Knie dich hin, setz dich auf die Fersen und senk die Brust Richtung Boden, die Arme nach vorn gestreckt. Atme ruhig."
            ),
            Item::CatCow => t!(
                "On hands and knees, slowly round your back up, then let it sink into a gentle arch. Move only as far as is comfortable.",
                "Geh in den Vierfüßlerstand, mach den Rücken langsam rund und lass ihn dann sanft durchhängen. Beweg dich nur so weit, wie es angenehm ist."
            ),
            Item::ActiveStretching => t!(
                "Stretch while gently tensing the stretched muscle, or do a yoga class that moves the whole body.",
                "Dehne einen Muskel und spann ihn dabei leicht an oder mach Yoga, das den ganzen Körper bewegt."
            ),
            Item::FoamRoller => t!(
                "Roll slowly over thighs, glutes and calves. Avoid rolling directly on the spine.",
                "Roll langsam über Oberschenkel, Gesäß und Waden. Roll nicht direkt über die Wirbelsäule."
            ),
            Item::GluteBridge => t!(
                "Lie on your back, knees bent. Squeeze your glutes and push through your heels to lift your hips until knees, hips and shoulders line up; stop before your lower back arches. Lower them slowly.",
                "Leg dich auf den Rücken, die Knie gebeugt. Spann das Gesäß an und drück dich über die Fersen hoch, bis Knie, Hüfte und Schultern eine Linie bilden; hör auf, bevor du ins Hohlkreuz gehst. Senk die Hüfte langsam wieder ab."
            ),
            Item::SingleLegSquat => t!(
                "Stand on one leg in front of a chair, holding a wall lightly if needed. Bend the knee as if to sit down, only as deep as you stay in control and at most until you touch the chair; keep the knee over the toes and the pelvis level, then stand up again.",
                "Stell dich auf einem Bein vor einen Stuhl und halt dich bei Bedarf leicht an der Wand fest. Beug das Knie wie zum Hinsetzen, nur so tief, wie du die Bewegung kontrollierst, und höchstens bis zum Stuhl; halte das Knie über den Zehen und das Becken gerade und steh dann wieder auf."
            ),
            Item::WallSit => t!(
                "Lean your back flat against a wall and slide down until knees and hips are bent at about a right angle, knees above the ankles. Hold the position. If a knee hurts, go less deep.",
                "Lehn den Rücken flach an eine Wand und rutsch hinunter, bis Knie und Hüfte etwa rechtwinklig gebeugt sind, die Knie über den Knöcheln. Halte die Position. Tut ein Knie weh, geh weniger tief."
            ),
            Item::LegPress => t!(
                "On a leg press machine, keep your pelvis and lower back on the seat. Let the platform come down only as deep as your pelvis stays down, then push it away until your legs are almost straight.",
                "Halte an der Beinpresse Becken und unteren Rücken am Polster. Lass die Plattform nur so tief kommen, wie das Becken unten bleibt, und drück sie dann weg, bis die Beine fast gestreckt sind."
            ),
            Item::HamstringCurl => t!(
                "Lie on your back with your heels on a ball, or on a towel on a smooth floor, and lift your hips. Pull your heels towards you and push them away slowly.",
                "Leg dich auf den Rücken, die Fersen auf einem Ball oder auf einem Handtuch auf glattem Boden, und heb die Hüfte an. Zieh die Fersen heran und schieb sie langsam wieder weg."
            ),
            Item::Deadlift => t!(
                "Hold light weights close to your legs, knees soft. Hinge at the hips with your back long until you feel the back of the thighs; go only as low as your back stays long. Stand up by squeezing the glutes.",
                "Halte leichte Gewichte nah an den Beinen, die Knie leicht gebeugt. Kipp mit langem Rücken aus der Hüfte nach vorn, bis die Oberschenkelrückseite zieht; geh nur so tief, wie der Rücken lang bleibt. Richte dich mit Gesäßspannung wieder auf."
            ),
            Item::Plank => t!(
                "Rest on your forearms and toes, body in one line from head to heels. Keep breathing and stop before your hips sag.",
                "Stütz dich auf Unterarme und Zehen, den Körper in einer Linie von Kopf bis Ferse. Atme weiter und hör auf, bevor die Hüfte durchhängt."
            ),
            Item::SidePlank => t!(
                "Lie on your side on one forearm, feet stacked (or knees bent to make it easier). Lift your hips into a straight line and hold.",
                "Stütz dich seitlich auf einen Unterarm, die Füße übereinander (mit gebeugten Knien ist es leichter). Heb die Hüfte in eine Linie und halte sie."
            ),
            Item::DeadBug => t!(
                "Lie on your back, arms pointing to the ceiling, hips and knees bent at right angles. Keeping the lower back on the floor, slowly stretch one arm back overhead and the opposite leg out, just above the floor; return and switch sides.",
                "Leg dich auf den Rücken, die Arme zeigen zur Decke, Hüfte und Knie sind rechtwinklig gebeugt. Halte den unteren Rücken am Boden, streck langsam einen Arm nach hinten über den Kopf und das Bein der Gegenseite nach vorn, knapp über dem Boden; komm zurück und wechsle die Seite."
            ),
            Item::HipAbduction => t!(
                "Lie on your side, bottom knee bent. Lift the straight top leg a little behind the body line, toes forward, and lower slowly.",
                "Leg dich auf die Seite, das untere Knie gebeugt. Heb das gestreckte obere Bein leicht hinter der Körperlinie an, die Zehen zeigen nach vorn, und senk es langsam ab."
            ),
            Item::MidfootLanding => t!(
                "Let the foot land under your body on the midfoot, then roll through to the toes, instead of reaching forward with the heel.",
                "Setz den Fuß unter dem Körper mit dem Mittelfuß auf und roll zu den Zehen ab, statt mit der Ferse nach vorn zu greifen."
            ),
            Item::UprightPosture => t!(
                "Run tall: head centred over the spine, chest open, eyes ahead.",
                "Lauf aufrecht: Kopf mittig über der Wirbelsäule, Brust offen, Blick nach vorn."
            ),
            Item::ArmSwing => t!(
                "Let the arms swing loosely forward and back; the hands should not cross the middle of the body.",
                "Lass die Arme locker vor und zurück schwingen; die Hände sollen die Körpermitte nicht kreuzen."
            ),
            Item::Cadence => t!(
                "Take slightly more, shorter steps at the same pace; this spreads the load and reduces braking.",
                "Mach bei gleichem Tempo etwas mehr und kürzere Schritte; das verteilt die Last und bremst weniger."
            ),
            Item::NeutralPelvis => t!(
                "Keep the pelvis neutral rather than tipped forward, with a light, steady tension deep in the belly, and breathe rhythmically.",
                "Halte das Becken neutral statt nach vorn gekippt, mit leichter, gleichmäßiger Spannung tief im Bauch, und atme rhythmisch."
            ),
            Item::GaitAnalysis => t!(
                "A physiotherapist or running coach can film and analyse your running and find imbalances.",
                "In der Physiotherapie oder bei einem Lauftrainer kann dein Laufen gefilmt und analysiert werden, um Ungleichgewichte zu finden."
            ),
            Item::GradualIncrease => t!(
                "Raise distance or intensity in small steps and give each step time: most adaptations take 4 to 6 weeks.",
                "Steigere Umfang oder Intensität in kleinen Schritten und gib jedem Schritt Zeit: Die meisten Anpassungen brauchen 4 bis 6 Wochen."
            ),
            Item::RestDays => t!(
                "Plan at least one or two days a week without running or hard training.",
                "Plane mindestens ein bis zwei Tage pro Woche ohne Laufen oder hartes Training ein."
            ),
            Item::Sleep => t!(
                "Aim for enough sleep, and plan easy days after hard ones: tired muscles can hand work to the lower back.",
                "Sorg für genug Schlaf und plane nach harten Tagen leichte ein: Müde Muskeln können Arbeit an den unteren Rücken abgeben."
            ),
            Item::SofterSurfaces => t!(
                "Run some of your kilometres on dirt paths, grass or a track instead of asphalt, and go easy on very uneven ground.",
                "Lauf einen Teil deiner Kilometer auf Erdwegen, Gras oder der Bahn statt auf Asphalt, und sei vorsichtig auf sehr unebenem Gelände."
            ),
            Item::ReplaceShoes => t!(
                "Replace running shoes every 500 to 800 km. Note the date and distance when you start a new pair.",
                "Ersetze Laufschuhe alle 500 bis 800 km. Notier Datum und Kilometerstand, wenn du ein neues Paar beginnst."
            ),
            Item::ShoeFit => t!(
                "Choose shoes with support and cushioning that suit your foot type and gait; a running shop or physiotherapist can help.",
                "Wähl Schuhe mit Halt und Dämpfung, die zu deinem Fußtyp und Laufstil passen; ein Laufgeschäft oder die Physiotherapie hilft."
            ),
            Item::StrengthRoutine => t!(
                "Do 2 to 4 strength sessions a week, raising the load gradually, with single-leg exercises and work for glutes and side hips.",
                "Mach 2 bis 4 Krafteinheiten pro Woche mit langsam steigender Last, mit einbeinigen Übungen und Übungen für Gesäß und seitliche Hüfte."
            ),
            Item::MovementBreaks => t!(
                "Stand up and move for a minute or two every 30 to 45 minutes of sitting. The interval is Back Check's working cut-off: the sources give none.",
                "Steh nach 30 bis 45 Minuten Sitzen auf und beweg dich ein, zwei Minuten. Der Abstand ist ein Richtwert von Back Check: Die Quellen nennen keinen."
            ),
        }
    }

    pub fn dose(self) -> Dose {
        match self {
            Item::RestFromRunning => {
                Dose::Habit(t!("until you may run again", "bis du wieder laufen darfst"))
            }
            Item::Massage => Dose::Habit(t!(
                "now and then, short and gentle",
                "ab und zu, kurz und sanft"
            )),
            Item::PainRelief => {
                Dose::Habit(t!("only briefly, after advice", "nur kurz, nach Beratung"))
            }
            Item::DynamicWarmUp => Dose::Minutes {
                minutes: 5,
                when: When::BeforeRuns,
            },
            Item::HipFlexorStretch => hold(2, 30, true, 7),
            Item::QuadStretch => hold(2, 30, true, 7),
            Item::ChildsPose => hold(3, 30, false, 7),
            Item::CatCow => reps(2, 10, false, 7),
            Item::ActiveStretching => Dose::Minutes {
                minutes: 20,
                when: When::TwiceAWeek,
            },
            Item::FoamRoller => Dose::Minutes {
                minutes: 5,
                when: When::AfterRuns,
            },
            Item::GluteBridge => reps(3, 12, false, 3),
            Item::SingleLegSquat => reps(3, 8, true, 2),
            Item::WallSit => hold(3, 30, false, 3),
            Item::LegPress => reps(3, 10, false, 2),
            Item::HamstringCurl => reps(3, 10, false, 2),
            Item::Deadlift => reps(3, 8, false, 2),
            Item::Plank => hold(3, 30, false, 3),
            Item::SidePlank => hold(3, 20, true, 3),
            Item::DeadBug => reps(3, 8, true, 3),
            Item::HipAbduction => reps(3, 12, true, 3),
            Item::MidfootLanding | Item::UprightPosture | Item::ArmSwing | Item::NeutralPelvis => {
                Dose::Habit(t!(
                    "a few minutes of every run",
                    "ein paar Minuten in jedem Lauf"
                ))
            }
            Item::Cadence => Dose::Habit(t!("on easy runs first", "zuerst bei lockeren Läufen")),
            Item::GaitAnalysis => Dose::Habit(t!("once", "einmal")),
            Item::GradualIncrease => {
                Dose::Habit(t!("every training week", "in jeder Trainingswoche"))
            }
            Item::RestDays => Dose::Habit(t!("1 to 2 days a week", "1 bis 2 Tage pro Woche")),
            Item::Sleep => Dose::Habit(t!("every night", "jede Nacht")),
            Item::SofterSurfaces => {
                Dose::Habit(t!("on some runs each week", "bei einigen Läufen pro Woche"))
            }
            Item::ReplaceShoes => Dose::Habit(t!("every 500 to 800 km", "alle 500 bis 800 km")),
            Item::ShoeFit => {
                Dose::Habit(t!("at your next shoe purchase", "beim nächsten Schuhkauf"))
            }
            Item::StrengthRoutine => {
                Dose::Habit(t!("2 to 4 sessions a week", "2 bis 4 Einheiten pro Woche"))
            }
            Item::MovementBreaks => {
                Dose::Habit(t!("every 30 to 45 minutes", "alle 30 bis 45 Minuten"))
            }
        }
    }

    pub fn sources(self) -> &'static [Source] {
        use Source as S;
        match self {
            Item::RestFromRunning => &[S::Seed003McDowell],
            Item::Massage => &[S::Seed003Hinson],
            Item::PainRelief => &[S::Seed003Hinson, S::NhsIbuprofen],
            Item::GluteBridge => &[S::Seed003McDowell, S::Seed001],
            Item::DynamicWarmUp => &[S::Seed003Gallucci, S::Seed003Hinson, S::Seed001],
            Item::HipFlexorStretch => &[S::Seed003Gallucci, S::Seed004],
            Item::QuadStretch => &[S::Seed001],
            Item::ChildsPose | Item::CatCow => &[S::Seed003Gallucci],
            Item::ActiveStretching | Item::FoamRoller => &[S::Seed004],
            Item::SingleLegSquat | Item::WallSit | Item::LegPress => &[S::Seed002, S::Cai2017],
            Item::HamstringCurl => &[S::Seed003McDowell],
            Item::Deadlift | Item::SidePlank => &[S::Seed003Gallucci],
            Item::Plank => &[S::Seed003Gallucci, S::Seed001],
            Item::DeadBug | Item::HipAbduction => &[S::Seed001],
            Item::MidfootLanding => &[S::Seed003McDowell],
            Item::UprightPosture | Item::ArmSwing => &[S::Seed003Hinson, S::Seed001],
            Item::Cadence | Item::NeutralPelvis => &[S::Seed001],
            Item::GaitAnalysis => &[S::Seed003McDowell, S::Seed001],
            Item::GradualIncrease => &[S::Seed003McDowell, S::Seed002],
            Item::RestDays | Item::Sleep => &[S::Seed001],
            Item::SofterSurfaces => &[S::Seed003Hinson],
            Item::ReplaceShoes | Item::ShoeFit => &[S::Seed003Gallucci],
            Item::StrengthRoutine => &[S::Seed001, S::Seed000],
            Item::MovementBreaks => &[S::Seed003Hinson, S::Seed004, S::BackCheck],
        }
    }
}
