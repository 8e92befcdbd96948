//! A figure for each exercise and self-test, drawn from joint positions in
//! a 120 × 80 box (floor at y = 75): a head, a trunk and limbs with width
//! (thigh and upper arm wider than shin and forearm), the far limbs paler,
//! and an arrow for the movement where there is one. One style and line
//! weight for all; `currentColor`, so it follows the text colour in print
//! and dark mode. Data, not artwork.
use crate::assessment::plan::Item;
use crate::assessment::selftest::SelfTest;
use crate::assessment::text::Lang;
use yew::prelude::*;

type P = (i16, i16);

/// Extra shapes: a wall, a table, a ball.
#[derive(Clone, Copy)]
enum Prop {
    Line(i16, i16, i16, i16),
    Circle(i16, i16, i16),
}

struct Pose {
    head: P,
    neck: P,
    hip: P,
    /// A bend in the spine (rounded back), if any.
    spine_mid: Option<P>,
    /// Near then far leg: knee, ankle.
    legs: [[P; 2]; 2],
    /// Near then far arm: elbow, hand.
    arms: [[P; 2]; 2],
    props: &'static [Prop],
    /// The movement: from, bend, to (the arrowhead at "to").
    arrow: Option<[P; 3]>,
}

const fn pose(head: P, neck: P, hip: P, legs: [[P; 2]; 2], arms: [[P; 2]; 2]) -> Pose {
    Pose {
        head,
        neck,
        hip,
        spine_mid: None,
        legs,
        arms,
        props: &[],
        arrow: None,
    }
}

const fn moving(mut p: Pose, arrow: [P; 3]) -> Pose {
    p.arrow = Some(arrow);
    p
}

const fn with_props(mut p: Pose, props: &'static [Prop]) -> Pose {
    p.props = props;
    p
}

const fn rounded(mut p: Pose, mid: P) -> Pose {
    p.spine_mid = Some(mid);
    p
}

const BRIDGE: Pose = pose(
    (14, 67),
    (24, 70),
    (56, 50),
    [[(74, 42), (80, 73)], [(72, 44), (77, 73)]],
    [[(38, 72), (52, 72)], [(38, 72), (52, 72)]],
);
const SINGLE_BRIDGE: Pose = pose(
    (14, 67),
    (24, 70),
    (56, 50),
    [[(74, 42), (80, 73)], [(74, 43), (94, 36)]],
    [[(38, 72), (52, 72)], [(38, 72), (52, 72)]],
);
const PLANK: Pose = pose(
    (20, 45),
    (30, 50),
    (64, 58),
    [[(82, 65), (100, 73)], [(82, 66), (98, 73)]],
    [[(30, 73), (44, 73)], [(32, 73), (46, 73)]],
);
// On one forearm, seen from the front: the top arm raised, so it never
// reads as the plank.
const SIDE_PLANK: Pose = pose(
    (20, 40),
    (30, 47),
    (64, 57),
    [[(82, 64), (100, 73)], [(82, 63), (100, 71)]],
    [[(30, 73), (42, 73)], [(31, 31), (32, 16)]],
);

/// Back against the wall, knees and hips at a right angle.
const WALL_SIT: Pose = with_props(
    pose(
        (34, 11),
        (34, 20),
        (34, 46),
        [[(58, 46), (58, 73)], [(56, 47), (56, 73)]],
        [[(42, 34), (52, 44)], [(40, 36), (50, 45)]],
    ),
    &[Prop::Line(28, 4, 28, 74)],
);

fn exercise_pose(item: Item) -> Option<Pose> {
    strength_pose(item).or_else(|| mobility_pose(item))
}

