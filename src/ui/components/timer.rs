//! A stopwatch for the self-tests, usable lying on the floor: a 3-2-1
//! countdown, large digits and buttons, a sound and a vibration at the
//! target (can be switched off), the screen kept awake while timing, and
//! both sides timed in turn.
use crate::assessment::text::Lang;
use crate::ui::files::when_settled;
use crate::ui::state::{use_app, Action};
use crate::ui::texts;
use gloo_timers::callback::Interval;
use js_sys::{Array, Function, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Seconds of "3, 2, 1" before the clock starts.
const COUNTDOWN: u16 = 3;

#[derive(Properties, PartialEq)]
pub struct TimerProps {
    /// The sides in the order they are timed ("Left", "Right"), or one label.
    pub sides: Vec<AttrValue>,
    /// Stops by itself with a signal at this many seconds.
    pub target: u16,
    /// Called with (side, seconds) each time a side stops.
    pub on_stop: Callback<(usize, u16)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Ready,
    /// "3, 2, 1": the clock starts at this wall-clock time (ms).
    Countdown(f64),
    /// Timing since this wall-clock time (ms).
    Running(f64),
    /// Every side is done.
    Done,
}

fn clock(secs: u16) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Calls `target.name(args…)` if the browser has it.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    f.apply(target, &args.iter().collect::<Array>()).ok()
}

/// A short tone, where the browser allows sound.
fn beep(audio: &RefCell<Option<JsValue>>) {
    let Some(ctx) = audio.borrow().clone() else {
        return;
    };
    let Some(osc) = call(&ctx, "createOscillator", &[]) else {
        return;
    };
    if let Ok(freq) = Reflect::get(&osc, &"frequency".into()) {
        let _ = Reflect::set(&freq, &"value".into(), &880.into());
    }
    let dest = Reflect::get(&ctx, &"destination".into()).unwrap_or(JsValue::UNDEFINED);
    let t = Reflect::get(&ctx, &"currentTime".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    call(&osc, "connect", &[dest]);
    call(&osc, "start", &[]);
    call(&osc, "stop", &[(t + 0.6).into()]);
}

/// The audio context must be made during a tap, or the browser keeps it silent.
fn open_audio(audio: &RefCell<Option<JsValue>>) {
    if audio.borrow().is_some() {
        return;
    }
    let ctx = web_sys::window()
        .and_then(|w| Reflect::get(&w, &"AudioContext".into()).ok())
        .and_then(|c| c.dyn_into::<Function>().ok())
        .and_then(|c| Reflect::construct(&c, &Array::new()).ok());
    *audio.borrow_mut() = ctx;
}

fn vibrate() {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().vibrate_with_duration(500);
    }
}

/// Keeps the screen on while timing (Screen Wake Lock, where the browser has
/// it); `false` lets it go.
fn keep_awake(lock: &Rc<RefCell<Option<JsValue>>>, on: bool) {
    if let Some(sentinel) = lock.borrow_mut().take() {
        call(&sentinel, "release", &[]);
    }
    if !on {
        return;
    }
    let Some(wake) = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"wakeLock".into()).ok())
        .filter(|v| !v.is_undefined())
    else {
        return;
    };
    let Some(promise) = call(&wake, "request", &["screen".into()])
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    let lock = lock.clone();
    when_settled(&promise, move |sentinel| {
        if let Ok(sentinel) = sentinel {
            *lock.borrow_mut() = Some(sentinel);
        }
    });
}

fn said(key: Said, side: &str, secs: u16, lang: Lang) -> String {
    match (key, lang) {
        (Said::Go, Lang::En) => format!("{side}: go"),
        (Said::Go, Lang::De) => format!("{side}: los"),
        (Said::Stopped, Lang::En) => format!("{side}: stopped at {secs} seconds"),
        (Said::Stopped, Lang::De) => format!("{side}: bei {secs} Sekunden angehalten"),
    }
}

#[derive(Clone, Copy)]
enum Said {
    Go,
    Stopped,
}

