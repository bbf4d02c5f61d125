use leptos::prelude::*;

/// The app's one polite live region (`role="status"`). Screen readers read what is put into
/// it, without moving focus: "Unna selected", "12 results", "Question 3 of 9".
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    /// Announces `text`. Saying the same text twice announces it twice: the second time
    /// differs by an invisible no-break space, so the region's content really changes.
    pub fn say(&self, text: impl Into<String>) {
        let text = text.into();
        self.0.update(|current| {
            *current = if current.trim_end_matches('\u{a0}') == text && !current.ends_with('\u{a0}')
            {
                format!("{text}\u{a0}")
            } else {
                text
            };
        });
    }

    /// Empties the region without announcing anything.
    pub fn clear(&self) {
        self.0.set(String::new());
    }

    /// What the region holds now (for tests and for the component).
    pub fn text(&self) -> String {
        self.0.get()
    }
}

/// Creates the announcer and provides it to every component below; render [`LiveRegion`]
/// once, in the page, from the start (a live region added later is not reliably read).
pub fn provide_announcer() -> Announcer {
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    announcer
}

/// The announcer provided by [`crate::App`].
pub fn use_announcer() -> Announcer {
    use_context::<Announcer>().expect("Announcer not provided; mount inside <App/>")
}

/// The visually hidden live region that speaks what [`Announcer::say`] puts into it.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! {
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
            {move || announcer.text()}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_twice_still_changes_the_region() {
        let owner = Owner::new();
        owner.set();
        let a = provide_announcer();
        a.say("Unna");
        let first = a.0.get_untracked();
        a.say("Unna");
        let second = a.0.get_untracked();
        a.say("Unna");
        let third = a.0.get_untracked();
        assert_eq!(first, "Unna");
        assert_ne!(first, second);
        assert_eq!(second.trim_end_matches('\u{a0}'), "Unna");
        assert_eq!(third, "Unna");
        a.say("Köln");
        assert_eq!(a.0.get_untracked(), "Köln");
    }
}
