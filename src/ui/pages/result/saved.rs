//! A saved check as it was: its own verdict, what today's rules give for
//! the same answers when that differs, and what changed since the last check.
use super::sections::{actions_bar, answers_summary, meta};
use super::{Actions, Seen, Shown};
use crate::assessment::answer::format_date;
use crate::assessment::outcome::Reread;
use crate::ui::components::page::page_heading;
use crate::ui::route::Route;
use crate::ui::texts;
use yew::prelude::*;

/// Today's rules give another verdict for the same answers: both, side by side.
pub(super) fn rules_changed(s: &Seen) -> Html {
    let Reread::Changed(now) = s.reread else {
        return html! {};
    };
    let lang = s.lang;
    html! {
        <section class="notice notice-warn rules-changed" role="note">
            <p>{ texts::RULES_CHANGED.get(lang) }</p>
            <dl class="verdicts">
                <div class={format!("level-{}", s.level.key())}>
                    <dt>{ format_date(s.day, lang) }</dt>
                    <dd>{ s.level.headline().get(lang) }</dd>
                </div>
                <div class={format!("level-{}", now.key())}>
                    <dt>{ texts::VERDICT_TODAY.get(lang) }</dt>
                    <dd>{ now.headline().get(lang) }</dd>
                </div>
            </dl>
        </section>
    }
}

/// A re-check: what changed since the check it re-checked.
pub(super) fn since_last(s: &Shown) -> Html {
    let Some((day, change)) = s.since else {
        return html! {};
    };
    let lang = s.lang;
    let pain = |p: Option<u8>| p.map_or_else(|| "–".to_owned(), |p| p.to_string());
    let (then, now) = change.level;
    html! {
        <section class="change" aria-labelledby="change-title">
            <h2 id="change-title" class="heading-s">{ texts::since_last(&format_date(day, lang), lang) }</h2>
            <ul class="list bullets">
                <li>{ texts::TELL_PAIN_NOW.get(lang) }{ ": " }{ format!("{} → {}", pain(change.pain.0), pain(change.pain.1)) }</li>
                <li>{ texts::VERDICT.get(lang) }{ ": " }{ format!("{} → {}", then.headline().get(lang), now.headline().get(lang)) }</li>
                if change.ten_days_reached {
                    <li><strong>{ texts::TEN_DAYS_REACHED.get(lang) }</strong></li>
                }
            </ul>
        </section>
    }
}

/// A check made with an earlier set of questions: only what it said on
/// its day, from what was saved with it.
pub(super) fn summary(s: &Shown, a: &Actions) -> Html {
    let lang = s.lang;
    let Some(c) = &s.saved else {
        return html! {};
    };
    let o = &c.outcome;
    html! {
        <div class="result result-saved">
            { page_heading(texts::RESULT_TITLE.get(lang), None) }
            { meta(s) }
            <section class={format!("verdict verdict-{}", s.level.key())} aria-labelledby="verdict-title">
                <h2 id="verdict-title" class="verdict-title">{ s.level.headline().get(lang) }</h2>
                <p class="verdict-action">{ s.level.action().get(lang) }</p>
            </section>
            <div class="notice" role="note">
                <p>{ texts::EARLIER_QUESTIONS.get(lang) }</p>
                <p><a href={Route::Start.hash()}>{ texts::NEW_CHECK.get(lang) }</a></p>
            </div>
            <ul class="list bullets">
                if let Some(p) = o.pain_now {
                    <li>{ texts::SAVED_PAIN.get(lang) }{ ": " }{ format!("{p}/10") }</li>
                }
                if let Some(d) = o.recheck {
                    <li>{ texts::recheck_sentence(&format_date(d, lang), lang) }</li>
                }
                { for o.contributors.iter().map(|(c, strength)| html! {
                    <li><span class={format!("tag tag-{}", strength.key())}>{ strength.label().get(lang) }</span>{ " " }{ c.title().get(lang) }</li>
                }) }
            </ul>
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>
            { answers_summary(s) }
            { actions_bar(s, a, true) }
        </div>
    }
}
