//! "Read my running log" (issue 24): files picked or dropped go to the log
//! worker (its own wasm, fetched only now), which reads them off the main
//! thread; a progress bar with files and megabytes read, and Cancel (the
//! worker is terminated). What it read fills answers through the app state
//! (`Action::LogRead`).
use crate::assessment::logread::{FromWorker, LogDone, Progress, READY};
use crate::assessment::logtext;
use crate::assessment::text::Lang;
use crate::ui::state::{use_app, Action, AppContext};
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
        // The handlers go before the closures they call are freed.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The reading, shared by the callbacks: what the view shows, the worker
/// while it runs, and where what it read goes.
#[derive(Clone)]
struct Reader {
    phase: UseStateHandle<Phase>,
    running: Rc<RefCell<Option<Running>>>,
    state: AppContext,
}

impl Reader {
    /// Starts a worker for `files` (a new pick ends a reading under way).
    fn start(&self, files: FileList) {
        let list = js_sys::Array::new();
        let mut picked = Progress::default();
        for f in (0..files.length()).filter_map(|i| files.get(i)) {
            picked.files_total += 1;
            picked.bytes_total += f.size() as u64;
            list.push(&f);
        }
        if list.length() == 0 {
            return;
        }
        self.stop();
        let Ok(worker) = Worker::new(WORKER_URL) else {
            self.phase.set(Phase::Failed);
            return;
        };
        let onset = (self.state.answers.onset())
            .map(|d| d.to_string())
            .unwrap_or_default();
        let request =
            js_sys::Array::of2(&onset.into(), &self.state.lang.code().into()).concat(&list);
        let on_message = self.on_message(worker.clone(), request);
        let on_error = {
            let reader = self.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                reader.phase.set(Phase::Failed);
                reader.stop_soon();
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *self.running.borrow_mut() = Some(Running {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        });
        self.phase.set(Phase::Reading(picked));
    }

    /// The worker says it is ready (it is sent the files), how far it got,
    /// or what it read.
    fn on_message(
        &self,
        worker: Worker,
        request: js_sys::Array,
    ) -> Closure<dyn FnMut(MessageEvent)> {
        let reader = self.clone();
        Closure::new(move |e: MessageEvent| {
            let text = e.data().as_string().unwrap_or_default();
            if text == READY {
                let _ = worker.post_message(&request);
                return;
            }
            match serde_json::from_str::<FromWorker>(&text) {
                Ok(FromWorker {
                    done: None,
                    progress,
                }) => reader.phase.set(Phase::Reading(progress)),
                Ok(FromWorker {
                    done: Some(done), ..
                }) => reader.done(done),
                Err(_) => {
                    reader.phase.set(Phase::Failed);
                    reader.stop_soon();
                }
            }
        })
    }

    /// What the log gave goes into the app state (and from there into the
    /// training answers and the draft).
    fn done(&self, done: LogDone) {
        self.state.dispatch(Action::LogRead(done.summary.clone()));
        self.phase.set(Phase::Done(Rc::new(done)));
        self.stop_soon();
    }

    /// Ends the worker (dropping the handle terminates it).
    fn stop(&self) {
        drop(self.running.borrow_mut().take());
    }

    /// Ends the worker once its own handler has returned.
    fn stop_soon(&self) {
        let reader = self.clone();
        yew::platform::spawn_local(async move { reader.stop() });
    }
}

#[component]
pub fn LogReader() -> Html {
    let state = use_app();
    let lang = state.lang;
    let reader = Reader {
        phase: use_state(|| Phase::Idle),
        running: use_mut_ref(|| None),
        state,
    };
    {
        // Leaving the page stops the reading.
        let running = reader.running.clone();
        use_effect_with((), move |_| move || drop(running.borrow_mut().take()));
    }
    let body = match &*reader.phase {
        Phase::Reading(p) => reading_view(p, &reader, lang),
        other => picker_view(other, &reader, lang),
    };
    html! {
        <section class="log-reader no-print">
            <p id="log-hint" class="hint">{ logtext::READ_LOG_HINT.get(lang) }</p>
            { body }
        </section>
    }
}

/// The progress bar, files and megabytes read, and Cancel.
fn reading_view(p: &Progress, reader: &Reader, lang: Lang) -> Html {
    let cancel = {
        let reader = reader.clone();
        Callback::from(move |_: MouseEvent| {
            reader.stop();
            reader.phase.set(Phase::Cancelled);
        })
    };
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

/// What the last reading gave, and the files to pick or drop.
fn picker_view(phase: &Phase, reader: &Reader, lang: Lang) -> Html {
    let outcome = match phase {
        Phase::Done(read) => done_view(read, lang),
        Phase::Cancelled => {
            html! { <p class="log-outcome" role="status">{ logtext::CANCELLED.get(lang) }</p> }
        }
        Phase::Failed => {
            html! { <p class="log-outcome notice notice-warn" role="status">{ logtext::FAILED.get(lang) }</p> }
        }
        _ => html! {},
    };
    let on_change = {
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                reader.start(files);
            }
            // The same files may be picked again.
            input.set_value("");
        })
    };
    let on_drop = {
        let reader = reader.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                reader.start(files);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
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

/// What was read, what was left out, and each file that gave nothing.
fn done_view(read: &LogDone, lang: Lang) -> Html {
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
