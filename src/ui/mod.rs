//! The Yew front end: renders what `crate::assessment` returns.
use yew::prelude::*;

/// The whole app. Mounted by `main.rs` into `#app`.
#[component]
pub fn App() -> Html {
    let started = use_state(|| false);
    let onclick = {
        let started = started.clone();
        Callback::from(move |_| started.set(true))
    };
    html! {
        <>
            <header class="site-header"><span class="brand">{ "Back Check" }</span></header>
            <main class="page" id="main">
                <h1>{ "Back Check" }</h1>
                <p class="lede">{ "A short check for runners with lower back pain: is it serious, what is probably behind it, and what to do today." }</p>
                if *started {
                    <p role="status">{ "The questionnaire is on its way." }</p>
                } else {
                    <button type="button" class="button" {onclick}>{ "Start the check" }</button>
                }
            </main>
        </>
    }
}
