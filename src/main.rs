// lol_alloc's free-list allocator instead of the default dlmalloc: 2.5 kB
// brotli less wasm (measured), and this app allocates little and briefly.
// The page is single-threaded, which `AssumeSingleThreaded` relies on.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without threads runs one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
