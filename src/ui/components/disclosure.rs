//! A button that shows and hides a panel (print shows every panel).
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub children: Html,
}

/// A button that shows and hides a panel; print shows every panel.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="disclosure">
            <button type="button" class="disclosure-toggle" aria-expanded={open.to_string()} aria-controls={props.id.clone()} onclick={toggle}>
                { props.title.clone() }
            </button>
            <div id={props.id.clone()} class="disclosure-panel" hidden={!*open}>{ props.children.clone() }</div>
        </div>
    }
}
