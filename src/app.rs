//! The root component: header, map, panel, district list and footer.

use leptos::prelude::*;

use crate::data::{DIRECTORY_AS_OF, DISTRICTS};
use crate::directory::{DistrictList, DistrictPanel, FindHelp};
use crate::i18n::*;
use crate::map::DistrictMap;
use crate::safety::LocalisedChrome;
use crate::state::provide_selection;

/// The whole app. Mount it with [`crate::start`] or `leptos::mount::mount_to`.
#[component]
pub fn App() -> impl IntoView {
    leptos_meta::provide_meta_context();
    view! {
        <I18nContextProvider>
            <Page/>
        </I18nContextProvider>
    }
}

#[component]
fn Page() -> impl IntoView {
    let i18n = use_i18n();
    let selection = provide_selection();
    let announcement = move || {
        selection
            .0
            .get()
            .map(|i| t_string!(i18n, selected_announcement, name = DISTRICTS[i].name).to_string())
    };
    view! {
        <LocalisedChrome/>
        <header class="site-header">
            <div class="brand">
                <h1>{t!(i18n, app_title)}</h1>
                <p class="tagline">{t!(i18n, tagline)}</p>
            </div>
            <LanguagePicker/>
        </header>
        <main id="main" tabindex="-1">
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
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
                {announcement}
            </p>
        </main>
        <footer class="site-footer">
            <p class="privacy">{t!(i18n, privacy_note)}</p>
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

/// Chooses the page language. The choice lives in memory only (no cookie, no storage).
#[component]
fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(locale) = Locale::get_all().iter().find(|l| l.as_str() == value) {
            i18n.set_locale(*locale);
        }
    };
    view! {
        <label class="language">
            <span>{t!(i18n, language_label)}</span>
            <select on:change=on_change>
                {Locale::get_all()
                    .iter()
                    .map(|l| {
                        let l = *l;
                        view! {
                            <option value=l.as_str() selected=move || i18n.get_locale() == l>
                                {language_own_name(l)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Each language in its own name and script.
fn language_own_name(l: Locale) -> &'static str {
    crate::data::endonym(l.as_str())
}
