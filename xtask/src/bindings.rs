//! Shortens the names by which the wasm and wasm-bindgen's JavaScript call each other.
//!
//! wasm-bindgen names each import after its Web API with a 16-digit hash
//! (`__wbg_setAttribute_f75317b2b5cabfb4`) and each closure export likewise; about 250 of them
//! sit in both files, and hashes do not compress: 4-5 kB of brotli on every first load. The
//! names only have to agree between the two files, so the release build gives each a short one
//! (`$w1f`) in the wasm's import and export sections and in the script, and changes nothing else.

use std::collections::HashMap;

/// The wasm and script with every import and export name the script uses replaced by a short
/// one; `Err` for a wasm this reader does not understand (the build then stops).
pub fn shorten(wasm: &[u8], script: &str) -> Result<(Vec<u8>, String), String> {
    let module = Module::read(wasm)?;
    let used = tokens(script);
    let mut short: HashMap<String, String> = HashMap::new();
    for name in module.names() {
        // Short names cost nothing; a name the script never says is left as it is.
        if name.len() > 8 && used.contains(name) && !short.contains_key(name) {
            let next = format!("$w{}", base36(short.len()));
            short.insert(name.to_string(), next);
        }
    }
    let script = rename_tokens(script, &short);
    Ok((module.write(&short), script))
}

/// `n` in base 36, lower case.
fn base36(mut n: usize) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(digits[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// The byte ranges of the script's identifier-like tokens, in order.
fn token_spans(script: &str) -> Vec<(usize, usize)> {
    let bytes = script.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && is_word(bytes[i]) {
            i += 1;
        }
        if i > start {
            spans.push((start, i));
        } else {
            i += 1;
        }
    }
    spans
}

/// Every identifier-like token of the script.
fn tokens(script: &str) -> std::collections::HashSet<&str> {
    token_spans(script)
        .into_iter()
        .map(|(start, end)| &script[start..end])
        .collect()
}

/// The script with each whole token in `map` replaced.
fn rename_tokens(script: &str, map: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(script.len());
    let mut copied = 0;
    for (start, end) in token_spans(script) {
        if let Some(new) = map.get(&script[start..end]) {
            out.push_str(&script[copied..start]);
            out.push_str(new);
            copied = end;
        }
    }
    out.push_str(&script[copied..]);
    out
}

/// A wasm module as sections, with the names of its imports and exports read out.
struct Module<'a> {
    sections: Vec<Section<'a>>,
}

/// One import: its module name, its field name, and its description's bytes.
type Import<'a> = (&'a str, &'a str, &'a [u8]);

enum Section<'a> {
    /// Any section but the two with names, kept byte for byte (id and contents).
    Other(u8, &'a [u8]),
    /// Imports.
    Imports(Vec<Import<'a>>),
    /// Exports: name, and the kind and index bytes.
    Exports(Vec<(&'a str, &'a [u8])>),
}

const MAGIC: &[u8] = b"\0asm\x01\0\0\0";

impl<'a> Module<'a> {
    fn read(wasm: &'a [u8]) -> Result<Self, String> {
        let body = wasm
            .strip_prefix(MAGIC)
            .ok_or("not a version-1 wasm module")?;
        let mut r = Reader(body);
        let mut sections = Vec::new();
        while !r.0.is_empty() {
            let id = r.byte()?;
            let size = r.leb()? as usize;
            let contents = r.take(size)?;
            sections.push(match id {
                2 => Section::Imports(read_imports(contents)?),
                7 => Section::Exports(read_exports(contents)?),
                _ => Section::Other(id, contents),
            });
        }
        Ok(Module { sections })
    }

    /// Every import field and export name, in order.
    fn names(&self) -> Vec<&'a str> {
        let mut out = Vec::new();
        for section in &self.sections {
            match section {
                Section::Imports(list) => out.extend(list.iter().map(|(_, field, _)| *field)),
                Section::Exports(list) => out.extend(list.iter().map(|(name, _)| *name)),
                Section::Other(..) => {}
            }
        }
        out
    }

    fn write(&self, short: &HashMap<String, String>) -> Vec<u8> {
        let rename = |name: &'a str| short.get(name).map_or(name, String::as_str).to_string();
        let mut out = MAGIC.to_vec();
        for section in &self.sections {
            let (id, contents) = match section {
                Section::Other(id, contents) => (*id, contents.to_vec()),
                Section::Imports(list) => {
                    let mut c = leb(list.len() as u64);
                    for (module, field, desc) in list {
                        c.extend(name(module));
                        c.extend(name(&rename(field)));
                        c.extend_from_slice(desc);
                    }
                    (2, c)
                }
                Section::Exports(list) => {
                    let mut c = leb(list.len() as u64);
                    for (export, desc) in list {
                        c.extend(name(&rename(export)));
                        c.extend_from_slice(desc);
                    }
                    (7, c)
                }
            };
            out.push(id);
            out.extend(leb(contents.len() as u64));
            out.extend(contents);
        }
        out
    }
}

