//! A stopwatch for the self-tests, usable lying on the floor: a 3-2-1
//! countdown, large digits and buttons, a sound and a vibration at the
//! target (can be switched off), the screen kept awake while timing, and
//! both sides timed in turn.
//!
//! What it shows is one reducer, [`Clock`], fed with the time at every
//! step, so it is tested natively with any clock. What it does to the
//! device (sound, vibration, wake lock) and reports to the page follows
//! from the [`ClockEvent`] the last step made, in one effect.
use crate::assessment::form::Side;
use crate::assessment::text::Lang;
use crate::ui::components::stopwatch::{Clock, ClockEvent, Phase, Step, TICK_MS};
use crate::ui::files::when_settled;
use crate::ui::state::{use_app, Action};
use crate::ui::texts;
use gloo_timers::callback::Interval;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{AudioContext, WakeLockSentinel, WakeLockType};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimerProps {
    /// The sides in the order they are timed, or one label.
    pub sides: Vec<AttrValue>,
    /// Stops by itself with a signal at this many seconds.
    pub target: u16,
    /// Called with the side and its seconds each time a side stops.
    pub on_stop: Callback<(Side, u16)>,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn clock(secs: u16) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// The sound and the screen lock, where the browser has them.
#[derive(Default)]
struct Devices {
    audio: Option<AudioContext>,
    lock: Option<WakeLockSentinel>,
}

impl Devices {
    /// The audio context must be made during a tap, or the browser keeps it
    /// silent.
    fn open_audio(&mut self) {
        if self.audio.is_none() {
            self.audio = AudioContext::new().ok();
        }
    }

    /// A short tone.
    fn beep(&self) {
        let Some(ctx) = &self.audio else {
            return;
        };
        let Ok(osc) = ctx.create_oscillator() else {
            return;
        };
        osc.frequency().set_value(880.0);
        let _ = osc.connect_with_audio_node(&ctx.destination());
        let _ = osc.start();
        let _ = osc.stop_with_when(ctx.current_time() + 0.6);
    }

    /// A buzz, where the browser can (Firefox and Safari cannot: calling
    /// it there would throw).
    fn vibrate() {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return;
        };
        if js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false) {
            let _ = navigator.vibrate_with_duration(500);
        }
    }
}

/// Keeps the screen on while timing (Screen Wake Lock); `false` lets it go.
fn keep_awake(devices: &Rc<RefCell<Devices>>, on: bool) {
    if let Some(sentinel) = devices.borrow_mut().lock.take() {
        let _ = sentinel.release();
    }
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Not every browser has it: asking one without it would throw.
    if !on || !js_sys::Reflect::has(&navigator, &"wakeLock".into()).unwrap_or(false) {
        return;
    }
    let promise: js_sys::Promise = navigator
        .wake_lock()
        .request(WakeLockType::Screen)
        .unchecked_into();
    let devices = devices.clone();
    when_settled(&promise, move |sentinel| {
        if let Ok(sentinel) = sentinel {
            devices.borrow_mut().lock = Some(sentinel.unchecked_into());
        }
    });
}

/// Read out by screen readers: "Left: go", "Left: stopped at 12 seconds".
fn said(event: ClockEvent, sides: &[AttrValue], lang: Lang) -> String {
    let side = |i: usize| sides.get(i).map(|s| s.to_string()).unwrap_or_default();
    match (event, lang) {
        (ClockEvent::Go(i), Lang::En) => format!("{}: go", side(i)),
        (ClockEvent::Go(i), Lang::De) => format!("{}: los", side(i)),
        (ClockEvent::Stopped { side: i, secs, .. }, Lang::En) => {
            format!("{}: stopped at {secs} seconds", side(i))
        }
        (ClockEvent::Stopped { side: i, secs, .. }, Lang::De) => {
            format!("{}: bei {secs} Sekunden angehalten", side(i))
        }
    }
}

#[component]
pub fn Timer(props: &TimerProps) -> Html {
    let app = use_app();
    let clock_state = use_reducer(|| Clock::new(props.sides.len(), props.target));
    let devices = use_mut_ref(Devices::default);
    use_ticks(&clock_state);
    use_signals(&clock_state, &devices, app.timer_signal, &props.on_stop);
    let start = {
        let (clock_state, devices) = (clock_state.clone(), devices.clone());
        Callback::from(move |_: MouseEvent| {
            devices.borrow_mut().open_audio();
            keep_awake(&devices, true);
            clock_state.dispatch(Step::Start(now()));
        })
    };
    let stop = {
        let (clock_state, devices) = (clock_state.clone(), devices.clone());
        Callback::from(move |_: MouseEvent| {
            keep_awake(&devices, false);
            clock_state.dispatch(Step::Stop(now()));
        })
    };
    let toggle_signal = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            app.dispatch(Action::SetTimerSignal(input.checked()));
        })
    };
    view(
        &clock_state,
        props,
        app.lang,
        app.timer_signal,
        start,
        stop,
        toggle_signal,
    )
}

