//! Saved checks on this device: a pain chart with an equivalent table, open,
//! delete (with confirmation), export and import.
use super::files::{download, read_file, ReadError};
use super::page::{use_title, PageHeading};
use super::route::Route;
use super::state::{use_app, Action, AppContext, Notice};
use super::texts;
use crate::assessment::answer::format_date;
use crate::assessment::text::{Lang, Text};
use crate::storage::{self, browser, ImportError, SavedCheck, MAX_IMPORT_BYTES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn import_error_text(e: ImportError) -> Text {
    match e {
        ImportError::TooLarge => texts::IMPORT_TOO_LARGE,
        ImportError::NotJson => texts::IMPORT_NOT_JSON,
        ImportError::NotAnExport | ImportError::BadEntries { .. } => texts::IMPORT_BAD_FILE,
        ImportError::Newer { .. } => texts::IMPORT_NEWER,
    }
}

/// Changes the stored history and the app's copy of it, or says why not.
fn change_history(state: &AppContext, change: impl FnOnce(Vec<SavedCheck>) -> Vec<SavedCheck>) {
    match browser::update_history(change) {
        Ok(history) => state.dispatch(Action::History(history)),
        Err(e) => state.dispatch(Action::Notify(Some(Notice::ChangeFailed(e)))),
    }
}

fn import(state: AppContext, file: web_sys::File) {
    wasm_bindgen_futures::spawn_local(async move {
        let notice = match read_file(file, MAX_IMPORT_BYTES).await {
            Err(ReadError::TooLarge) => Notice::ImportFailed(ImportError::TooLarge),
            Err(ReadError::Unreadable) => Notice::FileUnreadable,
            Ok(bytes) => match storage::parse_import(&bytes) {
                Err(e) => Notice::ImportFailed(e),
                Ok(incoming) => {
                    let total = incoming.len();
                    let mut added = 0;
                    match browser::update_history(|checks| {
                        let (merged, n) = storage::merge(&checks, incoming);
                        added = n;
                        merged
                    }) {
                        Ok(history) => {
                            state.dispatch(Action::History(history));
                            Notice::Imported {
                                added,
                                skipped: total - added,
                            }
                        }
                        Err(e) => Notice::ChangeFailed(e),
                    }
                }
            },
        };
        state.dispatch(Action::Notify(Some(notice)));
    });
}

fn chart(checks: &[&SavedCheck], lang: Lang) -> Html {
    let points: Vec<(i32, u8)> = checks
        .iter()
        .filter_map(|c| c.outcome.pain_now.map(|p| (c.date.days(), p)))
        .collect();
    if points.is_empty() {
        return html! {};
    }
    // Evenly spaced in the order of the checks; the table gives the dates.
    // Whole-number coordinates (no float formatting in the binary).
    const W: i32 = 320;
    const H: i32 = 170;
    const LEFT: i32 = 30;
    const RIGHT: i32 = 12;
    const TOP: i32 = 10;
    const BOTTOM: i32 = 30;
    let n = points.len() as i32;
    let x = |i: usize| {
        if n == 1 {
            LEFT + (W - LEFT - RIGHT) / 2
        } else {
            LEFT + i as i32 * (W - LEFT - RIGHT) / (n - 1)
        }
    };
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

#[component]
pub fn HistoryPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(
        texts::HISTORY_TITLE.get(lang),
        false,
        lang,
    ));
    let confirm_one = use_state(|| None::<String>);
    let confirm_all = use_state(|| false);
    let read_only = state.newer_format.is_some() || !state.can_store;
    let checks: Vec<&SavedCheck> = state.history.iter().chain(state.unsaved.iter()).collect();

    let export_all = {
        let all: Vec<SavedCheck> = checks.iter().map(|c| (*c).clone()).collect();
        let today = state.today;
        Callback::from(move |_| {
            let _ = download(
                &format!("back-check-results-{today}.json"),
                "application/json",
                &storage::export(&all),
            );
        })
    };
    let on_import = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                import(state.clone(), file);
            }
            input.set_value("");
        })
    };
    let delete_all = {
        let state = state.clone();
        let confirm_all = confirm_all.clone();
        Callback::from(move |_| {
            change_history(&state, |_| Vec::new());
            confirm_all.set(false);
        })
    };

    html! {
        <>
            <PageHeading>{ texts::HISTORY_TITLE.get(lang) }</PageHeading>
            <p class="hint">{ texts::HISTORY_PRIVACY.get(lang) }</p>
            if state.newer_format.is_some() {
                <div class="notice notice-warn" role="note">{ texts::READ_ONLY.get(lang) }</div>
            }
            if checks.is_empty() {
                <p>{ texts::HISTORY_EMPTY.get(lang) }</p>
            } else {
                <h2 class="heading-m">{ texts::CHART_TITLE.get(lang) }</h2>
                { chart(&checks, lang) }
                <table class="table stack-narrow">
                    <caption class="visually-hidden">{ texts::CHART_TITLE.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ texts::COL_DATE.get(lang) }</th>
                            <th scope="col">{ texts::COL_PAIN.get(lang) }</th>
                            <th scope="col">{ texts::COL_LEVEL.get(lang) }</th>
                            <th scope="col"><span class="visually-hidden">{ texts::COL_ACTIONS.get(lang) }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for checks.iter().rev().map(|c| {
                            let date = format_date(c.date, lang);
                            let id: u64 = c.id.parse().unwrap_or_default();
                            let asking = confirm_one.as_deref() == Some(c.id.as_str());
                            let ask = {
                                let confirm_one = confirm_one.clone();
                                let cid = c.id.clone();
                                Callback::from(move |_| confirm_one.set(Some(cid.clone())))
                            };
                            let cancel = {
                                let confirm_one = confirm_one.clone();
                                Callback::from(move |_| confirm_one.set(None))
                            };
                            let delete = {
                                let state = state.clone();
                                let confirm_one = confirm_one.clone();
                                let cid = c.id.clone();
                                Callback::from(move |_| {
                                    change_history(&state, |checks| checks.into_iter().filter(|x| x.id != cid).collect());
                                    confirm_one.set(None);
                                })
                            };
                            html! {
                                <tr>
                                    <th scope="row">{ date.clone() }</th>
                                    <td data-label={texts::COL_PAIN.get(lang)}>{ c.outcome.pain_now.map(|p| p.to_string()).unwrap_or_else(|| "–".into()) }</td>
                                    <td data-label={texts::COL_LEVEL.get(lang)}><span class={classes!("level", format!("level-{}", c.outcome.level.key()))}>{ c.outcome.level.headline().get(lang) }</span></td>
                                    <td class="actions">
                                        if asking {
                                            <span class="confirm" role="group" aria-label={texts::delete_one_question(&date, lang)}>
                                                <span>{ texts::delete_one_question(&date, lang) }</span>
                                                <button type="button" class="button button-warning" onclick={delete}>{ texts::DELETE_CONFIRM.get(lang) }</button>
                                                <button type="button" class="button button-secondary" onclick={cancel}>{ texts::CANCEL.get(lang) }</button>
                                            </span>
                                        } else {
                                            <a href={Route::Saved(id).hash()}>{ texts::OPEN.get(lang) }<span class="visually-hidden">{ format!(" {date}") }</span></a>
                                            if !read_only {
                                                <button type="button" class="link-button" onclick={ask}>
                                                    { texts::DELETE.get(lang) }<span class="visually-hidden">{ format!(" {date}") }</span>
                                                </button>
                                            }
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <div class="button-group">
                    <button type="button" class="button button-secondary" onclick={export_all}>{ texts::EXPORT_ALL.get(lang) }</button>
                </div>
                if !read_only {
                    if *confirm_all {
                        <div class="confirm-panel" role="group" aria-labelledby="delete-all-q">
                            <p id="delete-all-q"><strong>{ texts::delete_all_question(state.history.len(), lang) }</strong></p>
                            <button type="button" class="button button-warning" onclick={delete_all}>{ texts::DELETE_ALL_CONFIRM.get(lang) }</button>
                            <button type="button" class="button button-secondary" onclick={let c = confirm_all.clone(); move |_| c.set(false)}>{ texts::CANCEL.get(lang) }</button>
                        </div>
                    } else {
                        <button type="button" class="button button-warning" onclick={let c = confirm_all.clone(); move |_| c.set(true)}>{ texts::DELETE_ALL.get(lang) }</button>
                    }
                }
            }
            if !read_only {
                <div class="form-group import">
                    <label class="label" for="import-file">{ texts::IMPORT_LABEL.get(lang) }</label>
                    <div class="hint" id="import-hint">{ texts::IMPORT_HINT.get(lang) }</div>
                    <input id="import-file" class="file-input" type="file" accept=".json,application/json" aria-describedby="import-hint" onchange={on_import} />
                </div>
            }
            <p><a href={Route::Start.hash()}>{ texts::NEW_CHECK.get(lang) }</a></p>
        </>
    }
}
