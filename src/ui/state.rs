//! App state in one reducer, shared through a context.
use crate::assessment::answer::Value;
use crate::assessment::date::Date;
use crate::assessment::questions::{Answers, QuestionId};
use crate::assessment::text::Lang;
use crate::storage::{self, browser, Draft, Read};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub answers: Answers,
    /// The local calendar day, taken when the app starts.
    pub today: Date,
    /// localStorage can be written.
    pub can_store: bool,
    /// A draft from an earlier visit was restored.
    pub resumed: bool,
}

pub enum Action {
    SetLang(Lang),
    Answer(QuestionId, Value),
    Restart,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Answer(q, value) => {
                next.answers.set(q, &value);
            }
            Action::Restart => {
                next.answers = Answers::default();
                next.resumed = false;
            }
        }
        Rc::new(next)
    }
}

pub type AppContext = UseReducerHandle<AppState>;

/// The context every page reads. Panics only if a page is rendered outside `App`.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("pages are rendered inside App")
}

/// Today's date in the browser's time zone.
pub fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| Date::from_days((js_sys::Date::now() / 86_400_000.0) as i32))
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

impl AppState {
    /// Starts from what this browser has stored: language and any draft.
    pub fn load() -> AppState {
        let can_store = browser::available();
        let draft = match browser::read::<Draft>(storage::DRAFT_KEY) {
            Ok(Read::Found(d)) => Some(d),
            _ => None,
        };
        AppState {
            lang: browser::load_lang().unwrap_or_else(browser_lang),
            resumed: draft
                .as_ref()
                .is_some_and(|d| d.answers != Answers::default()),
            answers: draft.map(|d| d.answers).unwrap_or_default(),
            today: local_today(),
            can_store,
        }
    }
}
