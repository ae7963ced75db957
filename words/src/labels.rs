//! The names of the controls' choices and of the pages, and the sentences of the panels that
//! weigh roles and compare salaries.

use crate::{plural, usd, Fill};
use crossroads_core::{
    background::{Field, Position},
    content::Role,
    explore::{salary_rank, track_pay, Sort, TrackPay},
    link::{Carried, LinkError},
    method,
    prose::{text, ui},
    recent::{RecentWork, WorkKind},
    role,
    routes::Route,
    scoring::Outcome,
    store::{Damage, ReadError, CURRENT_VERSION},
    weigh::{Concern, Reason},
    TrackKind,
};

/// Where a person stands today, as offered.
pub fn position(p: Position) -> &'static str {
    match p {
        Position::HandsOn => text::POSITION_HANDS_ON.get(),
        Position::LeadingHandsOn => text::POSITION_LEADING_HANDS_ON.get(),
        Position::Managing => text::POSITION_MANAGING.get(),
        Position::Studying => text::POSITION_STUDYING.get(),
    }
}

/// An engineering field, as offered.
pub fn field(f: Field) -> &'static str {
    match f {
        Field::Mechanical => text::FIELD_MECHANICAL.get(),
        Field::Civil => text::FIELD_CIVIL.get(),
        Field::Chemical => text::FIELD_CHEMICAL.get(),
        Field::Electrical => text::FIELD_ELECTRICAL.get(),
        Field::Software => text::FIELD_SOFTWARE.get(),
        Field::Systems => text::FIELD_SYSTEMS.get(),
        Field::Other => text::FIELD_OTHER.get(),
    }
}

/// What a piece of recent work mostly was, as offered.
pub fn work_kind(k: WorkKind) -> &'static str {
    match k {
        WorkKind::People => text::WORK_KIND_PEOPLE.get(),
        WorkKind::Technical => text::WORK_KIND_TECHNICAL.get(),
        WorkKind::Both => text::WORK_KIND_BOTH.get(),
        WorkKind::Direction => text::WORK_KIND_DIRECTION.get(),
    }
}

/// A satisfaction rating from 1 to 5, as offered; empty outside that range.
pub fn satisfaction(rating: u8) -> &'static str {
    match rating {
        1 => text::SATISFACTION_VERY_UNSATISFYING.get(),
        2 => text::SATISFACTION_UNSATISFYING.get(),
        3 => text::SATISFACTION_NEITHER.get(),
        4 => text::SATISFACTION_SATISFYING.get(),
        5 => text::SATISFACTION_VERY_SATISFYING.get(),
        _ => "",
    }
}

/// How a piece of recent work was rated, in one phrase: "very satisfying, mostly hands-on
/// technical work" (empty parts where it is incomplete). Case-folded as ASCII, as everywhere
/// in the app (Unicode's tables cost about 4 kB of brotli): labels start with an ASCII letter.
pub fn rating(w: &RecentWork) -> String {
    text::RATING
        .fill([
            satisfaction(w.satisfaction.unwrap_or(0)),
            w.kind.map_or("", work_kind),
        ])
        .to_ascii_lowercase()
}

/// An order of the role list, as the menu offers it.
pub fn sort(s: Sort) -> &'static str {
    match s {
        Sort::SalaryHigh => text::SORT_SALARY_HIGH.get(),
        Sort::SalaryLow => text::SORT_SALARY_LOW.get(),
        Sort::Name => text::SORT_NAME.get(),
    }
}

/// One step of a "What matters to you" control, 0 (no preference) to `weigh::TOP_STEP` (a lot).
pub fn weigh_step(step: u8) -> &'static str {
    match step {
        0 => text::WEIGH_STEP_NONE.get(),
        1 => text::WEIGH_STEP_LITTLE.get(),
        2 => text::WEIGH_STEP_SOME.get(),
        3 => text::WEIGH_STEP_QUITE.get(),
        _ => text::WEIGH_STEP_LOT.get(),
    }
}

