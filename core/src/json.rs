//! A small JSON reader and writer for the stored schema and exported files.
//!
//! `serde_json` and the serde derives cost about 45 kB of wasm, a sixth of the app's code, for
//! one small document. This module covers RFC 8259 in full on input (strict: no trailing commas,
//! comments or trailing text) and writes the same pretty layout `serde_json` did, so files
//! exported by earlier builds and by this one look alike.

/// A parsed JSON value. Objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Deeper nesting than this is refused rather than risking the stack; the schema needs 5.
const MAX_DEPTH: usize = 64;

impl Value {
    /// The value under `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The number, if this is a whole number from 0 to `u32::MAX`.
    pub fn as_u32(&self) -> Option<u32> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
            .map(|n| n as u32)
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The fields in document order, if this is an object.
    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }

    /// The value as pretty-printed JSON with two-space indents.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, 0);
        out
    }
}

/// Parses a whole JSON text. `None` for anything that is not exactly one JSON value.
pub fn parse(text: &str) -> Option<Value> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.skip_space();
    (p.at == p.bytes.len()).then_some(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Value) -> Option<Value> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if self.eat(b'}') {
                    return Some(Value::Object(fields));
                }
                loop {
                    self.skip_space();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    fields.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(Value::Object(fields));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Value::Array(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            _ => self.number().map(Value::Number),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// A number by the JSON grammar. Exact for up to 15 significant digits and a small
    /// exponent (everything this app writes); longer input comes out within a rounding step.
    fn number(&mut self) -> Option<f64> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        match self.digits() {
            0 => return None,
            n if n > 1 && self.bytes[int_start] == b'0' => return None,
            _ => {}
        }
        let int_end = self.at;
        let mut frac = (int_end, int_end);
        if self.peek() == Some(b'.') {
            self.at += 1;
            let from = self.at;
            if self.digits() == 0 {
                return None;
            }
            frac = (from, self.at);
        }
        let mut exponent: i32 = 0;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let minus = self.peek() == Some(b'-');
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            let from = self.at;
            if self.digits() == 0 {
                return None;
            }
            for &b in &self.bytes[from..self.at] {
                exponent = exponent
                    .saturating_mul(10)
                    .saturating_add(i32::from(b - b'0'));
            }
            if minus {
                exponent = -exponent;
            }
        }
        // Mantissa from the significant digits; digits past 18 only shift the scale.
        let mut mantissa: u64 = 0;
        let mut scale = exponent;
        let mut kept = 0;
        let digits = self.bytes[int_start..int_end]
            .iter()
            .map(|b| (b, false))
            .chain(self.bytes[frac.0..frac.1].iter().map(|b| (b, true)));
        for (&b, fractional) in digits {
            if kept < 18 {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                if mantissa > 0 {
                    kept += 1;
                }
                if fractional {
                    scale = scale.saturating_sub(1);
                }
            } else if !fractional {
                scale = scale.saturating_add(1);
            }
        }
        // Dividing or multiplying two exactly representable numbers rounds once: exact
        // whenever the mantissa fits 53 bits and the power of ten 22 digits.
        let m = mantissa as f64;
        let value = if scale >= 0 {
            m * 10f64.powi(scale.min(400))
        } else if scale >= -22 {
            m / 10f64.powi(-scale)
        } else {
            m / 10f64.powi(22) / 10f64.powi((-scale - 22).min(400))
        };
        value
            .is_finite()
            .then_some(if negative { -value } else { value })
    }

    fn hex4(&mut self) -> Option<u32> {
        let text = std::str::from_utf8(self.bytes.get(self.at..self.at + 4)?).ok()?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(text, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let run = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            out.push_str(std::str::from_utf8(&self.bytes[self.at..self.at + run]).ok()?);
            self.at += run;
            match self.bytes[self.at] {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escape = self.peek()?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&high) {
                                // A surrogate pair: the low half must follow at once.
                                if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
                                    return None;
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return None;
                                }
                                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                high
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    });
                }
                _ => return None,
            }
        }
    }
}

fn write_value(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_text(*n)),
        Value::String(s) => write_string(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(fields) if fields.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                push_indent(out, indent + 1);
                write_value(out, item, indent + 1);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                push_indent(out, indent + 1);
                write_string(out, key);
                out.push_str(": ");
                write_value(out, item, indent + 1);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push('}');
        }
    }
}

fn push_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

/// Numbers are written with at most six decimals and no trailing zeros; JSON has no NaN or
/// infinity, so those become `null`'s stand-in 0.
fn number_text(n: f64) -> String {
    if !n.is_finite() {
        return "0".into();
    }
    let text = crate::format::fixed(n, 6);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5, 3e2, 0.125E-1, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": {}} "#)
            .unwrap();
        assert_eq!(
            v.get("a").unwrap().as_array().unwrap(),
            [
                Value::Number(1.0),
                Value::Number(-2.5),
                Value::Number(300.0),
                Value::Number(0.0125),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null
            ]
        );
        assert_eq!(v.get("b").unwrap().as_str(), Some("x\"\\/\né😀"));
        assert_eq!(v.get("c").unwrap().as_object(), Some(&[][..]));
        assert_eq!(v.get("d"), None);
    }

    #[test]
    fn refuses_what_is_not_strict_json() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\u{1}\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "[1] 2",
            "{\"a\" 1}",
            "{a:1}",
            "// c\n1",
            "NaN",
            "1e999",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 5), "]".repeat(MAX_DEPTH + 5));
        assert_eq!(parse(&deep), None);
    }

    #[test]
    fn numbers_the_app_writes_read_back_exactly() {
        for i in 0..=10_000 {
            let x = f64::from(i) / 100.0;
            assert_eq!(parse(&number_text(x)), Some(Value::Number(x)), "{x}");
        }
        assert_eq!(
            parse("58.333333333333336")
                .unwrap()
                .as_f64()
                .map(|x| (x * 1e6).round()),
            Some(58_333_333.0)
        );
        assert_eq!(Value::Number(7.0).as_u32(), Some(7));
        assert_eq!(Value::Number(7.5).as_u32(), None);
        assert_eq!(Value::Number(-1.0).as_u32(), None);
    }

    #[test]
    fn writes_the_pretty_layout() {
        let v = Value::Object(vec![
            ("app".into(), Value::String("crossroads".into())),
            (
                "list".into(),
                Value::Array(vec![Value::Number(1.0), Value::Number(66.5)]),
            ),
            ("empty".into(), Value::Object(vec![])),
        ]);
        assert_eq!(
            v.to_pretty(),
            "{\n  \"app\": \"crossroads\",\n  \"list\": [\n    1,\n    66.5\n  ],\n  \"empty\": {}\n}"
        );
    }

    proptest! {
        #[test]
        fn any_string_round_trips(s in "\\PC{0,40}|[\\x00-\\x1f\"\\\\]{0,10}") {
            let v = Value::String(s);
            prop_assert_eq!(parse(&v.to_pretty()), Some(v));
        }

        #[test]
        fn arbitrary_text_never_panics(s in ".{0,200}") {
            let _ = parse(&s);
        }
    }
}
