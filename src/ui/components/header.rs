//! The site header: the name, the history link and the language switch.
use crate::assessment::text::Lang;
use crate::ui::hooks::Store;
use crate::ui::route::Route;
use crate::ui::state::AppContext;
use crate::ui::texts;
use yew::prelude::*;

pub fn header(state: &AppContext) -> Html {
    let other = match state.lang {
        Lang::En => Lang::De,
        Lang::De => Lang::En,
    };
    let switch = {
        let store = Store::new(state.clone());
        Callback::from(move |_| store.set_lang(other))
    };
    html! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href={Route::Start.hash()}>{ texts::APP_NAME }</a>
                <nav class="header-nav" aria-label={texts::MENU.get(state.lang)}>
                    <a class="header-link" href={Route::History.hash()}>{ texts::HISTORY_LINK.get(state.lang) }</a>
                    <button type="button" class="lang-switch" lang={other.code()} onclick={switch}
                        aria-label={format!("{}: {}", texts::LANG_SWITCH_LABEL.get(other), other.name())}>
                        { other.name() }
                    </button>
                </nav>
            </div>
        </header>
    }
}
