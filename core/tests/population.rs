//! Answer style must not decide a result: simulated populations of respondents who answer by
//! habit rather than by preference, 20,000 of each (seeded, so every run sees the same
//! people), and what the result makes of them. Run with `--nocapture` to see the table; CI
//! prints it too.

mod common;

use common::Rng;
use crossroads_core::{
    quiz::{questions, themes, Agreement, Answer, QuestionKind},
    scoring::{assess, Assessment, Confidence, Outcome},
    TrackKind,
};

/// Respondents per population.
const PEOPLE: usize = 20_000;
/// The most of a population that may get a verdict held with high or medium confidence.
const MOST_CONFIDENT: f64 = 0.05;

/// How a population answers: statement `i` (counting statements only) gets `answer(rng, i,
/// start)`, where `start` is 0 or 1, drawn once per respondent.
type Style = dyn Fn(&mut Rng, usize, u64) -> u8;

/// One respondent; either-or questions get a random pick.
fn respondent(rng: &mut Rng, answer: &Style) -> Assessment {
    let start = rng.below(2) as u64;
    let mut statement = 0;
    let answers: Vec<Option<Answer>> = questions()
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Statement { .. } => {
                let a = answer(rng, statement, start);
                statement += 1;
                Some(Answer::Agreement(Agreement::from_points(a).unwrap()))
            }
            QuestionKind::Choice { .. } => Some(Answer::Pick(if rng.below(2) == 0 {
                TrackKind::Management
            } else {
                TrackKind::Technical
            })),
        })
        .collect();
    assess(questions(), themes(), &answers, &[])
}

/// What a population got.
#[derive(Default)]
struct Tally {
    people: usize,
    /// Shown outcome counts: management, technical, hybrid, undecided.
    shown: [usize; 4],
    /// The scores' own verdict, before the answer-style checks.
    face_value: [usize; 4],
    /// Any verdict (undecided included) held with high or medium confidence.
    confident: usize,
    flagged: usize,
}

fn slot(o: Outcome) -> usize {
    Outcome::ALL.iter().position(|x| *x == o).unwrap()
}

impl Tally {
    fn add(&mut self, a: &Assessment) {
        self.people += 1;
        self.shown[slot(a.outcome)] += 1;
        self.face_value[slot(a.face_value)] += 1;
        if a.confidence != Confidence::Low {
            self.confident += 1;
        }
        if !a.issues.is_empty() {
            self.flagged += 1;
        }
    }

    fn share(&self, n: usize) -> f64 {
        n as f64 / self.people as f64
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize| format!("{:5.1}%", 100.0 * self.share(n));
        format!(
            "| {name:<48} | {} | {} | {} | {} | {} | {} | {} / {} |",
            pct(self.confident),
            pct(self.flagged),
            pct(self.shown[0]),
            pct(self.shown[1]),
            pct(self.shown[2]),
            pct(self.shown[3]),
            pct(self.face_value[0]),
            pct(self.face_value[1]),
        )
    }
}

fn population(seed: u64, answer: impl Fn(&mut Rng, usize, u64) -> u8 + 'static) -> Tally {
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    for _ in 0..PEOPLE {
        let a = respondent(&mut rng, &answer);
        tally.add(&a);
    }
    tally
}

/// Keyed points (0-4 on the statement's own scale) as `points(scale)` gives them, worded back
/// into the agreement that gives them.
fn keyed_answer(i: usize, points: u8) -> u8 {
    let q = questions()
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Statement { .. }))
        .nth(i)
        .unwrap();
    match q.kind {
        QuestionKind::Statement {
            keyed: crossroads_core::quiz::Keyed::Disagree,
            ..
        } => 4 - points,
        _ => points,
    }
}

fn scale_of(i: usize) -> TrackKind {
    match questions()
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Statement { .. }))
        .nth(i)
        .unwrap()
        .kind
    {
        QuestionKind::Statement { scale, .. } => scale,
        QuestionKind::Choice { .. } => unreachable!(),
    }
}

/// People with a real preference who still answer a quarter of the statements one step off
/// (either way) and one in ten two steps off, which is noisier than most people: `centre` gives each scale's usual keyed points.
fn noisy(centre: fn(TrackKind) -> u8) -> impl Fn(&mut Rng, usize, u64) -> u8 {
    move |rng, i, _| {
        let c = i32::from(centre(scale_of(i)));
        let off = match rng.below(20) {
            0..=2 => -1,
            3..=5 => 1,
            6 => -2,
            7 => 2,
            _ => 0,
        };
        keyed_answer(i, (c + off).clamp(0, 4) as u8)
    }
}

