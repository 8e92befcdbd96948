//! The result page: the care verdict first, then "can I run", contributors
//! and the plan. At urgent and emergency it shows only what to do, whom to
//! call and what to tell the doctor.
use crate::assessment::advice::{Phase, WAY_BACK, WAY_BACK_SOURCES};
use crate::assessment::answer::format_date;
use crate::assessment::answers::Answers;
use crate::assessment::rules::CareLevel;
use crate::assessment::text::Lang;
use crate::assessment::{assess, Finding, PlanEntry, PlanStart, RunAdvice};
use crate::storage::{self, SavedCheck, StoreError};
use crate::ui::components::disclosure::{disclosure, use_panels, Disclosure, Panels};
use crate::ui::components::figures::exercise_figure;
use crate::ui::components::log_result::{log_ceiling, log_finding};
use crate::ui::components::page::page_heading;
use crate::ui::components::verdict::{sources_line, verdict};
use crate::ui::files::download;
use crate::ui::hooks::{use_history, use_title};
use crate::ui::pages::stop::stop_view;
use crate::ui::route::{absolute, Route};
use crate::ui::state::use_app;
use crate::ui::texts;
use yew::prelude::*;

/// A contributor: its strength and name open what it means, the answers
/// behind it and the sources.
fn finding(f: &Finding, answers: &Answers, panels: &UseReducerHandle<Panels>, lang: Lang) -> Html {
    let c = f.contributor;
    let title = html! {
        <>
            <span class={format!("tag tag-{}", f.strength.key())}>{ f.strength.label().get(lang) }</span>
            { " " }{ c.title().get(lang) }
        </>
    };
    let why = Disclosure {
        id: format!("why-{}", c.key()),
        title,
        heading: Some(("h3", "finding-title")),
        ..Disclosure::default()
    };
    html! {
        <li class="finding">
            { disclosure(panels, why, html! {
                <>
                    <p class="explain">{ c.explain().get(lang) }</p>
                    <p class="why-heading">{ texts::YOUR_ANSWERS.get(lang) }</p>
                    <ul class="list bullets">
                        { for f.evidence.iter().map(|&q| html! {
                            <li><strong>{ q.spec().short.get(lang) }{ ": " }</strong>{ answers.describe(q, lang).unwrap_or_default() }</li>
                        }) }
                    </ul>
                    { sources_line(&f.sources, lang) }
                </>
            }) }
        </li>
    }
}