/// The strengthening exercises.
fn strength_pose(item: Item) -> Option<Pose> {
    use Prop::*;
    Some(match item {
        Item::GluteBridge => moving(BRIDGE, [(46, 66), (40, 56), (46, 44)]),
        Item::Plank => PLANK,
        Item::SidePlank => SIDE_PLANK,
        Item::SingleLegSquat => moving(
            pose(
                (52, 8),
                (54, 16),
                (58, 42),
                [[(66, 57), (58, 73)], [(74, 47), (88, 51)]],
                [[(66, 24), (78, 26)], [(64, 26), (76, 28)]],
            ),
            [(36, 20), (32, 32), (36, 46)],
        ),
        Item::WallSit => WALL_SIT,
        Item::LegPress => moving(
            with_props(
                pose(
                    (22, 28),
                    (27, 37),
                    (42, 62),
                    [[(62, 44), (84, 52)], [(60, 46), (84, 54)]],
                    [[(34, 50), (44, 60)], [(33, 51), (43, 61)]],
                ),
                &[Line(18, 34, 40, 68), Line(88, 30, 88, 66)],
            ),
            [(58, 36), (70, 30), (82, 32)],
        ),
        Item::HamstringCurl => moving(
            with_props(
                pose(
                    (12, 67),
                    (22, 70),
                    (52, 56),
                    [[(70, 46), (86, 58)], [(68, 48), (84, 60)]],
                    [[(34, 72), (46, 72)], [(34, 72), (46, 72)]],
                ),
                &[Circle(88, 66, 8)],
            ),
            [(106, 62), (104, 52), (96, 48)],
        ),
        Item::Deadlift => moving(
            with_props(
                pose(
                    (88, 26),
                    (80, 31),
                    (52, 40),
                    [[(64, 56), (60, 73)], [(62, 57), (58, 73)]],
                    [[(80, 43), (80, 54)], [(78, 44), (78, 55)]],
                ),
                &[Line(72, 56, 88, 56)],
            ),
            [(98, 32), (100, 16), (86, 10)],
        ),
        Item::DeadBug => moving(
            pose(
                (12, 67),
                (22, 70),
                (56, 70),
                [[(56, 50), (74, 50)], [(74, 66), (94, 68)]],
                [[(26, 52), (28, 38)], [(16, 60), (6, 54)]],
            ),
            [(84, 48), (96, 50), (102, 60)],
        ),
        Item::HipAbduction => moving(
            pose(
                (12, 62),
                (22, 68),
                (58, 68),
                [[(78, 58), (98, 48)], [(78, 71), (98, 72)]],
                [[(36, 66), (44, 72)], [(14, 72), (8, 63)]],
            ),
            [(108, 66), (112, 56), (106, 46)],
        ),
        _ => return None,
    })
}

/// Stretches and mobility.
fn mobility_pose(item: Item) -> Option<Pose> {
    use Prop::*;
    Some(match item {
        Item::HipFlexorStretch => pose(
            (54, 13),
            (54, 22),
            (54, 50),
            [[(74, 52), (74, 73)], [(44, 72), (26, 73)]],
            [[(62, 36), (56, 48)], [(60, 37), (54, 48)]],
        ),
        Item::QuadStretch => with_props(
            pose(
                (56, 9),
                (56, 18),
                (56, 42),
                [[(56, 58), (56, 73)], [(57, 59), (48, 44)]],
                [[(48, 30), (48, 44)], [(70, 22), (84, 20)]],
            ),
            &[Line(86, 4, 86, 74)],
        ),
        Item::ChildsPose => rounded(
            pose(
                (24, 67),
                (34, 64),
                (70, 62),
                [[(48, 72), (74, 73)], [(48, 72), (74, 73)]],
                [[(20, 72), (6, 72)], [(20, 72), (6, 72)]],
            ),
            (52, 55),
        ),
        Item::CatCow => moving(
            rounded(
                pose(
                    (18, 56),
                    (28, 50),
                    (72, 50),
                    [[(72, 73), (94, 73)], [(74, 73), (96, 73)]],
                    [[(28, 62), (28, 73)], [(30, 62), (30, 73)]],
                ),
                (50, 38),
            ),
            [(50, 33), (52, 28), (50, 22)],
        ),
        Item::DynamicWarmUp => moving(
            pose(
                (54, 8),
                (54, 16),
                (54, 40),
                [[(54, 56), (54, 73)], [(68, 52), (82, 62)]],
                [[(62, 26), (68, 34)], [(46, 26), (42, 36)]],
            ),
            [(70, 70), (90, 72), (92, 52)],
        ),
        Item::ActiveStretching => pose(
            (30, 58),
            (36, 52),
            (62, 28),
            [[(74, 50), (84, 73)], [(76, 50), (86, 73)]],
            [[(29, 62), (22, 73)], [(31, 62), (24, 73)]],
        ),
        Item::FoamRoller => with_props(
            pose(
                (18, 48),
                (26, 53),
                (54, 60),
                [[(72, 64), (96, 70)], [(72, 65), (96, 72)]],
                [[(26, 73), (40, 73)], [(28, 73), (42, 73)]],
            ),
            &[Circle(64, 67, 6)],
        ),
        _ => return None,
    })
}

