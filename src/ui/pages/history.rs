//! Saved checks on this device: a pain chart with an equivalent table, open,
//! delete (with confirmation and Undo), export and import.
use crate::assessment::answer::format_date;
use crate::assessment::text::Lang;
use crate::storage::{self, ImportError, SavedCheck, MAX_IMPORT_BYTES};
use crate::ui::components::chart::chart;
use crate::ui::components::page::page_heading;
use crate::ui::files::{download, read_file, ReadError};
use crate::ui::hooks::{use_store, use_title, Store};
use crate::ui::route::Route;
use crate::ui::state::{use_app, AppContext};
use crate::ui::texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many checks the chart and the table show at first, and how many
/// more each "Show more" adds: a history of thousands renders in one go
/// only when asked for.
const PAGE: usize = 50;

/// Which deletion waits for "Yes, delete".
#[derive(Clone, Copy, PartialEq)]
enum Asking {
    Nothing,
    /// One check, by id.
    One(storage::CheckId),
    All,
}

#[component]
pub fn HistoryPage() -> Html {
    let state = use_app();
    let store = use_store();
    let lang = state.lang;
    use_title(texts::doc_title(
        texts::HISTORY_TITLE.get(lang),
        false,
        lang,
    ));
    // At most one deletion waits for its confirmation.
    let asking = use_state(|| Asking::Nothing);
    let shown = use_state(|| PAGE);
    let checks: Vec<&SavedCheck> = state.checks().iter().chain(state.unsaved.iter()).collect();
    // The latest ones, oldest first.
    let latest = &checks[checks.len().saturating_sub(*shown)..];
    let read_only = state.read_only();
    let kept = state.saved.kept > 0;
    html! {
        <>
            { page_heading(texts::HISTORY_TITLE.get(lang), None) }
            { undo_banner(&state, &store) }
            <p class="hint">{ texts::HISTORY_PRIVACY.get(lang) }</p>
            if state.saved.checks.newer.is_some() {
                <div class="notice notice-warn" role="note">{ texts::READ_ONLY.get(lang) }</div>
            }
            if checks.is_empty() {
                <p>{ texts::HISTORY_EMPTY.get(lang) }</p>
            } else {
                <h2 class="heading-m">{ texts::CHART_TITLE.get(lang) }</h2>
                { chart(latest, lang) }
                { checks_table(latest, &asking, &store, read_only, lang) }
                { show_more(latest.len(), checks.len(), &shown, lang) }
                <div class="button-group">
                    { export_button(&checks, &state) }
                </div>
            }
            if kept {
                <div class="kept">
                    <p>{ texts::KEPT_NOTE.get(lang) }</p>
                    { download_copy(&store, lang) }
                </div>
            }
            if !read_only {
                { import_form(&store, lang) }
            }
            if !read_only && (!checks.is_empty() || kept) {
                { delete_all_section(checks.len(), kept, &asking, &store, lang) }
            }
            <p><a href={Route::Start.hash()}>{ texts::NEW_CHECK.get(lang) }</a></p>
        </>
    }
}

/// "3 saved checks deleted. You can undo this …" with "Undo", while it can be.
fn undo_banner(state: &AppContext, store: &Store) -> Html {
    let Some(undo) = &state.undo else {
        return html! {};
    };
    let store = store.clone();
    let onclick = Callback::from(move |_| store.undo());
    html! {
        <div class="notice banner" role="status">
            <p>{ texts::deleted(undo.count, state.lang) }</p>
            <button type="button" class="button button-secondary" {onclick}>{ texts::UNDO.get(state.lang) }</button>
        </div>
    }
}

/// "The latest 50 of 2,045 saved checks." and "Show 50 more".
fn show_more(shown: usize, total: usize, more: &UseStateHandle<usize>, lang: Lang) -> Html {
    if shown >= total {
        return html! {};
    }
    let onclick = {
        let more = more.clone();
        Callback::from(move |_| more.set(*more + PAGE))
    };
    html! {
        <p class="show-more">
            { texts::latest_of(shown, total, lang) }{ " " }
            <button type="button" class="link-button" {onclick}>{ texts::show_more(PAGE.min(total - shown), lang) }</button>
        </p>
    }
}

fn download_copy(store: &Store, lang: Lang) -> Html {
    let store = store.clone();
    let onclick = Callback::from(move |_| store.download_kept());
    html! {
        <button type="button" class="button button-secondary" {onclick}>{ texts::DOWNLOAD_COPY.get(lang) }</button>
    }
}

fn export_button(checks: &[&SavedCheck], state: &AppContext) -> Html {
    let all: Vec<SavedCheck> = checks.iter().map(|c| (*c).clone()).collect();
    let today = state.today;
    let onclick = Callback::from(move |_| {
        let _ = download(
            &format!("back-check-results-{today}.json"),
            "application/json",
            &storage::export(&all),
        );
    });
    html! {
        <button type="button" class="button button-secondary" {onclick}>{ texts::EXPORT_ALL.get(state.lang) }</button>
    }
}

