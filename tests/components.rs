//! Component tests: each mounts a Yew component into a fresh element of a real
//! Chromium page, lets Yew's scheduler run, and asserts on the DOM.
#![cfg(target_arch = "wasm32")]

use backcheck::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh, attached element to mount into.
fn host() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets Yew's scheduler render pending updates.
async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
}

#[wasm_bindgen_test]
async fn app_renders_title_and_start_button() {
    let root = host();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let h1 = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(h1.text_content().unwrap(), "Back Check");
    let button = root
        .query_selector("button")
        .unwrap()
        .expect("a start button");
    assert!(button.text_content().unwrap().contains("Start"));
}

#[wasm_bindgen_test]
async fn start_button_replaces_itself_with_a_status() {
    let root = host();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let button: HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    settle().await;
    assert!(root.query_selector("button").unwrap().is_none());
    assert!(root.query_selector("[role=status]").unwrap().is_some());
}
