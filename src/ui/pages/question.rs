//! A question page (GOV.UK "question pages"): one question, or a few a
//! runner answers in one glance, a back link, "Continue", and an error
//! summary when needed. The route names the page by its first question.
//!
//! The page's inputs live in one reducer. Continue and Skip are actions of
//! that reducer, so they read the inputs as they are after every edit made
//! before them; once the page is answered, an effect hands the answers on.
use crate::assessment::answer::{Answer, Kind, Role};
use crate::assessment::answers::Answers;
use crate::assessment::date::Date;
use crate::assessment::flow::{Mode, Path};
use crate::assessment::form::{parse_page, Field, FormError, FormInput};
use crate::assessment::logtext;
use crate::assessment::questions::{QuestionId, Section};
use crate::assessment::text::Lang;
use crate::assessment::{next_step_in, Step};
use crate::ui::components::fields::{
    choices, date_fields, field_id, hold_fields, scale, self_test_intro, Edit,
};
use crate::ui::components::page::{
    back_link, error_message, error_summary, focus_by_id, page_heading, ERROR_SUMMARY_ID,
};
use crate::ui::hooks::{use_store, use_title};
use crate::ui::route::{navigate, redirect, Route};
use crate::ui::state::{use_app, Action, AppContext};
use crate::ui::texts;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The page's first question.
    pub q: QuestionId,
    pub change: bool,
}

/// The answers of a whole page, in question order.
type PageAnswers = Vec<(QuestionId, Answer)>;

/// The page's form: the inputs of every question on it, in order, what the
/// last Continue found wrong, and the answers once the page is answered.
#[derive(Clone, PartialEq)]
struct Form {
    questions: Vec<QuestionId>,
    today: Date,
    inputs: Vec<FormInput>,
    errors: Vec<(QuestionId, FormError)>,
    answered: Option<PageAnswers>,
}

enum FormAction {
    /// An input of the i-th question changed.
    Edit(usize, Edit),
    /// Continue: the inputs as they are now become the answers, or errors.
    Continue,
    /// "Skip / I can't do this" on a self-test: this answer, inputs unread.
    Skip(Answer),
}

impl Reducible for Form {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FormAction::Edit(i, edit) => {
                if let Some(input) = next.inputs.get_mut(i) {
                    edit.apply(input);
                }
            }
            FormAction::Continue => match parse_page(&next.questions, &next.inputs, next.today) {
                Ok(answers) => {
                    next.errors.clear();
                    next.answered = Some(answers);
                }
                Err(errors) => next.errors = errors,
            },
            FormAction::Skip(answer) => {
                next.errors.clear();
                next.answered = next.questions.first().map(|&q| vec![(q, answer)]);
            }
        }
        Rc::new(next)
    }
}

/// A callback that turns its event into an action of the form.
fn send<E: 'static>(
    form: &UseReducerHandle<Form>,
    action: impl Fn(E) -> FormAction + 'static,
) -> Callback<E> {
    let dispatcher = form.dispatcher();
    Callback::from(move |e: E| dispatcher.dispatch(action(e)))
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
    let lang = state.lang;
    let (lead, change, mode) = (props.q, props.change, state.mode());
    // The way through for these answers, worked out once for this page.
    let path = state.answers.path_in(mode);
    let questions = path.on_page(lead);
    let form = {
        let form = Form {
            inputs: questions
                .iter()
                .map(|&q| FormInput::from_value(state.answers.get(q)))
                .collect(),
            questions: questions.clone(),
            today: state.today,
            errors: Vec::new(),
            answered: None,
        };
        use_reducer(move || form)
    };
    use_focus_on_errors(form.errors.clone());
    use_hand_on(form.answered.clone(), change);
    let shown = use_redirect_unless_asked(&path, lead, change);
    let title = path.page_title(lead).get(lang);
    let (n, of) = path.progress(lead);
    let progress = texts::progress(n, of, lang);
    use_title(texts::doc_title(
        &format!("{progress}: {title}"),
        !form.errors.is_empty(),
        lang,
    ));
    if !shown {
        return html! {};
    }
    let caption = format!("{progress} · {}", lead.section().title().get(lang));
    let single = questions.len() == 1;
    let heading = page_heading(title, Some(caption));
    let onsubmit = send(&form, |e: SubmitEvent| {
        e.prevent_default();
        FormAction::Continue
    });
    let class = match (form.errors.is_empty(), lead.section() == Section::Safety) {
        (true, false) => "question",
        (true, true) => "question safety",
        (false, false) => "question has-error",
        (false, true) => "question has-error safety",
    };
    html! {
        <>
            { back_link(back_route(&path, lead, change), lang) }
            { summary(&form.errors, single, lang) }
            if !single { { heading.clone() } }
            { intro(lead, mode, lang) }
            if questions.contains(&QuestionId::LoadChange) {
                { log_offer(&form, &state, lang) }
            }
            <form {onsubmit} novalidate=true data-page={lead.key()} {class}>
                { fieldsets(&form, &heading, &state, single) }
                <div class="button-group">
                    <button type="submit" class="button">{ texts::CONTINUE.get(lang) }</button>
                    { skip_button(lead, single, &form, lang) }
                </div>
            </form>
        </>
    }
}

