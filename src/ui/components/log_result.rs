//! The runner's log on the result (issue 24): under "Too much, too soon",
//! the spike before the pain with the runner's numbers, what the study found
//! and cannot say, and its source by title; in the plan, the runner's own
//! ceiling for the way back.
use crate::assessment::contributors::Contributor;
use crate::assessment::log::{km, LogSummary};
use crate::assessment::logtext;
use crate::assessment::sources::Source;
use crate::assessment::text::Lang;
use crate::assessment::Assessment;
use yew::prelude::*;

/// What the log says about the 8 weeks before the pain: km per week (a
/// small chart, one bar a week) and, when "Too much, too soon" is among the
/// findings and a spike came in the days before the pain began, that spike
/// with the runner's numbers.
pub fn log_finding(log: Option<&LogSummary>, r: &Assessment, lang: Lang) -> Html {
    let Some(log) = log else {
        return html! {};
    };
    let shown = r
        .findings
        .iter()
        .any(|f| f.contributor == Contributor::TooMuchTooSoon);
    let spike = logtext::finding(log).filter(|_| shown).map(|f| {
        html! {
            <>
                <p class="log-spike"><strong>{ f.contributor.title().get(lang) }{ ": " }</strong>{ logtext::spike_sentence(f.spike, lang) }</p>
                <p>{ logtext::band_words(f.spike.band).get(lang) }{ " " }{ logtext::CAVEAT.get(lang) }</p>
                <p class="sources">{ source_words(lang) }{ Source::Frandsen2025.cite().get(lang) }</p>
            </>
        }
    });
    html! {
        <section class="log-finding" aria-labelledby="log-finding-title">
            <h3 id="log-finding-title" class="heading-s">{ logtext::LOG_TITLE.get(lang) }</h3>
            { week_chart(log, lang) }
            { spike.unwrap_or_default() }
        </section>
    }
}

/// Km per week, one bar a week (the weeks are equally long, so equally
/// spaced); the title says the same in words for screen readers.
fn week_chart(log: &LogSummary, lang: Lang) -> Html {
    const W: u32 = 320;
    const H: u32 = 120;
    const BOTTOM: u32 = 18;
    let max = log.weeks.iter().map(|w| w.metres).max().unwrap_or(0).max(1);
    let n = log.weeks.len().max(1) as u32;
    let slot = W / n;
    let words = log
        .weeks
        .iter()
        .map(|w| km(w.metres, lang))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <figure class="chart log-weeks">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="log-weeks-title" focusable="false">
                <title id="log-weeks-title">{ logtext::weeks_title(lang) }{ ": " }{ words }</title>
                { for log.weeks.iter().enumerate().map(|(i, w)| {
                    let h = (u64::from(w.metres) * u64::from(H - BOTTOM - 4) / u64::from(max)) as u32;
                    let x = i as u32 * slot + 4;
                    html! {
                        <>
                            <rect class="bar" x={x.to_string()} y={(H - BOTTOM - h).to_string()} width={(slot - 8).to_string()} height={h.to_string()} />
                            <text class="axis" x={(x + (slot - 8) / 2).to_string()} y={(H - 4).to_string()} text-anchor="middle">{ km(w.metres, lang) }</text>
                        </>
                    }
                }) }
            </svg>
            <figcaption class="hint">{ logtext::weeks_caption(log, lang) }</figcaption>
        </figure>
    }
}

/// The ceiling for the way back, when the log gives one.
pub fn log_ceiling(log: Option<&LogSummary>, lang: Lang) -> Html {
    let Some(c) = log.and_then(|l| l.ceiling.as_ref()) else {
        return html! {};
    };
    html! {
        <p class="log-ceiling">
            <strong>{ logtext::LOG_TITLE.get(lang) }{ ": " }</strong>{ logtext::ceiling_sentence(c, lang) }
        </p>
    }
}

fn source_words(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Source: ",
        Lang::De => "Quelle: ",
    }
}
