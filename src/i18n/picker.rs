//! The language picker and the note on unreviewed translations.

use leptos::prelude::*;
use leptos_i18n::Locale as _;

use super::{review_status, t, t_string, use_i18n, Locale, ReviewStatus};

/// Id of the note "machine-translated, not yet reviewed"; the picker points to it with
/// `aria-describedby`, so a screen reader reads it with the picker.
pub const REVIEW_NOTE_ID: &str = "i18n-review-note";

/// Chooses the page language from every locale file, each language in its own name and
/// script. The choice lives in memory only (no cookie, no storage, no URL change).
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(locale) = Locale::get_all().iter().find(|l| l.as_str() == value) {
            i18n.set_locale(*locale);
        }
    };
    let unreviewed = move || review_status(i18n) == ReviewStatus::Unreviewed;
    view! {
        <div class="language" data-testid="language-picker">
            <label for="language-select">{t!(i18n, language_label)}</label>
            <select
                id="language-select"
                on:change=on_change
                aria-describedby=move || unreviewed().then_some(REVIEW_NOTE_ID)
            >
                {Locale::get_all()
                    .iter()
                    .map(|l| {
                        let l = *l;
                        view! {
                            <option
                                value=l.as_str()
                                lang=l.as_str()
                                dir=l.direction().as_str()
                                selected=move || i18n.get_locale() == l
                            >
                                {crate::data::endonym(l.as_str())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <Show when=unreviewed>
                <p class="review-note" id=REVIEW_NOTE_ID data-testid="review-note">
                    {move || t_string!(i18n, i18n_unreviewed_notice)}
                </p>
            </Show>
        </div>
    }
}
