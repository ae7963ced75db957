//! The one way the app moves to another address without a page load: the router's
//! `use_navigate`, wrapped so that no page repeats the rule about the deployment's base.

use crossroads_core::routes::{Address, Route};
use leptos_router::{hooks::use_navigate, params::ParamsMap, NavigateOptions};

/// How a move treats the history and the scroll position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Move {
    /// A new history entry, scrolled to the top: following a link.
    #[default]
    Push,
    /// A new history entry, the scroll kept: a filter or a pick on the same page.
    PushInPlace,
    /// In place of the current entry, scrolled to the top.
    Replace,
    /// In place of the current entry, the scroll kept: a control that should not fill Back.
    ReplaceInPlace,
}

/// The address of `route` with the query keys it reads out of the router's `query`.
pub fn address_of(route: Route, query: &ParamsMap) -> Address {
    Address::from_query(route, query.into_iter().map(|(k, v)| (k.as_ref(), v)))
}

/// A function that moves the app to an address (see [`Move`]).
pub fn use_go() -> impl Fn(&Address, Move) + Clone + 'static {
    let navigate = use_navigate();
    move |address: &Address, how: Move| {
        let options = NavigateOptions {
            replace: matches!(how, Move::Replace | Move::ReplaceInPlace),
            scroll: matches!(how, Move::Push | Move::Replace),
            ..Default::default()
        };
        // The router puts its base (the language's and the deployment's path) in front of
        // the path itself, so the address is made for an empty base.
        navigate(&address.href(""), options);
    }
}
