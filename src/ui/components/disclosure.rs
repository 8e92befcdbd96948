//! A button that shows and hides a panel (print shows every panel). The
//! page keeps which panels are open ([`use_panels`]); each disclosure is a
//! view of that state, not a component of its own.
use std::rc::Rc;
use yew::prelude::*;

/// The ids of a page's open panels.
#[derive(Default, PartialEq)]
pub struct Panels(Vec<String>);

impl Panels {
    pub fn is_open(&self, id: &str) -> bool {
        self.0.iter().any(|open| open == id)
    }
}

/// Opens a closed panel, closes an open one.
impl Reducible for Panels {
    type Action = String;
    fn reduce(self: Rc<Self>, id: String) -> Rc<Self> {
        let mut open = self.0.clone();
        match open.iter().position(|o| *o == id) {
            Some(i) => drop(open.remove(i)),
            None => open.push(id),
        }
        Rc::new(Panels(open))
    }
}

/// A page's open panels, all closed at first.
#[hook]
pub fn use_panels() -> UseReducerHandle<Panels> {
    use_reducer(Panels::default)
}

/// One disclosure: the panel's id, the button's content, optionally a
/// heading around the button (element and class, so a list item's own
/// title opens it) and what shows between button and panel, always.
#[derive(Default)]
pub struct Disclosure {
    pub id: String,
    pub title: Html,
    pub heading: Option<(&'static str, &'static str)>,
    pub between: Html,
}

/// The button and its panel holding `children`.
pub fn disclosure(panels: &UseReducerHandle<Panels>, d: Disclosure, children: Html) -> Html {
    let open = panels.is_open(&d.id);
    let toggle = {
        let (panels, id) = (panels.clone(), d.id.clone());
        Callback::from(move |_| panels.dispatch(id.clone()))
    };
    let button = html! {
        <button type="button" class="disclosure-toggle" aria-expanded={open.to_string()} aria-controls={d.id.clone()} onclick={toggle}>
            { d.title }
        </button>
    };
    let button = match d.heading {
        Some(("h3", class)) => html! { <h3 {class}>{ button }</h3> },
        Some((_, class)) => html! { <h4 {class}>{ button }</h4> },
        None => button,
    };
    html! {
        <div class="disclosure">
            { button }
            { d.between }
            <div id={d.id} class="disclosure-panel" hidden={!open}>{ children }</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panel_opens_and_closes_on_its_own() {
        let p = Rc::new(Panels::default())
            .reduce("why-weak_glutes".into())
            .reduce("all-sources".into());
        assert!(p.is_open("why-weak_glutes") && p.is_open("all-sources"));
        let p = p.reduce("why-weak_glutes".into());
        assert!(!p.is_open("why-weak_glutes") && p.is_open("all-sources"));
    }
}
