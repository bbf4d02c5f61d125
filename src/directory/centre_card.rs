use leptos::prelude::*;

use crate::data::{display_url, endonym, Centre, Source};
use crate::i18n::*;

/// One directory entry with every contact detail we have, each entry with its sources and
/// their dates. Links: `tel:`, `mailto:` and https websites that open without referrer.
#[component]
pub fn CentreCard(
    /// The entry to show.
    centre: &'static Centre,
) -> impl IntoView {
    let i18n = use_i18n();
    let c = centre;
    view! {
        <article class="centre" data-id=c.id>
            <h4>{c.name}</h4>
            <p class="description" lang="de">{c.description_de}</p>
            <dl>
                {c.carrier.map(|v| view! { <dt>{t!(i18n, label_carrier)}</dt><dd>{v}</dd> })}
                {c.address.as_ref().map(|a| view! {
                    <dt>{t!(i18n, label_address)}</dt>
                    // An isolated, left-to-right German address, so that it reads the same in Arabic.
                    <dd><bdi dir="ltr" lang="de">{a.street} ", " {a.postcode.map(|p| format!("{p} "))} {a.city}</bdi></dd>
                })}
                {c.phone.as_ref().map(|p| view! {
                    <dt>{t!(i18n, label_phone)}</dt>
                    <dd><a class="tel" href=format!("tel:{}", p.tel) dir="ltr">{p.display}</a></dd>
                })}
                {c.email.map(|e| view! {
                    <dt>{t!(i18n, label_email)}</dt>
                    <dd><a href=format!("mailto:{e}") dir="ltr">{e}</a></dd>
                })}
                {c.website.map(|w| view! {
                    <dt>{t!(i18n, label_website)}</dt>
                    <dd>
                        <a href=w rel="noopener noreferrer" target="_blank" dir="ltr">
                            {display_url(w)}
                            <span class="visually-hidden">" " {t!(i18n, opens_new_tab)}</span>
                        </a>
                    </dd>
                })}
                {(!c.languages.is_empty()).then(|| view! {
                    <dt>{t!(i18n, label_languages)}</dt>
                    <dd>{c.languages.iter().map(|l| endonym(l)).collect::<Vec<_>>().join(", ")}</dd>
                })}
                {(!c.topics.is_empty()).then(|| view! {
                    <dt>{t!(i18n, label_topics)}</dt>
                    <dd>{move || c.topics.iter().map(|t| topic_name(i18n, *t)).collect::<Vec<_>>().join(", ")}</dd>
                })}
            </dl>
            <p class="verified">
                {move || if c.verified { t_string!(i18n, verified_yes) } else { t_string!(i18n, verified_no) }}
            </p>
            <details class="sources">
                <summary>{t!(i18n, label_sources)}</summary>
                <ul>{c.sources.iter().map(|s| view! { <li><SourceLine source=s/></li> }).collect_view()}</ul>
            </details>
        </article>
    }
}

/// "example.org/page, as of 2025-03": the source, linked where it is https, and its date.
#[component]
fn SourceLine(
    /// The source to show.
    source: &'static Source,
) -> impl IntoView {
    let i18n = use_i18n();
    let reference = match source.link {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank" dir="ltr">{display_url(url)}</a>
        }
        .into_any(),
        None if source.reference.starts_with("http") => {
            view! { <span dir="ltr">{display_url(source.reference)}</span> }.into_any()
        }
        None => view! { <span>{t!(i18n, source_note, name = source.reference)}</span> }.into_any(),
    };
    let date = move || {
        let date = source_date_text(i18n, source.date);
        t_string!(i18n, as_of, date = date).to_string()
    };
    view! { {reference} ", " <span class="as-of">{date}</span> }
}
