//! When a chosen answer moves the quiz on by itself. A tap on an answer, or its number key,
//! moves on once after a short pause; arrow keys and Space only choose (people who move through
//! the answers with arrows must never be carried past a question); and anything done during the
//! pause (another choice, Back, Next) takes the place of the pending move.

use crossroads_core::quiz::ADVANCE_PAUSE_MS;
use leptos::prelude::*;

/// How an answer was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// By a tap or a click: moves on.
    Tap,
    /// By a key that only chooses (arrows, Space): stays.
    Key,
    /// By its number key: moves on.
    Digit,
}

/// Runs a function once a number of milliseconds have passed: the browser's timer in the app,
/// a queue the tests run by hand.
pub trait Timer: Copy + 'static {
    /// Runs `f` after `ms` milliseconds.
    fn after(self, ms: u32, f: impl FnOnce() + 'static);
}

/// The browser's timer.
#[derive(Clone, Copy)]
pub struct Pause;

impl Timer for Pause {
    fn after(self, ms: u32, f: impl FnOnce() + 'static) {
        crate::browser::after_pause(ms, f);
    }
}

/// The pause state of one question form.
#[derive(Clone, Copy)]
pub struct Pace<T> {
    /// Counts choices and moves, so a pause that has been overtaken does nothing.
    ticket: StoredValue<u32>,
    /// Whether the last input was a pointer (tap, click) rather than a key.
    by_pointer: StoredValue<bool>,
    timer: T,
}

impl<T: Timer> Pace<T> {
    /// A form's pace, waiting with `timer`.
    pub fn new(timer: T) -> Self {
        Pace {
            ticket: StoredValue::new(0),
            by_pointer: StoredValue::new(false),
            timer,
        }
    }

    /// A pointer went down on the form.
    pub fn pointer_down(&self) {
        self.by_pointer.set_value(true);
    }

    /// A key went down on the form.
    pub fn key_down(&self) {
        self.by_pointer.set_value(false);
    }

    /// How the answer a radio just changed to was chosen: by a tap when a pointer went down
    /// last, else by a key.
    pub fn changed(&self) -> Chosen {
        if self.by_pointer.get_value() {
            Chosen::Tap
        } else {
            Chosen::Key
        }
    }

    /// A click on the answer already chosen (after Back, or from the check page): a tap moves
    /// on again; the click Space makes on a chosen radio is nothing to act on.
    pub fn clicked_again(&self) -> Option<Chosen> {
        self.by_pointer.get_value().then_some(Chosen::Tap)
    }

    /// An answer was chosen `how` on the question at `step`: cancels any pending move and,
    /// when the choice was a tap or a digit, moves on with `go_on` after the pause, unless
    /// something else happened first or the quiz is no longer at `step`.
    pub fn chose(&self, how: Chosen, step: Memo<usize>, go_on: Callback<()>) {
        self.cancel();
        if how == Chosen::Key {
            return;
        }
        let (ticket, mine, at) = (self.ticket, self.ticket.get_value(), step.get_untracked());
        self.timer.after(ADVANCE_PAUSE_MS, move || {
            if ticket.try_get_value() == Some(mine) && step.try_get_untracked() == Some(at) {
                go_on.run(());
            }
        });
    }