/// A re-check: what changed since the check it re-checked.
fn change_since(
    saved: Option<&SavedCheck>,
    history: &[SavedCheck],
    r: &crate::assessment::Assessment,
    lang: Lang,
) -> Html {
    let Some(c) = saved else { return html! {} };
    let Some(base) = c
        .recheck_of
        .as_ref()
        .and_then(|id| history.iter().find(|h| &h.id == id))
    else {
        return html! {};
    };
    let pain = |p: Option<u8>| p.map_or_else(|| "–".to_owned(), |p| p.to_string());
    let ten_days =
        base.outcome.level < CareLevel::SeeDoctor && r.reasons.iter().any(|x| x.id == "day_10");
    html! {
        <section class="change" aria-labelledby="change-title">
            <h2 id="change-title" class="heading-s">{ texts::since_last(&format_date(base.date, lang), lang) }</h2>
            <ul class="list bullets">
                <li>{ texts::TELL_PAIN_NOW.get(lang) }{ ": " }{ format!("{} → {}", pain(base.outcome.pain_now), pain(c.outcome.pain_now)) }</li>
                <li>{ texts::VERDICT.get(lang) }{ ": " }{ format!("{} → {}", base.outcome.level.headline().get(lang), c.outcome.level.headline().get(lang)) }</li>
                if ten_days {
                    <li><strong>{ texts::TEN_DAYS_REACHED.get(lang) }</strong></li>
                }
            </ul>
        </section>
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
    let history = use_history();
    let panels = use_panels();
    let lang = state.lang;
    let saved: Option<SavedCheck> = props.id.and_then(|id| state.check(id).cloned());
    let (answers, day) = match &saved {
        Some(c) => (c.answers.visible(), c.date),
        None => (state.answers.visible(), state.today),
    };
    let r = assess(&answers, day);
    // The runner's log (issue 24): the saved check's, or the one in progress.
    let log = saved
        .as_ref()
        .map_or(state.log.as_ref(), |c| c.log.as_ref());
    let stop = r.level >= CareLevel::Urgent;
    let title = if stop {
        r.level.headline()
    } else {
        texts::RESULT_TITLE
    };
    use_title(texts::doc_title(title.get(lang), false, lang));
    if props.id.is_some() && saved.is_none() {
        return html! {
            <>
                { page_heading(texts::RESULT_TITLE.get(lang), None) }
                <p>{ texts::RESULT_MISSING.get(lang) }</p>
                <p><a href={Route::History.hash()}>{ texts::HISTORY_TITLE.get(lang) }</a></p>
            </>
        };
    }
    let kept = saved
        .as_ref()
        .is_some_and(|c| state.history.iter().any(|h| h.id == c.id));
    let unanswered = if saved.is_some() {
        None
    } else {
        answers.first_unanswered()
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let download_button = |c: &SavedCheck| {
        let c = c.clone();
        let onclick = Callback::from(move |_| {
            let _ = download(
                &format!("back-check-{}.json", c.date),
                "application/json",
                &storage::export(std::slice::from_ref(&c)),
            );
        });
        html! { <button type="button" class={if kept { "button button-secondary" } else { "button" }} {onclick}>{ texts::DOWNLOAD_RESULT.get(lang) }</button> }
    };

    if stop {
        // A sign ticked by mistake: the stopped check goes, its answers come
        // back, and the questionnaire resumes at the sign.
        let correct = saved.as_ref().filter(|c| c.date == state.today).map(|c| {
            let c = c.clone();
            let sign = r
                .reasons
                .first()
                .and_then(|x| x.when.questions().last().copied());
            let at = sign.map_or(Route::Check, |q| Route::Question { q, change: false });
            Callback::from(move |_| history.reopen(&c, at))
        });
        let actions = html! {
            <>
                if kept {
                    <p class="meta no-print">{ texts::SAVED_NOTE.get(lang) }</p>
                }
                <div class="button-group no-print">
                    <button type="button" class="button button-secondary" onclick={print}>{ texts::PRINT.get(lang) }</button>
                    { saved.as_ref().map(download_button).unwrap_or_default() }
                </div>
                if let Some(onclick) = correct {
                    <p class="no-print">{ texts::STOP_MISTAKE.get(lang) }{ " " }
                        <button type="button" class="link-button" {onclick}>{ texts::STOP_CHANGE.get(lang) }</button></p>
                } else if saved.is_none() {
                    <p class="no-print">{ texts::STOP_MISTAKE.get(lang) }{ " " }
                        <a href={Route::Check.hash()}>{ texts::STOP_CHANGE.get(lang) }</a></p>
                }
            </>
        };
        return stop_view(&r, &answers, lang, actions);
    }

    // At most three contributors at once; the rest behind one disclosure
    // (print shows them all).
    let (shown, more) = r
        .findings
        .split_at(r.findings.len().min(MAX_SHOWN_FINDINGS));
    let remind = saved.as_ref().and_then(|c| {
        r.recheck
            .filter(|d| *d > state.today && c.outcome.level < CareLevel::SeeDoctor)
            .map(|d| {
                let id = c.id.clone();
                let onclick = Callback::from(move |_| {
                    let _ = download(
                        "back-check-reminder.ics",
                        "text/calendar",
                        &storage::reminder_ics(d, &id, lang, &absolute(Route::Recheck)),
                    );
                });
                html! { <button type="button" class="button button-secondary no-print" {onclick}>{ texts::REMIND_ME.get(lang) }</button> }
            })
    });
    html! {
        <div class="result">
            { page_heading(texts::RESULT_TITLE.get(lang), None) }
            <p class="meta">
                { texts::CHECKED_ON.get(lang) }{ " " }{ format_date(day, lang) }
                { r.pain_days.map(|d| format!(" · {}", texts::pain_days(d, lang))).unwrap_or_default() }
            </p>
            if let Some(q) = unanswered {
                <div class="notice notice-warn no-print" role="note">
                    { texts::UNFINISHED.get(lang) }{ " " }
                    <a href={Route::Question { q, change: true }.hash()}>{ texts::ANSWER_THEM.get(lang) }</a>
                </div>
            }
            { verdict(&r, lang) }
            { change_since(saved.as_ref(), &state.history, &r, lang) }
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>

            <div class="at-a-glance">
                <section class="today" aria-labelledby="today-title">
                    <h2 id="today-title" class="heading-m">{ texts::TODAY_TITLE.get(lang) }</h2>
                    <ol class="list numbered">
                        { for r.today.iter().map(|t| html! { <li>{ t.text().get(lang) }</li> }) }
                    </ol>
                </section>
                <section class={format!("can-run can-run-{}", run_key(r.can_run))} aria-labelledby="run-title">
                    <h2 id="run-title" class="heading-m">{ texts::RUN_TITLE.get(lang) }</h2>
                    <p><strong class="run-word">{ r.can_run.word().get(lang) }{ ". " }</strong>{ r.can_run.text().get(lang) }</p>
                </section>
                <section class="recheck" aria-labelledby="recheck-title">
                    <h2 id="recheck-title" class="heading-m">{ texts::RECHECK_TITLE.get(lang) }</h2>
                    <p>{
                        match r.recheck {
                            Some(date) => texts::recheck_sentence(&format_date(date, lang), lang),
                            None if r.level >= CareLevel::SeeDoctor => texts::RECHECK_AFTER_DOCTOR.get(lang).to_owned(),
                            None => String::new(),
                        }
                    }{ " " }{ texts::RECHECK_ANYTIME.get(lang) }</p>
                    { remind.unwrap_or_default() }
                </section>
            </div>

            <section aria-labelledby="contributors-title">
                <h2 id="contributors-title" class="heading-m">{ texts::CONTRIBUTORS_TITLE.get(lang) }</h2>
                if r.findings.is_empty() {
                    <p>{ texts::NO_CONTRIBUTORS.get(lang) }</p>
                } else {
                    <ol class="findings">{ for shown.iter().map(|f| finding(f, &answers, &panels, lang)) }</ol>
                    { log_finding(log, &r, lang) }
                    if !more.is_empty() {
                        { disclosure(&panels, Disclosure {
                            id: "more-findings".into(),
                            title: html! { texts::more_findings(more.len(), lang) },
                            ..Disclosure::default()
                        }, html! {
                            <ol class="findings" start={(shown.len() + 1).to_string()}>
                                { for more.iter().map(|f| finding(f, &answers, &panels, lang)) }
                            </ol>
                        }) }
                    }
                }
            </section>

            <section aria-labelledby="plan-title" class="plan">
                <h2 id="plan-title" class="heading-m">{ texts::PLAN_TITLE.get(lang) }</h2>
                {
                    match r.plan_start {
                        PlanStart::AfterDoctor => html! { <div class="notice notice-danger" role="note">{ texts::PLAN_AFTER_DOCTOR.get(lang) }</div> },
                        PlanStart::AfterRest => html! { <div class="notice notice-warn" role="note">{ texts::PLAN_AFTER_REST.get(lang) }</div> },
                        PlanStart::Now => html! {},
                    }
                }
                <p class="hint">{ texts::PLAN_STOP.get(lang) }</p>
                { log_ceiling(log, lang) }
                { for r.plan.iter().map(|p| html! {
                    <section class="plan-phase" aria-labelledby={format!("phase-{}", phase_key(p.phase))}>
                        <h3 id={format!("phase-{}", phase_key(p.phase))} class="heading-m">{ p.phase.title().get(lang) }</h3>
                        <ul class="plan-list">
                            { for p.entries.iter().map(|e| plan_item(e, &panels, lang)) }
                        </ul>
                    </section>
                }) }
            </section>

            if r.can_run == RunAdvice::No {
                <section aria-labelledby="way-back-title" class="way-back">
                    <h2 id="way-back-title" class="heading-m">{ texts::WAY_BACK_TITLE.get(lang) }</h2>
                    <ol class="list numbered">
                        { for WAY_BACK.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }
                    </ol>
                    { sources_line(WAY_BACK_SOURCES, lang) }
                </section>
            }

            <section class="answers-summary print-only" aria-labelledby="answers-title">
                <h2 id="answers-title" class="heading-m">{ texts::ANSWERS_SUMMARY.get(lang) }</h2>
                <dl>
                    { for answers.asked().into_iter().filter_map(|q| answers.describe(q, lang).map(|a| html! {
                        <div><dt>{ q.spec().short.get(lang) }</dt><dd>{ a }</dd></div>
                    })) }
                </dl>
            </section>

            <div class="all-sources">
                <h2 class="heading-m print-only">{ texts::SOURCES.get(lang) }</h2>
                { disclosure(&panels, Disclosure {
                    id: "all-sources".into(),
                    title: html! { texts::sources_count(r.sources.len(), lang) },
                    ..Disclosure::default()
                }, html! {
                    <ul class="list">
                        { for r.sources.iter().map(|s| html! { <li>{ s.cite().get(lang) }</li> }) }
                    </ul>
                }) }
            </div>

            <div class="button-group no-print">
                if kept {
                    <p class="meta">{ texts::SAVED_NOTE.get(lang) }</p>
                }
                <button type="button" class="button" onclick={print}>{ texts::PRINT.get(lang) }</button>
                { saved.as_ref().map(download_button).unwrap_or_default() }
                if saved.is_none() {
                    <a class="button button-secondary" href={Route::Check.hash()}>{ texts::CHANGE_ANSWERS.get(lang) }</a>
                }
            </div>
        </div>
    }
}

/// At most this many contributors are shown before "Show more".
const MAX_SHOWN_FINDINGS: usize = 3;

fn run_key(a: RunAdvice) -> &'static str {
    match a {
        RunAdvice::No => "no",
        RunAdvice::EasyOnly => "easy",
        RunAdvice::Yes => "yes",
    }
}

fn phase_key(p: Phase) -> &'static str {
    match p {
        Phase::ThisWeek => "this-week",
        Phase::FromNextWeek => "next-week",
    }
}

