//! A question page (GOV.UK "question pages"): one question, or a few a
//! runner answers in one glance, a back link, "Continue", and an error
//! summary when needed. The route names the page by its first question.
use crate::assessment::answer::{Answer, Kind, Role};
use crate::assessment::flow::Mode;
use crate::assessment::form::{FormError, FormInput};
use crate::assessment::logtext;
use crate::assessment::questions::{QuestionId, Section};
use crate::assessment::{next_step_in, Step};
use crate::ui::components::fields::{
    choices, date_fields, field_id, hold_fields, option_id, scale, self_test_intro, Edit,
};
use crate::ui::components::log_reader::LogReader;
use crate::ui::components::page::{
    back_link, error_message, error_summary, focus_by_id, page_heading, ERROR_SUMMARY_ID,
};
use crate::ui::hooks::{use_history, use_title};
use crate::ui::route::{navigate, redirect, Route};
use crate::ui::state::{use_app, Action};
use crate::ui::texts;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The page's first question.
    pub q: QuestionId,
    pub change: bool,
}

/// The page's form: the inputs of every question on it, in order, and
/// what the last Continue found wrong.
#[derive(Clone, PartialEq)]
struct Form {
    inputs: Vec<FormInput>,
    errors: Vec<(QuestionId, FormError)>,
}

enum FormAction {
    /// An input of the i-th question changed.
    Edit(usize, Edit),
    /// Continue found these errors.
    Invalid(Vec<(QuestionId, FormError)>),
}

impl Reducible for Form {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FormAction::Edit(i, edit) => {
                if let Some(d) = next.inputs.get_mut(i) {
                    edit.apply(d);
                }
            }
            FormAction::Invalid(errors) => next.errors = errors,
        }
        Rc::new(next)
    }
}

/// The id of the input an error points to.
fn error_target(q: QuestionId, field: u8) -> String {
    match q.kind() {
        Kind::Single(o) | Kind::Multi(o) => option_id(q, o[0].key),
        Kind::Scale { .. } => option_id(q, "0"),
        _ => field_id(q, field),
    }
}

fn hint_id(q: QuestionId) -> String {
    format!("{}-hint", q.key())
}