    /// Back, Next or Enter: whatever move was pending is overtaken.
    pub fn cancel(&self) {
        self.ticket.update_value(|t| *t += 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// The pauses waiting, in the order they were set (each one the same length).
        static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    }

    /// Keeps each pause until the test waits it out.
    #[derive(Clone, Copy)]
    struct Later;

    impl Timer for Later {
        fn after(self, _ms: u32, f: impl FnOnce() + 'static) {
            WAITING.with_borrow_mut(|w| w.push(Box::new(f)));
        }
    }

    /// What a person does on a question form.
    #[derive(Debug, Clone, Copy)]
    enum Act {
        /// Taps an answer other than the chosen one.
        Tap,
        /// Taps the answer already chosen.
        TapAgain,
        /// Presses an answer's number key.
        Digit,
        /// Moves through the answers with an arrow key (which also chooses).
        Arrow,
        /// Chooses the focused answer with Space.
        Space,
        /// Presses Space on the answer already chosen (a click, and no change).
        SpaceOnChosen,
        /// Presses Back.
        Back,
        /// Presses Next (or Enter).
        Next,
        /// The browser's Back button: the address moves the quiz, not the form.
        Address,
        /// Waits out the pause.
        Wait,
    }

    const ACTS: [Act; 10] = [
        Act::Tap,
        Act::TapAgain,
        Act::Digit,
        Act::Arrow,
        Act::Space,
        Act::SpaceOnChosen,
        Act::Back,
        Act::Next,
        Act::Address,
        Act::Wait,
    ];

    /// Plays `acts` on one form as the quiz page wires it, and returns how many times the
    /// pause moved the quiz on and how many times Next did.
    fn play(acts: &[Act]) -> (usize, usize) {
        WAITING.with_borrow_mut(Vec::clear);
        let owner = Owner::new();
        owner.with(|| {
            // Far enough from the first question that no sequence reaches it.
            let step = RwSignal::new(10usize);
            let memo = Memo::new(move |_| step.get());
            let moved = StoredValue::new(0usize);
            let go_on = Callback::new(move |()| {
                moved.update_value(|m| *m += 1);
                step.update(|s| *s += 1);
            });
            let pace = Pace::new(Later);
            let mut nexts = 0;
            for act in acts {
                match act {
                    // As `QuestionForm` wires them: a radio's change asks the pace how it was
                    // made, a click on the chosen answer asks whether it counts.
                    Act::Tap => {
                        pace.pointer_down();
                        pace.chose(pace.changed(), memo, go_on);
                    }
                    Act::TapAgain | Act::SpaceOnChosen => {
                        if matches!(act, Act::TapAgain) {
                            pace.pointer_down();
                        } else {
                            pace.key_down();
                        }
                        if let Some(how) = pace.clicked_again() {
                            pace.chose(how, memo, go_on);
                        }
                    }
                    Act::Digit => {
                        pace.key_down();
                        pace.chose(Chosen::Digit, memo, go_on);
                    }
                    Act::Arrow | Act::Space => {
                        pace.key_down();
                        pace.chose(pace.changed(), memo, go_on);
                    }
                    Act::Back => {
                        pace.cancel();
                        step.update(|s| *s = s.saturating_sub(1));
                    }
                    Act::Next => {
                        pace.cancel();
                        nexts += 1;
                        go_on.run(());
                    }
                    Act::Address => step.update(|s| *s = s.saturating_sub(1)),
                    Act::Wait => {
                        for f in WAITING.with_borrow_mut(std::mem::take) {
                            f();
                        }
                    }
                }
            }
            (moved.get_value() - nexts, nexts)
        })
    }

    /// The rule as a person states it: a tap or digit leaves one move pending, which the next
    /// act of any kind but waiting replaces (by its own pending move, or by nothing); Space on
    /// the answer already chosen changes nothing at all; a step the address moved away from is
    /// not moved on from.
    fn expected(acts: &[Act]) -> usize {
        let (mut pending, mut moves) = (false, 0);
        for act in acts {
            match act {
                Act::Tap | Act::TapAgain | Act::Digit => pending = true,
                Act::Arrow | Act::Space | Act::Back | Act::Next => pending = false,
                Act::Address => pending = false,
                Act::SpaceOnChosen => {}
                Act::Wait => {
                    moves += usize::from(pending);
                    pending = false;
                }
            }
        }
        moves
    }

    #[test]
    fn a_tap_or_a_digit_moves_on_once_and_keys_that_only_choose_never_do() {
        assert_eq!(play(&[Act::Tap, Act::Wait, Act::Wait]), (1, 0));
        assert_eq!(play(&[Act::Digit, Act::Wait]), (1, 0));
        assert_eq!(play(&[Act::TapAgain, Act::Wait]), (1, 0));
        assert_eq!(play(&[Act::Arrow, Act::Arrow, Act::Wait]), (0, 0));
        assert_eq!(play(&[Act::Space, Act::Wait]), (0, 0));
        // A second tap within the pause moves on once, not twice; Back cancels.
        assert_eq!(play(&[Act::Tap, Act::Tap, Act::Wait]), (1, 0));
        assert_eq!(play(&[Act::Tap, Act::Back, Act::Wait]), (0, 0));
        // Next during the pause moves on by itself, and the pause then does nothing.
        assert_eq!(play(&[Act::Digit, Act::Next, Act::Wait]), (0, 1));
    }

    #[test]
    fn every_sequence_of_up_to_six_acts_moves_on_as_the_rule_says() {
        // Every sequence of 1 to 6 acts: 10 + 100 + ... + 10^6 = 1,111,110 sequences.
        let mut sequences = 0;
        let mut moves = 0;
        let mut acts = Vec::new();
        fn each(acts: &mut Vec<Act>, left: usize, f: &mut dyn FnMut(&[Act])) {
            if !acts.is_empty() {
                f(acts);
            }
            if left == 0 {
                return;
            }
            for act in ACTS {
                acts.push(act);
                each(acts, left - 1, f);
                acts.pop();
            }
        }
        each(&mut acts, 6, &mut |acts| {
            let (by_pause, _) = play(acts);
            assert_eq!(by_pause, expected(acts), "{acts:?}");
            sequences += 1;
            moves += by_pause;
        });
        println!(
            "auto-advance: {sequences} sequences of up to 6 acts, {moves} moves by the pause, \
             each as the rule says"
        );
        assert_eq!(sequences, (1..=6).map(|n| 10usize.pow(n)).sum::<usize>());
    }
}
