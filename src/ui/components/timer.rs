//! A stopwatch for the self-tests: start, stop, and hand the seconds over.
use crate::assessment::text::Lang;
use crate::ui::state::use_app;
use crate::ui::texts;
use gloo_timers::callback::Interval;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimerProps {
    /// What is being timed ("Left", "Right", "Seconds held").
    pub label: AttrValue,
    /// Stops by itself at this many seconds.
    pub cap: u16,
    /// Called with the seconds held when the timer stops.
    pub on_stop: Callback<u16>,
}

fn clock(secs: u16) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn stopped_at(secs: u16, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Timer stopped at {secs} seconds"),
        Lang::De => format!("Stoppuhr bei {secs} Sekunden angehalten"),
    }
}

#[component]
pub fn Timer(props: &TimerProps) -> Html {
    let lang = use_app().lang;
    // Start time in ms (wall clock, so a throttled tab still measures right).
    let started = use_state(|| None::<f64>);
    let elapsed = use_state(|| 0u16);
    let status = use_state(String::new);

    let stop = {
        let started = started.clone();
        let elapsed = elapsed.clone();
        let status = status.clone();
        let on_stop = props.on_stop.clone();
        let cap = props.cap;
        Callback::from(move |_: ()| {
            if let Some(t0) = *started {
                let secs = (((js_sys::Date::now() - t0) / 1000.0) as u16).min(cap);
                elapsed.set(secs);
                started.set(None);
                status.set(stopped_at(secs, lang));
                on_stop.emit(secs);
            }
        })
    };
    {
        let elapsed = elapsed.clone();
        let stop = stop.clone();
        let cap = props.cap;
        use_effect_with(*started, move |started| {
            let tick = started.map(|t0| {
                Interval::new(200, move || {
                    let secs = ((js_sys::Date::now() - t0) / 1000.0) as u16;
                    if secs >= cap {
                        stop.emit(());
                    } else {
                        elapsed.set(secs);
                    }
                })
            });
            move || drop(tick)
        });
    }

    let running = started.is_some();
    let toggle = {
        let started = started.clone();
        let elapsed = elapsed.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if running {
                stop.emit(());
            } else {
                elapsed.set(0);
                started.set(Some(js_sys::Date::now()));
                status.set(texts::TIMER_START.get(lang).to_owned());
            }
        })
    };
    html! {
        <div class="timer">
            <span class="timer-label">{ props.label.clone() }</span>
            <span class="timer-clock" role="timer" aria-live="off">{ clock(*elapsed) }</span>
            <button type="button" class={classes!("button", "button-secondary", running.then_some("running"))}
                onclick={toggle} aria-label={format!("{} ({})", if running { texts::TIMER_STOP.get(lang) } else { texts::TIMER_START.get(lang) }, props.label)}>
                { if running { texts::TIMER_STOP.get(lang) } else { texts::TIMER_START.get(lang) } }
            </button>
            <span class="visually-hidden" aria-live="polite">{ (*status).clone() }</span>
        </div>
    }
}
