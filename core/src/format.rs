//! Number formatting shared by every page.

/// Formats whole dollars the way the source articles do: `$162,252`.
pub fn usd(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push('$');
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::usd;

    #[test]
    fn groups_thousands() {
        assert_eq!(usd(162_252), "$162,252");
        assert_eq!(usd(84_927), "$84,927");
        assert_eq!(usd(1_000_000), "$1,000,000");
        assert_eq!(usd(999), "$999");
        assert_eq!(usd(0), "$0");
    }
}
