//! Component tests: the real app mounted into a fresh element of a Chromium
//! page, with the page's real localStorage. After each step a test waits for
//! what the step must bring (an element, a route, a stored value), never for a
//! fixed time, so a busy machine only makes it slower; then it asserts on the
//! DOM and unmounts the app again.
#![cfg(target_arch = "wasm32")]

use backcheck::assessment::answer::Answer;
use backcheck::assessment::questions::QuestionId;
use backcheck::assessment::text::Lang;
use backcheck::storage::{self, Draft, Read};
use backcheck::ui::{App, CheckPages};

/// The check module's app: the start page, the questions and the stop page
/// (the results module's pages are tested end to end, `tests/e2e`).
type CheckApp = App<CheckPages>;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn local_storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Clears storage, stores English and `draft`, sets the route, mounts the app.
async fn mount(hash: &str, draft: Option<Draft>) -> (yew::AppHandle<CheckApp>, web_sys::Element) {
    let ls = local_storage();
    ls.clear().unwrap();
    ls.set_item(storage::LANG_KEY, &storage::encode(&Lang::En))
        .unwrap();
    if let Some(d) = draft {
        ls.set_item(storage::DRAFT_KEY, &storage::encode(&d))
            .unwrap();
    }
    window().location().set_hash(hash).unwrap();
    let document = window().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let app = yew::Renderer::<CheckApp>::with_root(host.clone()).render();
    until("the first page", || has(&host, "main h1")).await;
    (app, host)
}

/// Lets Yew finish what a step started (effects after a render): only where a
/// test checks that something did not happen, after waiting for what did.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits (up to 10 s) until `done` holds: for a render or a tick, never a
/// fixed time.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..1000 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn has(root: &web_sys::Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

fn hash() -> String {
    window().location().hash().unwrap()
}

