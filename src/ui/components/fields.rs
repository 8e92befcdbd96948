//! The inputs of a question, one function per kind of answer. They send
//! [`Edit`]s for the page's [`FormInput`]s; the page parses them on Continue.
//! Every id starts with the question's key, so questions share a page.
use crate::assessment::answer::{Kind, OptionSpec, Role};
use crate::assessment::date::Date;
use crate::assessment::form::{Field, FormInput, Side};
use crate::assessment::questions::QuestionId;
use crate::assessment::selftest::{SelfTest, Timing, STOP_IF_PAIN};
use crate::assessment::text::Lang;
use crate::ui::components::figures::self_test_figure;
use crate::ui::components::timer::Timer;
use crate::ui::texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A change to one question's inputs, applied to the latest state.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A radio button picked.
    Pick(String),
    /// A checkbox ticked or unticked ("None of these" is exclusive).
    Toggle(&'static [OptionSpec], &'static str, bool),
    /// A text field typed in (or filled by the stopwatch).
    Text(Field, String),
}

impl Edit {
    pub fn apply(self, d: &mut FormInput) {
        match self {
            Edit::Pick(k) => d.picked = vec![k],
            Edit::Toggle(options, key, on) => d.toggle(options, key, on),
            Edit::Text(field, v) => d.set_text(field, v),
        }
    }
}

/// The id of option `key` (or score) of question `q`.
pub fn option_id(q: QuestionId, key: &str) -> String {
    format!("{}-{key}", q.key())
}

/// The id of an input of question `q`: its first option for the options,
/// else `<key>-field-0` for the date or the first side, `-1` for the days
/// ago or the second side.
pub fn field_id(q: QuestionId, field: Field) -> String {
    let n = match field {
        Field::Options => return option_id(q, first_option(q)),
        Field::Date | Field::Seconds(Side::First) => 0,
        Field::DaysAgo | Field::Seconds(Side::Second) => 1,
    };
    format!("{}-field-{n}", q.key())
}

/// The key of the first option (or score) of question `q`.
fn first_option(q: QuestionId) -> &'static str {
    match q.kind() {
        Kind::Single(o) | Kind::Multi(o) => o.first().map_or("", |o| o.key),
        _ => "0",
    }
}

fn text_setter(edit: &Callback<Edit>, field: Field) -> Callback<InputEvent> {
    edit.reform(move |e: InputEvent| {
        Edit::Text(field, e.target_unchecked_into::<HtmlInputElement>().value())
    })
}

pub fn choices(
    q: QuestionId,
    options: &'static [OptionSpec],
    multi: bool,
    draft: &FormInput,
    edit: &Callback<Edit>,
    lang: Lang,
) -> Html {
    let kind = if multi { "checkbox" } else { "radio" };
    let option = |o: &'static OptionSpec| {
        let key = o.key;
        let checked = draft.picked.iter().any(|k| k == key);
        let onchange = edit.reform(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if multi {
                Edit::Toggle(options, key, on)
            } else {
                Edit::Pick(key.to_owned())
            }
        });
        let id = option_id(q, key);
        html! {
            <div class={kind}>
                <input id={id.clone()} type={kind} name={q.key()} value={key}
                    {checked} {onchange} />
                <label for={id}>{ o.label.get(lang) }</label>
            </div>
        }
    };
    // "None of these" and "I don't know" come last, after "or"; among
    // checkboxes they stay in sight while a long list scrolls (styles).
    let split = options
        .iter()
        .position(|o| o.role != Role::Plain)
        .filter(|&i| multi && i > 0);
    let (plain, exclusive) = options.split_at(split.unwrap_or(options.len()));
    html! {
        <div class={if multi { "checkboxes" } else { "radios" }}>
            { for plain.iter().map(option) }
            if !exclusive.is_empty() {
                <div class="exclusive">
                    <div class="or">{ texts::OR.get(lang) }</div>
                    { for exclusive.iter().map(option) }
                </div>
            }
        </div>
    }
}

pub fn scale(
    q: QuestionId,
    max: u8,
    extra: Option<OptionSpec>,
    draft: &FormInput,
    edit: &Callback<Edit>,
    lang: Lang,
) -> Html {
    let extra = extra.map(|o| {
        let id = option_id(q, o.key);
        let checked = draft.picked.first().is_some_and(|k| k == o.key);
        let onchange = edit.reform(move |_: Event| Edit::Pick(o.key.to_owned()));
        html! {
            <div class="radios scale-extra">
                <div class="or">{ texts::OR.get(lang) }</div>
                <div class="radio">
                    <input id={id.clone()} type="radio" name={q.key()} value={o.key} {checked} {onchange} />
                    <label for={id}>{ o.label.get(lang) }</label>
                </div>
            </div>
        }
    });
    html! {
        <>
        <div class="scale">
            { for (0..=max).map(|n| {
                let checked = draft.picked.first().is_some_and(|k| *k == n.to_string());
                let onchange = edit.reform(move |_: Event| Edit::Pick(n.to_string()));
                let id = option_id(q, &n.to_string());
                html! {
                    <div class="scale-point">
                        <input id={id.clone()} type="radio" name={q.key()} value={n.to_string()}
                            {checked} {onchange} />
                        <label for={id}>{ n }</label>
                    </div>
                }
            }) }
        </div>
        { extra.unwrap_or_default() }
        </>
    }
}

