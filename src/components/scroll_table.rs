//! A wide table that scrolls inside its own region on narrow screens.

use leptos::prelude::*;

/// A captioned table in a focusable, labelled scroll region, so keyboard users can scroll it
/// and the page itself never scrolls sideways.
#[component]
pub fn ScrollTable(
    /// Id of the caption, which also labels the region.
    id: &'static str,
    /// The table's caption.
    caption: &'static str,
    /// Classes of the table.
    class: &'static str,
    /// The table's head and body.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
            <table role="table" class=class>
                <caption id=id>{caption}</caption>
                {children()}
            </table>
        </div>
    }
}
