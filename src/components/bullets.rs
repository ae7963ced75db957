//! A plain bulleted list of content strings.

use leptos::prelude::*;

/// An unordered list with one item per string.
#[component]
pub fn Bullets(
    /// The items, in order.
    items: Vec<&'static str>,
    /// Extra class for the list.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! { <ul class=class>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}