fn self_test_pose(test: SelfTest) -> Pose {
    use Prop::*;
    match test {
        SelfTest::Bridge => SINGLE_BRIDGE,
        SelfTest::Plank => PLANK,
        SelfTest::SidePlank => SIDE_PLANK,
        // Back against the wall, knees and hips at a right angle.
        SelfTest::WallSit => WALL_SIT,
        // Seen from the front, hands on the hips, one foot lifted.
        SelfTest::Stance => with_props(
            pose(
                (60, 8),
                (60, 16),
                (60, 40),
                [[(54, 56), (54, 73)], [(68, 55), (68, 66)]],
                [[(46, 30), (52, 41)], [(74, 30), (68, 41)]],
            ),
            &[Line(50, 41, 70, 41)],
        ),
        // Lying back on a table, one knee hugged, the other leg hanging.
        SelfTest::HipFlexor => with_props(
            pose(
                (12, 34),
                (22, 38),
                (58, 38),
                [[(76, 44), (80, 66)], [(46, 20), (58, 13)]],
                [[(34, 28), (46, 21)], [(36, 29), (47, 22)]],
            ),
            &[
                Line(6, 43, 62, 43),
                Line(12, 43, 12, 74),
                Line(58, 43, 58, 74),
            ],
        ),
    }
}

/// A coordinate in tenths, written without float formatting (which would
/// pull about 10 kB of float printing into the wasm).
fn tenths(v: f32) -> String {
    let t = (v * 10.0) as i32;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}

/// An arrowhead at `to`, pointing away from `from`.
fn arrowhead(from: P, to: P) -> String {
    let (dx, dy) = (f32::from(to.0 - from.0), f32::from(to.1 - from.1));
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let (bx, by) = (f32::from(to.0) - 5.0 * ux, f32::from(to.1) - 5.0 * uy);
    format!(
        "{},{} {},{} {},{}",
        to.0,
        to.1,
        tenths(bx - 3.0 * uy),
        tenths(by + 3.0 * ux),
        tenths(bx + 3.0 * uy),
        tenths(by - 3.0 * ux)
    )
}

