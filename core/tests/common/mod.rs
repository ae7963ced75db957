//! Helpers shared by the domain's test files (each uses some of them).
#![allow(dead_code)]

use crossroads_core::{
    quiz::{questions, Agreement, Answer, Keyed, QuestionKind},
    TrackKind,
};

/// SplitMix64: a tiny, well-mixed generator, seeded per test so every run sees the same
/// inputs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every statement answered with `m` keyed points (0-4) on the management scale and `t` on
/// the technical one, worded back into the agreement that gives them; choices unanswered.
pub fn keyed_answers(m: u8, t: u8) -> Vec<Option<Answer>> {
    questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { scale, keyed, .. } => {
                let p = if scale == TrackKind::Management { m } else { t };
                let raw = if keyed == Keyed::Disagree { 4 - p } else { p };
                Some(Answer::Agreement(Agreement::from_points(raw).unwrap()))
            }
            QuestionKind::Choice { .. } => None,
        })
        .collect()
}
