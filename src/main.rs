fn main() {
    // Replace the static first paint in index.html with the app.
    let root = app_root();
    yew::Renderer::<backcheck::ui::App>::with_root(root).render();
    // Offline support: the worker caches this build's files (scripts/post-build.mjs).
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().service_worker().register("./sw.js");
    }
}

fn app_root() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let root = document
        .get_element_by_id("app")
        .expect("index.html has #app");
    root.set_inner_html("");
    root
}