#[component]
pub fn Timer(props: &TimerProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let signal = app.timer_signal;
    let phase = use_state(|| Phase::Ready);
    let side = use_state(|| 0usize);
    let shown = use_state(|| 0u16);
    let times = use_state(|| vec![None::<u16>; props.sides.len()]);
    let status = use_state(String::new);
    let audio = use_mut_ref(|| None::<JsValue>);
    let lock = use_mut_ref(|| None::<JsValue>);
    let label = |i: usize| {
        props
            .sides
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };

    // Stops the current side: records it, signals, moves to the next side.
    let stop = {
        let (phase, side, shown, times, status) = (
            phase.clone(),
            side.clone(),
            shown.clone(),
            times.clone(),
            status.clone(),
        );
        let (audio, lock) = (audio.clone(), lock.clone());
        let on_stop = props.on_stop.clone();
        let sides: Vec<String> = props.sides.iter().map(|s| s.to_string()).collect();
        let target = props.target;
        Callback::from(move |reached: bool| {
            let Phase::Running(t0) = *phase else {
                phase.set(Phase::Ready);
                keep_awake(&lock, false);
                return;
            };
            let secs = (((now() - t0) / 1000.0) as u16).min(target);
            if reached && signal {
                beep(&audio);
                vibrate();
            }
            let mut t = (*times).clone();
            if let Some(slot) = t.get_mut(*side) {
                *slot = Some(secs);
            }
            times.set(t);
            shown.set(secs);
            status.set(said(
                Said::Stopped,
                sides.get(*side).map_or("", |s| s),
                secs,
                lang,
            ));
            on_stop.emit((*side, secs));
            keep_awake(&lock, false);
            if *side + 1 < sides.len() {
                side.set(*side + 1);
                phase.set(Phase::Ready);
            } else {
                phase.set(Phase::Done);
            }
        })
    };
    {
        let (phase, shown, status) = (phase.clone(), shown.clone(), status.clone());
        let stop = stop.clone();
        let audio = audio.clone();
        let target = props.target;
        let go = said(Said::Go, &label(*side), 0, lang);
        use_effect_with(*phase, move |p| {
            let p = *p;
            let tick = matches!(p, Phase::Countdown(_) | Phase::Running(_)).then(|| {
                Interval::new(100, move || match p {
                    Phase::Countdown(start) if now() >= start => {
                        if signal {
                            beep(&audio);
                        }
                        status.set(go.clone());
                        shown.set(0);
                        phase.set(Phase::Running(start));
                    }
                    Phase::Countdown(start) => shown.set(((start - now()) / 1000.0).ceil() as u16),
                    Phase::Running(t0) => {
                        let secs = ((now() - t0) / 1000.0) as u16;
                        if secs >= target {
                            stop.emit(true);
                        } else if secs != *shown {
                            shown.set(secs);
                        }
                    }
                    _ => {}
                })
            });
            move || drop(tick)
        });
    }

    let start = {
        let (phase, shown, side, times) =
            (phase.clone(), shown.clone(), side.clone(), times.clone());
        let (audio, lock) = (audio.clone(), lock.clone());
        let n = props.sides.len();
        Callback::from(move |_: MouseEvent| {
            if *phase == Phase::Done {
                side.set(0);
                times.set(vec![None; n]);
            }
            open_audio(&audio);
            keep_awake(&lock, true);
            shown.set(COUNTDOWN);
            phase.set(Phase::Countdown(now() + f64::from(COUNTDOWN) * 1000.0));
        })
    };
    // Lets the screen sleep again if the page goes while timing.
    {
        let lock = lock.clone();
        use_effect_with((), move |_| move || keep_awake(&lock, false));
    }
    let toggle_signal = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            app.dispatch(Action::SetTimerSignal(on));
        })
    };

    let running = matches!(*phase, Phase::Running(_) | Phase::Countdown(_));
    let counting = matches!(*phase, Phase::Countdown(_));
    let many = props.sides.len() > 1;
    let now_label = label((*side).min(props.sides.len().saturating_sub(1)));
    let start_label = match (*phase, many) {
        (Phase::Done, _) => texts::TIMER_AGAIN.get(lang).to_owned(),
        (_, true) => format!("{}: {now_label}", texts::TIMER_START.get(lang)),
        (_, false) => texts::TIMER_START.get(lang).to_owned(),
    };
    let stop_click = stop.reform(|_: MouseEvent| false);
    html! {
        <div class={classes!("timer", running.then_some("timing"))}>
            <div class="timer-head">
                <span class="timer-side">{ if *phase == Phase::Done { texts::TIMER_DONE.get(lang).to_owned() } else { now_label.clone() } }</span>
                <span class="timer-target">{ format!("{} {}", texts::TIMER_TARGET.get(lang), clock(props.target)) }</span>
            </div>
            <div class={classes!("timer-clock", counting.then_some("counting"))} role="timer" aria-live="off">
                { if counting { shown.to_string() } else { clock(*shown) } }
            </div>
            if running {
                <button type="button" class="button timer-button timer-stop" onclick={stop_click}>{ texts::TIMER_STOP.get(lang) }</button>
            } else {
                <button type="button" class="button timer-button" onclick={start}>{ start_label }</button>
            }
            if many {
                <ul class="timer-times">
                    { for times.iter().enumerate().map(|(i, t)| html! {
                        <li>{ label(i) }{ ": " }{ t.map_or_else(|| "–".to_owned(), clock) }</li>
                    }) }
                </ul>
            }
            <div class="checkbox timer-signal">
                <input id="timer-signal" type="checkbox" checked={signal} onchange={toggle_signal} />
                <label for="timer-signal">{ texts::TIMER_SIGNAL.get(lang) }</label>
            </div>
            <span class="visually-hidden" aria-live="polite">{ (*status).clone() }</span>
        </div>
    }
}