fn find(root: &web_sys::Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// This tab's draft as stored, if any.
fn stored_draft() -> Option<Draft> {
    match storage::decode::<Draft>(
        local_storage()
            .get_item(&storage::browser::own_draft_key())
            .unwrap()
            .as_deref(),
    ) {
        Read::Found(d) => Some(d),
        _ => None,
    }
}

/// Waits until this tab's stored draft has `answer` for `q`.
async fn until_stored(q: QuestionId, answer: Answer) {
    let has = || stored_draft().is_some_and(|d| d.answers.get(q) == Some(&answer));
    until(&format!("{q:?} stored"), has).await;
}

#[wasm_bindgen_test]
async fn the_start_page_renders_in_the_stored_language() {
    let (app, root) = mount("#/", None).await;
    assert_eq!(text(&root, "h1"), "Back pain after running?");
    assert_eq!(text(&root, ".lang-switch"), "Deutsch");
    find(&root, ".lang-switch").click();
    until("German", || {
        text(&root, "h1") == "Rückenschmerzen nach dem Laufen?"
    })
    .await;
    assert_eq!(
        window()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("de")
    );
    app.destroy();
}

/// A draft with "None of these" on every warning-sign page.
fn no_warning_signs() -> Draft {
    let mut draft = Draft::default();
    for q in [
        QuestionId::EmergencySigns,
        QuestionId::UrgentSigns,
        QuestionId::PainSigns,
        QuestionId::DoctorSigns,
        QuestionId::Limits,
    ] {
        assert!(draft.answers.set(q, &Answer::Choices(vec!["none".into()])));
    }
    draft
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_a_focused_error_summary() {
    let (app, root) = mount("#/q/emergency_signs", None).await;
    assert_eq!(
        text(&root, "h1"),
        "Do you have any of these emergency signs?"
    );
    assert_eq!(
        root.query_selector_all("input[type=checkbox]")
            .unwrap()
            .length(),
        8,
        "seven emergency signs and \"None of these\""
    );
    find(&root, "form button[type=submit]").click();
    until("the error summary", || has(&root, ".error-summary")).await;
    let summary = find(&root, ".error-summary");
    assert!(summary
        .text_content()
        .unwrap()
        .contains("Select at least one answer"));
    let focused = || {
        let document = window().document().unwrap();
        document
            .active_element()
            .is_some_and(|e| e.class_name() == "error-summary")
    };
    until("the summary focused", focused).await;
    until("the title", || {
        window().document().unwrap().title().starts_with("Error: ")
    })
    .await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn an_answer_is_stored_and_leads_to_the_next_question() {
    let (app, root) = mount("#/q/emergency_signs", None).await;
    find(&root, "#emergency_signs-none").click();
    find(&root, "form button[type=submit]").click();
    until("the next page", || hash() == "#/q/onset").await;
    until_stored(
        QuestionId::EmergencySigns,
        Answer::Choices(vec!["none".into()]),
    )
    .await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn an_urgent_sign_stops_the_questionnaire_and_saves_the_check() {
    let mut draft = Draft::default();
    assert!(draft.answers.set(
        QuestionId::EmergencySigns,
        &Answer::Choices(vec!["none".into()])
    ));
    let (app, root) = mount("#/q/urgent_signs", Some(draft)).await;
    find(&root, "#urgent_signs-unwell").click();
    find(&root, "form button[type=submit]").click();
    until("the stop page", || {
        hash().starts_with("#/result/") && text(&root, "h1") == "See a doctor today"
    })
    .await;
    assert!(root
        .query_selector("a[href='tel:116117']")
        .unwrap()
        .is_some());
    assert!(text(&root, "main").contains("Fever, chills or feeling unwell"));
    for absent in [".findings", ".plan-list", ".recheck", ".can-run"] {
        assert!(root.query_selector(absent).unwrap().is_none(), "{absent}");
    }
    let ls = local_storage();
    let keys = || -> Vec<String> {
        (0..ls.length().unwrap())
            .filter_map(|i| ls.key(i).unwrap())
            .filter(|k| k.starts_with(storage::CHECK_PREFIX))
            .collect()
    };
    until("the check saved and the draft gone", || {
        !keys().is_empty() && stored_draft().is_none()
    })
    .await;
    let keys = keys();
    assert_eq!(keys.len(), 1, "one check, under its own key: {keys:?}");
    let saved = ls.get_item(&keys[0]).unwrap().unwrap();
    assert!(saved.contains(r#""level":"urgent""#), "{saved}");
    assert_eq!(
        local_storage()
            .get_item(&storage::browser::own_draft_key())
            .unwrap(),
        None
    );
    app.destroy();
}

/// The page's clock (`Date.now`) stands still at what the test sets.
struct FakeNow {
    now: std::rc::Rc<std::cell::Cell<f64>>,
    real: wasm_bindgen::JsValue,
    _fake: wasm_bindgen::closure::Closure<dyn Fn() -> f64>,
}

impl FakeNow {
    fn install(at: f64) -> FakeNow {
        let date = js_sys::Reflect::get(&js_sys::global(), &"Date".into()).unwrap();
        let real = js_sys::Reflect::get(&date, &"now".into()).unwrap();
        let now = std::rc::Rc::new(std::cell::Cell::new(at));
        let read = now.clone();
        let fake = wasm_bindgen::closure::Closure::<dyn Fn() -> f64>::new(move || read.get());
        js_sys::Reflect::set(&date, &"now".into(), fake.as_ref()).unwrap();
        FakeNow {
            now,
            real,
            _fake: fake,
        }
    }

    fn advance(&self, ms: f64) {
        self.now.set(self.now.get() + ms);
    }
}

impl Drop for FakeNow {
    fn drop(&mut self) {
        let date = js_sys::Reflect::get(&js_sys::global(), &"Date".into()).unwrap();
        js_sys::Reflect::set(&date, &"now".into(), &self.real).unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_self_test_timer_hands_its_seconds_to_the_field() {
    let mut draft = no_warning_signs();
    // Self-tests are offered only with little pain now.
    assert!(draft.answers.set(QuestionId::PainNow, &Answer::Scale(2)));
    assert!(draft
        .answers
        .set(QuestionId::DoSelfTests, &Answer::Choice("yes".into())));
    let (app, root) = mount("#/q/test_plank", Some(draft)).await;
    assert_eq!(text(&root, "h1"), "Self-test: plank");
    assert!(
        root.query_selector("svg.figure").unwrap().is_some(),
        "a picture of the position"
    );
    let clock = FakeNow::install(1_000_000.0);
    find(&root, ".timer .timer-button").click();
    until("the countdown", || has(&root, ".timer-clock.counting")).await;
    assert_eq!(text(&root, ".timer-clock"), "3", "a 3-2-1 countdown first");
    clock.advance(1000.0);
    until("2", || text(&root, ".timer-clock") == "2").await;
    // The countdown ends, then 1.5 s of timing: the next ticks show 0:01.
    clock.advance(2000.0);
    until("timing", || {
        root.query_selector(".timer-stop").unwrap().is_some()
    })
    .await;
    clock.advance(1500.0);
    until("0:01", || text(&root, ".timer-clock") == "0:01").await;
    find(&root, ".timer .timer-stop").click();
    let field: HtmlInputElement = find(&root, "#test_plank-field-0").dyn_into().unwrap();
    until("the seconds in the field", || field.value() == "1").await;
    drop(clock);
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_saved_draft_is_resumed_after_a_reload() {
    let mut draft = Draft::default();
    assert!(draft.answers.set(
        QuestionId::EmergencySigns,
        &Answer::Choices(vec!["none".into()])
    ));
    let (app, root) = mount("#/", Some(draft)).await;
    assert!(text(&root, "main").contains("You have a check in progress"));
    find(&root, ".button").click();
    until("the page left off", || hash() == "#/q/onset").await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn continue_right_after_a_tap_takes_that_tap() {
    let (app, root) = mount("#/q/urgent_signs", None).await;
    // A tap, then Continue, before the page has rendered again (a quick
    // thumb on a slow phone): both events reach the page in one go.
    find(&root, "#urgent_signs-none").click();
    find(&root, "form button[type=submit]").click();
    until("the next page or an error", || {
        hash() == "#/q/pain_signs" || has(&root, ".error-summary")
    })
    .await;
    assert!(!has(&root, ".error-summary"), "no error: the tap counted");
    assert_eq!(hash(), "#/q/pain_signs");
    until_stored(
        QuestionId::UrgentSigns,
        Answer::Choices(vec!["none".into()]),
    )
    .await;
    app.destroy();
}

/// Every key and value in localStorage, exactly as stored.
fn all_stored() -> Vec<(String, String)> {
    let ls = local_storage();
    let mut all: Vec<(String, String)> = (0..ls.length().unwrap())
        .filter_map(|i| ls.key(i).unwrap())
        .map(|k| {
            let v = ls.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    all.sort();
    all
}

#[wasm_bindgen_test]
async fn starting_up_writes_nothing() {
    // Writing back what was just read could overwrite a draft another tab
    // wrote in the meantime: the app writes only when answers change. This
    // tab's draft is stored as an older app wrote it (format 1, its own
    // spacing): any write at start would change those bytes.
    let own = storage::browser::own_draft_key();
    let draft =
        r#"{"format":1, "app":"0.0.9", "data":{"answers":{"pain_now":3, "sitting":"over_8"}}}"#;
    let (app, root) = mount("#/", None).await;
    app.destroy();
    local_storage().set_item(&own, draft).unwrap();
    let before = all_stored();
    let app = yew::Renderer::<CheckApp>::with_root(root.clone()).render();
    until("the start page with the check in progress", || {
        has(&root, "main") && text(&root, "main").contains("You have a check in progress")
    })
    .await;
    settle().await;
    assert_eq!(all_stored(), before, "nothing written at start");
    // An answer is written, in this app's format.
    window().location().set_hash("#/q/emergency_signs").unwrap();
    until("the first question", || has(&root, "#emergency_signs-none")).await;
    find(&root, "#emergency_signs-none").click();
    find(&root, "form button[type=submit]").click();
    let written = || {
        local_storage()
            .get_item(&own)
            .unwrap()
            .is_some_and(|s| s.starts_with(r#"{"format":2,"#))
    };
    until("the draft in this app's format", written).await;
    until_stored(QuestionId::Sitting, Answer::Choice("over_8".into())).await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_language_is_kept_through_the_store() {
    let (app, root) = mount("#/", None).await;
    find(&root, ".lang-switch").click();
    let stored = || {
        let raw = local_storage().get_item(storage::LANG_KEY).unwrap();
        storage::decode::<Lang>(raw.as_deref())
    };
    until("German stored and shown", || {
        stored() == Read::Found(Lang::De) && text(&root, ".lang-switch") == "English"
    })
    .await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn two_notices_each_dismissed_by_its_own_button() {
    let ls = local_storage();
    let (app, root) = mount("#/", None).await;
    app.destroy();
    ls.set_item(&format!("{}17", storage::CHECK_PREFIX), "{oops")
        .unwrap();
    ls.set_item(&storage::browser::own_draft_key(), "not even JSON")
        .unwrap();
    let app = yew::Renderer::<CheckApp>::with_root(root.clone()).render();
    let banners = || root.query_selector_all(".banner").unwrap();
    until("two notices", || banners().length() == 2).await;
    let second: HtmlElement = banners().item(1).unwrap().dyn_into().unwrap();
    assert!(second
        .text_content()
        .unwrap()
        .contains("1 saved result could not be read"));
    // The second's Dismiss: the first stays.
    let dismiss: HtmlElement = second
        .query_selector("button:last-child")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    dismiss.click();
    until("one notice", || banners().length() == 1).await;
    assert!(text(&root, ".banner").contains("Your unfinished check could not be read"));
    // Both were set aside under the copies' prefix, once each.
    let kept: Vec<(String, String)> = all_stored()
        .into_iter()
        .filter(|(k, _)| k.starts_with(storage::KEPT_PREFIX))
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_page_of_the_other_module_says_so_when_that_module_cannot_load() {
    // A page loader that never gets the results module (offline), and
    // counts what it is asked for.
    let loader = js_sys::Function::new_with_args(
        "name",
        "self.__asked = (self.__asked || []).concat([name]); \
         return name === 'results' ? Promise.reject(new Error('offline')) : Promise.resolve();",
    );
    js_sys::Reflect::set(&window(), &"backCheckShow".into(), &loader).unwrap();
    let stay = js_sys::Function::new_with_args(
        "name",
        "self.__asked = (self.__asked || []).concat(['stay ' + name]);",
    );
    js_sys::Reflect::set(&window(), &"backCheckStay".into(), &stay).unwrap();
    let asked = || -> Vec<String> {
        js_sys::Reflect::get(&window(), &"__asked".into())
            .ok()
            .filter(|v| !v.is_undefined())
            .map(|v| {
                js_sys::Array::from(&v)
                    .iter()
                    .filter_map(|n| n.as_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (app, root) = mount("#/", None).await;
    app.destroy();
    window().location().set_hash("#/history").unwrap();
    let app = yew::Renderer::<CheckApp>::with_root(root.clone()).render();
    until("the failure", || has(&root, "[role=alert]")).await;
    assert!(text(&root, "[role=alert]").contains("could not be loaded"));
    assert!(text(&root, "[role=alert]").contains("Your answers are kept."));
    let results = |a: Vec<String>| a.iter().filter(|n| *n == "results").count();
    let before = results(asked());
    // "Try again" asks for the module again, without leaving the page.
    find(&root, "[role=alert] button").click();
    until("a second request", || results(asked()) > before).await;
    until("the failure again", || has(&root, "[role=alert]")).await;
    // Back on one of its own pages, the module calls off a pending switch.
    window().location().set_hash("#/").unwrap();
    until("the start page", || has(&root, ".button-start")).await;
    until("asked to stay", || {
        asked().last().map(String::as_str) == Some("stay backcheck")
    })
    .await;
    app.destroy();
    for name in ["backCheckShow", "backCheckStay"] {
        js_sys::Reflect::delete_property(&window(), &name.into()).unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_results_module_takes_over_what_the_check_module_held() {
    use backcheck::assessment::date::Date;
    use backcheck::storage::{Outcome, SavedCheck};
    use backcheck::ui::state::Handover;
    use backcheck::ui::{AppProps, ResultPages};
    let (app, root) = mount("#/", None).await;
    app.destroy();
    // A check kept in memory only (storage refused it), in German.
    let day = Date::from_ymd(2026, 12, 1).unwrap();
    let mut answers = no_warning_signs().answers;
    assert!(answers.set(QuestionId::PainNow, &Answer::Scale(2)));
    let check = SavedCheck::new(
        "1795000000000123".parse().unwrap(),
        day,
        Lang::De,
        answers.clone(),
        Outcome::of(&answers, day),
    );
    let handover = Handover {
        lang: Lang::De,
        unsaved: vec![check],
        ..Handover::default()
    };
    window()
        .location()
        .set_hash("#/result/1795000000000123")
        .unwrap();
    let props = AppProps {
        handover: Some(handover.encode().into()),
    };
    let app = yew::Renderer::<App<ResultPages>>::with_root_and_props(root.clone(), props).render();
    until("the handed-over result", || has(&root, ".verdict")).await;
    assert_eq!(text(&root, ".lang-switch"), "English", "in German");
    app.destroy();
}
