//! Every sentence that says a count, rendered for none, one, two and the most there can be in
//! every language: one takes the singular form ("Se muestra 1 de los 12 puestos", "one of the
//! twelve pays more"), every other count the plural.

use crossroads_core::{
    explore::MAX_COMPARE,
    link::Carried,
    progress::MAX_HISTORY,
    prose::{in_language, text, ui, LANGUAGES, SLOT},
    quiz::{questions, Scale},
    recent::{MAX_ITEMS, MIN_TO_COMPARE},
    roles,
    scoring::ScaleConflict,
    weigh::{weigh, Concern, Weights},
    TrackKind,
};
use crossroads_words::*;

/// One count sentence: what it counts, the most it can count, and how it reads for a count.
struct Counted {
    name: &'static str,
    max: usize,
    render: fn(usize) -> String,
    /// The smallest count the sentence says (a smaller one has a sentence of its own).
    min: usize,
    /// Per language: a piece only the singular has, and the piece the plural has in its place
    /// (`{n}` stands for the count). A language without forms here gets the other checks.
    forms: &'static [(&'static str, &'static str, &'static str)],
}

/// The answers on one scale the domain ever counts a conflict over: all of its statements (the
/// sentences' expected forms below name the number; `the_scale_size_is_the_quizs` holds it).
const SCALE: usize = 18;

#[test]
fn the_scale_size_is_the_quizs() {
    for track in TrackKind::ALL {
        let n = questions()
            .iter()
            .filter(|q| q.counts_on() == Some(Scale::of(track)))
            .count();
        assert_eq!(n, SCALE, "{track:?}");
    }
}

fn sentences() -> Vec<Counted> {
    vec![
        Counted {
            name: "roles shown after filtering",
            min: 0,
            max: roles().len(),
            render: |n| roles_showing(n, roles().len()),
            forms: &[
                ("en", "Showing 1 of 13 roles.", "Showing {n} of 13 roles."),
                ("es", "Se muestra 1 de los 13", "Se muestran {n} de los 13"),
            ],
        },
        Counted {
            name: "places a role moved up",
            min: 1,
            max: roles().len() - 1,
            render: |n| moved(n, 0),
            forms: &[
                ("en", "Up one place", "Up {n} places"),
                ("es", "Sube un lugar", "Sube {n} lugares"),
            ],
        },
        Counted {
            name: "places a role moved down",
            min: 1,
            max: roles().len() - 1,
            render: |n| moved(0, n),
            forms: &[
                ("en", "Down one place", "Down {n} places"),
                ("es", "Baja un lugar", "Baja {n} lugares"),
            ],
        },
        Counted {
            name: "preference points",
            min: 0,
            max: 35,
            render: |n| preference_points(70.0 + n as f64, "fit 70", n as f64),
            forms: &[
                ("en", "+ 1 preference point", "+ {n} preference points"),
                (
                    "es",
                    "+ 1 punto de preferencia",
                    "+ {n} puntos de preferencia",
                ),
            ],
        },
        Counted {
            name: "pieces of recent work, all complete",
            min: 1,
            max: MAX_ITEMS,
            render: |n| recent_status(n, n),
            forms: &[
                (
                    "en",
                    "1 of 1 complete: it will count.",
                    "complete: all of them will count.",
                ),
                (
                    "es",
                    "Tareas completas: 1 de 1. Contará.",
                    "Tareas completas: {n} de {n}. Contarán todas.",
                ),
            ],
        },
        Counted {
            name: "pieces of recent work, some complete",
            min: 0,
            max: MAX_ITEMS - 1,
            render: |n| recent_status(n, MAX_ITEMS),
            forms: &[],
        },
        Counted {
            name: "roles chosen to compare",
            min: 1,
            max: MAX_COMPARE,
            render: |n| roles_chosen(n, MAX_COMPARE),
            forms: &[
                ("en", "One role chosen", "{n} roles chosen"),
                ("es", "Has elegido un puesto", "Has elegido {n} puestos"),
            ],
        },
        Counted {
            name: "answers a restart clears",
            min: 0,
            max: questions().len(),
            render: quiz_clears,
            forms: &[
                ("en", "your one answer", "your {n} answers"),
                ("es", "tu única respuesta", "tus {n} respuestas"),
            ],
        },
        Counted {
            name: "attempts imported",
            min: 0,
            max: MAX_HISTORY,
            render: imported,
            forms: &[
                ("en", "one finished attempt", "{n} finished attempts"),
                ("es", "un intento terminado", "{n} intentos terminados"),
            ],
        },
        Counted {
            name: "attempts in the history's gap",
            min: 1,
            max: MAX_HISTORY,
            render: |n| gaps(&vec![10.0; n]),
            forms: &[
                ("en", "in your one attempt", "across {n} attempts"),
                ("es", "en tu único intento", "en {n} intentos"),
            ],
        },
        Counted {
            name: "points between the two scores",
            min: 1,
            max: 100,
            render: |n| gap(n as f64),
            forms: &[
                (
                    "en",
                    "management 1 point higher",
                    "management {n} points higher",
                ),
                ("es", "1 punto más en gestión", "{n} puntos más en gestión"),
            ],
        },
        Counted {
            name: "plan steps ticked",
            min: 0,
            max: 27,
            render: |n| {
                plural(n, ui::PLAN_STATUS_TICKED_ONE, ui::PLAN_STATUS_TICKED_OTHER)
                    .fill([&n.to_string()])
            },
            forms: &[
                ("en", ", 1 step ticked.", ", {n} steps ticked."),
                ("es", ", 1 paso marcado.", ", {n} pasos marcados."),
            ],
        },
        Counted {
            name: "answers a link dropped",
            min: 1,
            max: questions().len(),
            render: |n| {
                carried(&Carried {
                    carried: 10,
                    dropped: n,
                })
            },
            forms: &[
                (
                    "en",
                    "(one belonged to a question",
                    "({n} belonged to questions",
                ),
                (
                    "es",
                    "(otra correspondía a una pregunta",
                    "(otras {n} correspondían a preguntas",
                ),
            ],
        },
        Counted {
            name: "answers a link carried over",
            min: 0,
            max: questions().len(),
            render: |n| {
                carried(&Carried {
                    carried: n,
                    dropped: 0,
                })
            },
            forms: &[
                (
                    "en",
                    "1 of its answers carried over",
                    "{n} of its answers carried over",
                ),
                (
                    "es",
                    "ha recuperado 1 de sus respuestas",
                    "ha recuperado {n} de sus respuestas",
                ),
            ],
        },
        Counted {
            name: "answers whose one step would change the verdict",
            min: 1,
            max: 3,
            render: |n| {
                plural(n, text::FIRM_MARGIN_ONE, text::FIRM_MARGIN_OTHER).fill([&n.to_string()])
            },
            forms: &[
                ("en", "a single answer", "{n} of your answers would each"),
                ("es", "una sola respuesta", "{n} de tus respuestas tendrían"),
            ],
        },
        Counted {
            name: "pieces of recent work rated",
            min: 0,
            max: MAX_ITEMS,
            render: |n| {
                plural(n, text::RECENT_TOO_FEW_ONE, text::RECENT_TOO_FEW_OTHER)
                    .fill([&MIN_TO_COMPARE.to_string(), &n.to_string()])
            },
            forms: &[
                ("en", "(so far 1 is rated", "(so far {n} are rated"),
                (
                    "es",
                    "llevas 1 tarea valorada",
                    "llevas {n} tareas valoradas",
                ),
            ],
        },
        Counted {
            name: "answers against their scale",
            min: 1,
            max: SCALE,
            render: |n| {
                conflict(&ScaleConflict {
                    scale: Scale::Management,
                    answered: SCALE,
                    against: n,
                    leans_towards: true,
                })
            },
            forms: &[
                (
                    "en",
                    "1 of your 18 management answers",
                    "{n} of your 18 management answers",
                ),
                ("es", "en 1 de 18 casos", "en {n} de 18 casos"),
            ],
        },
    ]
}

