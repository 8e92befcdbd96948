//! The bare Yew page the benchmark compares Back Check with: one heading and
//! one button, and the same "ready" performance mark on its first render.
use yew::prelude::*;

#[component]
fn Bare() -> Html {
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("bc-ready");
        }
    });
    html! {
        <main>
            <h1>{ "Bare Yew page" }</h1>
            <button type="button">{ "Start" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Bare>::new().render();
}
