//! The parts of a full result, each a view of what the core decided.
use super::{saved, Actions, Seen, Shown};
use crate::assessment::advice::{SAFETY_NET, SAFETY_NET_SOURCES, SAFETY_NET_TITLE};
use crate::assessment::answer::format_date;
use crate::assessment::questions::Section;
use crate::assessment::rules::CareLevel;
use crate::assessment::running::{WayBack, WAY_BACK, WAY_BACK_NOTE};
use crate::assessment::selftest::PAIN_LOWERS_HOLDS;
use crate::assessment::text::Lang;
use crate::assessment::{Finding, PlanEntry, PlanPhase, PlanStart};
use crate::ui::components::disclosure::{disclosure, Disclosure, Panels};
use crate::ui::components::figures::exercise_figure;
use crate::ui::components::log_result::{log_ceiling, log_finding};
use crate::ui::components::page::page_heading;
use crate::ui::components::verdict::{sources_line, verdict};
use crate::ui::route::Route;
use crate::ui::texts;
use yew::prelude::*;

type PanelsHandle = UseReducerHandle<Panels>;

/// At most this many contributors are shown before "Show more".
const MAX_SHOWN_FINDINGS: usize = 3;

/// A saved check that is not on this device.
pub(super) fn missing(lang: Lang) -> Html {
    html! {
        <>
            { page_heading(texts::RESULT_TITLE.get(lang), None) }
            <p>{ texts::RESULT_MISSING.get(lang) }</p>
            <p><a href={Route::History.hash()}>{ texts::HISTORY_TITLE.get(lang) }</a></p>
        </>
    }
}

/// The whole result, the verdict first.
pub(super) fn full(s: &Shown, a: &Actions, panels: &PanelsHandle) -> Html {
    let lang = s.lang;
    html! {
        <div class="result">
            { page_heading(texts::RESULT_TITLE.get(lang), None) }
            { meta(s) }
            { unfinished(s) }
            { verdict(s.level, &s.r, lang) }
            { saved::rules_changed(s) }
            { saved::since_last(s) }
            <p class="disclaimer">{ texts::DISCLAIMER.get(lang) }</p>
            { glance(s, a) }
            { contributors(s, panels) }
            { plan(s, panels) }
            { way_back(s) }
            { answers_summary(s) }
            { all_sources(s, panels) }
            { actions_bar(s, a, true) }
        </div>
    }
}

/// The day of the check and when the pain began.
pub(super) fn meta(s: &Shown) -> Html {
    let lang = s.lang;
    let began =
        s.r.pain_days
            .map(|d| format!(" · {}", texts::pain_days(d, lang)));
    html! {
        <p class="meta">
            { texts::CHECKED_ON.get(lang) }{ " " }{ format_date(s.day, lang) }{ began.unwrap_or_default() }
        </p>
    }
}

/// A result of answers in progress with questions left open.
fn unfinished(s: &Shown) -> Html {
    let lang = s.lang;
    let open = s
        .saved
        .is_none()
        .then(|| s.answers.first_unanswered())
        .flatten();
    let Some(q) = open else { return html! {} };
    html! {
        <div class="notice notice-warn no-print" role="note">
            { texts::UNFINISHED.get(lang) }{ " " }
            <a href={Route::Question { q, change: true }.hash()}>{ texts::ANSWER_THEM.get(lang) }</a>
        </div>
    }
}

/// Today, can I run, and when to check again.
fn glance(s: &Shown, a: &Actions) -> Html {
    let (lang, r) = (s.lang, &s.r);
    let recheck = match r.recheck {
        Some(date) => texts::recheck_sentence(&format_date(date, lang), lang),
        None if s.level >= CareLevel::SeeDoctor => texts::RECHECK_AFTER_DOCTOR.get(lang).to_owned(),
        None => String::new(),
    };
    html! {
        <div class="at-a-glance">
            <section class="today" aria-labelledby="today-title">
                <h2 id="today-title" class="heading-m">{ texts::TODAY_TITLE.get(lang) }</h2>
                <ol class="list numbered">
                    { for r.today.iter().map(|t| html! { <li>{ t.text().get(lang) }</li> }) }
                </ol>
            </section>
            <section class={format!("can-run can-run-{}", r.can_run.key())} aria-labelledby="run-title">
                <h2 id="run-title" class="heading-m">{ texts::RUN_TITLE.get(lang) }</h2>
                <p><strong class="run-word">{ r.can_run.word().get(lang) }{ ". " }</strong>{ r.can_run.text().get(lang) }</p>
            </section>
            <section class="recheck" aria-labelledby="recheck-title">
                <h2 id="recheck-title" class="heading-m">{ texts::RECHECK_TITLE.get(lang) }</h2>
                <p>{ recheck }{ " " }{ texts::RECHECK_ANYTIME.get(lang) }</p>
                if let Some(onclick) = a.remind.clone() {
                    <button type="button" class="button button-secondary no-print" {onclick}>{ texts::REMIND_ME.get(lang) }</button>
                }
                { safety_net(lang) }
            </section>
        </div>
    }
}

