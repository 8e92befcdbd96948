//! Guided self-tests for what a feeling cannot tell: how to do each, how long,
//! and how its result is read. The cut-offs live in `rules.rs`, as conditions;
//! every one is Back Check's working cut-off, and the readings say so.
use super::sources::Source;
use super::text::Text;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SelfTest {
    /// Single-leg glute bridge hold, each leg on the floor in turn: glute strength.
    Bridge,
    /// Single-leg stance watching the pelvis: hip abductors (gluteus medius).
    Stance,
    /// Wall sit hold: thigh muscle (quadriceps) strength.
    WallSit,
    /// Lying back from a table edge, one knee held: hip flexor length.
    HipFlexor,
    /// Forearm plank hold: trunk endurance.
    Plank,
    /// Side plank hold, each side down in turn: side trunk endurance.
    SidePlank,
}

/// What a self-test's answer records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// A timer runs; the runner enters the seconds held (one side or both).
    Hold { each_side: bool, cap_seconds: u16 },
    /// A fixed time per side; the runner reports what they saw.
    Watch { seconds_per_side: u16 },
}

impl SelfTest {
    pub const ALL: [SelfTest; 6] = [
        SelfTest::Bridge,
        SelfTest::Stance,
        SelfTest::WallSit,
        SelfTest::HipFlexor,
        SelfTest::Plank,
        SelfTest::SidePlank,
    ];

    pub const fn title(self) -> Text {
        match self {
            SelfTest::Bridge => t!(
                "Self-test: single-leg bridge",
                "Selbsttest: einbeinige Brücke"
            ),
            SelfTest::Stance => t!(
                "Self-test: standing on one leg",
                "Selbsttest: Stand auf einem Bein"
            ),
            SelfTest::WallSit => t!("Self-test: wall sit", "Selbsttest: Wandsitzen"),
            SelfTest::HipFlexor => t!(
                "Self-test: hip flexor length",
                "Selbsttest: Länge der Hüftbeuger"
            ),
            SelfTest::Plank => t!("Self-test: plank", "Selbsttest: Unterarmstütz"),
            SelfTest::SidePlank => t!("Self-test: side plank", "Selbsttest: Seitstütz"),
        }
    }

    /// The two sides in the order they are tested, each named by the leg or
    /// side that works ("right leg on the floor"), never by the lifted leg.
    /// A timed pair is stored in this order. `None`: one test, no sides.
    pub fn sides(self) -> Option<[Text; 2]> {
        match self {
            SelfTest::Bridge => Some([
                t!("Right leg on the floor", "Rechtes Bein am Boden"),
                t!("Left leg on the floor", "Linkes Bein am Boden"),
            ]),
            SelfTest::Stance => Some([
                t!("Standing on the right leg", "Stand auf dem rechten Bein"),
                t!("Standing on the left leg", "Stand auf dem linken Bein"),
            ]),
            SelfTest::HipFlexor => Some([
                t!("Right thigh hanging", "Rechter Oberschenkel hängt"),
                t!("Left thigh hanging", "Linker Oberschenkel hängt"),
            ]),
            SelfTest::SidePlank => Some([
                t!("On your left side", "Auf der linken Seite"),
                t!("On your right side", "Auf der rechten Seite"),
            ]),
            SelfTest::WallSit | SelfTest::Plank => None,
        }
    }

    /// What the test looks at.
    pub fn purpose(self) -> Text {
        match self {
            SelfTest::Bridge => t!(
                "How long your glutes can hold your hips up, one leg at a time.",
                "Wie lange deine Gesäßmuskeln die Hüfte oben halten, jeweils mit einem Bein."
            ),
            SelfTest::Stance => t!(
                "Whether the muscles at the side of your hip keep your pelvis level.",
                "Ob die Muskeln seitlich an der Hüfte dein Becken gerade halten."
            ),
            SelfTest::WallSit => t!(
                "How long your thigh muscles hold you in a sitting position against a wall.",
                "Wie lange deine Oberschenkelmuskeln dich in Sitzposition an der Wand halten."
            ),
            SelfTest::HipFlexor => t!(
                "Whether the muscles at the front of your hip are short.",
                "Ob die Muskeln vorn an der Hüfte verkürzt sind."
            ),
            SelfTest::Plank => t!(
                "How long your trunk muscles hold your body straight: their endurance.",
                "Wie lange deine Rumpfmuskeln den Körper gerade halten: ihre Ausdauer."
            ),
            SelfTest::SidePlank => t!(
                "How long the muscles at the side of your trunk hold you up, on each side.",
                "Wie lange die seitlichen Rumpfmuskeln dich halten, auf jeder Seite."
            ),
        }
    }

