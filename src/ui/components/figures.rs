//! Simple stick figures for each exercise and self-test, drawn from joint
//! positions in a 120 × 80 box (ground at y = 74). Data, not artwork.
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
    }
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
const SIDE_PLANK: Pose = pose(
    (20, 40),
    (30, 47),
    (64, 57),
    [[(82, 64), (100, 73)], [(82, 63), (100, 71)]],
    [[(30, 73), (42, 73)], [(44, 46), (58, 54)]],
);

fn exercise_pose(item: Item) -> Option<Pose> {
    use Prop::*;
    Some(match item {
        Item::GluteBridge => BRIDGE,
        Item::Plank => PLANK,
        Item::SidePlank => SIDE_PLANK,
        Item::SingleLegSquat => pose(
            (52, 8),
            (54, 16),
            (58, 42),
            [[(66, 57), (58, 73)], [(74, 47), (88, 51)]],
            [[(66, 24), (78, 26)], [(64, 26), (76, 28)]],
        ),
        Item::WallSit => with_props(
            pose(
                (34, 11),
                (34, 20),
                (34, 46),
                [[(58, 46), (58, 73)], [(56, 47), (56, 73)]],
                [[(42, 34), (52, 44)], [(40, 36), (50, 45)]],
            ),
            &[Line(28, 4, 28, 74)],
        ),
        Item::LegPress => with_props(
            pose(
                (22, 28),
                (27, 37),
                (42, 62),
                [[(62, 44), (84, 52)], [(60, 46), (84, 54)]],
                [[(34, 50), (44, 60)], [(33, 51), (43, 61)]],
            ),
            &[Line(18, 34, 40, 68), Line(88, 30, 88, 66)],
        ),
        Item::HamstringCurl => with_props(
            pose(
                (12, 67),
                (22, 70),
                (52, 56),
                [[(70, 46), (86, 58)], [(68, 48), (84, 60)]],
                [[(34, 72), (46, 72)], [(34, 72), (46, 72)]],
            ),
            &[Circle(88, 66, 8)],
        ),
        Item::Deadlift => with_props(
            pose(
                (88, 26),
                (80, 31),
                (52, 40),
                [[(64, 56), (60, 73)], [(62, 57), (58, 73)]],
                [[(80, 43), (80, 54)], [(78, 44), (78, 55)]],
            ),
            &[Line(72, 56, 88, 56)],
        ),
        Item::DeadBug => pose(
            (12, 67),
            (22, 70),
            (56, 70),
            [[(56, 50), (74, 50)], [(74, 66), (94, 68)]],
            [[(26, 52), (28, 38)], [(16, 60), (6, 54)]],
        ),
        Item::HipAbduction => pose(
            (12, 62),
            (22, 68),
            (58, 68),
            [[(78, 58), (98, 48)], [(78, 71), (98, 72)]],
            [[(36, 66), (44, 72)], [(14, 72), (8, 63)]],
        ),
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
        Item::CatCow => rounded(
            pose(
                (18, 56),
                (28, 50),
                (72, 50),
                [[(72, 73), (94, 73)], [(74, 73), (96, 73)]],
                [[(28, 62), (28, 73)], [(30, 62), (30, 73)]],
            ),
            (50, 38),
        ),
        Item::DynamicWarmUp => pose(
            (54, 8),
            (54, 16),
            (54, 40),
            [[(54, 56), (54, 73)], [(68, 52), (82, 62)]],
            [[(62, 26), (68, 34)], [(46, 26), (42, 36)]],
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

fn points(ps: &[P]) -> String {
    ps.iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn render(p: &Pose, label: &str) -> Html {
    let limb = |a: P, b: [P; 2], class: &'static str| html! { <polyline class={class} points={points(&[a, b[0], b[1]])} /> };
    let torso = match p.spine_mid {
        Some((mx, my)) => format!(
            "M{},{} Q{mx},{my} {},{}",
            p.neck.0, p.neck.1, p.hip.0, p.hip.1
        ),
        None => format!("M{},{} L{},{}", p.neck.0, p.neck.1, p.hip.0, p.hip.1),
    };
    html! {
        <svg class="figure" viewBox="0 0 120 80" role="img" aria-label={label.to_owned()} focusable="false">
            <line class="ground" x1="0" y1="75" x2="120" y2="75" />
            { for p.props.iter().map(|prop| match *prop {
                Prop::Line(x1, y1, x2, y2) => html! { <line class="prop" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} /> },
                Prop::Circle(cx, cy, r) => html! { <circle class="prop" cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} /> },
            }) }
            { limb(p.hip, p.legs[1], "limb far") }
            { limb(p.neck, p.arms[1], "limb far") }
            <path class="limb" d={torso} />
            { limb(p.hip, p.legs[0], "limb") }
            { limb(p.neck, p.arms[0], "limb") }
            <circle class="head" cx={p.head.0.to_string()} cy={p.head.1.to_string()} r="6" />
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
            assert!(all.into_iter().all(inside));
        }
        assert!(Item::ALL
            .iter()
            .filter(|i| !i.is_exercise())
            .all(|&i| exercise_pose(i).is_none()));
    }
}
