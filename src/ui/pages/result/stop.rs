//! The stop at urgent and emergency: what the runner sees instead of a
//! result. Only the verdict, whom to call, what to do until then and what to
//! tell the doctor; no contributors, no plan, no self-tests, no reminder.
use super::saved::rules_changed;
use super::sections::actions_bar;
use super::{Actions, Seen};
use crate::assessment::outcome::Reread;
use crate::assessment::rules::CareLevel;
use crate::ui::components::page::page_heading;
use crate::ui::components::verdict::{call_buttons, cite_list, tell_doctor};
use crate::ui::route::Route;
use crate::ui::texts;
use yew::prelude::*;

/// The verdict, whom to call, what to do until then and what to tell the
/// doctor, and a way back when a sign was ticked by mistake.
pub(super) fn view(s: &Seen, a: &Actions) -> Html {
    let (lang, level) = (s.lang, s.level);
    let until = if level == CareLevel::Emergency {
        texts::UNTIL_EMERGENCY
    } else {
        texts::UNTIL_URGENT
    };
    html! {
        <div class={format!("result stop stop-{}", level.key())}>
            { page_heading(level.headline().get(lang), None) }
            <section class={format!("verdict verdict-{}", level.key())} aria-label={level.headline().get(lang)}>
                <p class="verdict-action">{ level.action().get(lang) }</p>
                { call_buttons(level, lang) }
                <h2 class="heading-s">{ texts::UNTIL_THEN.get(lang) }</h2>
                <ul class="list bullets">{ for until.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
            </section>
            { rules_changed(s) }
            if s.reread == Reread::Incomparable {
                <div class="notice" role="note">{ texts::EARLIER_QUESTIONS.get(lang) }</div>
            }
            { tell_doctor(&s.verdict, &s.answers, lang) }
            { why(s) }
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>
            { actions_bar(s, a, false) }
            { mistake(s, a) }
        </div>
    }
}

/// Why this level: each reason with its sources.
fn why(s: &Seen) -> Html {
    let lang = s.lang;
    if s.verdict.reasons.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="why-title">
            <h2 id="why-title" class="heading-s">{ texts::WHY_LEVEL.get(lang) }</h2>
            <ul class="list bullets reasons">
                { for s.verdict.reasons.iter().map(|x| html! {
                    <li>{ x.reason.get(lang) }<span class="source">{ format!(" ({})", cite_list(x.sources, lang)) }</span></li>
                }) }
            </ul>
        </section>
    }
}

/// Ticked something by mistake: today's stopped check comes back to change
/// it; answers in progress go back to "check your answers".
fn mistake(s: &Seen, a: &Actions) -> Html {
    let lang = s.lang;
    let change = match (&a.reopen, &s.saved) {
        (Some(onclick), _) => html! {
            <button type="button" class="link-button" onclick={onclick.clone()}>{ texts::STOP_CHANGE.get(lang) }</button>
        },
        (None, None) => {
            html! { <a href={Route::Check.hash()}>{ texts::STOP_CHANGE.get(lang) }</a> }
        }
        (None, Some(_)) => return html! {},
    };
    html! { <p class="no-print">{ texts::STOP_MISTAKE.get(lang) }{ " " }{ change }</p> }
}
