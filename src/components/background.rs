//! The two optional questions about where the person stands today and their field (see
//! `crossroads_core::background`), asked at the start of the quiz and editable on the result.

use crate::state::use_progress;
use crossroads_core::background::{Field, Position};
use crossroads_core::prose::text;
use leptos::prelude::*;

/// Two labelled drop-downs, each with "Not said" first; a change is saved at once.
#[component]
pub fn BackgroundFields(
    /// Prefix for the controls' ids, so the component can appear on more than one page.
    id: &'static str,
) -> impl IntoView {
    let progress = use_progress();
    let position = move || progress.with(|d| d.background.position);
    let field = move || progress.with(|d| d.background.field);
    let position_id = format!("{id}-position");
    let field_id = format!("{id}-field");
    view! {
        <div class="background-fields">
            <div class="field">
                <label for=position_id.clone()>{text::WHAT_DO_YOU_DO_TODAY.get()}</label>
                <select
                    id=position_id
                    on:change=move |ev| {
                        let value = Position::from_slug(&event_target_value(&ev));
                        progress.change(|d| d.background.position = value);
                    }
                >
                    <option value="" prop:selected=move || position().is_none()>{text::NOT_SAID.get()}</option>
                    {Position::ALL
                        .into_iter()
                        .map(|p| view! {
                            <option value=p.slug() prop:selected=move || position() == Some(p)>{crossroads_words::position(p)}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=field_id.clone()>{text::YOUR_ENGINEERING_FIELD.get()}</label>
                <select
                    id=field_id
                    on:change=move |ev| {
                        let value = Field::from_slug(&event_target_value(&ev));
                        progress.change(|d| d.background.field = value);
                    }
                >
                    <option value="" prop:selected=move || field().is_none()>{text::NOT_SAID.get()}</option>
                    {Field::ALL
                        .into_iter()
                        .map(|f| view! {
                            <option value=f.slug() prop:selected=move || field() == Some(f)>{crossroads_words::field(f)}</option>
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}
