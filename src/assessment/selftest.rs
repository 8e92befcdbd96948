//! Guided self-tests for what a feeling cannot tell: how to do each, how long,
//! and how its result is read. The cut-offs live in `rules.rs`, as conditions.
use super::sources::Source;
use super::text::Text;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SelfTest {
    /// Single-leg glute bridge hold, left and right: glute strength.
    Bridge,
    /// Single-leg stance watching the pelvis: hip abductors (gluteus medius).
    Stance,
    /// Lying back from a table edge, one knee hugged: hip flexor length.
    HipFlexor,
    /// Forearm plank hold: core endurance.
    Plank,
    /// Side plank hold, left and right: lateral core endurance.
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
    pub const ALL: [SelfTest; 5] = [
        SelfTest::Bridge,
        SelfTest::Stance,
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
            SelfTest::HipFlexor => t!(
                "Self-test: hip flexor length",
                "Selbsttest: Länge der Hüftbeuger"
            ),
            SelfTest::Plank => t!("Self-test: plank", "Selbsttest: Unterarmstütz"),
            SelfTest::SidePlank => t!("Self-test: side plank", "Selbsttest: Seitstütz"),
        }
    }

    /// What the test looks at.
    pub fn purpose(self) -> Text {
        match self {
            SelfTest::Bridge => t!(
                "How long your glutes can hold your hips up, on each side.",
                "Wie lange deine Gesäßmuskeln die Hüfte oben halten, auf jeder Seite."
            ),
            SelfTest::Stance => t!(
                "Whether the muscles at the side of your hip keep your pelvis level.",
                "Ob die Muskeln seitlich an der Hüfte dein Becken gerade halten."
            ),
            SelfTest::HipFlexor => t!(
                "Whether the muscles at the front of your hip are short.",
                "Ob die Muskeln vorn an der Hüfte verkürzt sind."
            ),
            SelfTest::Plank => t!(
                "How long your trunk muscles hold your body straight.",
                "Wie lange deine Rumpfmuskeln den Körper gerade halten."
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
                    "Leg dich auf den Rücken, Knie gebeugt, Füße hüftbreit flach auf dem Boden, Arme neben dem Körper."
                ),
                t!(
                    "Lift your hips until knees, hips and shoulders form a straight line.",
                    "Heb die Hüfte, bis Knie, Hüfte und Schultern eine Linie bilden."
                ),
                t!(
                    "Straighten your left leg so both thighs stay level, and start the timer.",
                    "Streck das linke Bein, sodass beide Oberschenkel auf gleicher Höhe bleiben, und starte die Uhr."
                ),
                t!(
                    "Stop the timer when your hips drop or tilt, or after 60 seconds. Then do the right leg.",
                    "Stopp die Uhr, wenn die Hüfte absinkt oder kippt, oder nach 60 Sekunden. Dann das rechte Bein."
                ),
            ],
            SelfTest::Stance => &[
                t!(
                    "Stand barefoot in front of a mirror, hands on your hips.",
                    "Stell dich barfuß vor einen Spiegel, Hände an die Hüften."
                ),
                t!(
                    "Lift your left foot a little off the floor and stand on your right leg for 30 seconds.",
                    "Heb den linken Fuß etwas an und steh 30 Sekunden auf dem rechten Bein."
                ),
                t!(
                    "Watch your hands: does the hip of the lifted leg sink below the other?",
                    "Achte auf deine Hände: Sinkt die Hüfte des angehobenen Beins unter die andere?"
                ),
                t!("Then change sides.", "Dann wechsle die Seite."),
            ],
            SelfTest::HipFlexor => &[
                t!(
                    "Sit at the very end of a sturdy table or bed, thighs half supported.",
                    "Setz dich ganz an das Ende eines stabilen Tisches oder Betts, die Oberschenkel halb aufgelegt."
                ),
                t!(
                    "Lie back and pull your left knee to your chest with both hands until your lower back is flat.",
                    "Leg dich zurück und zieh das linke Knie mit beiden Händen zur Brust, bis der untere Rücken flach aufliegt."
                ),
                t!(
                    "Let the right leg hang relaxed. Does the back of the right thigh lift off the table? A helper can see it best.",
                    "Lass das rechte Bein locker hängen. Hebt sich die Rückseite des rechten Oberschenkels vom Tisch ab? Eine Hilfsperson sieht es am besten."
                ),
                t!("Then change sides.", "Dann wechsle die Seite."),
            ],
            SelfTest::Plank => &[
                t!(
                    "Rest on your forearms and toes, elbows under your shoulders.",
                    "Stütz dich auf Unterarme und Zehen, Ellbogen unter den Schultern."
                ),
                t!(
                    "Keep your body in one straight line from head to heels, and start the timer.",
                    "Halte den Körper in einer Linie von Kopf bis Ferse und starte die Uhr."
                ),
                t!(
                    "Stop the timer when your hips sag or rise, or after 2 minutes.",
                    "Stopp die Uhr, wenn die Hüfte durchhängt oder hochgeht, oder nach 2 Minuten."
                ),
            ],
            SelfTest::SidePlank => &[
                t!(
                    "Lie on your left side, elbow under your shoulder, feet stacked.",
                    "Leg dich auf die linke Seite, Ellbogen unter der Schulter, Füße übereinander."
                ),
                t!(
                    "Lift your hips so your body forms a straight line, and start the timer.",
                    "Heb die Hüfte, sodass dein Körper eine Linie bildet, und starte die Uhr."
                ),
                t!(
                    "Stop the timer when your hips sink, or after 90 seconds. Then do the right side.",
                    "Stopp die Uhr, wenn die Hüfte absinkt, oder nach 90 Sekunden. Dann die rechte Seite."
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

    /// How the result is read, in words (the cut-offs are rules in `rules.rs`).
    pub fn reading(self) -> Text {
        match self {
            SelfTest::Bridge => t!(
                "Under 30 seconds on a side points to weak glutes; a side that holds less than three quarters of the other points to an imbalance.",
                "Unter 30 Sekunden auf einer Seite spricht für schwache Gesäßmuskeln; hält eine Seite weniger als drei Viertel so lange wie die andere, spricht das für ein Ungleichgewicht."
            ),
            SelfTest::Stance => t!(
                "If the hip of the lifted leg sinks, the side hip muscles of the standing leg (gluteus medius) are not holding the pelvis.",
                "Sinkt die Hüfte des angehobenen Beins, halten die seitlichen Hüftmuskeln des Standbeins (Gluteus medius) das Becken nicht."
            ),
            SelfTest::HipFlexor => t!(
                "If the hanging thigh lifts off the table, the hip flexors on that side are probably short.",
                "Hebt sich der hängende Oberschenkel vom Tisch ab, sind die Hüftbeuger dieser Seite wahrscheinlich verkürzt."
            ),
            SelfTest::Plank => t!(
                "Under 60 seconds points to low core endurance.",
                "Unter 60 Sekunden spricht für geringe Rumpfausdauer."
            ),
            SelfTest::SidePlank => t!(
                "Under 30 seconds on a side points to weak side trunk muscles; a side that holds less than three quarters of the other points to an imbalance.",
                "Unter 30 Sekunden auf einer Seite spricht für schwache seitliche Rumpfmuskeln; hält eine Seite weniger als drei Viertel so lange wie die andere, spricht das für ein Ungleichgewicht."
            ),
        }
    }

    /// Where the test and its reading come from.
    pub fn sources(self) -> &'static [Source] {
        match self {
            SelfTest::Bridge | SelfTest::Plank | SelfTest::SidePlank => {
                &[Source::Seed001, Source::BackCheck]
            }
            SelfTest::Stance => &[Source::Seed001],
            SelfTest::HipFlexor => &[Source::Seed004, Source::Seed001],
        }
    }
}

/// Said on every self-test page.
pub const STOP_IF_PAIN: Text = t!(
    "Stop at once if a test causes pain in your back or a leg, and choose \"Skip / I can't do this\".",
    "Brich sofort ab, wenn ein Test Schmerzen im Rücken oder in einem Bein auslöst, und wähle „Überspringen / kann ich nicht“."
);