fn read_imports(contents: &[u8]) -> Result<Vec<Import<'_>>, String> {
    let mut r = Reader(contents);
    let count = r.leb()?;
    let mut list = Vec::new();
    for _ in 0..count {
        let module = r.name()?;
        let field = r.name()?;
        let start = r.0;
        match r.byte()? {
            // A function or a tag: its type index (a tag has an attribute byte first).
            0x00 => {
                r.leb()?;
            }
            0x04 => {
                r.byte()?;
                r.leb()?;
            }
            // A table: its element type, then its limits.
            0x01 => {
                r.value_type()?;
                r.limits()?;
            }
            0x02 => r.limits()?,
            // A global: its type and mutability.
            0x03 => {
                r.value_type()?;
                r.byte()?;
            }
            kind => return Err(format!("an import of unknown kind {kind:#x}")),
        }
        let used = start.len() - r.0.len();
        list.push((module, field, &start[..used]));
    }
    Ok(list)
}

fn read_exports(contents: &[u8]) -> Result<Vec<(&str, &[u8])>, String> {
    let mut r = Reader(contents);
    let count = r.leb()?;
    let mut list = Vec::new();
    for _ in 0..count {
        let export = r.name()?;
        let start = r.0;
        r.byte()?;
        r.leb()?;
        let used = start.len() - r.0.len();
        list.push((export, &start[..used]));
    }
    Ok(list)
}

/// Reads a wasm module's encoding from the front.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if n > self.0.len() {
            return Err("the wasm ends in the middle of a section".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn leb(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("a number in the wasm is too long".into())
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let len = self.leb()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| "a name in the wasm is not UTF-8".into())
    }

    /// A value or reference type: one byte, or a nullable reference and its heap type.
    fn value_type(&mut self) -> Result<(), String> {
        if matches!(self.byte()?, 0x63 | 0x64) {
            self.leb()?;
        }
        Ok(())
    }

    /// Limits: a flag, the minimum, and the maximum when the flag says so.
    fn limits(&mut self) -> Result<(), String> {
        let flag = self.byte()?;
        self.leb()?;
        if flag & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }
}

fn leb(mut n: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
}

fn name(text: &str) -> Vec<u8> {
    let mut out = leb(text.len() as u64);
    out.extend_from_slice(text.as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and a memory and exporting a function and a global.
    fn module(imports: &[(&str, &str)], exports: &[&str]) -> Vec<u8> {
        let mut types = leb(1);
        types.extend([0x60, 0, 0]);
        let mut imp = leb(imports.len() as u64 + 1);
        for (module, field) in imports {
            imp.extend(name(module));
            imp.extend(name(field));
            imp.extend([0x00, 0x00]);
        }
        imp.extend(name("wbg"));
        imp.extend(name("memory"));
        imp.extend([0x02, 0x01, 0x11, 0x80, 0x01]);
        let mut exp = leb(exports.len() as u64);
        for (i, export) in exports.iter().enumerate() {
            exp.extend(name(export));
            exp.extend([0x00, i as u8]);
        }
        let mut out = MAGIC.to_vec();
        for (id, contents) in [(1u8, types), (2, imp), (7, exp), (0, name("custom"))] {
            out.push(id);
            out.extend(leb(contents.len() as u64));
            out.extend(contents);
        }
        out
    }

    #[test]
    fn names_shrink_in_both_files_and_nothing_else_changes() {
        let wasm = module(
            &[
                ("wbg", "__wbg_setAttribute_f75317b2b5cabfb4"),
                ("wbg", "__wbg_keep"),
            ],
            &[
                "wasm_bindgen__convert__closures_____invoke__h756734d0c82e9aae",
                "unused_but_long",
            ],
        );
        let script = "const i={__wbg_setAttribute_f75317b2b5cabfb4:function(e){x.__wbg_setAttribute_f75317b2b5cabfb4_2()}};\
            function T(r){c.wasm_bindgen__convert__closures_____invoke__h756734d0c82e9aae(r)}\
            'wasm_bindgen__convert__closures_____invoke__h756734d0c82e9aae';";
        let (short_wasm, short_script) = shorten(&wasm, script).unwrap();
        assert_eq!(
            short_script,
            "const i={$w0:function(e){x.__wbg_setAttribute_f75317b2b5cabfb4_2()}};\
            function T(r){c.$w1(r)}'$w1';"
        );
        let read = Module::read(&short_wasm).unwrap();
        assert_eq!(
            read.names(),
            ["$w0", "__wbg_keep", "memory", "$w1", "unused_but_long"]
        );
        // Renamed back, the module is the original byte for byte.
        let back: HashMap<String, String> = [
            ("$w0", "__wbg_setAttribute_f75317b2b5cabfb4"),
            (
                "$w1",
                "wasm_bindgen__convert__closures_____invoke__h756734d0c82e9aae",
            ),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        assert_eq!(read.write(&back), wasm);
        assert!(short_wasm.len() < wasm.len());
    }

    #[test]
    fn a_damaged_module_is_an_error() {
        assert!(shorten(b"not wasm", "").is_err());
        let mut wasm = module(&[("wbg", "__wbg_a_0123456789abcdef")], &[]);
        wasm.truncate(wasm.len() - 3);
        assert!(shorten(&wasm, "").is_err());
    }

    #[test]
    fn short_names_count_in_base_36() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(leb(624_485), [0xe5, 0x8e, 0x26]);
        assert_eq!(Reader(&[0xe5, 0x8e, 0x26]).leb().unwrap(), 624_485);
    }
}