/// The question a control asks, as its visible label.
pub fn concern(c: Concern) -> &'static str {
    match c {
        Concern::Pay => text::CONCERN_PAY.get(),
        Concern::Pressure => text::CONCERN_PRESSURE.get(),
        Concern::Security => text::CONCERN_SECURITY.get(),
        Concern::HandsOn => text::CONCERN_HANDS_ON.get(),
        Concern::People => text::CONCERN_PEOPLE.get(),
        Concern::Family => text::CONCERN_FAMILY.get(),
        Concern::Learning => text::CONCERN_LEARNING.get(),
    }
}

/// Why a concern moved a role, as a sentence: its salary's place among the twelve, or its
/// trait's reason with what the level rests on.
pub fn reason(r: Reason, role: &Role) -> String {
    let Some(t) = r.concern.trait_of(role) else {
        let (Some(salary), Some((rank, count))) = (role.salary, salary_rank(role)) else {
            return text::REASON_PAY_UNKNOWN.get().to_string();
        };
        let salary = usd(salary);
        let above = rank - 1;
        return match rank {
            1 => text::REASON_PAY_HIGHEST.fill([&salary]),
            n if n == count => text::REASON_PAY_LOWEST.fill([&salary]),
            _ => plural(above, text::REASON_PAY_ONE, text::REASON_PAY_OTHER)
                .fill([&salary, &above.to_string()]),
        };
    };
    let words = t.why.get().trim_end();
    let why = if t.from_sources {
        text::WHY_FROM_SOURCES
    } else {
        text::WHY_FROM_READING
    }
    .fill([words.strip_suffix('.').unwrap_or(words)]);
    // "Better" is less pressure, and more of everything else.
    let template = match (r.concern, r.better) {
        (Concern::Pressure, true) => text::REASON_LESS_PRESSURE,
        (Concern::Pressure, false) => text::REASON_MORE_PRESSURE,
        (Concern::Security, true) => text::REASON_MORE_SECURITY,
        (Concern::Security, false) => text::REASON_LESS_SECURITY,
        (Concern::HandsOn, true) => text::REASON_MORE_HANDS_ON,
        (Concern::HandsOn, false) => text::REASON_LESS_HANDS_ON,
        (Concern::People, true) => text::REASON_MORE_PEOPLE,
        (Concern::People, false) => text::REASON_LESS_PEOPLE,
        (Concern::Family, true) => text::REASON_MORE_FAMILY,
        (Concern::Family, false) => text::REASON_LESS_FAMILY,
        (_, true) => text::REASON_MORE_LEARNING,
        (_, false) => text::REASON_LESS_LEARNING,
    };
    template.fill([&why])
}

/// What the plan says before the roles that test a door (see
/// `crossroads_core::fit::door_roles`).
pub fn door_roles_lead(o: Outcome) -> &'static str {
    match o {
        Outcome::Leadership => text::LEADS_LEAD.get(),
        _ => text::BRIDGES_LEAD.get(),
    }
}

/// A role's average salary as shown, or that the sources give none.
pub fn salary_shown(role: &Role) -> String {
    role.salary
        .map_or_else(|| text::SALARY_NOT_GIVEN.get().to_string(), usd)
}

/// A role's place by salary among the roles with a figure, in one sentence; or that the
/// sources give it none.
pub fn salary_place(role: &Role) -> String {
    let (Some(salary), Some((rank, count))) = (role.salary, salary_rank(role)) else {
        return text::SALARY_UNKNOWN.fill([role.title.get()]);
    };
    text::SALARY_RANK.fill([
        role.title.get(),
        &rank.to_string(),
        &count.to_string(),
        &usd(salary),
    ])
}

/// A track's pay range as a sentence: "Management roles run from US$84,927 (Engineering Lead)
/// to US$162,252 (Engineering Director)."; empty for a track without roles.
pub fn track_range(track: TrackKind) -> String {
    let Some(TrackPay {
        lowest: low,
        highest: high,
    }) = track_pay(track)
    else {
        return String::new();
    };
    match track {
        TrackKind::Management => text::TRACK_RANGE_MANAGEMENT,
        TrackKind::Technical => text::TRACK_RANGE_TECHNICAL,
    }
    .fill([
        &usd(low.salary.unwrap_or_default()),
        low.title.get(),
        &usd(high.salary.unwrap_or_default()),
        high.title.get(),
    ])
}

