//! The embed-code generator: a partner picks view, language and district, copies one line of
//! HTML (loader or bare iframe), can look at a preview and can check a code they already have.
//!
//! Everything happens on the device. The one exception is the preview, and only after the
//! "show preview" button: it loads this app from this same server into a frame, exactly as a
//! partner page would. The page says so next to the button.

use leptos::prelude::*;
use leptos_i18n::{I18nContext, Locale as _};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::snippet::{app_base, check_snippet, frame_query, iframe_snippet, loader_snippet};
use super::snippet::{Choice, Problem};
use super::EmbedView;
use crate::a11y::use_announcer;
use crate::data::{endonym, DISTRICTS};
use crate::i18n::*;

/// Id of the generator's heading (focused when the view opens).
pub const HEADING_ID: &str = "embed-heading";

/// The generator view.
#[component]
pub fn EmbedGenerator() -> impl IntoView {
    let i18n = use_i18n();
    let choice = RwSignal::new(Choice::default());
    let href = window().location().href().unwrap_or_default();
    let base = app_base(&href).to_string();
    let loader = {
        let base = base.clone();
        move || loader_snippet(&base, choice.get())
    };
    let frame = {
        let base = base.clone();
        move || iframe_snippet(&base, choice.get())
    };
    let base_for_preview = base;
    let preview = RwSignal::new(false);
    let preview_box = NodeRef::<leptos::html::Div>::new();
    // A new frame for every choice, never a new `src` on the old one: changing an iframe's
    // address adds an entry to the browser history, a new frame's first page does not.
    Effect::new(move |_| {
        let src = format!("{base_for_preview}{}", frame_query(choice.get()));
        let title = t_string!(i18n, embed_preview_title);
        let (true, Some(container)) = (preview.get(), preview_box.get()) else {
            return;
        };
        let Ok(frame) = document().create_element("iframe") else {
            return;
        };
        for (name, value) in [
            ("class", "embed-preview"),
            ("data-testid", "embed-preview"),
            ("title", title),
            ("src", &src),
        ] {
            let _ = frame.set_attribute(name, value);
        }
        container.replace_children_with_node_1(&frame);
    });
    let pasted = RwSignal::new(String::new());

    let view_option = move |v: EmbedView, label: fn(I18nContext<Locale>) -> &'static str| {
        view! {
            <label class="embed-radio">
                <input type="radio" name="embed-view" value=v.name()
                    prop:checked=move || choice.with(|c| c.view == v)
                    on:change=move |_| choice.update(|c| c.view = v)/>
                {move || label(i18n)}
            </label>
        }
    };
    let on_lang = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let lang = Locale::get_all()
            .iter()
            .find(|l| l.as_str() == value)
            .map(|l| l.as_str());
        choice.update(|c| c.lang = lang);
    };
    let on_district = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        choice.update(|c| c.district = crate::data::district_index(&value));
    };
    let mut by_name: Vec<usize> = (0..DISTRICTS.len()).collect();
    by_name.sort_by_key(|&i| sort_key(DISTRICTS[i].name));

    view! {
        <section class="embed-generator" aria-labelledby=HEADING_ID data-testid="embed-generator">
            <h2 id=HEADING_ID tabindex="-1">{t!(i18n, embed_heading)}</h2>
            <p>{t!(i18n, embed_intro)}</p>
            <fieldset class="embed-choice">
                <legend>{t!(i18n, embed_view_legend)}</legend>
                {view_option(EmbedView::Both, |i| t_string!(i, embed_view_both))}
                {view_option(EmbedView::Map, |i| t_string!(i, embed_view_map))}
                {view_option(EmbedView::Questionnaire, |i| t_string!(i, embed_view_questionnaire))}
            </fieldset>
            <p class="embed-field">
                <label for="embed-lang">{t!(i18n, embed_lang_label)}</label>
                <select id="embed-lang" on:change=on_lang>
                    <option value="">{t!(i18n, embed_lang_browser)}</option>
                    {Locale::get_all()
                        .iter()
                        .map(|l| view! {
                            <option value=l.as_str() lang=l.as_str()>{endonym(l.as_str())}</option>
                        })
                        .collect_view()}
                </select>
            </p>
            <p class="embed-field">
                <label for="embed-district">{t!(i18n, embed_district_label)}</label>
                <select id="embed-district" on:change=on_district>
                    <option value="">{t!(i18n, embed_district_none)}</option>
                    {by_name
                        .into_iter()
                        .map(|i| {
                            let d = &DISTRICTS[i];
                            view! {
                                <option value=d.ags>
                                    {d.name} ", " {move || district_kind(i18n, d.kind)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </p>
            <CodeBox id="embed-code-loader" testid="embed-loader" code=loader
                heading=|i| t_string!(i, embed_loader_heading) help=|i| t_string!(i, embed_loader_help)/>
            <CodeBox id="embed-code-iframe" testid="embed-iframe" code=frame
                heading=|i| t_string!(i, embed_iframe_heading) help=|i| t_string!(i, embed_iframe_help)/>

            <h3>{t!(i18n, embed_preview_heading)}</h3>
            <p>{t!(i18n, embed_preview_note)}</p>
            <Show when=move || !preview.get()>
                <button type="button" class="q-secondary" data-testid="embed-preview-show"
                    on:click=move |_| preview.set(true)>
                    {t!(i18n, embed_preview_show)}
                </button>
            </Show>
            <div class="embed-preview-box" node_ref=preview_box></div>

            <h3>{t!(i18n, embed_check_heading)}</h3>
            <p class="embed-field">
                <label for="embed-check">{t!(i18n, embed_check_label)}</label>
                <textarea id="embed-check" rows="3" spellcheck="false" data-testid="embed-check"
                    aria-describedby="embed-check-result"
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </p>
            <div id="embed-check-result" data-testid="embed-check-result" aria-live="polite">
                {move || {
                    let code = pasted.get();
                    if code.trim().is_empty() {
                        return None;
                    }
                    let problems = check_snippet(&code);
                    Some(if problems.is_empty() {
                        view! { <p class="embed-ok">{t!(i18n, embed_check_ok)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="embed-problems">
                                {problems.into_iter().map(|p| view! { <li>{problem_text(i18n, &p)}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    })
                }}
            </div>
        </section>
    }
}

/// A read-only code field with its heading, help and a copy button.
#[component]
fn CodeBox(
    id: &'static str,
    testid: &'static str,
    code: impl Fn() -> String + Send + Sync + 'static,
    heading: fn(I18nContext<Locale>) -> &'static str,
    help: fn(I18nContext<Locale>) -> &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let announcer = use_announcer();
    let status = RwSignal::new(None::<bool>);
    let help_id = format!("{id}-help");
    let heading_id = format!("{id}-heading");
    let copy = move |_| {
        let Some(field) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        let done = move |ok: bool| {
            status.set(Some(ok));
            announcer.say(if ok {
                t_string!(i18n, embed_copied)
            } else {
                t_string!(i18n, embed_copy_failed)
            });
        };
        // Without a clipboard (an insecure origin, an old browser) the code gets selected,
        // so that Ctrl+C copies it.
        let failed = {
            let field = field.clone();
            move || {
                field.select();
                done(false);
            }
        };
        let navigator = window().navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if !has_clipboard {
            failed();
            return;
        }
        let ok: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| done(true));
        let err: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| failed());
        let _ = navigator
            .clipboard()
            .write_text(&field.value())
            .then2(&ok, &err);
        // One of them runs once; the pair is a few bytes per click.
        ok.forget();
        err.forget();
    };
    view! {
        <h3 id=heading_id.clone()>{move || heading(i18n)}</h3>
        <p id=help_id.clone()>{move || help(i18n)}</p>
        <textarea id=id class="embed-code" readonly rows="4" spellcheck="false" dir="ltr"
            data-testid=testid aria-labelledby=heading_id aria-describedby=help_id prop:value=code></textarea>
        <p class="embed-copy">
            <button type="button" class="q-primary" on:click=copy>{t!(i18n, embed_copy)}</button>
            " "
            <span class="embed-status">
                {move || status.get().map(|ok| if ok {
                    t_string!(i18n, embed_copied)
                } else {
                    t_string!(i18n, embed_copy_failed)
                })}
            </span>
        </p>
    }
}

/// The hint for one problem in a pasted code: what is wrong and what the widget does instead.
fn problem_text(i18n: I18nContext<Locale>, p: &Problem) -> String {
    match p {
        Problem::NoWidget => t_string!(i18n, embed_check_no_widget).to_string(),
        Problem::View(v) => t_string!(i18n, embed_check_bad_view, value = v.clone()).to_string(),
        Problem::Lang(v) => t_string!(i18n, embed_check_bad_lang, value = v.clone()).to_string(),
        Problem::District(v) => {
            t_string!(i18n, embed_check_bad_district, value = v.clone()).to_string()
        }
    }
}

/// Sorts German names as a reader expects: "Städteregion" with the S, not after Z.
fn sort_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'Ä' | 'ä' => 'a',
            'Ö' | 'ö' => 'o',
            'Ü' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}