/// Purpose, picture, steps, the stopwatch right under them, and how to read
/// the result. A held time goes into the seconds fields by itself.
pub fn self_test_intro(test: SelfTest, edit: &Callback<Edit>, lang: Lang) -> Html {
    let (target, each_side) = match test.timing() {
        Timing::Hold {
            each_side,
            cap_seconds,
        } => (cap_seconds, each_side),
        Timing::Watch { seconds_per_side } => (seconds_per_side, true),
    };
    let sides: Vec<AttrValue> = match test.sides() {
        Some(named) if each_side => named.iter().map(|s| s.get(lang).into()).collect(),
        _ => vec![texts::SECONDS_HELD.get(lang).into()],
    };
    let on_stop = match test.timing() {
        Timing::Hold { .. } => edit
            .reform(|(side, secs): (Side, u16)| Edit::Text(Field::Seconds(side), secs.to_string())),
        Timing::Watch { .. } => Callback::noop(),
    };
    html! {
        <div class="self-test">
            <p>{ test.purpose().get(lang) }</p>
            { self_test_figure(test, lang) }
            <h2 class="heading-s">{ texts::HOW_TO.get(lang) }</h2>
            <ol class="list steps">
                { for test.steps().iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }
            </ol>
            <Timer {sides} {target} {on_stop} />
            <div class="notice notice-warn" role="note">{ STOP_IF_PAIN.get(lang) }</div>
            <h2 class="heading-s">{ texts::HOW_TO_READ.get(lang) }</h2>
            <p>{ test.reading().get(lang) }</p>
        </div>
    }
}

/// A date (not after `today`), or how many days ago.
pub fn date_fields(
    q: QuestionId,
    draft: &FormInput,
    edit: &Callback<Edit>,
    today: Date,
    field_error: &dyn Fn(Field) -> Html,
    lang: Lang,
) -> Html {
    let (date, days) = (field_id(q, Field::Date), field_id(q, Field::DaysAgo));
    html! {
        <>
            <div class="form-group">
                <label class="label" for={date.clone()}>{ texts::ONSET_DATE_LABEL.get(lang) }</label>
                { field_error(Field::Date) }
                <input id={date} class="input input-date" type="date" max={today.to_string()}
                    value={draft.date.clone()} oninput={text_setter(edit, Field::Date)} />
            </div>
            <div class="form-group">
                <label class="label" for={days.clone()}>{ texts::ONSET_DAYS_LABEL.get(lang) }</label>
                { field_error(Field::DaysAgo) }
                <div class="input-with-suffix">
                    <input id={days} class="input input-short" type="text" inputmode="numeric" autocomplete="off"
                        value={draft.days_ago.clone()} oninput={text_setter(edit, Field::DaysAgo)} />
                    <span class="suffix">{ texts::DAYS.get(lang) }</span>
                </div>
            </div>
        </>
    }
}

/// Seconds held: one field, or left and right (the stopwatch fills them).
pub fn hold_fields(
    q: QuestionId,
    draft: &FormInput,
    edit: &Callback<Edit>,
    pair: bool,
    field_error: &dyn Fn(Field) -> Html,
    lang: Lang,
) -> Html {
    let named = q.spec().self_test.and_then(|t| t.sides());
    let sides: Vec<(Side, &str)> = match named {
        Some([a, b]) if pair => vec![(Side::First, a.get(lang)), (Side::Second, b.get(lang))],
        _ => vec![(Side::First, texts::SECONDS_HELD.get(lang))],
    };
    html! {
        <div class="sides">
            { for sides.into_iter().map(|(side, label)| {
                let field = Field::Seconds(side);
                let value = draft.text(field).to_owned();
                let id = field_id(q, field);
                html! {
                    <div class="side">
                        <label class="label" for={id.clone()}>
                            { if pair { format!("{label}: {}", texts::SECONDS_HELD.get(lang)) } else { label.to_owned() } }
                        </label>
                        { field_error(field) }
                        <div class="input-with-suffix">
                            <input id={id} class="input input-short" type="text" inputmode="numeric" autocomplete="off"
                                value={value} oninput={text_setter(edit, field)} />
                            <span class="suffix">{ texts::SECONDS.get(lang) }</span>
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