fn render(p: &Pose, label: &str) -> Html {
    // Upper and lower segment, the upper one wider.
    let limb = |from: P, joints: [P; 2], far: bool, leg: bool| {
        let [(mx, my), (ex, ey)] = joints;
        let class = match (leg, far) {
            (true, false) => "limb leg",
            (true, true) => "limb leg far",
            (false, false) => "limb arm",
            (false, true) => "limb arm far",
        };
        html! {
            <g {class}>
                <line class="upper" x1={from.0.to_string()} y1={from.1.to_string()} x2={mx.to_string()} y2={my.to_string()} />
                <line class="lower" x1={mx.to_string()} y1={my.to_string()} x2={ex.to_string()} y2={ey.to_string()} />
            </g>
        }
    };
    let torso = match p.spine_mid {
        Some((mx, my)) => format!(
            "M{},{} Q{mx},{my} {},{}",
            p.neck.0, p.neck.1, p.hip.0, p.hip.1
        ),
        None => format!("M{},{} L{},{}", p.neck.0, p.neck.1, p.hip.0, p.hip.1),
    };
    let arrow = p
        .arrow
        .map(|[a, c, b]| {
            html! {
                <g class="arrow">
                    <path d={format!("M{},{} Q{},{} {},{}", a.0, a.1, c.0, c.1, b.0, b.1)} />
                    <polygon points={arrowhead(c, b)} />
                </g>
            }
        })
        .unwrap_or_default();
    html! {
        <svg class="figure" viewBox="0 0 120 80" role="img" aria-label={label.to_owned()} focusable="false">
            <line class="ground" x1="0" y1="75.5" x2="120" y2="75.5" />
            { for p.props.iter().map(|prop| match *prop {
                Prop::Line(x1, y1, x2, y2) => html! { <line class="prop" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} /> },
                Prop::Circle(cx, cy, r) => html! { <circle class="prop" cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} /> },
            }) }
            { limb(p.hip, p.legs[1], true, true) }
            { limb(p.neck, p.arms[1], true, false) }
            <path class="trunk" d={torso} />
            { limb(p.hip, p.legs[0], false, true) }
            { limb(p.neck, p.arms[0], false, false) }
            <circle class="head" cx={p.head.0.to_string()} cy={p.head.1.to_string()} r="6.5" />
            { arrow }
        </svg>
    }
}

/// The figure for an exercise, or nothing for a habit.
pub fn exercise_figure(item: Item, lang: Lang) -> Html {
    exercise_pose(item)
        .map(|p| render(&p, item.title().get(lang)))
        .unwrap_or_default()
}

pub fn self_test_figure(test: SelfTest, lang: Lang) -> Html {
    render(&self_test_pose(test), test.title().get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_movement_has_its_arrow_and_a_held_position_none() {
        use Item as I;
        let moving = [
            I::GluteBridge,
            I::SingleLegSquat,
            I::LegPress,
            I::HamstringCurl,
            I::Deadlift,
            I::DeadBug,
            I::HipAbduction,
            I::CatCow,
            I::DynamicWarmUp,
        ];
        for item in Item::ALL.iter().filter(|i| i.is_exercise()) {
            let p = exercise_pose(*item).unwrap();
            assert_eq!(p.arrow.is_some(), moving.contains(item), "{item:?}");
        }
    }

    #[test]
    fn arrowheads_are_written_in_tenths() {
        assert_eq!(tenths(12.34), "12.3");
        assert_eq!(tenths(-0.5), "-0.5");
        assert_eq!(arrowhead((0, 0), (10, 0)), "10,0 5.0,3.0 5.0,-3.0");
    }

    #[test]
    fn every_exercise_has_a_figure_inside_the_box() {
        let inside = |(x, y): P| (0..=120).contains(&x) && (0..=80).contains(&y);
        let poses = Item::ALL
            .iter()
            .filter(|i| i.is_exercise())
            .map(|&i| exercise_pose(i).unwrap_or_else(|| panic!("{i:?} has no figure")))
            .chain(SelfTest::ALL.iter().map(|&t| self_test_pose(t)));
        for p in poses {
            let mut all = vec![p.head, p.neck, p.hip];
            all.extend(p.legs.iter().flatten());
            all.extend(p.arms.iter().flatten());
            all.extend(p.arrow.iter().flatten());
            assert!(all.into_iter().all(inside));
        }
        assert!(Item::ALL
            .iter()
            .filter(|i| !i.is_exercise())
            .all(|&i| exercise_pose(i).is_none()));
    }
}
