//! The stop at urgent and emergency: what the runner sees instead of a
//! result. Only the verdict, whom to call, what to do until then and what to
//! tell the doctor; no contributors, no plan, no self-tests, no reminder.
use crate::assessment::answers::Answers;
use crate::assessment::rules::CareLevel;
use crate::assessment::text::Lang;
use crate::assessment::Assessment;
use crate::ui::components::page::page_heading;
use crate::ui::components::verdict::{call_buttons, cite_list, tell_doctor};
use crate::ui::texts;
use yew::prelude::*;

/// The stop at urgent and emergency: the verdict, whom to call, what to do
/// until then and what to tell the doctor. No contributors, no plan, no
/// self-tests, no reminder.
pub fn stop_view(r: &Assessment, answers: &Answers, lang: Lang, actions: Html) -> Html {
    let until = if r.level == CareLevel::Emergency {
        &texts::UNTIL_EMERGENCY
    } else {
        &texts::UNTIL_URGENT
    };
    html! {
        <div class={format!("result stop stop-{}", r.level.key())}>
            { page_heading(r.level.headline().get(lang), None) }
            <section class={format!("verdict verdict-{}", r.level.key())} aria-label={r.level.headline().get(lang)}>
                <p class="verdict-action">{ r.level.action().get(lang) }</p>
                { call_buttons(r.level, lang) }
                <h2 class="heading-s">{ texts::UNTIL_THEN.get(lang) }</h2>
                <ul class="list bullets">{ for until.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
            </section>
            { tell_doctor(r, answers, lang) }
            <section aria-labelledby="why-title">
                <h2 id="why-title" class="heading-s">{ texts::WHY_LEVEL.get(lang) }</h2>
                <ul class="list bullets reasons">
                    { for r.reasons.iter().map(|x| html! {
                        <li>{ x.reason.get(lang) }<span class="source">{ format!(" ({})", cite_list(x.sources, lang)) }</span></li>
                    }) }
                </ul>
            </section>
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>
            { actions }
        </div>
    }
}
