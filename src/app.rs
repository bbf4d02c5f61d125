//! The root component: header, map, panel, district list and footer.

use leptos::prelude::*;

use crate::a11y::{provide_announcer, LiveRegion};
use crate::data::{DIRECTORY_AS_OF, DISTRICTS};
use crate::directory::{DistrictList, DistrictPanel, FindHelp};
use crate::embed::{use_start_settings, EmbedGenerator, EmbedView, PageChrome};
use crate::i18n::*;
use crate::map::DistrictMap;
use crate::offline::OfflineCopy;
use crate::questionnaire::{SelfCheck, ViewSwitch};
use crate::state::{provide_selection, provide_view, View};

/// The whole app. Mount it with [`crate::start`] or `leptos::mount::mount_to`.
#[component]
pub fn App() -> impl IntoView {
    leptos_meta::provide_meta_context();
    // Mounted in a partner's page, `<html>` stays the partner's (see `crate::embed::mount`).
    let on_page = use_start_settings().mounted_in().is_none();
    view! {
        <I18nContextProvider set_lang_attr_on_html=on_page set_dir_attr_on_html=on_page>
            <Page/>
        </I18nContextProvider>
    }
}

#[component]
fn Page() -> impl IntoView {
    let i18n = use_i18n();
    let start = use_start_settings();
    apply_start_locale(start.locale);
    let selection = provide_selection();
    let announcer = provide_announcer();
    // Announce a new selection (not a language switch: the locale is read untracked).
    Effect::new(move |_| {
        if let Some(i) = selection.0.get() {
            let name = DISTRICTS[i].name;
            announcer.say(untrack(|| {
                t_string!(i18n, selected_announcement, name = name).to_string()
            }));
        }
    });
    let view = provide_view().0;
    // Embedding: `?view=` or the mount option `view` (see `crate::embed`).
    if start.embed.view == EmbedView::Questionnaire {
        view.set(View::SelfCheck);
    }
    // The generator and the offline copy belong to the app's own page: not to a partner's
    // iframe (`?embed=1`), not to a partner's page it was mounted into.
    let own_page = !start.embed.embedded && start.mounted_in().is_none();
    // `#/einbinden` opens the embed-code generator (a link partners can be sent).
    if own_page && window().location().hash().is_ok_and(|h| h == "#/einbinden") {
        view.set(View::Embed);
    }
    let show_switch = start.embed.view == EmbedView::Both;
    let open_generator = move |_| {
        view.set(View::Embed);
        crate::a11y::focus_after_render(crate::embed::generator::HEADING_ID);
    };
    view! {
        <PageChrome/>
        <header class="site-header">
            <div class="brand">
                <h1>{t!(i18n, app_title)}</h1>
                <p class="tagline">{t!(i18n, tagline)}</p>
            </div>
            <LanguagePicker/>
        </header>
        {show_switch.then(|| view! { <ViewSwitch/> })}
        <main id="main" tabindex="-1">
            // Both views stay mounted (hidden, not removed), so answers survive a look at the map.
            <div class="find-help" hidden=move || view.get() != View::FindHelp>
            <FindHelp/>
            <div class="layout">
                <section class="map-section" aria-labelledby="map-heading">
                    <h2 id="map-heading" class="visually-hidden">{t!(i18n, map_heading)}</h2>
                    <p class="hint" id="map-instructions">{t!(i18n, map_instructions)}</p>
                    <DistrictMap/>
                </section>
                <DistrictPanel/>
            </div>
            <DistrictList/>
            </div>
            <div hidden=move || view.get() != View::SelfCheck>
                <SelfCheck/>
            </div>
            // Built only when opened: people seeking help never pay for the partners' page
            // (its DOM would slow every click). Its choices are forgotten on leaving it.
            {own_page.then(|| view! {
                <Show when=move || view.get() == View::Embed>
                    <EmbedGenerator/>
                </Show>
            })}
            <LiveRegion/>
        </main>
        <footer class="site-footer">
            <p class="privacy">{t!(i18n, privacy_note)}</p>
            {own_page.then(|| view! {
                <p>
                    <button type="button" class="q-link" data-testid="embed-open" on:click=open_generator>
                        {t!(i18n, embed_open)}
                    </button>
                </p>
            })}
            {own_page.then(|| view! { <OfflineCopy/> })}
            <h2>{t!(i18n, attribution_heading)}</h2>
            <ul class="attribution">
                <li>
                    <a href="https://www.govdata.de/dl-de/by-2-0" rel="noopener noreferrer" target="_blank">
                        {t!(i18n, attribution_boundaries)}
                    </a>
                </li>
                <li>
                    <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer" target="_blank">
                        {t!(i18n, attribution_postcodes)}
                    </a>
                </li>
                <li>{t!(i18n, attribution_directory, date = DIRECTORY_AS_OF)}</li>
            </ul>
        </footer>
    }
}
