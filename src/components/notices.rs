//! Messages about storage, links and the connection, shown under the header.

use crate::{
    browser,
    state::{use_notices, use_pending_link, use_progress, Notice},
};
use crossroads_core::prose::ui;
use leptos::prelude::*;

/// The list of current notices; a polite live region, so each is announced when it appears.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notices wrap" role="status" aria-live="polite">
            <LinkChoice />
            {move || notices.0.get().into_iter().map(|n| view! { <NoticeItem notice=n /> }).collect_view()}
        </div>
    }
}

/// A progress link whose answers differ from the saved ones: the person chooses which to keep.
#[component]
fn LinkChoice() -> impl IntoView {
    let pending = use_pending_link();
    let progress = use_progress();
    let notices = use_notices();
    move || {
        pending.0.with(Option::is_some).then(|| view! {
            <div class="notice notice-ask">
                <p>{ui::LINK_CONFLICT_ASK.get()}</p>
                <p class="notice-actions">
                    <button type="button" class="button button-small" on:click=move |_| pending.accept(progress, notices)>{ui::USE_THE_LINKS_ANSWERS.get()}</button>
                    <button type="button" class="button button-small" on:click=move |_| pending.0.set(None)>{ui::KEEP_MINE.get()}</button>
                </p>
            </div>
        }.into_any())
    }
}

/// One notice with its actions.
#[component]
fn NoticeItem(
    /// What to say.
    notice: Notice,
) -> impl IntoView {
    let notices = use_notices();
    let text = match &notice {
        Notice::StorageBlocked => ui::STORAGE_BLOCKED.get().to_string(),
        Notice::SaveFailed => ui::SAVE_FAILED.get().to_string(),
        Notice::CorruptRestored { backup_key, reason } => {
            crossroads_words::corrupt_restored(reason, backup_key)
        }
        Notice::NewerData { version } => crossroads_words::newer_data(*version),
        Notice::LinkInvalid(reason) => crossroads_words::link_invalid(reason),
        Notice::LinkApplied(None) => ui::LINK_APPLIED.get().to_string(),
        Notice::LinkApplied(Some(carried)) => crossroads_words::carried(carried),
        Notice::Imported => ui::IMPORTED.get().to_string(),
        Notice::Offline => ui::OFFLINE.get().to_string(),
        Notice::UpdateReady => ui::UPDATE_READY.get().to_string(),
    };
    let tone = match notice {
        Notice::LinkApplied(_) | Notice::Imported => "notice-ok",
        Notice::UpdateReady => "notice-ask",
        Notice::Offline => "notice-info",
        _ => "notice-warn",
    };
    let actions = match notice.clone() {
        Notice::UpdateReady => {
            let later = notice.clone();
            view! {
                <button type="button" class="button button-small button-primary" on:click=|_| browser::worker::activate_update()>{ui::RELOAD.get()}</button>
                <button type="button" class="button button-small" on:click=move |_| notices.dismiss(&later)>{ui::LATER.get()}</button>
            }
            .into_any()
        }
        Notice::Offline => ().into_any(),
        _ => {
            let notice = notice.clone();
            view! {
                <button type="button" class="button button-small" on:click=move |_| notices.dismiss(&notice)>{ui::DISMISS.get()}</button>
            }
            .into_any()
        }
    };
    view! {
        <div class=format!("notice {tone}")>
            <p>{text}</p>
            <p class="notice-actions">{actions}</p>
        </div>
    }
}