/// New errors: the summary takes focus, so a screen reader reads it.
#[hook]
fn use_focus_on_errors(errors: Vec<(QuestionId, FormError)>) {
    use_effect_with(errors, |errors| {
        if !errors.is_empty() {
            focus_by_id(ERROR_SUMMARY_ID);
        }
    });
}

/// A page not asked for these answers (an old link) is skipped; a link to a
/// later question of a page opens the page. Returns whether it is shown.
#[hook]
fn use_redirect_unless_asked(path: &Path, lead: QuestionId, change: bool) -> bool {
    let shown = path.on_page(lead).first() == Some(&lead);
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
    shown
}

/// Once the page is answered: the answers go to the app, and the core says
/// where next (the next page, "check your answers", or the stop page).
#[hook]
fn use_hand_on(answered: Option<PageAnswers>, change: bool) {
    let state = use_app();
    let store = use_store();
    use_effect_with(answered, move |answered| {
        if let Some(values) = answered {
            if let Some(stopped) = hand_on(&state, values.clone(), change) {
                // Urgent or emergency: the check ends here and is saved.
                store.stop(&stopped);
            }
        }
    });
}

/// Goes on to the next page; at a stop, returns the answers to save instead.
fn hand_on(state: &AppContext, values: PageAnswers, change: bool) -> Option<Answers> {
    let &(last, _) = values.last()?;
    let mut after = state.answers.clone();
    for (q, v) in &values {
        after.set(*q, v);
    }
    let next = match next_step_in(&after, last, change, state.today, state.mode()) {
        Step::Stop => return Some(after),
        Step::Check => Route::Check,
        Step::Question { q, change } => Route::Question { q, change },
    };
    state.dispatch(Action::Answer(values));
    navigate(next);
    None
}

fn back_route(path: &Path, lead: QuestionId, change: bool) -> Route {
    if change {
        Route::Check
    } else {
        path.previous_before(lead)
            .map_or(Route::Start, |q| Route::Question { q, change: false })
    }
}

/// The error summary, each error linking to its input.
fn summary(errors: &[(QuestionId, FormError)], single: bool, lang: Lang) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    let list: Vec<(String, String)> = errors
        .iter()
        .map(|(q, e)| {
            let msg = e.message.get(lang);
            let msg = if single {
                msg.to_owned()
            } else {
                format!("{}: {msg}", q.spec().short.get(lang))
            };
            (field_id(*q, e.field), msg)
        })
        .collect();
    error_summary(&list, lang)
}

/// On the training-load page: the runner's log can answer its questions
/// (a step of its own, in the results module). What is already picked on
/// this page goes with the runner, so coming back finds it.
fn log_offer(form: &UseReducerHandle<Form>, state: &AppContext, lang: Lang) -> Html {
    let onclick = {
        let (form, state) = (form.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let picked: PageAnswers = form
                .questions
                .iter()
                .zip(&form.inputs)
                .filter_map(|(&q, input)| Some((q, input.parse(q.kind(), form.today).ok()?)))
                .collect();
            if !picked.is_empty() {
                state.dispatch(Action::Answer(picked));
            }
        })
    };
    html! {
        <section class="log-offer no-print" aria-labelledby="log-title">
            <h2 id="log-title" class="heading-s">{ logtext::READ_LOG.get(lang) }</h2>
            <p class="hint">{ logtext::READ_LOG_OFFER.get(lang) }</p>
            <a class="button button-secondary" href={Route::Log.hash()} {onclick}>{ logtext::READ_LOG.get(lang) }</a>
        </section>
    }
}

/// A note above the first warning-sign page and the re-check's onset.
fn intro(lead: QuestionId, mode: Mode, lang: Lang) -> Html {
    let text = if lead == QuestionId::ALL[0] {
        texts::SAFETY_INTRO
    } else if lead == QuestionId::Onset && mode == Mode::Recheck {
        texts::RECHECK_ONSET
    } else {
        return html! {};
    };
    html! { <p class="intro">{ text.get(lang) }</p> }
}

