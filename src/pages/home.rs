//! `/`: what Crossroads is and where to start.

use crate::{
    browser,
    components::{PlanStatus, TrackBadge},
};
use crossroads_core::prose::ui;
use crossroads_core::routes::Route;
use crossroads_core::{track, TrackKind};
use leptos::prelude::*;

/// The landing page: the question, the two tracks in a sentence each, and the way in.
#[component]
pub fn Home() -> impl IntoView {
    browser::use_title(|| ui::HOME_TITLE.get().into());
    view! {
        <section class="hero wrap">
            <h1>{ui::MANAGEMENT_OR_TECHNICAL_WHICH_WAY.get()}</h1>
            <p class="lede">{ui::HOME_LEDE.get()}</p>
            <p class="cta-row">
                <a href=browser::link(&Route::Quiz) class="button button-primary">{ui::START_THE_QUIZ.get()}</a>
                <a href=browser::link(&Route::Roles) class="button">{ui::EXPLORE_THE_ROLES.get()}</a>
            </p>
            <p class="fine-print">{ui::HOME_FINE_PRINT.get()}</p>
            <PlanStatus />
        </section>
        <section class="wrap tracks-intro" aria-labelledby="tracks-heading">
            <h2 id="tracks-heading">{ui::TWO_TRACKS.get()}</h2>
            <ul class="card-grid">
                {TrackKind::ALL
                    .into_iter()
                    .map(|kind| {
                        let t = track(kind);
                        view! {
                            <li class=format!("card track-card track-{}", kind.slug())>
                                <TrackBadge track=kind />
                                <h3>{t.name.get()}</h3>
                                <p>{t.tagline.get()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p><a href=browser::link(&Route::Compare)>{ui::COMPARE_THE_TWO_TRACKS_SIDE.get()}</a></p>
        </section>
    }
}