/// When to get help at once: the signs that may still come.
fn safety_net(lang: Lang) -> Html {
    html! {
        <div class="safety-net" role="note" aria-labelledby="safety-net-title">
            <h3 id="safety-net-title" class="heading-s">{ SAFETY_NET_TITLE.get(lang) }</h3>
            { for SAFETY_NET.iter().map(|n| html! {
                <p><strong>{ n.call.get(lang) }</strong>{ " " }{ n.signs.get(lang) }</p>
            }) }
            { sources_line(SAFETY_NET_SOURCES, lang) }
        </div>
    }
}

/// The contributors: at most three at once, the rest behind one
/// disclosure (print shows them all).
fn contributors(s: &Shown, panels: &PanelsHandle) -> Html {
    let lang = s.lang;
    let all = &s.r.findings;
    let (shown, more) = all.split_at(all.len().min(MAX_SHOWN_FINDINGS));
    let more = (!more.is_empty()).then(|| {
        let d = Disclosure {
            id: "more-findings".into(),
            title: html! { texts::more_findings(more.len(), lang) },
            ..Disclosure::default()
        };
        disclosure(
            panels,
            d,
            html! {
                <ol class="findings" start={(shown.len() + 1).to_string()}>
                    { for more.iter().map(|f| finding(s, f, panels)) }
                </ol>
            },
        )
    });
    html! {
        <section aria-labelledby="contributors-title">
            <h2 id="contributors-title" class="heading-m">{ texts::CONTRIBUTORS_TITLE.get(lang) }</h2>
            if s.level >= CareLevel::SeeDoctor && !all.is_empty() {
                <p>{ texts::CONTRIBUTORS_SEEN_FIRST.get(lang) }</p>
            }
            if all.is_empty() {
                <p>{ texts::NO_CONTRIBUTORS.get(lang) }</p>
            } else {
                <ol class="findings">{ for shown.iter().map(|f| finding(s, f, panels)) }</ol>
                { more.unwrap_or_default() }
                { log_finding(s.log.as_ref(), &s.r, lang) }
            }
        </section>
    }
}

/// A contributor: its strength and name open what it means, the answers
/// behind it (with what pain does to a self-test) and the sources.
fn finding(s: &Shown, f: &Finding, panels: &PanelsHandle) -> Html {
    let lang = s.lang;
    let c = f.contributor;
    let why = Disclosure {
        id: format!("why-{}", c.key()),
        title: html! {
            <>
                <span class={format!("tag tag-{}", f.strength.key())}>{ f.strength.label().get(lang) }</span>
                { " " }{ c.title().get(lang) }
            </>
        },
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
                            <li><strong>{ q.spec().short.get(lang) }{ ": " }</strong>{ s.answers.describe(q, lang).unwrap_or_default() }</li>
                        }) }
                    </ul>
                    if f.has_self_test() { <p class="pain-note">{ PAIN_LOWERS_HOLDS.get(lang) }</p> }
                    { sources_line(&f.sources, lang) }
                </>
            }) }
        </li>
    }
}

/// The plan, with what bounds it.
fn plan(s: &Shown, panels: &PanelsHandle) -> Html {
    let lang = s.lang;
    let notice = match s.r.plan_start {
        PlanStart::UntilSeen => Some(("notice notice-danger", texts::PLAN_UNTIL_SEEN)),
        PlanStart::AfterRest => Some(("notice notice-warn", texts::PLAN_AFTER_REST)),
        PlanStart::Now | PlanStart::AfterDoctor => None,
    };
    html! {
        <section aria-labelledby="plan-title" class="plan">
            <h2 id="plan-title" class="heading-m">{ texts::PLAN_TITLE.get(lang) }</h2>
            if let Some((class, text)) = notice {
                <div {class} role="note">{ text.get(lang) }</div>
            }
            <p class="hint">{ texts::PLAN_STOP.get(lang) }{ " " }{ texts::PLAN_DOSES.get(lang) }</p>
            // A ceiling for runs: nothing run-based until a doctor has seen it.
            if s.r.plan_start != PlanStart::UntilSeen {
                { log_ceiling(s.log.as_ref(), lang) }
            }
            { for s.r.plan.iter().map(|p| phase(p, panels, lang)) }
        </section>
    }
}

