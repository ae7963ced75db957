//! A person's progress and every change that can be made to it.
//!
//! The app keeps one [`Saved`] in a signal and calls these methods; storage only ever sees the
//! result. Keeping the rules here (what finishing records, how a link replaces answers, the
//! caps) means they are tested natively, without a browser.

use crate::{
    link::{Carried, FromLink},
    quiz::{questions, Answer, Question, QUESTION_SET},
    recent::{clean, RecentWork, MAX_ITEMS},
    scoring::{assess, Assessment, Outcome},
};

/// Finished attempts kept; the oldest go first.
pub const MAX_HISTORY: usize = 50;

/// The last step of the quiz: the last-six-months check, one past the last question.
pub fn last_step(questions: &[Question]) -> usize {
    questions.len()
}

/// A step of the quiz, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The question at this index.
    Question(usize),
    /// The optional last-six-months check after the questions.
    SixMonths,
}

impl Step {
    /// The step a saved step number names, for `questions`.
    pub fn of(step: usize, questions: &[Question]) -> Step {
        if step >= last_step(questions) {
            Step::SixMonths
        } else {
            Step::Question(step)
        }
    }
}

/// What "Next" (or, on the six-months check, "See my result") did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    /// The question on screen has no answer yet: nothing changed.
    NeedsAnswer,
    /// The quiz moved to another step.
    Moved,
    /// Every question was answered on the six-months check: the attempt is finished (and
    /// recorded, see [`Saved::finish`]) and the result can be shown.
    Finished,
}

/// What receiving a progress link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkArrival {
    /// The link's answers are in; `carried` says what carried over from an earlier set.
    Applied { carried: Option<Carried> },
    /// The answers here differ from the link's: nothing changed yet.
    Conflict(PendingLink),
}

/// A link whose answers differ from the saved ones, waiting for the person to choose
/// ([`Saved::accept_link`] takes it; dropping it keeps theirs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLink(pub FromLink);

/// Everything a person's progress consists of.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Saved {
    /// One slot per question of the current quiz.
    pub answers: Vec<Option<Answer>>,
    /// Answers (digits) to questions this version no longer asks, by id: kept, not scored.
    pub retired: Vec<(String, u8)>,
    /// The question on screen; [`last_step`] is the last-six-months check.
    pub step: usize,
    /// The last-six-months check, at most [`MAX_ITEMS`] pieces of work.
    pub recent: Vec<RecentWork>,
    /// Finished attempts, oldest first.
    pub history: Vec<Attempt>,
    /// Role slugs, in the order they were added.
    pub shortlist: Vec<&'static str>,
    /// What matters to the person when roles are ranked (never part of the verdict).
    pub weights: crate::weigh::Weights,
    /// The 30/60/90-day plan's start, ticks and notes.
    pub plan: crate::plan::PlanState,
    /// Where the person stands today and their field (optional, never scored).
    pub background: crate::background::Background,
}

/// A finished quiz, as it came out at the time.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// When it was finished (ISO 8601), also its identity.
    pub finished_at: String,
    pub answers: Vec<Option<Answer>>,
    /// Answers to questions no longer asked, kept as they were.
    pub retired: Vec<(String, u8)>,
    pub outcome: Outcome,
    pub management: f64,
    pub technical: f64,
    /// `None` for an attempt scored before the leadership scale existed (stored data before
    /// version 6).
    pub leadership: Option<f64>,
    /// The question set it was scored with (see [`QUESTION_SET`]).
    pub question_set: u32,
}

impl Saved {
    /// Nothing yet: one empty slot per question of the quiz.
    pub fn new() -> Self {
        Saved {
            answers: vec![None; questions().len()],
            ..Saved::default()
        }
    }

