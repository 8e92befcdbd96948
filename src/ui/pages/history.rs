//! Saved checks on this device: a pain chart with an equivalent table, open,
//! delete (with confirmation), export and import.
use crate::assessment::answer::format_date;
use crate::assessment::text::Text;
use crate::storage::{self, ImportError, SavedCheck, MAX_IMPORT_BYTES};
use crate::ui::components::chart::chart;
use crate::ui::components::page::page_heading;
use crate::ui::files::{download, read_file, ReadError};
use crate::ui::hooks::{use_history, use_title};
use crate::ui::route::Route;
use crate::ui::state::{use_app, Action};
use crate::ui::texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long "Undo" is offered after a deletion.
const UNDO_MS: u32 = 10_000;

pub fn import_error_text(e: ImportError) -> Text {
    match e {
        ImportError::TooLarge => texts::IMPORT_TOO_LARGE,
        ImportError::NotJson => texts::IMPORT_NOT_JSON,
        ImportError::NotAnExport => texts::IMPORT_BAD_FILE,
        ImportError::Newer { .. } => texts::IMPORT_NEWER,
    }
}

/// Which deletion waits for "Yes, delete".
#[derive(PartialEq)]
enum Asking {
    Nothing,
    /// One check, by id.
    One(String),
    All,
}

#[component]
pub fn HistoryPage() -> Html {
    let state = use_app();
    let history = use_history();
    let lang = state.lang;
    use_title(texts::doc_title(
        texts::HISTORY_TITLE.get(lang),
        false,
        lang,
    ));
    // At most one deletion waits for its confirmation.
    let asking = use_state(|| Asking::Nothing);
    let read_only = state.newer_format.is_some() || !state.can_store;
    let checks: Vec<&SavedCheck> = state.history.iter().chain(state.unsaved.iter()).collect();
    // "Undo" stays for a short while after a deletion.
    {
        let state = state.clone();
        use_effect_with(state.undo.is_some(), move |&shown| {
            let timer = shown.then(|| {
                gloo_timers::callback::Timeout::new(UNDO_MS, move || {
                    state.dispatch(Action::ForgetUndo)
                })
            });
            move || drop(timer)
        });
    }
    let undo = {
        let history = history.clone();
        Callback::from(move |_| history.undo())
    };

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
        let history = history.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let history = history.clone();
                read_file(file, MAX_IMPORT_BYTES, move |read| match read {
                    Ok(bytes) => history.import(&bytes),
                    Err(ReadError::TooLarge) => history.import_failed(Some(ImportError::TooLarge)),
                    Err(ReadError::Unreadable) => history.import_failed(None),
                });
            }
            input.set_value("");
        })
    };
    let delete_all = {
        let history = history.clone();
        let asking = asking.clone();
        Callback::from(move |_| {
            history.delete_all();
            asking.set(Asking::Nothing);
        })
    };

    html! {
        <>
            { page_heading(texts::HISTORY_TITLE.get(lang), None) }
            if let Some(removed) = &state.undo {
                <div class="notice banner" role="status">
                    <p>{ texts::deleted(removed.len(), lang) }</p>
                    <button type="button" class="button button-secondary" onclick={undo}>{ texts::UNDO.get(lang) }</button>
                </div>
            }
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
                            let id = c.number().unwrap_or_default();
                            let asking_this = matches!(&*asking, Asking::One(id) if *id == c.id);
                            let ask = {
                                let asking = asking.clone();
                                let cid = c.id.clone();
                                Callback::from(move |_| asking.set(Asking::One(cid.clone())))
                            };
                            let cancel = {
                                let asking = asking.clone();
                                Callback::from(move |_| asking.set(Asking::Nothing))
                            };
                            let delete = {
                                let history = history.clone();
                                let asking = asking.clone();
                                let cid = c.id.clone();
                                Callback::from(move |_| {
                                    history.delete(&cid);
                                    asking.set(Asking::Nothing);
                                })
                            };
                            html! {
                                <tr>
                                    <th scope="row">{ date.clone() }</th>
                                    <td data-label={texts::COL_PAIN.get(lang)}>{ c.outcome.pain_now.map(|p| p.to_string()).unwrap_or_else(|| "–".into()) }</td>
                                    <td data-label={texts::COL_LEVEL.get(lang)}><span class={format!("level level-{}", c.outcome.level.key())}>{ c.outcome.level.headline().get(lang) }</span></td>
                                    <td class="actions">
                                        if asking_this {
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
            }
            if !read_only {
                <div class="form-group import">
                    <label class="label" for="import-file">{ texts::IMPORT_LABEL.get(lang) }</label>
                    <div class="hint" id="import-hint">{ texts::IMPORT_HINT.get(lang) }</div>
                    <input id="import-file" class="file-input" type="file" accept=".json,application/json" aria-describedby="import-hint" onchange={on_import} />
                </div>
            }
            if !read_only && !checks.is_empty() {
                <section class="danger-zone" aria-labelledby="delete-all-title">
                    <h2 id="delete-all-title" class="heading-s">{ texts::DELETE_ALL.get(lang) }</h2>
                        if *asking == Asking::All {
                            <div class="confirm-panel" role="group" aria-labelledby="delete-all-q">
                                <p id="delete-all-q"><strong>{ texts::delete_all_question(state.history.len(), lang) }</strong></p>
                                <button type="button" class="button button-warning" onclick={delete_all}>{ texts::DELETE_ALL_CONFIRM.get(lang) }</button>
                                <button type="button" class="button button-secondary" onclick={let a = asking.clone(); move |_| a.set(Asking::Nothing)}>{ texts::CANCEL.get(lang) }</button>
                            </div>
                        } else {
                            <button type="button" class="button button-warning" onclick={let a = asking.clone(); move |_| a.set(Asking::All)}>{ texts::DELETE_ALL.get(lang) }</button>
                        }
                </section>
            }
            <p><a href={Route::Start.hash()}>{ texts::NEW_CHECK.get(lang) }</a></p>
        </>
    }
}