fn phase(p: &PlanPhase, panels: &PanelsHandle, lang: Lang) -> Html {
    let id = format!("phase-{}", p.phase.key());
    html! {
        <section class={format!("plan-phase plan-phase-{}", p.phase.key())} aria-labelledby={id.clone()}>
            <h3 {id} class="heading-m">{ p.phase.title().get(lang) }</h3>
            <ul class="plan-list">
                { for p.entries.iter().map(|e| plan_item(e, panels, lang)) }
            </ul>
        </section>
    }
}

/// One plan item: its figure, name and dose at a glance; how to do it, how
/// to build it up, what it helps with and its sources folded (print shows
/// them all, with the cautions).
fn plan_item(e: &PlanEntry, panels: &PanelsHandle, lang: Lang) -> Html {
    let item = e.item;
    let helps = if e.because.is_empty() {
        texts::FOR_ANYONE.get(lang).to_owned()
    } else {
        let names: Vec<&str> = e.because.iter().map(|c| c.title().get(lang)).collect();
        format!("{}: {}", texts::FOR_.get(lang), names.join(", "))
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
                        <p class="how">{ item.how().get(lang) }</p>
                        if let Some(next) = e.progression {
                            <p><strong>{ texts::PROGRESSION.get(lang) }{ ": " }</strong>{ next.get(lang) }</p>
                        }
                        <p class="for">{ helps }</p>
                        { sources_line(item.sources(), lang) }
                    </>
                }) }
            </div>
        </li>
    }
}

/// The way back to running: Back Check's steps after rest days, or at
/// "see a doctor" only after a doctor has cleared running.
fn way_back(s: &Shown) -> Html {
    let (lang, w) = (s.lang, s.r.way_back);
    let body = match (w, w.after_doctor()) {
        (WayBack::None, _) => return html! {},
        (_, Some(text)) => html! { <p>{ text.get(lang) }</p> },
        (_, None) => html! {
            <>
                <ol class="list numbered">{ for WAY_BACK.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ol>
                <p class="hint">{ WAY_BACK_NOTE.get(lang) }</p>
            </>
        },
    };
    html! {
        <section aria-labelledby="way-back-title" class={format!("way-back way-back-{}", if w == WayBack::Steps { "steps" } else { "after-doctor" })}>
            <h2 id="way-back-title" class="heading-m">{ texts::WAY_BACK_TITLE.get(lang) }</h2>
            { body }
            { sources_line(w.sources(), lang) }
        </section>
    }
}

/// Every answer, for the printout.
pub(super) fn answers_summary(s: &Shown) -> Html {
    let lang = s.lang;
    let tested = s
        .answers
        .iter()
        .any(|(q, _)| q.section() == Section::SelfTests && q.spec().self_test.is_some());
    html! {
        <section class="answers-summary print-only" aria-labelledby="answers-title">
            <h2 id="answers-title" class="heading-m">{ texts::ANSWERS_SUMMARY.get(lang) }</h2>
            <dl>
                { for s.answers.asked().into_iter().filter_map(|q| s.answers.describe(q, lang).map(|a| html! {
                    <div><dt>{ q.spec().short.get(lang) }</dt><dd>{ a }</dd></div>
                })) }
            </dl>
            if tested { <p class="pain-note">{ PAIN_LOWERS_HOLDS.get(lang) }</p> }
        </section>
    }
}

/// Every source behind the result, folded (complete in print).
fn all_sources(s: &Shown, panels: &PanelsHandle) -> Html {
    let lang = s.lang;
    let d = Disclosure {
        id: "all-sources".into(),
        title: html! { texts::sources_count(s.r.sources.len(), lang) },
        ..Disclosure::default()
    };
    html! {
        <div class="all-sources">
            <h2 class="heading-m print-only">{ texts::SOURCES.get(lang) }</h2>
            { disclosure(panels, d, html! {
                <ul class="list">{ for s.r.sources.iter().map(|x| html! { <li>{ x.cite().get(lang) }</li> }) }</ul>
            }) }
        </div>
    }
}

/// Print, download, and change the answers still in progress (the stop
/// offers that itself, for a sign ticked by mistake).
pub(super) fn actions_bar(s: &Seen, a: &Actions, primary_print: bool) -> Html {
    let lang = s.lang;
    html! {
        <div class="button-group no-print">
            if s.kept {
                <p class="meta">{ texts::SAVED_NOTE.get(lang) }</p>
            }
            <button type="button" class={if primary_print { "button" } else { "button button-secondary" }} onclick={a.print.clone()}>{ texts::PRINT.get(lang) }</button>
            if let Some(onclick) = a.download.clone() {
                <button type="button" class={if s.kept { "button button-secondary" } else { "button" }} {onclick}>{ texts::DOWNLOAD_RESULT.get(lang) }</button>
            }
            if s.saved.is_none() && !s.stopped() {
                <a class="button button-secondary" href={Route::Check.hash()}>{ texts::CHANGE_ANSWERS.get(lang) }</a>
            }
        </div>
    }
}