fn error_id(q: QuestionId) -> String {
    format!("{}-error", q.key())
}

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let state = use_app();
    let history = use_history();
    let lang = state.lang;
    let lead = props.q;
    let change = props.change;
    let mode = state.mode();
    // The way through for these answers, worked out once for this page.
    let path = state.answers.path_in(mode);
    let questions = path.on_page(lead);
    let form = {
        let inputs: Vec<FormInput> = questions
            .iter()
            .map(|&q| FormInput::from_value(state.answers.get(q)))
            .collect();
        use_reducer(move || Form {
            inputs,
            errors: Vec::new(),
        })
    };
    let errors = &form.errors;
    // New errors: the summary takes focus, so a screen reader reads it.
    use_effect_with(errors.clone(), |errors| {
        if !errors.is_empty() {
            focus_by_id(ERROR_SUMMARY_ID);
        }
    });

    let shown = questions.first() == Some(&lead);
    {
        // A page not asked for these answers (an old link) is skipped; a
        // link to a later question of a page opens the page.
        let target = path.lead(lead).map_or_else(
            || {
                path.first_unanswered()
                    .map_or(Route::Check, |q| Route::Question { q, change: false })
            },
            |q| Route::Question { q, change },
        );
        use_effect_with(shown, move |shown| {
            if !shown {
                redirect(target);
            }
        });
    }

    let title = path.page_title(lead).get(lang);
    let (n, of) = path.progress(lead);
    let caption = format!(
        "{} · {}",
        texts::progress(n, of, lang),
        lead.section().title().get(lang)
    );
    use_title(texts::doc_title(
        &format!("{}: {title}", texts::progress(n, of, lang)),
        !errors.is_empty(),
        lang,
    ));
    if !shown {
        return html! {};
    }

    let submit_values = {
        let state = state.clone();
        let history = history.clone();
        let last = *questions.last().unwrap_or(&lead);
        Callback::from(move |values: Vec<(QuestionId, Answer)>| {
            let mut after = state.answers.clone();
            for (q, v) in &values {
                after.set(*q, v);
            }
            match next_step_in(&after, last, change, state.today, state.mode()) {
                // Urgent or emergency: the check ends here and is saved.
                Step::Stop => history.stop(&after),
                Step::Check => {
                    state.dispatch(Action::Answer(values));
                    navigate(Route::Check);
                }
                Step::Question { q: next, change } => {
                    state.dispatch(Action::Answer(values));
                    navigate(Route::Question { q: next, change });
                }
            }
        })
    };
    let onsubmit = {
        let form = form.clone();
        let submit_values = submit_values.clone();
        let today = state.today;
        let questions = questions.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read what the form holds now: the state may not have caught up
            // with a change made just before Continue was pressed.
            let element: HtmlFormElement = e.target_unchecked_into();
            let mut values = Vec::new();
            let mut found = Vec::new();
            for (i, &q) in questions.iter().enumerate() {
                let input = draft_from_form(&element, q)
                    .unwrap_or_else(|| form.inputs.get(i).cloned().unwrap_or_default());
                match input.parse(q.kind(), today) {
                    Ok(v) => values.push((q, v)),
                    Err(err) => found.push((q, err)),
                }
            }
            if found.is_empty() {
                submit_values.emit(values);
            } else {
                form.dispatch(FormAction::Invalid(found));
            }
        })
    };

    let back = if change {
        Route::Check
    } else {
        path.previous_before(lead)
            .map_or(Route::Start, |q| Route::Question { q, change: false })
    };

    let single = questions.len() == 1;
    let heading = page_heading(title, Some(caption.clone()));
    // The runner's log (issue 24): the answers it gave, marked until changed.
    let log_answers: Vec<(QuestionId, Answer)> =
        state.log.iter().flat_map(logtext::answers).collect();
    let fieldsets = questions.iter().enumerate().map(|(i, &q)| {
        let edit = {
            let form = form.clone();
            Callback::from(move |e: Edit| form.dispatch(FormAction::Edit(i, e)))
        };
        let error = errors.iter().find(|(x, _)| *x == q).map(|(_, e)| *e);
        // One question is the page's heading; on a shared page each is a
        // smaller heading under the page's own.
        let draft = form.inputs.get(i).cloned().unwrap_or_default();
        let from_log = log_answers
            .iter()
            .any(|(x, a)| *x == q && FormInput::from_value(Some(a)) == draft);
        let legend = if single {
            heading.clone()
        } else {
            html! {
                <span class="legend-m">{ q.spec().title.get(lang) }
                    if from_log { { " " }<span class="tag tag-log">{ logtext::FROM_LOG.get(lang) }</span> }
                </span>
            }
        };
        question_fieldset(q, legend, &draft, &edit, error, state.today, lang)
    });
    let fieldsets: Html = fieldsets.collect();

    let skip = match (single, lead.kind()) {
        (false, _) => None,
        (true, Kind::Hold) => Some(Answer::Hold(None)),
        (true, Kind::HoldPair) => Some(Answer::HoldPair(None)),
        (true, Kind::Single(o)) if lead.spec().self_test.is_some() => o
            .iter()
            .find(|o| o.role == Role::Unknown)
            .map(|o| Answer::Choice(o.key.to_owned())),
        _ => None,
    };
    let skip = skip
        .map(|v| {
            let onclick = submit_values.reform(move |_: MouseEvent| vec![(lead, v.clone())]);
            html! { <button type="button" class="button button-secondary" {onclick}>{ texts::SKIP_TEST.get(lang) }</button> }
        })
        .unwrap_or_default();

    let summary = if errors.is_empty() {
        html! {}
    } else {
        let list = errors
            .iter()
            .map(|(q, e)| {
                let msg = e.message.get(lang);
                let msg = if single {
                    msg.to_owned()
                } else {
                    format!("{}: {msg}", q.spec().short.get(lang))
                };
                (error_target(*q, e.field), msg)
            })
            .collect::<Vec<_>>();
        error_summary(&list, lang)
    };
    // What the log read goes into this page's form too (the app state has it).
    let fill_from_log = {
        let (form, questions) = (form.clone(), questions.clone());
        Callback::from(move |filled: Vec<(QuestionId, Answer)>| {
            for (q, a) in filled {
                if let (Some(i), Answer::Choice(k)) = (questions.iter().position(|x| *x == q), a) {
                    form.dispatch(FormAction::Edit(i, Edit::Pick(k)));
                }
            }
        })
    };
    let intro = if lead == QuestionId::ALL[0] {
        html! { <p class="intro">{ texts::SAFETY_INTRO.get(lang) }</p> }
    } else if lead == QuestionId::Onset && mode == Mode::Recheck {
        html! { <p class="intro">{ texts::RECHECK_ONSET.get(lang) }</p> }
    } else {
        html! {}
    };
    let class = match (errors.is_empty(), lead.section() == Section::Safety) {
        (true, false) => "question",
        (true, true) => "question safety",
        (false, false) => "question has-error",
        (false, true) => "question has-error safety",
    };

    html! {
        <>
            { back_link(back, lang) }
            { summary }
            if !single { { heading } }
            { intro }
            if questions.contains(&QuestionId::LoadChange) {
                <LogReader on_filled={fill_from_log} />
            }
            <form {onsubmit} novalidate=true data-page={lead.key()} {class}>
                { fieldsets }
                <div class="button-group">
                    <button type="submit" class="button">{ texts::CONTINUE.get(lang) }</button>
                    { skip }
                </div>
            </form>
        </>
    }
}

