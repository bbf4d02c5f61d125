use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Scrolls `el` to the top of the viewport (below the sticky quick-exit bar, via its
/// `scroll-margin`), instantly: the app never animates scrolling, so it also honours
/// `prefers-reduced-motion` (WCAG 2.3.3). Use this instead of calling `scrollIntoView` directly.
pub fn scroll_into_view(el: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(ScrollBehavior::Instant);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