fn checks_table(
    checks: &[&SavedCheck],
    asking: &UseStateHandle<Asking>,
    store: &Store,
    read_only: bool,
    lang: Lang,
) -> Html {
    html! {
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
                { for checks.iter().rev().map(|c| check_row(c, asking, store, read_only, lang)) }
            </tbody>
        </table>
    }
}

fn check_row(
    c: &SavedCheck,
    asking: &UseStateHandle<Asking>,
    store: &Store,
    read_only: bool,
    lang: Lang,
) -> Html {
    let date = format_date(c.date, lang);
    let id = c.id;
    let pain = c
        .outcome
        .pain_now
        .map_or_else(|| "–".into(), |p| p.to_string());
    let actions = if **asking == Asking::One(id) {
        let question = texts::delete_one_question(&date, lang);
        let (store, done) = (store.clone(), asking.clone());
        let yes = Callback::from(move |_| {
            store.delete(id);
            done.set(Asking::Nothing);
        });
        html! {
            <span class="confirm" role="group" aria-label={question.clone()}>
                <span>{ question }</span>
                <button type="button" class="button button-warning" onclick={yes}>{ texts::DELETE_CONFIRM.get(lang) }</button>
                { cancel_button(asking, lang) }
            </span>
        }
    } else {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(Asking::One(id)))
        };
        html! {
            <>
                <a href={Route::Saved(id).hash()}>{ texts::OPEN.get(lang) }<span class="visually-hidden">{ format!(" {date}") }</span></a>
                if !read_only {
                    <button type="button" class="link-button" onclick={ask}>
                        { texts::DELETE.get(lang) }<span class="visually-hidden">{ format!(" {date}") }</span>
                    </button>
                }
            </>
        }
    };
    html! {
        <tr>
            <th scope="row">{ date.clone() }</th>
            <td data-label={texts::COL_PAIN.get(lang)}>{ pain }</td>
            <td data-label={texts::COL_LEVEL.get(lang)}><span class={format!("level level-{}", c.outcome.level.key())}>{ c.outcome.level.headline().get(lang) }</span></td>
            <td class="actions">{ actions }</td>
        </tr>
    }
}

fn cancel_button(asking: &UseStateHandle<Asking>, lang: Lang) -> Html {
    let asking = asking.clone();
    let onclick = Callback::from(move |_| asking.set(Asking::Nothing));
    html! {
        <button type="button" class="button button-secondary" {onclick}>{ texts::CANCEL.get(lang) }</button>
    }
}

fn import_form(store: &Store, lang: Lang) -> Html {
    let store = store.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            let store = store.clone();
            read_file(file, MAX_IMPORT_BYTES, move |read| match read {
                Ok(bytes) => store.import(&bytes),
                Err(ReadError::TooLarge) => store.import_failed(Some(ImportError::TooLarge)),
                Err(ReadError::Unreadable) => store.import_failed(None),
            });
        }
        input.set_value("");
    });
    html! {
        <div class="form-group import">
            <label class="label" for="import-file">{ texts::IMPORT_LABEL.get(lang) }</label>
            <div class="hint" id="import-hint">{ texts::IMPORT_HINT.get(lang) }</div>
            <input id="import-file" class="file-input" type="file" accept=".json,application/json" aria-describedby="import-hint" {onchange} />
        </div>
    }
}

/// "Delete all", apart from the rest, after a question that says what goes
/// and how long it can be undone.
fn delete_all_section(
    n: usize,
    kept: bool,
    asking: &UseStateHandle<Asking>,
    store: &Store,
    lang: Lang,
) -> Html {
    let body = if **asking == Asking::All {
        let yes = {
            let (store, asking) = (store.clone(), asking.clone());
            Callback::from(move |_| {
                store.delete_all();
                asking.set(Asking::Nothing);
            })
        };
        html! {
            <div class="confirm-panel" role="group" aria-labelledby="delete-all-q">
                <p id="delete-all-q"><strong>{ texts::delete_all_question(n, lang) }</strong></p>
                <p>{ texts::UNDO_FOR.get(lang) }</p>
                if kept {
                    <p>{ texts::DELETE_ALL_COPY.get(lang) }</p>
                    { download_copy(store, lang) }
                }
                <button type="button" class="button button-warning" onclick={yes}>{ texts::DELETE_ALL_CONFIRM.get(lang) }</button>
                { cancel_button(asking, lang) }
            </div>
        }
    } else {
        let asking = asking.clone();
        let onclick = Callback::from(move |_| asking.set(Asking::All));
        html! {
            <button type="button" class="button button-warning" {onclick}>{ texts::DELETE_ALL.get(lang) }</button>
        }
    };
    html! {
        <section class="danger-zone" aria-labelledby="delete-all-title">
            <h2 id="delete-all-title" class="heading-s">{ texts::DELETE_ALL.get(lang) }</h2>
            { body }
        </section>
    }
}