/// One sentence about a page for search results and link previews.
pub fn description(route: &Route) -> String {
    let plain = |p: crossroads_core::prose::Prose| p.get().to_string();
    match route {
        Route::Home => plain(text::DESCRIPTION_HOME),
        Route::Quiz => {
            let outcomes: Vec<String> = Outcome::ALL
                .iter()
                .map(|o| crate::outcome(*o).to_ascii_lowercase())
                .collect();
            let outcomes: Vec<&str> = outcomes.iter().map(String::as_str).collect();
            text::DESCRIPTION_QUIZ.fill([
                &crossroads_core::quiz::questions().len().to_string(),
                &crate::either(&outcomes),
            ])
        }
        Route::Results => plain(text::DESCRIPTION_RESULTS),
        Route::Roles => plain(text::DESCRIPTION_ROLES),
        Route::Role(slug) => match role(slug) {
            Some(r) => match (r.track, r.salary) {
                (_, None) => text::DESCRIPTION_ROLE_NO_SALARY.fill([r.title.get()]),
                (TrackKind::Management, Some(s)) => {
                    text::DESCRIPTION_ROLE_MANAGEMENT.fill([r.title.get(), &usd(s)])
                }
                (TrackKind::Technical, Some(s)) => {
                    text::DESCRIPTION_ROLE_TECHNICAL.fill([r.title.get(), &usd(s)])
                }
            },
            None => plain(text::DESCRIPTION_NO_ROLE),
        },
        Route::Compare => plain(text::DESCRIPTION_COMPARE),
        Route::History => plain(text::DESCRIPTION_HISTORY),
        Route::Method => plain(text::DESCRIPTION_METHOD),
        Route::Check => plain(text::DESCRIPTION_CHECK),
    }
}

/// The "How the score works" page for a site deployed at `base` (no final slash: `""` or
/// `"/crossroads"`): the content's template with the scoring's numbers and the answers' names.
pub fn method_page(base: &str) -> String {
    let mut values = method::values(base);
    values.push(("not_applicable", crate::not_applicable().to_string()));
    let names = [
        "satisfaction_1",
        "satisfaction_2",
        "satisfaction_3",
        "satisfaction_4",
        "satisfaction_5",
    ];
    for (rating, name) in (1..).zip(names) {
        values.push((name, satisfaction(rating).to_ascii_lowercase()));
    }
    crate::method::fill(method::template(), &values)
}

/// Why saved data or an imported file could not be read, in one sentence.
pub fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::NotJson => ui::READ_NOT_JSON.get().to_string(),
        ReadError::NotCrossroads => ui::READ_NOT_CROSSROADS.get().to_string(),
        ReadError::Newer { version } => {
            ui::READ_NEWER.fill([&version.to_string(), &CURRENT_VERSION.to_string()])
        }
        ReadError::Invalid(Damage::NoSuchFormat(format)) => {
            ui::DAMAGE_NO_SUCH_FORMAT.fill([&format.to_string()])
        }
        ReadError::Invalid(Damage::Missing(at)) => ui::DAMAGE_MISSING.fill([at]),
        ReadError::Invalid(Damage::Unexpected(at)) => ui::DAMAGE_UNEXPECTED.fill([at]),
        ReadError::Invalid(Damage::Wrong(at)) => ui::DAMAGE_WRONG.fill([at]),
    }
}

/// Why a progress link could not be read, in one sentence.
pub fn link_error(e: &LinkError) -> String {
    match e {
        LinkError::TooLong => ui::LINK_TOO_LONG.get().to_string(),
        LinkError::UnknownVersion => ui::LINK_UNKNOWN_VERSION.get().to_string(),
        LinkError::WrongLength { .. } => ui::LINK_WRONG_LENGTH.get().to_string(),
        LinkError::BadCharacter => ui::LINK_BAD_CHARACTER.get().to_string(),
        LinkError::OutOfRange { question } => {
            ui::LINK_OUT_OF_RANGE.fill([&(question + 1).to_string()])
        }
    }
}

/// What carried over from a link made for an earlier question set.
pub fn carried(c: &Carried) -> String {
    let carried = c.carried.to_string();
    match c.dropped {
        0 => ui::LINK_CARRIED.fill([&carried]),
        n => plural(
            n,
            ui::LINK_CARRIED_DROPPED_ONE,
            ui::LINK_CARRIED_DROPPED_OTHER,
        )
        .fill([&carried, &n.to_string()]),
    }
}