#[test]
fn people_with_real_preferences_mostly_keep_their_verdict() {
    type Centre = fn(TrackKind) -> u8;
    let cases: [(&str, Centre, Outcome); 4] = [
        (
            "noisy manager (keyed 3 / 1)",
            |s| if s == TrackKind::Management { 3 } else { 1 },
            Outcome::Management,
        ),
        (
            "noisy engineer (keyed 1 / 3)",
            |s| if s == TrackKind::Management { 1 } else { 3 },
            Outcome::Technical,
        ),
        ("noisy hybrid (keyed 3 / 3)", |_| 3, Outcome::Hybrid),
        ("noisy neither (keyed 1 / 1)", |_| 1, Outcome::Undecided),
    ];
    println!("\n{PEOPLE} respondents per population (seeded)\n");
    println!("| population                                       | confident | flagged | Mgmt   | Tech   | Hybrid | Undec. | face value M / T |");
    println!("|--------------------------------------------------|-----------|---------|--------|--------|--------|--------|------------------|");
    for (seed, (name, centre, want)) in cases.into_iter().enumerate() {
        let t = population(100 + seed as u64, noisy(centre));
        println!("{}", t.row(name));
        let kept = t.share(t.shown[slot(want)]);
        assert!(
            kept >= 0.9,
            "{name}: only {:.1}% kept {want:?}",
            100.0 * kept
        );
        assert!(
            t.share(t.flagged) <= 0.1,
            "{name}: {:.1}% flagged",
            100.0 * t.share(t.flagged)
        );
    }
}

#[test]
fn answer_style_alone_never_gets_a_confident_verdict() {
    let pick = |choices: &'static [u8]| {
        move |rng: &mut Rng, _: usize, _: u64| choices[rng.below(choices.len())]
    };
    let populations: Vec<(&str, Tally)> = vec![
        (
            "uniform over all five answers",
            population(1, pick(&[0, 1, 2, 3, 4])),
        ),
        (
            "uniform over Disagree/Neutral/Agree",
            population(2, pick(&[1, 2, 3])),
        ),
        (
            "uniform over Neutral/Agree/Strongly agree",
            population(3, pick(&[2, 3, 4])),
        ),
        (
            "uniform over Strongly disagree/Disagree/Neutral",
            population(4, pick(&[0, 1, 2])),
        ),
        ("uniform over Disagree/Agree", population(5, pick(&[1, 3]))),
        (
            "random extremes (Strongly dis/agree)",
            population(6, pick(&[0, 4])),
        ),
        (
            "alternating extremes, Strongly disagree first",
            population(7, |_, i, _| if i % 2 == 0 { 0 } else { 4 }),
        ),
        (
            "alternating extremes, Strongly agree first",
            population(8, |_, i, _| if i % 2 == 0 { 4 } else { 0 }),
        ),
        (
            "alternating Disagree/Agree, random start",
            population(9, |_, i, start| {
                if (i as u64 + start).is_multiple_of(2) {
                    1
                } else {
                    3
                }
            }),
        ),
    ];
    println!("\n{PEOPLE} respondents per population (seeded)\n");
    println!("| population                                       | confident | flagged | Mgmt   | Tech   | Hybrid | Undec. | face value M / T |");
    println!("|--------------------------------------------------|-----------|---------|--------|--------|--------|--------|------------------|");
    for (name, t) in &populations {
        println!("{}", t.row(name));
    }
    for (name, t) in &populations {
        assert!(
            t.share(t.confident) <= MOST_CONFIDENT,
            "{name}: {:.1}% got a verdict with high or medium confidence",
            100.0 * t.share(t.confident)
        );
    }
    let extremes = &populations[5].1;
    let (m, t) = (
        extremes.share(extremes.face_value[0]),
        extremes.share(extremes.face_value[1]),
    );
    println!(
        "\nrandom extremes at face value: management {:.2}%, technical {:.2}%",
        100.0 * m,
        100.0 * t
    );
    assert!(
        (m - t).abs() <= 0.01,
        "random extremes favour one track: {m} against {t}"
    );
}