/// "Skip / I can't do this", on a self-test page of its own.
fn skip_button(lead: QuestionId, single: bool, form: &UseReducerHandle<Form>, lang: Lang) -> Html {
    let skip = match lead.kind() {
        _ if !single => None,
        Kind::Hold => Some(Answer::Hold(None)),
        Kind::HoldPair => Some(Answer::HoldPair(None)),
        Kind::Single(o) if lead.spec().self_test.is_some() => o
            .iter()
            .find(|o| o.role == Role::Unknown)
            .map(|o| Answer::Choice(o.key.to_owned())),
        _ => None,
    };
    let Some(answer) = skip else {
        return html! {};
    };
    let onclick = send(form, move |_: MouseEvent| FormAction::Skip(answer.clone()));
    html! { <button type="button" class="button button-secondary" {onclick}>{ texts::SKIP_TEST.get(lang) }</button> }
}

/// Every question's fieldset. One question is the page's heading; on a
/// shared page each is a smaller heading under the page's own.
fn fieldsets(
    form: &UseReducerHandle<Form>,
    heading: &Html,
    state: &AppContext,
    single: bool,
) -> Html {
    let lang = state.lang;
    // The answers the runner's log gave, marked until changed.
    let log_answers: Vec<(QuestionId, Answer)> =
        state.log.iter().flat_map(logtext::answers).collect();
    form.questions
        .iter()
        .enumerate()
        .map(|(i, &q)| {
            let edit = send(form, move |e: Edit| FormAction::Edit(i, e));
            let error = form.errors.iter().find(|(x, _)| *x == q).map(|(_, e)| *e);
            let input = form.inputs.get(i).cloned().unwrap_or_default();
            let from_log = log_answers
                .iter()
                .any(|(x, a)| *x == q && FormInput::from_value(Some(a)) == input);
            let legend = if single {
                heading.clone()
            } else {
                html! {
                    <span class="legend-m">{ q.spec().title.get(lang) }
                        if from_log { { " " }<span class="tag tag-log">{ logtext::FROM_LOG.get(lang) }</span> }
                    </span>
                }
            };
            question_fieldset(q, legend, &input, &edit, error, state.today, lang)
        })
        .collect()
}

/// One question: its legend, hint, error and inputs.
fn question_fieldset(
    q: QuestionId,
    legend: Html,
    input: &FormInput,
    edit: &Callback<Edit>,
    error: Option<FormError>,
    today: Date,
    lang: Lang,
) -> Html {
    let spec = q.spec();
    let kind = q.kind();
    let has_hint = spec.hint.is_some() || matches!(kind, Kind::Scale { .. });
    let described_by = match (has_hint, error.is_some()) {
        (false, false) => None,
        (true, false) => Some(hint_id(q)),
        (false, true) => Some(error_id(q)),
        (true, true) => Some(format!("{} {}", hint_id(q), error_id(q))),
    };
    // Optional parts are always one node (maybe empty): an `Option` child is
    // zero or one nodes, which shifts its siblings and re-creates the heading.
    let whole_error = error
        .filter(|e| e.field == Field::Options)
        .map(|e| error_message(&error_id(q), e.message.get(lang), lang))
        .unwrap_or_default();
    // A question shows one error at a time: the fieldset points to it.
    let field_error = &|field: Field| {
        error
            .filter(|e| e.field == field && field != Field::Options)
            .map(|e| error_message(&error_id(q), e.message.get(lang), lang))
            .unwrap_or_default()
    };
    let intro = spec
        .self_test
        .map(|t| self_test_intro(t, edit, lang))
        .unwrap_or_default();
    let inputs = match kind {
        Kind::Single(options) => choices(q, options, false, input, edit, lang),
        Kind::Multi(options) => choices(q, options, true, input, edit, lang),
        Kind::Scale { max, extra, .. } => scale(q, max, extra, input, edit, lang),
        Kind::Date => date_fields(q, input, edit, today, field_error, lang),
        Kind::Hold => hold_fields(q, input, edit, false, field_error, lang),
        Kind::HoldPair => hold_fields(q, input, edit, true, field_error, lang),
    };
    html! {
        <div class={if error.is_some() { "form-group form-group-error" } else { "form-group" }} data-question={q.key()}>
            <fieldset class="fieldset" aria-describedby={described_by}>
                <legend class="legend-heading">{ legend }</legend>
                { hint(q, lang) }
                { intro }
                { whole_error }
                { inputs }
            </fieldset>
        </div>
    }
}

/// The hint under a question; a scale's names its ends.
fn hint(q: QuestionId, lang: Lang) -> Html {
    match (q.kind(), q.spec().hint) {
        (Kind::Scale { max, low, high, .. }, _) => html! {
            <div id={hint_id(q)} class="hint">{ format!("0 = {}, {max} = {}", low.get(lang), high.get(lang)) }</div>
        },
        (_, Some(h)) => html! { <div id={hint_id(q)} class="hint">{ h.get(lang) }</div> },
        _ => html! {},
    }
}