/// While counting down or timing, the clock is brought up to date every tick.
#[hook]
fn use_ticks(clock_state: &UseReducerHandle<Clock>) {
    let ticking = matches!(clock_state.phase, Phase::Countdown(_) | Phase::Running(_));
    let dispatcher = clock_state.dispatcher();
    use_effect_with(ticking, move |&ticking| {
        let interval =
            ticking.then(|| Interval::new(TICK_MS, move || dispatcher.dispatch(Step::Tick(now()))));
        move || drop(interval)
    });
}

/// Acts once on each event: the signals, the page's fields, the screen
/// lock; and lets the screen sleep again if the page goes while timing.
#[hook]
fn use_signals(
    clock_state: &UseReducerHandle<Clock>,
    devices: &Rc<RefCell<Devices>>,
    signal: bool,
    on_stop: &Callback<(Side, u16)>,
) {
    let (signalled, on_stop) = (devices.clone(), on_stop.clone());
    use_effect_with(clock_state.event, move |event| {
        match event.map(|(_, e)| e) {
            Some(ClockEvent::Go(_)) if signal => signalled.borrow().beep(),
            Some(ClockEvent::Stopped {
                side,
                secs,
                reached,
            }) => {
                keep_awake(&signalled, false);
                if reached && signal {
                    signalled.borrow().beep();
                    Devices::vibrate();
                }
                on_stop.emit((Side::BOTH[side.min(1)], secs));
            }
            _ => {}
        }
    });
    let devices = devices.clone();
    use_effect_with((), move |_| move || keep_awake(&devices, false));
}

fn view(
    c: &Clock,
    props: &TimerProps,
    lang: Lang,
    signal: bool,
    start: Callback<MouseEvent>,
    stop: Callback<MouseEvent>,
    toggle_signal: Callback<Event>,
) -> Html {
    let label = |i: usize| {
        props
            .sides
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let running = matches!(c.phase, Phase::Running(_) | Phase::Countdown(_));
    let counting = matches!(c.phase, Phase::Countdown(_));
    let many = props.sides.len() > 1;
    let side_now = label(c.side.min(props.sides.len().saturating_sub(1)));
    let start_label = match (c.phase, many) {
        (Phase::Done, _) => texts::TIMER_AGAIN.get(lang).to_owned(),
        (_, true) => format!("{}: {side_now}", texts::TIMER_START.get(lang)),
        (_, false) => texts::TIMER_START.get(lang).to_owned(),
    };
    let head = if c.phase == Phase::Done {
        texts::TIMER_DONE.get(lang).to_owned()
    } else {
        side_now
    };
    let status = c
        .event
        .map(|(_, e)| said(e, &props.sides, lang))
        .unwrap_or_default();
    html! {
        <div class={if running { "timer timing" } else { "timer" }}>
            <div class="timer-head">
                <span class="timer-side">{ head }</span>
                <span class="timer-target">{ format!("{} {}", texts::TIMER_TARGET.get(lang), clock(props.target)) }</span>
            </div>
            <div class={if counting { "timer-clock counting" } else { "timer-clock" }} role="timer" aria-live="off">
                { if counting { c.shown.to_string() } else { clock(c.shown) } }
            </div>
            if running {
                <button type="button" class="button timer-button timer-stop" onclick={stop}>{ texts::TIMER_STOP.get(lang) }</button>
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
            <span class="visually-hidden" aria-live="polite">{ status }</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screen_reader_hears_the_side_and_the_seconds() {
        let sides = [AttrValue::from("Left"), AttrValue::from("Right")];
        let stopped = ClockEvent::Stopped {
            side: 1,
            secs: 12,
            reached: false,
        };
        assert_eq!(said(ClockEvent::Go(0), &sides, Lang::En), "Left: go");
        assert_eq!(
            said(stopped, &sides, Lang::De),
            "Right: bei 12 Sekunden angehalten"
        );
    }
}
