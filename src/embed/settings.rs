//! What the app starts with: which view, which language, which district, and where it lives.
//!
//! On its own page ([`crate::start`]) all of it comes from the URL (`?view=`, `?lang=`, the
//! hash). Mounted into a partner's element ([`super::mount`]) it comes from the options the
//! partner passed, and the partner's URL, `<html>` and title are left alone.

use leptos::prelude::*;

use super::{parse_query, EmbedParams};
use crate::i18n::{browser_start_locale, Locale};

/// Where the app runs.
#[derive(Clone, Copy)]
pub enum Host {
    /// Its own page (`index.html`): follows the URL hash, localises the page's chrome.
    Page,
    /// Mounted into this element of another page.
    Mounted(StoredValue<web_sys::Element, LocalStorage>),
}

/// The start settings, provided as a context above [`crate::App`].
#[derive(Clone)]
pub struct StartSettings {
    pub embed: EmbedParams,
    pub locale: Locale,
    /// The district to open with. On the page this is `None`: the hash decides, also later.
    pub district: Option<usize>,
    pub host: Host,
}

impl StartSettings {
    /// The settings of the app's own page, read from the URL. Invalid values are named in a
    /// console warning and replaced by the default.
    pub fn from_location() -> StartSettings {
        // The language first: the order of the console warnings stays as it was.
        let locale = browser_start_locale();
        let search = window().location().search().unwrap_or_default();
        let (embed, warnings) = parse_query(&search);
        for w in warnings {
            leptos::logging::warn!("{w}");
        }
        StartSettings {
            embed,
            locale,
            district: None,
            host: Host::Page,
        }
    }

    /// The element the app was mounted into, if it was.
    pub fn mounted_in(&self) -> Option<web_sys::Element> {
        match self.host {
            Host::Page => None,
            Host::Mounted(el) => el.try_get_value(),
        }
    }
}

/// The start settings provided by whoever mounted the app, else those of the page's URL
/// (provided here, so they are read once).
pub fn use_start_settings() -> StartSettings {
    use_context::<StartSettings>().unwrap_or_else(|| {
        let settings = StartSettings::from_location();
        provide_context(settings.clone());
        settings
    })
}
