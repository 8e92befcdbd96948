//! One question per page (GOV.UK "question pages"): the question is the
//! heading, a back link, "Continue", an error summary when needed.
use crate::assessment::answer::{Answer, Kind, Role};
use crate::assessment::flow::Mode;
use crate::assessment::form::{FormError, FormInput};
use crate::assessment::questions::QuestionId;
use crate::assessment::selftest::SelfTest;
use crate::assessment::{next_step_in, questions::Section, Step};
use crate::ui::components::fields::{choices, date_fields, hold_fields, scale, self_test_intro};
use crate::ui::components::page::{error_message, BackLink, ErrorSummary, PageHeading};
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
    // The way through for these answers, worked out once for this page.
    let mode = state.mode();
    let path = state.answers.path_in(mode);
    let asked = path.is_asked(q);
    {
        // A question that is not asked for these answers (an old link) is skipped.
        let target = path
            .first_unanswered()
            .map_or(Route::Check, |q| Route::Question { q, change: false });
        use_effect_with(asked, move |asked| {
            if !asked {
                redirect(target);
            }
        });
    }

    let (n, of) = path.progress(q);
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
            match next_step_in(&after, q, change, state.today, state.mode()) {
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
        path.previous_before(q)
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
    let field_error = &|field: u8| {
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
        Kind::Date => html! {
            <fieldset class="fieldset" aria-describedby={described_by.clone()}>
                <legend class="legend-heading">{ heading }</legend>
                { hint }
                { date_fields(&draft, state.today, field_error, lang) }
            </fieldset>
        },
        Kind::Hold | Kind::HoldPair => html! {
            <fieldset class="fieldset">
                <legend class="legend-heading">{ heading }</legend>
                { intro(spec.self_test) }
                { inline_error }
                { hold_fields(&draft, matches!(kind, Kind::HoldPair), spec.self_test, field_error, lang) }
            </fieldset>
        },
        Kind::Scale { max, low, high } => html! {
            <fieldset class="fieldset" aria-describedby={described_by.clone()}>
                <legend class="legend-heading">{ heading }</legend>
                <div id={HINT_ID} class="hint">{ format!("0 = {}, {max} = {}", low.get(lang), high.get(lang)) }</div>
                { inline_error }
                { scale(max, &draft) }
            </fieldset>
        },
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
    } else if q == QuestionId::Onset && mode == Mode::Recheck {
        html! { <p class="intro">{ texts::RECHECK_ONSET.get(lang) }</p> }
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
    })
}
