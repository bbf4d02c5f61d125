//! Locale text for the data's enums (district kinds, regions, topics, source dates), so views
//! stay free of lookup tables.

use leptos_i18n::I18nContext;

use super::{t_string, Locale};
use crate::data::{
    format_source_date, DateTexts, District, DistrictKind, RegBez, SourceDate, Topic, DATE_KEYS,
};

/// Localised kind of a district, e.g. "Kreisfreie Stadt".
pub fn district_kind(i18n: I18nContext<Locale>, kind: DistrictKind) -> &'static str {
    match kind {
        DistrictKind::KreisfreieStadt => t_string!(i18n, kind_kreisfreie_stadt),
        DistrictKind::Kreis => t_string!(i18n, kind_kreis),
        DistrictKind::Staedteregion => t_string!(i18n, kind_staedteregion),
    }
}

/// Accessible name of a district: "Unna, Kreis".
pub fn district_label(i18n: I18nContext<Locale>, d: &District) -> String {
    t_string!(
        i18n,
        district_label,
        name = d.name,
        kind = district_kind(i18n, d.kind)
    )
    .to_string()
}

/// Localised name of a Regierungsbezirk.
pub fn regbez_name(i18n: I18nContext<Locale>, r: RegBez) -> &'static str {
    match r {
        RegBez::Duesseldorf => t_string!(i18n, regbez_duesseldorf),
        RegBez::Koeln => t_string!(i18n, regbez_koeln),
        RegBez::Muenster => t_string!(i18n, regbez_muenster),
        RegBez::Detmold => t_string!(i18n, regbez_detmold),
        RegBez::Arnsberg => t_string!(i18n, regbez_arnsberg),
    }
}

/// Localised topic name.
pub fn topic_name(i18n: I18nContext<Locale>, t: Topic) -> &'static str {
    match t {
        Topic::Arbeitsausbeutung => t_string!(i18n, topic_arbeitsausbeutung),
        Topic::Arbeitslosigkeit => t_string!(i18n, topic_arbeitslosigkeit),
        Topic::Arbeitsrecht => t_string!(i18n, topic_arbeitsrecht),
        Topic::Aufenthalt => t_string!(i18n, topic_aufenthalt),
        Topic::Fluechtlinge => t_string!(i18n, topic_fluechtlinge),
        Topic::Gewalt => t_string!(i18n, topic_gewalt),
        Topic::Lohn => t_string!(i18n, topic_lohn),
        Topic::Menschenhandel => t_string!(i18n, topic_menschenhandel),
        Topic::Notruf => t_string!(i18n, topic_notruf),
        Topic::Saisonarbeit => t_string!(i18n, topic_saisonarbeit),
        Topic::Sozialleistungen => t_string!(i18n, topic_sozialleistungen),
        Topic::Werkvertrag => t_string!(i18n, topic_werkvertrag),
        Topic::Wohnen => t_string!(i18n, topic_wohnen),
    }
}

/// A source date in the reader's language ("März 2025", "undated, about 2020"), written by the
/// pure `data::format_source_date` from this locale's date texts. (The patterns are read back
/// with their placeholders, since the macro fills placeholders in.)
pub fn source_date_text(i18n: I18nContext<Locale>, date: SourceDate) -> String {
    let texts: [String; 7] = [
        t_string!(i18n, date_months).to_string(),
        t_string!(i18n, date_months_with_day).to_string(),
        t_string!(
            i18n,
            date_day,
            day = "{{ day }}",
            month = "{{ month }}",
            year = "{{ year }}"
        )
        .to_string(),
        t_string!(i18n, date_month, month = "{{ month }}", year = "{{ year }}").to_string(),
        t_string!(i18n, undated).to_string(),
        t_string!(i18n, date_undated_about, date = "{{ date }}").to_string(),
        t_string!(i18n, date_undated_not_before, date = "{{ date }}").to_string(),
    ];
    let lookup = |key: &str| {
        DATE_KEYS
            .iter()
            .position(|k| *k == key)
            .map(|i| texts[i].as_str())
    };
    match DateTexts::from_lookup(lookup) {
        Ok(t) => format_source_date(date, &t),
        // tests/locales.rs keeps the locale files complete; never show a raw date instead.
        Err(_) => texts[4].clone(),
    }
}
