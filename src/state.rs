//! App-wide state. It lives in memory only and dies with the tab: nothing here is ever
//! written to storage, cookies or the URL.

use leptos::prelude::*;

/// The selected district, as an index into [`crate::data::DISTRICTS`].
#[derive(Clone, Copy)]
pub struct Selection(pub RwSignal<Option<usize>>);

/// Creates the selection and provides it to every component below [`crate::App`].
pub fn provide_selection() -> Selection {
    let selection = Selection(RwSignal::new(None));
    provide_context(selection);
    selection
}

/// The selection provided by [`crate::App`].
pub fn use_selection() -> Selection {
    use_context::<Selection>().expect("Selection not provided; mount inside <App/>")
}

/// Which part of the page is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The map and the directory of help.
    #[default]
    FindHelp,
    /// The anonymous self-check.
    SelfCheck,
    /// The embed-code generator, for partner websites.
    Embed,
}

/// The view shown, in memory only: switching never touches the URL or the history.
#[derive(Clone, Copy)]
pub struct CurrentView(pub RwSignal<View>);

/// Creates the view signal and provides it to every component below [`crate::App`].
pub fn provide_view() -> CurrentView {
    let view = CurrentView(RwSignal::new(View::default()));
    provide_context(view);
    view
}

/// The view signal provided by [`crate::App`].
pub fn use_view() -> CurrentView {
    use_context::<CurrentView>().expect("CurrentView not provided; mount inside <App/>")
}
