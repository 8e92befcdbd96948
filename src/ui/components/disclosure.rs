//! A button that shows and hides a panel (print shows every panel).
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub id: AttrValue,
    /// The button's text (`title_html` takes its place when given).
    #[prop_or_default]
    pub title: AttrValue,
    #[prop_or_default]
    pub title_html: Option<Html>,
    /// Wraps the button in a heading of this class (`h3` or `h4`), so a
    /// list item's own title opens it.
    #[prop_or_default]
    pub heading: Option<(&'static str, AttrValue)>,
    /// Shown between the button and the panel, always.
    #[prop_or_default]
    pub between: Html,
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
    let label = props
        .title_html
        .clone()
        .unwrap_or_else(|| html! { { props.title.clone() } });
    let button = html! {
        <button type="button" class="disclosure-toggle" aria-expanded={open.to_string()} aria-controls={props.id.clone()} onclick={toggle}>
            { label }
        </button>
    };
    let button = match &props.heading {
        Some(("h3", class)) => html! { <h3 class={class.clone()}>{ button }</h3> },
        Some((_, class)) => html! { <h4 class={class.clone()}>{ button }</h4> },
        None => button,
    };
    html! {
        <div class="disclosure">
            { button }
            { props.between.clone() }
            <div id={props.id.clone()} class="disclosure-panel" hidden={!*open}>{ props.children.clone() }</div>
        </div>
    }
}
