//! The result page (care verdict first, then contributors, then the plan) and
//! the emergency screen a warning sign leads to at once.
use super::figures::exercise_figure;
use super::files::download;
use super::page::{use_title, PageHeading};
use super::route::{redirect, Route};
use super::state::use_app;
use super::texts;
use crate::assessment::answer::format_date;
use crate::assessment::rules::CareLevel;
use crate::assessment::sources::Source;
use crate::assessment::text::Lang;
use crate::assessment::{assess, Assessment, Finding, PlanStart, Strength};
use crate::storage::{self, SavedCheck, StoreError};
use yew::prelude::*;

fn cite_list(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| s.cite())
        .collect::<Vec<_>>()
        .join("; ")
}

fn sources_line(sources: &[Source], lang: Lang) -> Html {
    html! { <p class="source">{ texts::SOURCES.get(lang) }{ ": " }{ cite_list(sources) }</p> }
}

fn verdict(r: &Assessment, lang: Lang, only_level: Option<CareLevel>) -> Html {
    let level = r.level;
    let reasons = r
        .reasons
        .iter()
        .filter(|x| only_level.is_none_or(|l| x.level == l));
    html! {
        <section class={classes!("verdict", format!("verdict-{}", level.key()))} aria-labelledby="verdict-title">
            <h2 id="verdict-title" class="verdict-title">{ level.headline().get(lang) }</h2>
            <p class="verdict-action">{ level.action().get(lang) }</p>
            if level == CareLevel::Emergency {
                <p><a class="button button-danger" href="tel:112">{ texts::CALL_112.get(lang) }</a></p>
            }
            if let Some(date) = r.recheck.filter(|_| level <= CareLevel::RestFirst) {
                <p class="recheck"><strong>{ texts::RECHECK.get(lang) }{ ": " }</strong>
                    { texts::recheck_sentence(&format_date(date, lang), lang) }</p>
            }
            if r.reasons.iter().any(|x| only_level.is_none_or(|l| x.level == l)) {
                <h3 class="heading-s">{ texts::WHY_LEVEL.get(lang) }</h3>
                <ul class="list bullets reasons">
                    { for reasons.map(|x| html! {
                        <li>{ x.reason.get(lang) }<span class="source">{ format!(" ({})", cite_list(x.sources)) }</span></li>
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DisclosureProps {
    id: AttrValue,
    title: AttrValue,
    children: Html,
}

/// A button that shows and hides a panel; print shows every panel.
#[component]
fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="disclosure">
            <button type="button" class="disclosure-toggle" aria-expanded={open.to_string()} aria-controls={props.id.clone()} onclick={toggle}>
                { props.title.clone() }
            </button>
            <div id={props.id.clone()} class="disclosure-panel" hidden={!*open}>{ props.children.clone() }</div>
        </div>
    }
}

fn finding(f: &Finding, answers: &crate::assessment::questions::Answers, lang: Lang) -> Html {
    let c = f.contributor;
    html! {
        <li class="finding">
            <h3 class="finding-title">
                <span class={classes!("tag", format!("tag-{}", f.strength.key()))}>{ f.strength.label().get(lang) }</span>
                { " " }{ c.title().get(lang) }
            </h3>
            <p>{ c.explain().get(lang) }</p>
            <Disclosure id={format!("why-{}", c.key())} title={texts::SHOW_WHY.get(lang)}>
                <p class="why-heading">{ texts::YOUR_ANSWERS.get(lang) }</p>
                <ul class="list bullets">
                    { for f.evidence.iter().map(|&q| html! {
                        <li><strong>{ q.spec().short.get(lang) }{ ": " }</strong>{ answers.describe(q, lang).unwrap_or_default() }</li>
                    }) }
                </ul>
                { sources_line(&f.sources, lang) }
            </Disclosure>
        </li>
    }
}

/// What to tell the runner when a finished check could not be saved.
pub fn save_failed_text(e: StoreError) -> crate::assessment::text::Text {
    match e {
        StoreError::Unavailable => texts::SAVE_UNAVAILABLE,
        StoreError::WriteFailed => texts::SAVE_FULL,
        StoreError::NewerData => texts::SAVE_NEWER,
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// A saved check; `None`: the answers in progress.
    #[prop_or_default]
    pub id: Option<u64>,
}

#[component]
pub fn ResultPage(props: &ResultProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(texts::RESULT_TITLE.get(lang), false, lang));
    let saved: Option<SavedCheck> = props.id.and_then(|id| state.check(id).cloned());
    if props.id.is_some() && saved.is_none() {
        return html! {
            <>
                <PageHeading>{ texts::RESULT_TITLE.get(lang) }</PageHeading>
                <p>{ texts::RESULT_MISSING.get(lang) }</p>
                <p><a href={Route::History.hash()}>{ texts::HISTORY_TITLE.get(lang) }</a></p>
            </>
        };
    }
    let (answers, day) = match &saved {
        Some(c) => (c.answers.visible(), c.date),
        None => (state.answers.visible(), state.today),
    };
    let r = assess(&answers, day);
    let kept = saved
        .as_ref()
        .is_some_and(|c| state.history.iter().any(|h| h.id == c.id));
    let unanswered = if saved.is_some() {
        None
    } else {
        answers.first_unanswered()
    };
    // Likely contributors in full; possible ones behind one disclosure
    // (print shows them all).
    let any_likely = r.findings.iter().any(|f| f.strength == Strength::Likely);
    let (likely, possible): (Vec<&Finding>, Vec<&Finding>) = r
        .findings
        .iter()
        .partition(|f| f.strength == Strength::Likely || !any_likely);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="result">
            <PageHeading>{ texts::RESULT_TITLE.get(lang) }</PageHeading>
            <p class="meta">
                { texts::CHECKED_ON.get(lang) }{ " " }{ format_date(day, lang) }
                { r.pain_days.map(|d| format!(" · {}", texts::pain_days(d, lang))).unwrap_or_default() }
            </p>
            if kept {
                <p class="meta no-print">{ texts::SAVED_NOTE.get(lang) }</p>
            }
            if let Some(q) = unanswered {
                <div class="notice notice-warn no-print" role="note">
                    { texts::UNFINISHED.get(lang) }{ " " }
                    <a href={Route::Question { q, change: true }.hash()}>{ texts::ANSWER_THEM.get(lang) }</a>
                </div>
            }
            { verdict(&r, lang, None) }
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>

            <section aria-labelledby="contributors-title">
                <h2 id="contributors-title" class="heading-l">{ texts::CONTRIBUTORS_TITLE.get(lang) }</h2>
                if r.findings.is_empty() {
                    <p>{ texts::NO_CONTRIBUTORS.get(lang) }</p>
                } else {
                    <ol class="findings">{ for likely.iter().map(|f| finding(f, &answers, lang)) }</ol>
                    if !possible.is_empty() {
                        <Disclosure id="possible" title={texts::more_possible(possible.len(), lang)}>
                            <ol class="findings" start={(likely.len() + 1).to_string()}>
                                { for possible.iter().map(|f| finding(f, &answers, lang)) }
                            </ol>
                        </Disclosure>
                    }
                }
            </section>

            <section aria-labelledby="plan-title">
                <h2 id="plan-title" class="heading-l">{ texts::PLAN_TITLE.get(lang) }</h2>
                {
                    match r.plan_start {
                        PlanStart::AfterDoctor => html! { <div class="notice notice-danger" role="note">{ texts::PLAN_AFTER_DOCTOR.get(lang) }</div> },
                        PlanStart::AfterRest => html! { <div class="notice notice-warn" role="note">{ texts::PLAN_AFTER_REST.get(lang) }</div> },
                        PlanStart::Now => html! {},
                    }
                }
                <p class="hint">{ texts::PLAN_STOP.get(lang) }</p>
                { for r.plan.iter().enumerate().map(|(n, g)| html! {
                    <section class="plan-group" aria-labelledby={format!("group-{n}")}>
                        <h3 id={format!("group-{n}")} class="heading-m">{ g.group.title().get(lang) }</h3>
                        <ul class="plan-list">
                            { for g.entries.iter().map(|e| {
                                let item = e.item;
                                let because = if e.because.is_empty() {
                                    texts::GENERAL_ADVICE.get(lang).to_owned()
                                } else {
                                    e.because.iter().map(|c| c.title().get(lang)).collect::<Vec<_>>().join(", ")
                                };
                                html! {
                                    <li class={classes!("plan-item", item.is_exercise().then_some("exercise"))}>
                                        if item.is_exercise() { { exercise_figure(item, lang) } }
                                        <div class="plan-text">
                                            <h4 class="plan-title">{ item.title().get(lang) }</h4>
                                            <p class="dose">{ item.dose().text(lang) }</p>
                                            <p>{ item.how().get(lang) }</p>
                                            <p class="for">{ texts::FOR_.get(lang) }{ ": " }{ because }</p>
                                            { sources_line(item.sources(), lang) }
                                        </div>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }) }
            </section>

            <section aria-labelledby="sources-title" class="all-sources">
                <h2 id="sources-title" class="heading-m">{ texts::ALL_SOURCES.get(lang) }</h2>
                <ul class="list">
                    { for r.sources.iter().map(|s| html! { <li><strong>{ s.cite() }</strong>{ " – " }{ s.describe().get(lang) }</li> }) }
                </ul>
            </section>

            <div class="button-group no-print">
                <button type="button" class="button" onclick={print}>{ texts::PRINT.get(lang) }</button>
                { saved.as_ref().and_then(|c| c.outcome.recheck.filter(|d| *d >= state.today).map(|d| {
                    let id = c.id.clone();
                    let onclick = Callback::from(move |_| {
                        let _ = download("back-check-reminder.ics", "text/calendar", &storage::reminder_ics(d, &id, lang));
                    });
                    html! { <button type="button" class="button button-secondary" {onclick}>{ texts::REMIND_ME.get(lang) }</button> }
                })).unwrap_or_default() }
                { saved.as_ref().map(|c| {
                    let c = c.clone();
                    let onclick = Callback::from(move |_| {
                        let _ = download(&format!("back-check-{}.json", c.date), "application/json", &storage::export(std::slice::from_ref(&c)));
                    });
                    html! { <button type="button" class={classes!("button", kept.then_some("button-secondary"))} {onclick}>{ texts::DOWNLOAD_RESULT.get(lang) }</button> }
                }).unwrap_or_default() }
                if saved.is_some() {
                    <a class="button button-secondary" href={Route::History.hash()}>{ texts::HISTORY_TITLE.get(lang) }</a>
                } else {
                    <a class="button button-secondary" href={Route::Check.hash()}>{ texts::CHANGE_ANSWERS.get(lang) }</a>
                }
            </div>
        </div>
    }
}

#[component]
pub fn EmergencyPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(
        texts::EMERGENCY_TITLE.get(lang),
        false,
        lang,
    ));
    let r = assess(&state.answers, state.today);
    let visible = state.answers.visible();
    let next = visible
        .first_unanswered()
        .map_or(Route::Result, |q| Route::Question { q, change: false });
    let is_emergency = r.level == CareLevel::Emergency;
    use_effect_with(is_emergency, move |e| {
        if !e {
            redirect(next);
        }
    });
    let sign = r
        .reasons
        .first()
        .and_then(|x| x.when.questions().last().copied());

    html! {
        <div class="emergency">
            <PageHeading class="emergency-title">{ texts::EMERGENCY_TITLE.get(lang) }</PageHeading>
            { verdict(&r, lang, Some(CareLevel::Emergency)) }
            if let Some(q) = sign {
                <p><a href={Route::Question { q, change: false }.hash()}>{ texts::EMERGENCY_WRONG.get(lang) }</a></p>
            }
            <p>{ texts::EMERGENCY_CONTINUE.get(lang) }{ " " }<a href={next.hash()}>{ texts::CONTINUE_QUESTIONS.get(lang) }</a></p>
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>
        </div>
    }
}
