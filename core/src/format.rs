//! Numbers as digits, the same in every language (the text layer, `crossroads-words`, writes
//! them the way each language does), and as SVG coordinates.

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

/// Text made safe inside an HTML element or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape_html(r#"<a href="x">Q&A</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain, ñ"), "plain, ñ");
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
}
