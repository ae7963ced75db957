//! Number formatting shared by every page.

/// Formats whole dollars the way the source articles do: `$162,252`.
pub fn usd(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push('$');
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `x` with `decimals` digits after the point, rounded half away from zero: `fixed(4.166, 1)`
/// is `4.2`, `fixed(62.5, 0)` is `63`. A value that rounds to zero has no minus sign.
///
/// Integer arithmetic on purpose: Rust's float formatting adds about 12 kB to the wasm, and
/// every number the app shows is a score, a share or an SVG coordinate well inside `i64`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10_u64.pow(decimals.min(6));
    // `as` saturates, and NaN becomes 0: odd input gives an odd number, never a panic.
    let scaled = (x * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.unsigned_abs() / scale, scaled.unsigned_abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let width = decimals.min(6) as usize;
        format!("{sign}{whole}.{part:0width$}")
    }
}

/// An effect on the lean in words: `+4.2 towards management`, `-1.0 towards technical`,
/// `no effect`.
pub fn lean_effect(points: f64) -> String {
    if points.abs() < 0.05 {
        "no effect".to_string()
    } else if points > 0.0 {
        format!("+{} towards management", fixed(points, 1))
    } else {
        format!("{} towards technical", fixed(points, 1))
    }
}

/// An effect on one scale in words: `+1.4 on your technical score`, `-2.8 on your management
/// score`, `no effect`.
pub fn scale_effect(points: f64, scale: crate::TrackKind) -> String {
    if points.abs() < 0.05 {
        "no effect".to_string()
    } else {
        let sign = if points > 0.0 { "+" } else { "" };
        format!("{sign}{} on your {} score", fixed(points, 1), scale.slug())
    }
}

/// The gap between the two scores in words, naming which is higher and nothing more (a gap is
/// not a verdict): `management 34 points higher`, `technical 1 point higher`, `level`.
pub fn gap(management_minus_technical: f64) -> String {
    let rounded = management_minus_technical.round();
    let points = |n: f64| {
        if n == 1.0 {
            "1 point".to_string()
        } else {
            format!("{} points", fixed(n, 0))
        }
    };
    if rounded == 0.0 {
        "level".to_string()
    } else if rounded > 0.0 {
        format!("management {} higher", points(rounded))
    } else {
        format!("technical {} higher", points(-rounded))
    }
}

/// How an answer reads next to its question.
pub fn answer(question: &crate::quiz::Question, answer: crate::quiz::Answer) -> &'static str {
    use crate::quiz::{Answer, QuestionKind};
    match (answer, &question.kind) {
        (Answer::Agreement(a), _) => a.label(),
        (
            Answer::Pick(t),
            QuestionKind::Choice {
                management,
                technical,
            },
        ) => match t {
            crate::TrackKind::Management => management.get(),
            crate::TrackKind::Technical => technical.get(),
        },
        (Answer::NotApplicable, _) => crate::quiz::NOT_APPLICABLE,
        (Answer::Pick(_), QuestionKind::Statement { .. }) => "(no valid answer)",
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, ... `11th`, `12th`, `21st`.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal).to_vec();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
    }

    #[test]
    fn effects_and_leans_in_words() {
        assert_eq!(lean_effect(4.166), "+4.2 towards management");
        assert_eq!(lean_effect(-1.0), "-1.0 towards technical");
        assert_eq!(lean_effect(0.01), "no effect");
        assert_eq!(gap(33.6), "management 34 points higher");
        assert_eq!(gap(-12.2), "technical 12 points higher");
        assert_eq!(gap(-1.0), "technical 1 point higher");
        assert_eq!(gap(-0.3), "level");
    }

    #[test]
    fn fixed_point_without_float_formatting() {
        let cases = [
            (4.166, 1, "4.2"),
            (-1.0, 1, "-1.0"),
            (62.5, 0, "63"),
            (-62.5, 0, "-63"),
            (0.04, 1, "0.0"),
            (-0.04, 1, "0.0"),
            (99.99, 1, "100.0"),
            (7.0, 0, "7"),
            (123.456, 2, "123.46"),
            (0.05, 2, "0.05"),
            (f64::NAN, 1, "0.0"),
        ];
        for (x, d, want) in cases {
            assert_eq!(fixed(x, d), want, "fixed({x}, {d})");
        }
        // Away from exact ties it agrees with the standard library's formatting.
        for i in -2000..2000 {
            let x = f64::from(i) * 0.0731;
            if ((x * 10.0).fract().abs() - 0.5).abs() < 1e-6 {
                continue;
            }
            assert_eq!(
                fixed(x, 1).trim_start_matches('-'),
                format!("{x:.1}").trim_start_matches('-')
            );
        }
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(usd(162_252), "$162,252");
        assert_eq!(usd(84_927), "$84,927");
        assert_eq!(usd(1_000_000), "$1,000,000");
        assert_eq!(usd(999), "$999");
        assert_eq!(usd(0), "$0");
    }
}
