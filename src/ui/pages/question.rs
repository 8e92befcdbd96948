//! One question per page (GOV.UK "question pages"): the question is the
//! heading, a back link, "Continue", an error summary when needed.
use crate::assessment::answer::{Answer, Kind, OptionSpec, Role};
use crate::assessment::form::{FormError, FormInput};
use crate::assessment::questions::QuestionId;
use crate::assessment::selftest::{SelfTest, Timing, STOP_IF_PAIN};
use crate::assessment::text::Lang;
use crate::assessment::{next_step, questions::Section, Step};
use crate::ui::components::figures::self_test_figure;
use crate::ui::components::page::{error_message, BackLink, ErrorSummary, PageHeading};
use crate::ui::components::timer::Timer;
use crate::ui::hooks::{use_history, use_title};
use crate::ui::route::{navigate, redirect, Route};
use crate::ui::state::{use_app, Action};
use crate::ui::texts;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub q: QuestionId,
    pub change: bool,
}

const HINT_ID: &str = "q-hint";
const ERROR_ID: &str = "q-error";

/// The id of the input an error points to.
fn field_id(kind: Kind, field: u8) -> String {
    match kind {
        Kind::Single(o) | Kind::Multi(o) => format!("opt-{}", o[0].key),
        Kind::Scale { .. } => "opt-0".to_owned(),
        _ => format!("field-{field}"),
    }
}

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let state = use_app();
    let history = use_history();
    let lang = state.lang;
    let q = props.q;
    let spec = q.spec();
    let kind = q.kind();
    let draft = use_state(|| FormInput::from_value(state.answers.get(q)));
    let error = use_state(|| None::<FormError>);

    // For the benchmark: the first question page is on screen and live.
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            if p.get_entries_by_name("bc-ready").length() == 0 {
                let _ = p.mark("bc-ready");
            }
        }
    });
    let visible = state.answers.visible();
    let asked = q.is_asked(&visible);
    {
        // A question that is not asked for these answers (an old link) is skipped.
        let target = visible
            .first_unanswered()
            .map_or(Route::Check, |q| Route::Question { q, change: false });
        use_effect_with(asked, move |asked| {
            if !asked {
                redirect(target);
            }
        });
    }

    let (n, of) = visible.progress(q);
    let caption = format!(
        "{} · {}",
        texts::progress(n, of, lang),
        spec.section.title().get(lang)
    );
    use_title(texts::doc_title(
        &format!("{}: {}", texts::progress(n, of, lang), spec.title.get(lang)),
        error.is_some(),
        lang,
    ));

    let submit_value = {
        let state = state.clone();
        let history = history.clone();
        let change = props.change;
        Callback::from(move |value: Answer| {
            let mut after = state.answers.clone();
            after.set(q, &value);
            match next_step(&after, q, change, state.today) {
                // Urgent or emergency: the check ends here and is saved.
                Step::Stop => history.stop(&after),
                Step::Check => {
                    state.dispatch(Action::Answer(q, value));
                    navigate(Route::Check);
                }
                Step::Question { q: next, change } => {
                    state.dispatch(Action::Answer(q, value));
                    navigate(Route::Question { q: next, change });
                }
            }
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let error = error.clone();
        let submit_value = submit_value.clone();
        let today = state.today;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read what the form holds now: the state may not have caught up
            // with a change made just before Continue was pressed.
            let form: HtmlFormElement = e.target_unchecked_into();
            let current = draft_from_form(&form).unwrap_or_else(|| (*draft).clone());
            match current.parse(kind, today) {
                Ok(v) => submit_value.emit(v),
                Err(err) => error.set(Some(err)),
            }
        })
    };

    let back = if props.change {
        Route::Check
    } else {
        visible
            .previous_before(q)
            .map_or(Route::Start, |q| Route::Question { q, change: false })
    };

    let err_msg = error.map(|e| e.message.get(lang).to_owned());
    let described_by = {
        let mut ids = Vec::new();
        if spec.hint.is_some() {
            ids.push(HINT_ID);
        }
        if error.is_some() {
            ids.push(ERROR_ID);
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    let heading =
        html! { <PageHeading caption={caption.clone()}>{ spec.title.get(lang) }</PageHeading> };
    // Optional parts are always one node (maybe empty): an `Option` child is
    // zero or one nodes, which shifts its siblings and re-creates the heading.
    let hint = spec
        .hint
        .map(|h| html! { <div id={HINT_ID} class="hint">{ h.get(lang) }</div> })
        .unwrap_or_default();
    let inline_error = err_msg
        .as_ref()
        .map(|m| error_message(ERROR_ID, m, lang))
        .unwrap_or_default();
    let field_error = |field: u8| {
        error
            .filter(|e| e.field == field)
            .map(|e| error_message(&format!("{ERROR_ID}-{field}"), e.message.get(lang), lang))
            .unwrap_or_default()
    };
    let intro = |test: Option<SelfTest>| test.map(|t| self_test_intro(t, lang)).unwrap_or_default();

    let body = match kind {
        Kind::Single(options) | Kind::Multi(options) => {
            let multi = matches!(kind, Kind::Multi(_));
            html! {
                <fieldset class="fieldset" aria-describedby={described_by.clone()}>
                    <legend class="legend-heading">{ heading }</legend>
                    { hint }
                    { intro(spec.self_test) }
                    { inline_error }
                    { choices(options, multi, &draft, lang) }
                </fieldset>
            }
        }
        Kind::Scale { max, low, high } => html! {
            <fieldset class="fieldset" aria-describedby={described_by.clone()}>
                <legend class="legend-heading">{ heading }</legend>
                <div id={HINT_ID} class="hint">{ format!("0 = {}, {max} = {}", low.get(lang), high.get(lang)) }</div>
                { inline_error }
                { scale(max, &draft) }
            </fieldset>
        },
        Kind::Number { unit, .. } => {
            let on_text = text_setter(&draft, 0);
            let on_unknown = {
                let draft = draft.clone();
                Callback::from(move |e: Event| {
                    let mut d = (*draft).clone();
                    d.unknown = e.target_unchecked_into::<HtmlInputElement>().checked();
                    draft.set(d);
                })
            };
            html! {
                <>
                    <PageHeading caption={caption.clone()}><label for="field-0">{ spec.title.get(lang) }</label></PageHeading>
                    { hint }
                    { inline_error }
                    <div class="input-with-suffix">
                        <input id="field-0" class="input input-short" type="text" inputmode="numeric" autocomplete="off"
                            value={draft.text.clone()} oninput={on_text} disabled={draft.unknown}
                            aria-describedby={described_by.clone()} aria-invalid={error.is_some().then_some("true")} />
                        <span class="suffix" aria-hidden="true">{ unit.get(lang) }</span>
                    </div>
                    <div class="or">{ texts::OR.get(lang) }</div>
                    <div class="checkbox">
                        <input id="field-unknown" type="checkbox" checked={draft.unknown} onchange={on_unknown} />
                        <label for="field-unknown">{ texts::DONT_KNOW.get(lang) }</label>
                    </div>
                </>
            }
        }
        Kind::Date => {
            let max = state.today.to_string();
            html! {
                <fieldset class="fieldset" aria-describedby={described_by.clone()}>
                    <legend class="legend-heading">{ heading }</legend>
                    { hint }
                    <div class="form-group">
                        <label class="label" for="field-0">{ texts::ONSET_DATE_LABEL.get(lang) }</label>
                        { field_error(0) }
                        <input id="field-0" class="input input-date" type="date" max={max}
                            value={draft.text.clone()} oninput={text_setter(&draft, 0)} />
                    </div>
                    <div class="form-group">
                        <label class="label" for="field-1">{ texts::ONSET_DAYS_LABEL.get(lang) }</label>
                        { field_error(1) }
                        <div class="input-with-suffix">
                            <input id="field-1" class="input input-short" type="text" inputmode="numeric" autocomplete="off"
                                value={draft.text2.clone()} oninput={text_setter(&draft, 1)} />
                            <span class="suffix">{ texts::DAYS.get(lang) }</span>
                        </div>
                    </div>
                </fieldset>
            }
        }
        Kind::Hold | Kind::HoldPair => {
            let pair = matches!(kind, Kind::HoldPair);
            let sides: Vec<(u8, &str)> = if pair {
                vec![(0, texts::LEFT.get(lang)), (1, texts::RIGHT.get(lang))]
            } else {
                vec![(0, texts::SECONDS_HELD.get(lang))]
            };
            let cap = match spec.self_test.map(SelfTest::timing) {
                Some(Timing::Hold { cap_seconds, .. }) => cap_seconds,
                _ => 600,
            };
            html! {
                <fieldset class="fieldset">
                    <legend class="legend-heading">{ heading }</legend>
                    { intro(spec.self_test) }
                    { inline_error }
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
                                            value={value} oninput={text_setter(&draft, field)} />
                                        <span class="suffix">{ texts::SECONDS.get(lang) }</span>
                                    </div>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            }
        }
    };

    let skip_value = match kind {
        Kind::Hold => Some(Answer::Hold(None)),
        Kind::HoldPair => Some(Answer::HoldPair(None)),
        Kind::Single(o) if spec.self_test.is_some() => o
            .iter()
            .find(|o| o.role == Role::Unknown)
            .map(|o| Answer::Choice(o.key.to_owned())),
        _ => None,
    };
    let skip = skip_value.map(|v| {
        let submit_value = submit_value.clone();
        let onclick = Callback::from(move |_| submit_value.emit(v.clone()));
        html! { <button type="button" class="button button-secondary" {onclick}>{ texts::SKIP_TEST.get(lang) }</button> }
    }).unwrap_or_default();

    let summary = match *error {
        Some(e) => {
            html! { <ErrorSummary errors={vec![(field_id(kind, e.field), e.message.get(lang).to_owned())]} /> }
        }
        None => html! {},
    };
    let intro = if q == QuestionId::ALL[0] {
        html! { <p class="intro">{ texts::SAFETY_INTRO.get(lang) }</p> }
    } else {
        html! {}
    };

    html! {
        <>
            <BackLink to={back} />
            { summary }
            { intro }
            <form {onsubmit} novalidate=true data-question={q.key()} class={classes!("question", error.is_some().then_some("has-error"), (spec.section == Section::Safety).then_some("safety"))}>
                <div class={classes!("form-group", error.is_some().then_some("form-group-error"))}>
                    { body }
                </div>
                <div class="button-group">
                    <button type="submit" class="button">{ texts::CONTINUE.get(lang) }</button>
                    { skip }
                </div>
            </form>
        </>
    }
}

/// The inputs' current values, as a draft.
fn draft_from_form(form: &HtmlFormElement) -> Option<FormInput> {
    let input = |selector: &str| -> Option<HtmlInputElement> {
        form.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into().ok())
    };
    let checked = form.query_selector_all("input[name=answer]:checked").ok()?;
    let picked = (0..checked.length())
        .filter_map(|i| checked.item(i))
        .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .collect();
    Some(FormInput {
        picked,
        text: input("#field-0").map(|i| i.value()).unwrap_or_default(),
        text2: input("#field-1").map(|i| i.value()).unwrap_or_default(),
        unknown: input("#field-unknown").is_some_and(|i| i.checked()),
    })
}

fn text_setter(draft: &UseStateHandle<FormInput>, field: u8) -> Callback<InputEvent> {
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

fn choices(
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

fn scale(max: u8, draft: &UseStateHandle<FormInput>) -> Html {
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
fn self_test_intro(test: SelfTest, lang: Lang) -> Html {
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
