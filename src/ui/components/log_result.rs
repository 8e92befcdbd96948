//! The runner's log on the result (issue 24): under "Too much, too soon",
//! the spike before the pain with the runner's numbers, what the study found
//! and cannot say, and its source by title; in the plan, the runner's own
//! ceiling for the way back.
use crate::assessment::contributors::Contributor;
use crate::assessment::log::LogSummary;
use crate::assessment::logtext;
use crate::assessment::sources::Source;
use crate::assessment::text::Lang;
use crate::assessment::Assessment;
use yew::prelude::*;

/// The log's finding, when "Too much, too soon" is among the findings and a
/// spike came in the days before the pain began.
pub fn log_finding(log: Option<&LogSummary>, r: &Assessment, lang: Lang) -> Html {
    let shown = r
        .findings
        .iter()
        .any(|f| f.contributor == Contributor::TooMuchTooSoon);
    let Some(f) = log.and_then(logtext::finding).filter(|_| shown) else {
        return html! {};
    };
    html! {
        <section class="log-finding" aria-labelledby="log-finding-title">
            <h3 id="log-finding-title" class="heading-s">{ logtext::LOG_TITLE.get(lang) }{ ": " }{ f.contributor.title().get(lang) }</h3>
            <p class="log-spike">{ logtext::spike_sentence(f.spike, lang) }</p>
            <p>{ logtext::band_words(f.spike.band).get(lang) }{ " " }{ logtext::CAVEAT.get(lang) }</p>
            <p class="sources">{ source_words(lang) }{ Source::Frandsen2025.cite().get(lang) }</p>
        </section>
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
