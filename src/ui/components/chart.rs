//! The pain chart of the saved checks (an inline SVG; the table beside it
//! says the same in words).
use crate::assessment::answer::format_date;
use crate::assessment::text::Lang;
use crate::storage::SavedCheck;
use crate::ui::texts;
use yew::prelude::*;

pub fn chart(checks: &[&SavedCheck], lang: Lang) -> Html {
    let points: Vec<(i32, u8)> = checks
        .iter()
        .filter_map(|c| c.outcome.pain_now.map(|p| (c.date.days(), p)))
        .collect();
    if points.is_empty() {
        return html! {};
    }
    // Spaced by date: a week between checks is a week on the axis.
    // Whole-number coordinates (no float formatting in the binary).
    const W: i32 = 320;
    const H: i32 = 170;
    const LEFT: i32 = 30;
    const RIGHT: i32 = 12;
    const TOP: i32 = 10;
    const BOTTOM: i32 = 30;
    let days: Vec<i32> = points.iter().map(|&(d, _)| d).collect();
    let xs = x_by_date(&days, LEFT, W - RIGHT);
    let x = |i: usize| xs[i];
    let y = |p: u8| TOP + (10 - i32::from(p)) * (H - TOP - BOTTOM) / 10;
    let line = points
        .iter()
        .enumerate()
        .map(|(i, &(_, p))| format!("{},{}", x(i), y(p)))
        .collect::<Vec<_>>()
        .join(" ");
    let first_label = checks
        .first()
        .map(|c| format_date(c.date, lang))
        .unwrap_or_default();
    let last_label = checks
        .last()
        .map(|c| format_date(c.date, lang))
        .unwrap_or_default();
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="chart-title" focusable="false">
                <title id="chart-title">{ format!("{} ({})", texts::CHART_TITLE.get(lang), texts::COL_PAIN.get(lang)) }</title>
                { for [0u8, 5, 10].iter().map(|&v| html! {
                    <>
                        <line class="grid" x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} />
                        <text class="axis" x={(LEFT - 6).to_string()} y={(y(v) + 4).to_string()} text-anchor="end">{ v }</text>
                    </>
                }) }
                <polyline class="trend" points={line} />
                { for points.iter().enumerate().map(|(i, &(_, p))| html! {
                    <circle class="point" cx={x(i).to_string()} cy={y(p).to_string()} r="4" />
                }) }
                <text class="axis" x={LEFT.to_string()} y={(H - 8).to_string()}>{ first_label }</text>
                if points.len() > 1 {
                    <text class="axis" x={(W - RIGHT).to_string()} y={(H - 8).to_string()} text-anchor="end">{ last_label }</text>
                }
            </svg>
        </figure>
    }
}

/// Where each day goes between `left` and `right`, in proportion to the
/// days between them. One day (or all on one day): the middle.
pub fn x_by_date(days: &[i32], left: i32, right: i32) -> Vec<i32> {
    let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
        return Vec::new();
    };
    let span = last - first;
    days.iter()
        .map(|&d| {
            if span == 0 {
                (left + right) / 2
            } else {
                left + (d - first) * (right - left) / span
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::x_by_date;

    #[test]
    fn checks_are_spaced_by_date_not_evenly() {
        // Days 0, 1 and 10: the second point sits a tenth of the way along.
        assert_eq!(x_by_date(&[100, 101, 110], 0, 300), [0, 30, 300]);
        assert_eq!(x_by_date(&[5], 30, 308), [169]);
        assert_eq!(x_by_date(&[7, 7], 30, 308), [169, 169]);
        assert!(x_by_date(&[], 0, 10).is_empty());
    }
}
