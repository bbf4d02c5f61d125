//! Locale text for the data's enums (district kinds, regions, topics), so views stay free
//! of lookup tables.

use leptos_i18n::I18nContext;

use super::{t_string, Locale};
use crate::data::{District, DistrictKind, RegBez, Topic};

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
