//! "Read my running log" (issue 24): files picked or dropped go to the log
//! worker (its own wasm, fetched only now), which reads them off the main
//! thread; a progress bar with files and megabytes read, and Cancel (the
//! worker is terminated). What it read fills answers through the app state
//! (`Action::LogRead`) and `on_filled` (the page's own form).
use crate::assessment::answer::Answer;
use crate::assessment::logread::{FromWorker, LogDone, Progress, READY};
use crate::assessment::logtext;
use crate::assessment::questions::QuestionId;
use crate::ui::state::{use_app, Action};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Event, FileList, HtmlInputElement, MessageEvent, Worker};
use yew::prelude::*;

/// The worker's loader, beside index.html (trunk names it after the binary).
const WORKER_URL: &str = "./logworker_loader.js";

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    Reading(Progress),
    Done(Rc<LogDone>),
    Cancelled,
    Failed,
}

/// The running worker and the handlers it calls.
struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

#[derive(Properties, PartialEq)]
pub struct LogReaderProps {
    /// The answers the log gave, for the page's form.
    pub on_filled: Callback<Vec<(QuestionId, Answer)>>,
}

#[component]
pub fn LogReader(props: &LogReaderProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    let phase = use_state(|| Phase::Idle);
    let running: Rc<RefCell<Option<Running>>> = use_mut_ref(|| None);
    {
        // Leaving the page stops the reading.
        let running = running.clone();
        use_effect_with((), move |_| move || drop(running.borrow_mut().take()));
    }

    let start = {
        let (phase, running, state, on_filled) = (
            phase.clone(),
            running.clone(),
            state.clone(),
            props.on_filled.clone(),
        );
        Callback::from(move |files: FileList| {
            let list = js_sys::Array::new();
            let mut picked = Progress::default();
            for i in 0..files.length() {
                if let Some(f) = files.get(i) {
                    picked.files_total += 1;
                    picked.bytes_total += f.size() as u64;
                    list.push(&f);
                }
            }
            if list.length() == 0 {
                return;
            }
            drop(running.borrow_mut().take());
            let Ok(worker) = Worker::new(WORKER_URL) else {
                phase.set(Phase::Failed);
                return;
            };
            let on_message = {
                let (phase, running, state, on_filled, worker) = (
                    phase.clone(),
                    running.clone(),
                    state.clone(),
                    on_filled.clone(),
                    worker.clone(),
                );
                let onset = state
                    .answers
                    .onset()
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let request =
                    js_sys::Array::of2(&onset.into(), &state.lang.code().into()).concat(&list);
                Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                    let text = e.data().as_string().unwrap_or_default();
                    if text == READY {
                        let _ = worker.post_message(&request);
                        return;
                    }
                    match serde_json::from_str::<FromWorker>(&text) {
                        Ok(FromWorker {
                            done: None,
                            progress,
                        }) => phase.set(Phase::Reading(progress)),
                        Ok(FromWorker {
                            done: Some(done), ..
                        }) => {
                            let filled = done
                                .summary
                                .as_ref()
                                .map(logtext::answers)
                                .unwrap_or_default();
                            state.dispatch(Action::LogRead(done.summary.clone()));
                            on_filled.emit(filled);
                            phase.set(Phase::Done(Rc::new(done)));
                            // Dropping the handle terminates the worker; not
                            // from inside its own handler, but after it.
                            let running = running.clone();
                            yew::platform::spawn_local(async move {
                                drop(running.borrow_mut().take());
                            });
                        }
                        Err(_) => phase.set(Phase::Failed),
                    }
                })
            };
            let on_error = {
                let (phase, running) = (phase.clone(), running.clone());
                Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                    phase.set(Phase::Failed);
                    let running = running.clone();
                    yew::platform::spawn_local(async move {
                        drop(running.borrow_mut().take());
                    });
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            *running.borrow_mut() = Some(Running {
                worker,
                _on_message: on_message,
                _on_error: on_error,
            });
            phase.set(Phase::Reading(picked));
        })
    };
    let on_change = {
        let start = start.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                start.emit(files);
            }
            // The same files may be picked again.
            input.set_value("");
        })
    };
    let on_drop = {
        let start = start.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                start.emit(files);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let cancel = {
        let (phase, running) = (phase.clone(), running.clone());
        Callback::from(move |_: MouseEvent| {
            drop(running.borrow_mut().take());
            phase.set(Phase::Cancelled);
        })
    };

    let body = match &*phase {
        Phase::Reading(p) => {
            let (max, value) = (p.bytes_total.max(1), p.bytes_done);
            html! {
                <div class="log-progress">
                    <progress id="log-progress" max={max.to_string()} value={value.to_string()}
                        aria-describedby="log-progress-text"></progress>
                    <p id="log-progress-text" class="log-progress-text" role="status">{ logtext::progress_text(p, lang) }</p>
                    <button type="button" class="button button-secondary" onclick={cancel}>{ logtext::CANCEL.get(lang) }</button>
                </div>
            }
        }
        other => {
            let outcome = match other {
                Phase::Done(read) => done_view(read, lang),
                Phase::Cancelled => {
                    html! { <p class="log-outcome" role="status">{ logtext::CANCELLED.get(lang) }</p> }
                }
                Phase::Failed => {
                    html! { <p class="log-outcome notice notice-warn" role="status">{ logtext::FAILED.get(lang) }</p> }
                }
                _ => html! {},
            };
            html! {
                <>
                    { outcome }
                    <div class="drop-zone" ondrop={on_drop} ondragover={on_drag_over}>
                        <label class="label" for="log-files">{ logtext::CHOOSE_FILES.get(lang) }</label>
                        <span class="hint">{ " " }{ logtext::OR_DROP.get(lang) }</span>
                        <input id="log-files" class="file-input" type="file" multiple=true
                            accept=".fit,.gz,.gpx,.tcx,.csv,.zip" aria-describedby="log-hint" onchange={on_change} />
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="log-reader no-print" aria-labelledby="log-title">
            <h2 id="log-title" class="heading-s">{ logtext::READ_LOG.get(lang) }</h2>
            <p id="log-hint" class="hint">{ logtext::READ_LOG_HINT.get(lang) }</p>
            { body }
        </section>
    }
}

/// What was read, what was left out, and each file that gave nothing.
fn done_view(read: &LogDone, lang: crate::assessment::text::Lang) -> Html {
    let note = if read.summary.is_some() {
        logtext::FILLED_NOTE
    } else {
        logtext::NO_RUNS_BEFORE_ONSET
    };
    html! {
        <div class="log-outcome" role="status">
            <p>{ &read.report }{ " " }{ note.get(lang) }</p>
            if !read.problems.is_empty() {
                <p class="log-problems-title">{ logtext::NOT_USED.get(lang) }</p>
                <ul class="list bullets log-problems">
                    { for read.problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </div>
    }
}