/// The word after each standalone "1" in `text`.
fn words_after_one(text: &str) -> Vec<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[0].trim_start_matches(['(', '+']) == "1")
        .map(|w| w[1])
        .collect()
}

#[test]
fn every_count_sentence_agrees_with_its_count() {
    let mut rendered = 0;
    for lang in LANGUAGES {
        in_language(lang, || {
            for c in sentences() {
                let forms = c.forms.iter().find(|(code, ..)| *code == lang);
                for n in [0, 1, 2, c.max].into_iter().filter(|n| *n >= c.min) {
                    let said = (c.render)(n);
                    rendered += 1;
                    assert!(
                        !said.is_empty() && !said.contains(['{', '}', SLOT]),
                        "{lang}, {}, {n}: {said:?}",
                        c.name
                    );
                    // A count of one never takes a plural noun right after it.
                    for word in words_after_one(&said) {
                        assert!(
                            !word.trim_end_matches(['.', ',', ')', ':']).ends_with('s')
                                || ["of", "de", "is"].contains(&word),
                            "{lang}, {}, {n}: a plural after 1 in {said:?}",
                            c.name
                        );
                    }
                    let Some((_, one, plural_form)) = forms else {
                        continue;
                    };
                    if n == 1 {
                        assert!(
                            said.contains(one),
                            "{lang}, {}: {said:?} lacks {one:?}",
                            c.name
                        );
                    } else {
                        let plural_form = plural_form.replace("{n}", &n.to_string());
                        assert!(
                            said.contains(&plural_form),
                            "{lang}, {}, {n}: {said:?} lacks {plural_form:?}",
                            c.name
                        );
                        assert!(!said.contains(one), "{lang}, {}, {n}: {said:?}", c.name);
                    }
                }
            }
        })
        .expect("every language is compiled in");
    }
    println!("{rendered} count sentences rendered for 0, 1, 2 and their maximum");
}

#[test]
fn the_salary_sentences_say_one_role_pays_more_in_the_singular() {
    let w = Weights::default().with(Concern::Pay, 4);
    let second = roles()
        .iter()
        .find(|r| crossroads_core::explore::salary_rank(r).is_some_and(|(rank, _)| rank == 2))
        .expect("a role ranks second by salary");
    let said = |lang| {
        in_language(lang, || {
            weigh(&w, second)
                .reasons
                .into_iter()
                .map(|r| reason(r, second))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .expect("every language is compiled in")
    };
    assert!(
        said("en").contains("; one of the twelve roles with a figure pays more."),
        "{}",
        said("en")
    );
    assert!(
        said("es").contains(": solo uno de los doce puestos con cifra paga más."),
        "{}",
        said("es")
    );
    for lang in LANGUAGES {
        in_language(lang, || {
            for r in roles() {
                let place = salary_place(r);
                assert!(!place.contains(['{', SLOT]), "{lang}: {place}");
            }
        })
        .expect("every language is compiled in");
    }
}