    /// Whether anything is worth keeping.
    pub fn is_empty(&self) -> bool {
        self.answers.iter().all(Option::is_none)
            && self.retired.is_empty()
            && self.recent.is_empty()
            && self.history.is_empty()
            && self.shortlist.is_empty()
            && self.weights.is_neutral()
            && self.plan.is_empty()
            && self.background.is_empty()
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// Whether every question has an answer (the six-months check is optional).
    pub fn complete(&self) -> bool {
        self.answers.len() == questions().len() && self.answers.iter().all(Option::is_some)
    }

    /// The first question without an answer.
    pub fn first_open(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    /// The result of the answers and the six-months check, once every question is answered.
    pub fn assessment(&self) -> Option<Assessment> {
        self.complete().then(|| {
            assess(
                questions(),
                crate::quiz::themes(),
                &self.answers,
                &self.recent,
            )
        })
    }

    /// Answers question `index`; an answer that does not fit the question is ignored.
    pub fn answer(&mut self, index: usize, answer: Answer) {
        if let (Some(slot), Some(q)) = (self.answers.get_mut(index), questions().get(index)) {
            if answer.fits(q) {
                *slot = Some(answer);
            }
        }
    }

    /// Moves to `step`, at most the six-months check.
    pub fn set_step(&mut self, step: usize) {
        self.step = step.min(last_step(questions()));
    }

    /// The step after this one, as "Next" takes it: the following question; after the last
    /// question, the first one left open by going back and forth, or the six-months check when
    /// none is; from the six-months check, that open question, or the finished quiz (recorded
    /// at `now`, ISO 8601). A question on screen without an answer stops it.
    pub fn advance(&mut self, now: &str) -> Advance {
        let total = questions().len();
        let step = self.step.min(total);
        if step < total {
            if self.answers.get(step).copied().flatten().is_none() {
                return Advance::NeedsAnswer;
            }
            self.step = if step + 1 < total {
                step + 1
            } else {
                self.first_open().unwrap_or(total)
            };
            return Advance::Moved;
        }
        match self.first_open() {
            Some(open) => {
                self.step = open;
                Advance::Moved
            }
            None => {
                self.finish(now);
                Advance::Finished
            }
        }
    }

    /// The question set of the builds that kept an early answer without its set: the first
    /// to keep one.
    const EARLY_ALONE_SET: u32 = 4;

    /// Takes the answer chosen on the pre-rendered quiz before the app had loaded (see
    /// [`crate::store::EARLY_KEY`]) as the choice it was: the question is answered and, when it
    /// was a tap or a number key and the question is the one on screen, the quiz moves to the
    /// next step, as the app's own form does. Anything else, or a choice made on another
    /// question set, is ignored; `false` then.
    pub fn take_early(&mut self, early: &str) -> bool {
        let early = match early.strip_prefix(&crate::store::early_prefix()) {
            Some(choice) => choice,
            None if crate::quiz::QUESTION_SET == Self::EARLY_ALONE_SET && !early.contains('/') => {
                early
            }
            None => return false,
        };
        let (id, moves_on) = match early.strip_suffix(crate::store::EARLY_MOVES_ON) {
            Some(id) => (id, true),
            None => (early, false),
        };
        let Some((index, answer)) = crate::quiz::answer_of_id(questions(), id) else {
            return false;
        };
        self.answer(index, answer);
        if moves_on && self.step == index {
            self.set_step(index + 1);
        }
        true
    }

    /// Takes the answers from a link: the answers that were here, and those kept from retired
    /// questions, give way to them; the quiz goes to the first open question, or to the
    /// six-months check when none is open. History, shortlist and the check stay.
    pub fn replace_answers(&mut self, answers: Vec<Option<Answer>>) {
        let mut answers = answers;
        answers.resize(questions().len(), None);
        self.answers = answers;
        self.retired.clear();
        self.step = self.first_open().unwrap_or(last_step(questions()));
    }

    /// Receives a progress link. Its answers are taken when nothing here would be lost (no
    /// answers yet, or the same ones); otherwise nothing changes and the link waits for the
    /// person to choose ([`PendingLink`]).
    pub fn receive_link(&mut self, link: FromLink) -> LinkArrival {
        if self.answers.iter().all(Option::is_none) || self.answers == link.answers {
            let carried = link.carried();
            self.take_link(link);
            LinkArrival::Applied { carried }
        } else {
            LinkArrival::Conflict(PendingLink(link))
        }
    }

    /// Takes a pending link's answers after all (see [`Saved::replace_answers`]); returns what
    /// to tell the person about answers carried over from an earlier question set.
    pub fn accept_link(&mut self, pending: PendingLink) -> Option<Carried> {
        let carried = pending.0.carried();
        self.take_link(pending.0);
        carried
    }

    /// The link's answers, and what it says of where the person stands (a link that says
    /// nothing of it leaves what was saved).
    fn take_link(&mut self, link: FromLink) {
        self.replace_answers(link.answers);
        let b = link.background;
        self.background.position = b.position.or(self.background.position);
        self.background.field = b.field.or(self.background.field);
    }

    /// Clears the answers and the six-months check and goes back to the first question;
    /// history and shortlist stay.
    pub fn restart(&mut self) {
        self.answers = vec![None; questions().len()];
        self.retired.clear();
        self.recent.clear();
        self.step = 0;
    }

    /// Records the finished quiz at `now` (ISO 8601) in the history, unless it is incomplete or
    /// the latest attempt has the same answers. The oldest attempt goes past [`MAX_HISTORY`].
    /// Returns whether an attempt was added.
    pub fn finish(&mut self, now: &str) -> bool {
        let Some(a) = self.assessment() else {
            return false;
        };
        if self
            .history
            .last()
            .is_some_and(|last| last.answers == self.answers && last.question_set == QUESTION_SET)
        {
            return false;
        }
        self.history.push(Attempt {
            finished_at: now.to_string(),
            answers: self.answers.clone(),
            retired: Vec::new(),
            outcome: a.outcome,
            management: a.management,
            technical: a.technical,
            leadership: Some(a.leadership),
            question_set: QUESTION_SET,
        });
        if self.history.len() > MAX_HISTORY {
            self.history.remove(0);
        }
        true
    }

    /// Deletes the attempt finished at `finished_at`.
    pub fn delete_attempt(&mut self, finished_at: &str) {
        self.history.retain(|a| a.finished_at != finished_at);
    }

    /// Whether the role is on the shortlist.
    pub fn shortlisted(&self, slug: &str) -> bool {
        self.shortlist.contains(&slug)
    }

    /// Adds the role to the shortlist, or takes it off. Unknown slugs are ignored.
    pub fn toggle_shortlist(&mut self, slug: &str) {
        if let Some(i) = self.shortlist.iter().position(|s| *s == slug) {
            self.shortlist.remove(i);
        } else if let Some(role) = crate::role(slug) {
            self.shortlist.push(role.slug);
        }
    }

    /// Adds an empty piece of recent work, if there is room. Returns whether it did.
    pub fn add_recent(&mut self) -> bool {
        let room = self.recent.len() < MAX_ITEMS;
        if room {
            self.recent.push(RecentWork::default());
        }
        room
    }

    /// Removes piece `index` of recent work.
    pub fn remove_recent(&mut self, index: usize) {
        if index < self.recent.len() {
            self.recent.remove(index);
        }
    }

    /// Changes piece `index` of recent work; its text is cleaned afterwards, and a rating
    /// outside 1-5 is dropped.
    pub fn edit_recent(&mut self, index: usize, change: impl FnOnce(&mut RecentWork)) {
        if let Some(item) = self.recent.get_mut(index) {
            change(item);
            item.what = clean(&item.what);
            item.satisfaction = item.satisfaction.filter(|s| (1..=5).contains(s));
        }
    }
}
