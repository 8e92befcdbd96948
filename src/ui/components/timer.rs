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

/// A short vibration, where the browser has it (Firefox and Safari do not:
/// there `navigator.vibrate` is missing, and calling it would throw).
fn vibrate() {
    if let Some(w) = web_sys::window() {
        call(&w.navigator(), "vibrate", &[500.into()]);
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

/// What the stopwatch shows. One reducer, so an update that changes nothing
/// (a tick within the same second) does not render again.
#[derive(Clone, PartialEq)]
struct Clock {
    phase: Phase,
    /// The side being timed (an index into the sides).
    side: usize,
    /// The big digits: seconds counted down, or seconds timed.
    shown: u16,
    /// Each side's time, once stopped.
    times: Vec<Option<u16>>,
    /// Read out by screen readers ("Left: go").
    status: String,
}

enum Step {
    /// Start (or start over): the countdown ends at this wall-clock time.
    Start(f64),
    /// Seconds to show.
    Show(u16),
    /// The countdown is over: timing runs; the status to read out.
    Go(String),
    /// The side stopped at these seconds; the status to read out.
    Stopped(u16, String),
    /// A stop arriving when nothing runs.
    Reset,
}

impl Reducible for Clock {
    type Action = Step;
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut c = (*self).clone();
        match step {
            Step::Start(at) => {
                if c.phase == Phase::Done {
                    c.side = 0;
                    c.times.iter_mut().for_each(|t| *t = None);
                }
                c.shown = COUNTDOWN;
                c.phase = Phase::Countdown(at);
            }
            Step::Show(secs) if secs == c.shown => return self,
            Step::Show(secs) => c.shown = secs,
            Step::Go(status) => {
                if let Phase::Countdown(start) = c.phase {
                    c.phase = Phase::Running(start);
                    c.shown = 0;
                    c.status = status;
                }
            }
            Step::Stopped(secs, status) => {
                if let Some(slot) = c.times.get_mut(c.side) {
                    *slot = Some(secs);
                }
                c.shown = secs;
                c.status = status;
                if c.side + 1 < c.times.len() {
                    c.side += 1;
                    c.phase = Phase::Ready;
                } else {
                    c.phase = Phase::Done;
                }
            }
            Step::Reset => c.phase = Phase::Ready,
        }
        Rc::new(c)
    }
}

#[component]
pub fn Timer(props: &TimerProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let signal = app.timer_signal;
    let n = props.sides.len();
    let clock_state = use_reducer(|| Clock {
        phase: Phase::Ready,
        side: 0,
        shown: 0,
        times: vec![None; n],
        status: String::new(),
    });
    let audio = use_mut_ref(|| None::<JsValue>);
    let lock = use_mut_ref(|| None::<JsValue>);
    let label = |i: usize| {
        props
            .sides
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let c = (*clock_state).clone();

    // Stops the current side: signals, records it, moves to the next side.
    let stop = {
        let clock_state = clock_state.clone();
        let (audio, lock) = (audio.clone(), lock.clone());
        let on_stop = props.on_stop.clone();
        let side_label = label(c.side);
        let target = props.target;
        Callback::from(move |reached: bool| {
            keep_awake(&lock, false);
            let Phase::Running(t0) = clock_state.phase else {
                clock_state.dispatch(Step::Reset);
                return;
            };
            let secs = (((now() - t0) / 1000.0) as u16).min(target);
            if reached && signal {
                beep(&audio);
                vibrate();
            }
            on_stop.emit((clock_state.side, secs));
            clock_state.dispatch(Step::Stopped(
                secs,
                said(Said::Stopped, &side_label, secs, lang),
            ));
        })
    };
    {
        let clock_state = clock_state.clone();
        let stop = stop.clone();
        let audio = audio.clone();
        let target = props.target;
        let go = said(Said::Go, &label(c.side), 0, lang);
        use_effect_with(c.phase, move |&p| {
            let tick = matches!(p, Phase::Countdown(_) | Phase::Running(_)).then(|| {
                Interval::new(100, move || match p {
                    Phase::Countdown(start) if now() >= start => {
                        if signal {
                            beep(&audio);
                        }
                        clock_state.dispatch(Step::Go(go.clone()));
                    }
                    Phase::Countdown(start) => {
                        clock_state.dispatch(Step::Show(((start - now()) / 1000.0).ceil() as u16))
                    }
                    Phase::Running(t0) => {
                        let secs = ((now() - t0) / 1000.0) as u16;
                        if secs >= target {
                            stop.emit(true);
                        } else {
                            clock_state.dispatch(Step::Show(secs));
                        }
                    }
                    _ => {}
                })
            });
            move || drop(tick)
        });
    }

    let start = {
        let clock_state = clock_state.clone();
        let (audio, lock) = (audio.clone(), lock.clone());
        Callback::from(move |_: MouseEvent| {
            open_audio(&audio);
            keep_awake(&lock, true);
            clock_state.dispatch(Step::Start(now() + f64::from(COUNTDOWN) * 1000.0));
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

    let running = matches!(c.phase, Phase::Running(_) | Phase::Countdown(_));
    let counting = matches!(c.phase, Phase::Countdown(_));
    let many = n > 1;
    let now_label = label(c.side.min(n.saturating_sub(1)));
    let start_label = match (c.phase, many) {
        (Phase::Done, _) => texts::TIMER_AGAIN.get(lang).to_owned(),
        (_, true) => format!("{}: {now_label}", texts::TIMER_START.get(lang)),
        (_, false) => texts::TIMER_START.get(lang).to_owned(),
    };
    let stop_click = stop.reform(|_: MouseEvent| false);
    html! {
        <div class={if running { "timer timing" } else { "timer" }}>
            <div class="timer-head">
                <span class="timer-side">{ if c.phase == Phase::Done { texts::TIMER_DONE.get(lang).to_owned() } else { now_label.clone() } }</span>
                <span class="timer-target">{ format!("{} {}", texts::TIMER_TARGET.get(lang), clock(props.target)) }</span>
            </div>
            <div class={if counting { "timer-clock counting" } else { "timer-clock" }} role="timer" aria-live="off">
                { if counting { c.shown.to_string() } else { clock(c.shown) } }
            </div>
            if running {
                <button type="button" class="button timer-button timer-stop" onclick={stop_click}>{ texts::TIMER_STOP.get(lang) }</button>
            } else {
                <button type="button" class="button timer-button" onclick={start}>{ start_label }</button>
            }
            if many {
                <ul class="timer-times">
                    { for c.times.iter().enumerate().map(|(i, t)| html! {
                        <li>{ label(i) }{ ": " }{ t.map_or_else(|| "–".to_owned(), clock) }</li>
                    }) }
                </ul>
            }
            <div class="checkbox timer-signal">
                <input id="timer-signal" type="checkbox" checked={signal} onchange={toggle_signal} />
                <label for="timer-signal">{ texts::TIMER_SIGNAL.get(lang) }</label>
            </div>
            <span class="visually-hidden" aria-live="polite">{ c.status.clone() }</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_sides() -> Rc<Clock> {
        Rc::new(Clock {
            phase: Phase::Ready,
            side: 0,
            shown: 0,
            times: vec![None, None],
            status: String::new(),
        })
    }

    #[test]
    fn a_tick_that_changes_nothing_keeps_the_state_so_nothing_renders() {
        let c = two_sides().reduce(Step::Start(3000.0));
        assert_eq!((c.phase, c.shown), (Phase::Countdown(3000.0), COUNTDOWN));
        let same = c.clone().reduce(Step::Show(COUNTDOWN));
        assert!(Rc::ptr_eq(&c, &same));
        assert_eq!(c.reduce(Step::Show(2)).shown, 2);
    }

    #[test]
    fn each_side_is_timed_in_turn_and_starting_over_clears_the_times() {
        let c = two_sides()
            .reduce(Step::Start(3000.0))
            .reduce(Step::Go("Left: go".into()));
        assert_eq!(c.phase, Phase::Running(3000.0));
        assert_eq!(c.status, "Left: go");
        let c = c.reduce(Step::Stopped(4, "Left: stopped at 4 seconds".into()));
        assert_eq!((c.phase, c.side, c.shown), (Phase::Ready, 1, 4));
        let c = c
            .reduce(Step::Start(9000.0))
            .reduce(Step::Go("Right: go".into()))
            .reduce(Step::Stopped(60, "Right: stopped at 60 seconds".into()));
        assert_eq!(c.phase, Phase::Done);
        assert_eq!(c.times, vec![Some(4), Some(60)]);
        let c = c.reduce(Step::Start(20_000.0));
        assert_eq!((c.side, c.times.clone()), (0, vec![None, None]));
    }

    #[test]
    fn go_only_ends_a_countdown() {
        let c = two_sides().reduce(Step::Go("Left: go".into()));
        assert_eq!(c.phase, Phase::Ready);
        assert_eq!(c.status, "");
    }
}
