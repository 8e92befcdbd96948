//! The inputs of a question page, one function per kind of answer. They
//! edit the page's [`FormInput`]; the page parses it on Continue.
use crate::assessment::answer::{OptionSpec, Role};
use crate::assessment::date::Date;
use crate::assessment::form::FormInput;
use crate::assessment::selftest::{SelfTest, Timing, STOP_IF_PAIN};
use crate::assessment::text::Lang;
use crate::ui::components::figures::self_test_figure;
use crate::ui::components::timer::Timer;
use crate::ui::texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn text_setter(draft: &UseStateHandle<FormInput>, field: u8) -> Callback<InputEvent> {
    let draft = draft.clone();
    Callback::from(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        let mut d = (*draft).clone();
        if field == 0 {
            d.text = value;
        } else {
            d.text2 = value;
        }
        draft.set(d);
    })
}

pub fn choices(
    options: &'static [OptionSpec],
    multi: bool,
    draft: &UseStateHandle<FormInput>,
    lang: Lang,
) -> Html {
    let kind = if multi { "checkbox" } else { "radio" };
    let first_exclusive = options.iter().position(|o| o.role != Role::Plain);
    html! {
        <div class={if multi { "checkboxes" } else { "radios" }}>
            { for options.iter().enumerate().map(|(i, o)| {
                let key = o.key;
                let checked = draft.picked.iter().any(|k| k == key);
                let draft = draft.clone();
                let onchange = Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    let mut d = (*draft).clone();
                    if multi { d.toggle(options, key, on) } else { d.picked = vec![key.to_owned()] }
                    draft.set(d);
                });
                let id = format!("opt-{key}");
                let divider = multi && Some(i) == first_exclusive && i > 0;
                html! {
                    <>
                        if divider { <div class="or">{ texts::OR.get(lang) }</div> }
                        <div class={kind}>
                            <input id={id.clone()} type={kind} name="answer" value={key}
                                {checked} {onchange} />
                            <label for={id}>{ o.label.get(lang) }</label>
                        </div>
                    </>
                }
            }) }
        </div>
    }
}

pub fn scale(max: u8, draft: &UseStateHandle<FormInput>) -> Html {
    html! {
        <div class="scale">
            { for (0..=max).map(|n| {
                let checked = draft.picked.first().is_some_and(|k| *k == n.to_string());
                let draft = draft.clone();
                let onchange = Callback::from(move |_: Event| {
                    let mut d = (*draft).clone();
                    d.picked = vec![n.to_string()];
                    draft.set(d);
                });
                let id = format!("opt-{n}");
                html! {
                    <div class="scale-point">
                        <input id={id.clone()} type="radio" name="answer" value={n.to_string()}
                            {checked} {onchange} />
                        <label for={id}>{ n }</label>
                    </div>
                }
            }) }
        </div>
    }
}

/// Purpose, picture, steps and how to read a self-test.
pub fn self_test_intro(test: SelfTest, lang: Lang) -> Html {
    html! {
        <div class="self-test">
            <p>{ test.purpose().get(lang) }</p>
            { self_test_figure(test, lang) }
            <h2 class="heading-s">{ texts::HOW_TO.get(lang) }</h2>
            <ol class="list steps">
                { for test.steps().iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }
            </ol>
            <div class="notice notice-warn" role="note">{ STOP_IF_PAIN.get(lang) }</div>
            if let Timing::Watch { seconds_per_side } = test.timing() {
                <Timer label={AttrValue::from(texts::SECONDS.get(lang))} cap={seconds_per_side} on_stop={Callback::noop()} />
            }
            <h2 class="heading-s">{ texts::HOW_TO_READ.get(lang) }</h2>
            <p>{ test.reading().get(lang) }</p>
        </div>
    }
}

/// A date (not after `today`), or how many days ago.
pub fn date_fields(
    draft: &UseStateHandle<FormInput>,
    today: Date,
    field_error: &dyn Fn(u8) -> Html,
    lang: Lang,
) -> Html {
    html! {
        <>
            <div class="form-group">
                <label class="label" for="field-0">{ texts::ONSET_DATE_LABEL.get(lang) }</label>
                { field_error(0) }
                <input id="field-0" class="input input-date" type="date" max={today.to_string()}
                    value={draft.text.clone()} oninput={text_setter(draft, 0)} />
            </div>
            <div class="form-group">
                <label class="label" for="field-1">{ texts::ONSET_DAYS_LABEL.get(lang) }</label>
                { field_error(1) }
                <div class="input-with-suffix">
                    <input id="field-1" class="input input-short" type="text" inputmode="numeric" autocomplete="off"
                        value={draft.text2.clone()} oninput={text_setter(draft, 1)} />
                    <span class="suffix">{ texts::DAYS.get(lang) }</span>
                </div>
            </div>
        </>
    }
}

/// Seconds held, with a stopwatch: one field, or left and right.
pub fn hold_fields(
    draft: &UseStateHandle<FormInput>,
    pair: bool,
    test: Option<SelfTest>,
    field_error: &dyn Fn(u8) -> Html,
    lang: Lang,
) -> Html {
    let sides: Vec<(u8, &str)> = if pair {
        vec![(0, texts::LEFT.get(lang)), (1, texts::RIGHT.get(lang))]
    } else {
        vec![(0, texts::SECONDS_HELD.get(lang))]
    };
    let cap = match test.map(SelfTest::timing) {
        Some(Timing::Hold { cap_seconds, .. }) => cap_seconds,
        _ => 600,
    };
    html! {
        <div class="sides">
            { for sides.into_iter().map(|(field, label)| {
                let on_stop = {
                    let draft = draft.clone();
                    Callback::from(move |secs: u16| {
                        let mut d = (*draft).clone();
                        if field == 0 { d.text = secs.to_string() } else { d.text2 = secs.to_string() }
                        draft.set(d);
                    })
                };
                let value = if field == 0 { draft.text.clone() } else { draft.text2.clone() };
                let id = format!("field-{field}");
                html! {
                    <div class="side">
                        <Timer label={AttrValue::from(label.to_owned())} {cap} {on_stop} />
                        <label class="label" for={id.clone()}>
                            { if pair { format!("{label}: {}", texts::SECONDS_HELD.get(lang)) } else { label.to_owned() } }
                        </label>
                        { field_error(field) }
                        <div class="input-with-suffix">
                            <input id={id} class="input input-short" type="text" inputmode="numeric" autocomplete="off"
                                value={value} oninput={text_setter(draft, field)} />
                            <span class="suffix">{ texts::SECONDS.get(lang) }</span>
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