/// One plan item: its figure, name and dose at a glance; how to do it, how
/// to progress, what it helps with and its sources folded (print shows them).
fn plan_item(e: &PlanEntry, panels: &UseReducerHandle<Panels>, lang: Lang) -> Html {
    let item = e.item;
    let because = if e.because.is_empty() {
        texts::GENERAL_ADVICE.get(lang).to_owned()
    } else {
        e.because
            .iter()
            .map(|c| c.title().get(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let how = Disclosure {
        id: format!("how-{}", item.key()),
        title: html! { item.title().get(lang) },
        heading: Some(("h4", "plan-title")),
        between: html! { <p class="dose">{ item.dose().text(lang) }</p> },
    };
    html! {
        <li class={if item.is_exercise() { "plan-item exercise" } else { "plan-item" }}>
            if item.is_exercise() { { exercise_figure(item, lang) } }
            <div class="plan-text">
                { disclosure(panels, how, html! {
                    <>
                        <p>{ item.how().get(lang) }</p>
                        <p><strong>{ texts::PROGRESSION.get(lang) }{ ": " }</strong>{ item.progression().get(lang) }</p>
                        <p class="for">{ texts::FOR_.get(lang) }{ ": " }{ because }</p>
                        { sources_line(item.sources(), lang) }
                    </>
                }) }
            </div>
        </li>
    }
}
