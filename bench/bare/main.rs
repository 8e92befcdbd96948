//! The bare Yew page the benchmark compares Back Check with: one heading and
//! one button (scripts/bench.mjs times it to the button, as it times the app
//! to its first question's input).
use yew::prelude::*;

#[component]
fn Bare() -> Html {
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
