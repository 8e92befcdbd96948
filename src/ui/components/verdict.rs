//! The care verdict, the numbers to call and the sources, shared by the
//! result and the stop.
use crate::assessment::answer::format_date;
use crate::assessment::answers::Answers;
use crate::assessment::questions::QuestionId;
use crate::assessment::rules::CareLevel;
use crate::assessment::sources::Source;
use crate::assessment::text::{Lang, Text};
use crate::assessment::{Assessment, Verdict};
use crate::ui::texts;
use yew::prelude::*;

pub fn cite_list(sources: &[Source], lang: Lang) -> String {
    sources
        .iter()
        .map(|s| s.cite().get(lang))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn sources_line(sources: &[Source], lang: Lang) -> Html {
    html! { <p class="source">{ texts::SOURCES.get(lang) }{ ": " }{ cite_list(sources, lang) }</p> }
}

/// The numbers to call at urgent and emergency, as tap-to-call buttons.
pub fn call_buttons(level: CareLevel, lang: Lang) -> Html {
    let numbers: &[(&str, Text)] = match level {
        CareLevel::Emergency => &[("112", texts::CALL_112), ("999", texts::CALL_999)],
        CareLevel::Urgent => &[("116117", texts::CALL_116117), ("111", texts::CALL_111)],
        _ => return html! {},
    };
    html! {
        <p class="button-group call">
            { for numbers.iter().enumerate().map(|(i, (number, label))| html! {
                <a class={match (i, level) {
                    (0, CareLevel::Emergency) => "button button-danger",
                    (0, _) => "button",
                    _ => "button button-secondary",
                }}
                    href={format!("tel:{number}")}>{ label.get(lang) }</a>
            }) }
        </p>
    }
}

/// The verdict `level` (a saved check's own), what it means to do, and why:
/// the reasons `r` gives.
pub fn verdict(level: CareLevel, r: &Assessment, lang: Lang) -> Html {
    html! {
        <section class={format!("verdict verdict-{}", level.key())} aria-labelledby="verdict-title">
            <h2 id="verdict-title" class="verdict-title">{ level.headline().get(lang) }</h2>
            <p class="verdict-action">{ level.action().get(lang) }</p>
            if r.reasons.is_empty() {
                <p class="verdict-why">{ texts::NO_WARNING_SIGN.get(lang) }
                    if r.pain_days.is_some() { { " " }{ texts::UNDER_TEN_DAYS.get(lang) } }</p>
            } else {
                <h3 class="heading-s">{ texts::WHY_LEVEL.get(lang) }</h3>
                <ul class="list bullets reasons">
                    // A source shared by the reasons after it is named once, after the last.
                    { for r.reasons.iter().enumerate().map(|(i, x)| {
                        let last_of_group = r.reasons.get(i + 1).is_none_or(|n| n.sources != x.sources);
                        html! {
                            <li>{ x.reason.get(lang) }
                                if last_of_group {
                                    <span class="source">{ format!(" ({})", cite_list(x.sources, lang)) }</span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// "What to tell the doctor": onset, age, pain now and each sign ticked.
pub fn tell_doctor(r: &Verdict, answers: &Answers, lang: Lang) -> Html {
    let fact = |q: QuestionId, label: Text| {
        answers.describe(q, lang).map(|a| {
            html! { <li><strong>{ label.get(lang) }{ ": " }</strong>{ a }</li> }
        })
    };
    let onset = answers.onset().map(|d| {
        let since = r.pain_days.map(|n| format!(" ({})", texts::pain_days(n, lang))).unwrap_or_default();
        html! { <li><strong>{ QuestionId::Onset.spec().short.get(lang) }{ ": " }</strong>{ format_date(d, lang) }{ since }</li> }
    });
    html! {
        <section aria-labelledby="tell-title" class="tell-doctor">
            <h2 id="tell-title" class="heading-m">{ texts::TELL_DOCTOR.get(lang) }</h2>
            <ul class="list bullets">
                { onset.unwrap_or_default() }
                { fact(QuestionId::Age, texts::TELL_AGE).unwrap_or_default() }
                { fact(QuestionId::PainNow, texts::TELL_PAIN_NOW).unwrap_or_default() }
                if !r.reasons.is_empty() {
                    <li><strong>{ texts::TELL_SIGNS.get(lang) }{ ":" }</strong>
                        <ul class="list bullets">{ for r.reasons.iter().map(|x| html! { <li>{ x.sign.get(lang) }</li> }) }</ul>
                    </li>
                }
            </ul>
        </section>
    }
}