/// One question: its legend, hint, error and inputs.
fn question_fieldset(
    q: QuestionId,
    legend: Html,
    draft: &FormInput,
    edit: &Callback<Edit>,
    error: Option<FormError>,
    today: crate::assessment::date::Date,
    lang: crate::assessment::text::Lang,
) -> Html {
    let spec = q.spec();
    let kind = q.kind();
    let described_by = {
        let mut ids = Vec::new();
        if spec.hint.is_some() || matches!(kind, Kind::Scale { .. }) {
            ids.push(hint_id(q));
        }
        if error.is_some() {
            ids.push(error_id(q));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let hint = match (kind, spec.hint) {
        (Kind::Scale { max, low, high }, _) => html! {
            <div id={hint_id(q)} class="hint">{ format!("0 = {}, {max} = {}", low.get(lang), high.get(lang)) }</div>
        },
        (_, Some(h)) => html! { <div id={hint_id(q)} class="hint">{ h.get(lang) }</div> },
        _ => html! {},
    };
    // Optional parts are always one node (maybe empty): an `Option` child is
    // zero or one nodes, which shifts its siblings and re-creates the heading.
    let whole_error = error
        .filter(|_| !matches!(kind, Kind::Date | Kind::HoldPair | Kind::Hold))
        .map(|e| error_message(&error_id(q), e.message.get(lang), lang))
        .unwrap_or_default();
    let field_error = &|field: u8| {
        error
            .filter(|e| e.field == field)
            .map(|e| {
                error_message(
                    &format!("{}-{field}", error_id(q)),
                    e.message.get(lang),
                    lang,
                )
            })
            .unwrap_or_default()
    };
    let intro = spec
        .self_test
        .map(|t| self_test_intro(t, edit, lang))
        .unwrap_or_default();
    let inputs = match kind {
        Kind::Single(options) => choices(q, options, false, draft, edit, lang),
        Kind::Multi(options) => choices(q, options, true, draft, edit, lang),
        Kind::Scale { max, .. } => scale(q, max, draft, edit),
        Kind::Date => date_fields(q, draft, edit, today, field_error, lang),
        Kind::Hold => hold_fields(q, draft, edit, false, field_error, lang),
        Kind::HoldPair => hold_fields(q, draft, edit, true, field_error, lang),
    };
    html! {
        <div class={if error.is_some() { "form-group form-group-error" } else { "form-group" }} data-question={q.key()}>
            <fieldset class="fieldset" aria-describedby={described_by}>
                <legend class="legend-heading">{ legend }</legend>
                { hint }
                { intro }
                { whole_error }
                { inputs }
            </fieldset>
        </div>
    }
}

/// The inputs' current values for question `q`, as a draft.
fn draft_from_form(form: &HtmlFormElement, q: QuestionId) -> Option<FormInput> {
    let input = |id: String| -> Option<HtmlInputElement> {
        form.query_selector(&format!("#{id}"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into().ok())
    };
    let checked = form
        .query_selector_all(&format!("input[name={}]:checked", q.key()))
        .ok()?;
    let picked = (0..checked.length())
        .filter_map(|i| checked.item(i))
        .filter_map(|n| n.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .collect();
    Some(FormInput {
        picked,
        text: input(field_id(q, 0)).map(|i| i.value()).unwrap_or_default(),
        text2: input(field_id(q, 1)).map(|i| i.value()).unwrap_or_default(),
    })
}