    /// Steps, in order.
    pub fn steps(self) -> &'static [Text] {
        match self {
            SelfTest::Bridge => &[
                t!(
                    "Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.",
                    "Leg dich auf den Rücken, die Knie gebeugt, die Füße hüftbreit flach auf dem Boden, die Arme neben dem Körper."
                ),
                t!(
                    "Lift your hips until knees, hips and shoulders form a straight line.",
                    "Heb die Hüfte, bis Knie, Hüfte und Schultern eine Linie bilden."
                ),
                t!(
                    "Straighten your left leg with both thighs level, so that your right leg on the floor holds you up, and start the timer.",
                    "Streck das linke Bein, beide Oberschenkel auf gleicher Höhe, sodass dich das rechte Bein am Boden hält, und starte die Uhr."
                ),
                t!(
                    "Stop the timer when your hips drop or tilt, when the back of your thigh cramps, or after 60 seconds. Then do the same with your left leg on the floor.",
                    "Stopp die Uhr nach 60 Sekunden oder früher, sobald die Hüfte absinkt oder kippt oder die Oberschenkelrückseite krampft. Mach dann dasselbe mit dem linken Bein am Boden."
                ),
            ],
            SelfTest::Stance => &[
                t!(
                    "Stand barefoot in front of a mirror, hands on your hips.",
                    "Stell dich barfuß vor einen Spiegel, die Hände an den Hüften."
                ),
                t!(
                    "Lift your left foot a little off the floor and stand on your right leg for 30 seconds.",
                    "Heb den linken Fuß etwas an und steh 30 Sekunden auf dem rechten Bein."
                ),
                t!(
                    "Watch your hands: does the hip of the lifted leg sink below the other, or does your upper body lean over the standing leg? Either counts as a drop.",
                    "Achte auf deine Hände: Sinkt die Hüfte des angehobenen Beins unter die andere oder neigt sich dein Oberkörper über das Standbein? Beides zählt als Absinken."
                ),
                t!("Then stand on your left leg.", "Steh dann auf dem linken Bein."),
            ],
            SelfTest::WallSit => &[
                t!(
                    "Stand with your back against a wall, feet hip-width apart and about two foot-lengths from the wall.",
                    "Stell dich mit dem Rücken an eine Wand, die Füße hüftbreit und etwa zwei Fußlängen von der Wand entfernt."
                ),
                t!(
                    "Slide down until your knees and hips are bent at about a right angle, knees above your ankles, and start the timer.",
                    "Rutsch an der Wand hinunter, bis Knie und Hüfte etwa rechtwinklig gebeugt sind und die Knie über den Knöcheln stehen, und starte die Uhr."
                ),
                t!(
                    "Stop the timer when you can no longer hold the position, when a knee or your back hurts, or after 2 minutes.",
                    "Stopp die Uhr nach 2 Minuten oder früher, sobald du die Position nicht mehr halten kannst oder ein Knie oder der Rücken wehtut."
                ),
            ],
            SelfTest::HipFlexor => &[
                t!(
                    "Sit at the very end of a firm table or bench (a bed is too soft), with the edge under the middle of your thighs.",
                    "Setz dich ganz an das Ende eines festen Tisches oder einer Bank (ein Bett ist zu weich), die Kante unter der Mitte der Oberschenkel."
                ),
                t!(
                    "Hold both knees to your chest and slowly lie back. Stay well on the table and mind the edge.",
                    "Halte beide Knie an der Brust und leg dich langsam zurück. Bleib sicher auf dem Tisch liegen und achte auf die Kante."
                ),
                t!(
                    "Keep your left knee held to your chest, so that your lower back stays flat, and lower your right leg to hang relaxed over the edge.",
                    "Halte das linke Knie an der Brust, sodass der untere Rücken flach aufliegt, und lass das rechte Bein locker über die Kante hängen."
                ),
                t!(
                    "Does the back of your right thigh lift off the table? A helper sees it best. Then change sides.",
                    "Hebt sich die Rückseite des rechten Oberschenkels vom Tisch ab? Eine Hilfsperson sieht es am besten. Wechsle dann die Seite."
                ),
            ],
            SelfTest::Plank => &[
                t!(
                    "Rest on your forearms and toes, elbows under your shoulders.",
                    "Stütz dich auf Unterarme und Zehen, die Ellbogen unter den Schultern."
                ),
                t!(
                    "Keep your body in one straight line from head to heels, and start the timer.",
                    "Halte den Körper in einer Linie von Kopf bis Ferse und starte die Uhr."
                ),
                t!(
                    "Stop the timer when your hips sag or rise, or after 2 minutes.",
                    "Stopp die Uhr nach 2 Minuten oder früher, sobald die Hüfte durchhängt oder hochgeht."
                ),
            ],
            SelfTest::SidePlank => &[
                t!(
                    "Lie on your left side, elbow under your shoulder, feet stacked.",
                    "Leg dich auf die linke Seite, den Ellbogen unter der Schulter, die Füße übereinander."
                ),
                t!(
                    "Lift your hips so your body forms a straight line, and start the timer.",
                    "Heb die Hüfte, sodass dein Körper eine Linie bildet, und starte die Uhr."
                ),
                t!(
                    "Stop the timer when your hips sink, or after 90 seconds. Then do the same on your right side.",
                    "Stopp die Uhr nach 90 Sekunden oder früher, sobald die Hüfte absinkt. Mach dann dasselbe auf der rechten Seite."
                ),
            ],
        }
    }

    pub fn timing(self) -> Timing {
        match self {
            SelfTest::Bridge => Timing::Hold {
                each_side: true,
                cap_seconds: 60,
            },
            SelfTest::Stance => Timing::Watch {
                seconds_per_side: 30,
            },
            SelfTest::WallSit => Timing::Hold {
                each_side: false,
                cap_seconds: 120,
            },
            SelfTest::HipFlexor => Timing::Watch {
                seconds_per_side: 20,
            },
            SelfTest::Plank => Timing::Hold {
                each_side: false,
                cap_seconds: 120,
            },
            SelfTest::SidePlank => Timing::Hold {
                each_side: true,
                cap_seconds: 90,
            },
        }
    }

    /// How the result is read, in words (the cut-offs are rules in
    /// `rules.rs`); a number no source gives is named as Back Check's own.
    pub fn reading(self) -> Text {
        match self {
            SelfTest::Bridge => t!(
                "Under 30 seconds with one leg on the floor points to weak glutes on that side; a side that holds less than three quarters as long as the other points to an imbalance. Both numbers are Back Check's working cut-offs: no source gives one.",
                "Unter 30 Sekunden mit einem Bein am Boden spricht für schwache Gesäßmuskeln auf dieser Seite; hält eine Seite weniger als drei Viertel so lange wie die andere, spricht das für ein Ungleichgewicht. Beide Zahlen sind Richtwerte von Back Check: Keine Quelle nennt eine."
            ),
            SelfTest::Stance => t!(
                "If the hip of the lifted leg sinks or the trunk leans over, the side hip muscles of the standing leg (gluteus medius) are not holding the pelvis.",
                "Sinkt die Hüfte des angehobenen Beins ab oder neigt sich der Oberkörper, halten die seitlichen Hüftmuskeln des Standbeins (Gluteus medius) das Becken nicht."
            ),
            SelfTest::WallSit => t!(
                "Under 45 seconds points to weak thigh muscles. The 45 seconds are Back Check's working cut-off: no source gives a number.",
                "Unter 45 Sekunden spricht für schwache Oberschenkelmuskeln. Die 45 Sekunden sind ein Richtwert von Back Check: Keine Quelle nennt eine Zahl."
            ),
            SelfTest::HipFlexor => t!(
                "If the hanging thigh lifts off the table, the hip flexors on that side are probably short.",
                "Hebt sich der hängende Oberschenkel vom Tisch ab, sind die Hüftbeuger dieser Seite wahrscheinlich verkürzt."
            ),
            SelfTest::Plank => t!(
                "Under 60 seconds points to low trunk endurance. The 60 seconds are Back Check's working cut-off: no source gives a number.",
                "Unter 60 Sekunden spricht für geringe Rumpfausdauer. Die 60 Sekunden sind ein Richtwert von Back Check: Keine Quelle nennt eine Zahl."
            ),
            SelfTest::SidePlank => t!(
                "Under 30 seconds on a side points to low endurance of the side trunk muscles; a side that holds less than three quarters as long as the other points to an imbalance. Both numbers are Back Check's working cut-offs: no source gives one.",
                "Unter 30 Sekunden auf einer Seite spricht für geringe Ausdauer der seitlichen Rumpfmuskeln; hält eine Seite weniger als drei Viertel so lange wie die andere, spricht das für ein Ungleichgewicht. Beide Zahlen sind Richtwerte von Back Check: Keine Quelle nennt eine."
            ),
        }
    }

    /// Where the test and its reading come from.
    pub fn sources(self) -> &'static [Source] {
        match self {
            SelfTest::Bridge | SelfTest::Plank | SelfTest::SidePlank => {
                &[Source::Seed001, Source::BackCheck]
            }
            SelfTest::WallSit => &[Source::Seed002, Source::Cai2017, Source::BackCheck],
            SelfTest::Stance => &[Source::Seed001],
            SelfTest::HipFlexor => &[Source::Seed004, Source::Seed001],
        }
    }
}

/// Said on every self-test page, next to the timer and the result fields.
pub const STOP_IF_PAIN: Text = t!(
    "Stop at once if a test causes pain in your back or a leg, and choose \u{201c}Skip / I can't do this\u{201d}. Pain also lowers holding times, so a test done in pain can read as weakness that is not there.",
    "Brich sofort ab, wenn ein Test Schmerzen im Rücken oder in einem Bein auslöst, und wähle \u{201e}Überspringen / kann ich nicht\u{201c}. Schmerzen verkürzen außerdem die Haltezeiten: Ein Test unter Schmerzen kann eine Schwäche anzeigen, die es nicht gibt."
);

/// Said next to every self-test result (result page, print, check page).
pub const PAIN_LOWERS_HOLDS: Text = t!(
    "Pain lowers holding times: a test done in pain can read as weakness that is not there.",
    "Schmerzen verkürzen die Haltezeiten: Ein Test unter Schmerzen kann eine Schwäche anzeigen, die es nicht gibt."
);
