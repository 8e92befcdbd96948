//! "Check your answers": every asked question by section, with Change links
//! that go to the question and come back here.
use crate::assessment::questions::Section;
use crate::assessment::selftest::PAIN_LOWERS_HOLDS;
use crate::ui::components::page::{back_link, page_heading};
use crate::ui::hooks::{use_store, use_title};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::texts;
use yew::prelude::*;

#[component]
pub fn CheckPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    use_title(texts::doc_title(texts::CHECK_TITLE.get(lang), false, lang));
    let visible = state.answers.visible();
    let path = state.answers.path_in(state.mode());
    let asked = path.asked.clone();
    let unanswered = path.first_unanswered();
    let back = asked
        .last()
        .and_then(|&q| path.lead(q))
        .map_or(Route::Start, |q| Route::Question { q, change: false });
    let store = use_store();
    let see_result = {
        let answers = state.answers.clone();
        Callback::from(move |_| store.finish(&answers))
    };

    html! {
        <>
            { back_link(back, lang) }
            { page_heading(texts::CHECK_TITLE.get(lang), None) }
            { for Section::ALL.iter().filter(|s| asked.iter().any(|q| q.section() == **s)).map(|&section| html! {
                <section class="summary-section">
                    <h2 class="heading-m">{ section.title().get(lang) }</h2>
                    <dl class="summary-list">
                        { for asked.iter().filter(|q| q.section() == section).map(|&q| {
                            let short = q.spec().short.get(lang);
                            let answer = visible.describe(q, lang).unwrap_or_else(|| texts::NOT_ANSWERED.get(lang).to_owned());
                            // "Change" opens the question's page.
                            let page = path.lead(q).unwrap_or(q);
                            html! {
                                <div class="summary-row">
                                    <dt class="summary-key">{ short }</dt>
                                    <dd class="summary-value">{ answer }</dd>
                                    <dd class="summary-actions">
                                        <a href={Route::Question { q: page, change: true }.hash()}>
                                            { texts::CHANGE.get(lang) }<span class="visually-hidden">{ format!(" {short}") }</span>
                                        </a>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                    if section == Section::SelfTests && asked.iter().any(|q| q.spec().self_test.is_some()) {
                        <p class="pain-note">{ PAIN_LOWERS_HOLDS.get(lang) }</p>
                    }
                </section>
            }) }
            if let Some(q) = unanswered {
                <div class="notice notice-warn" role="note">
                    { texts::UNFINISHED.get(lang) }{ " " }
                    <a href={Route::Question { q, change: true }.hash()}>{ texts::ANSWER_THEM.get(lang) }</a>
                </div>
            } else {
                <button type="button" class="button" onclick={see_result}>{ texts::SEE_RESULT.get(lang) }</button>
            }
        </>
    }
}
